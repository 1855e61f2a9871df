//! Inline SVG charts of the html report. Every text from inputs goes through `esc`.

use super::aggregate::IndicatorView;
use super::render::shown_name;
use super::trend::{Direction, direction};
use super::{Comparison, Row};
use crate::score::percent;
use chrono::NaiveDate;
use std::fmt::Write;

/// Text safe inside html and svg, in elements and quoted attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

/// Red (0) through yellow (50) to green (100); grey when there is no score.
pub fn colour(v: Option<f64>) -> String {
    let Some(v) = v else {
        return "#e5e5e5".into();
    };
    let t = (v / 100.0).clamp(0.0, 1.0);
    let (from, to, u) = if t < 0.5 {
        ((215.0, 48.0, 39.0), (254.0, 224.0, 139.0), t * 2.0)
    } else {
        ((254.0, 224.0, 139.0), (26.0, 152.0, 80.0), t * 2.0 - 1.0)
    };
    let mix = |a: f64, b: f64| (a + (b - a) * u).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(from.0, to.0),
        mix(from.1, to.1),
        mix(from.2, to.2)
    )
}

/// A name cut to fit a label column (the full name is in the row's `<title>`).
fn short(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        name.chars().take(max - 1).collect::<String>() + "…"
    }
}

/// The scores of a row a heatmap shows.
pub type Values = fn(&Row) -> Vec<Option<f64>>;

const LABEL_W: usize = 230;
const LABEL_CHARS: usize = 34;
/// Trend charts name their lines when there are at most this many.
const LABELLED_LINES: usize = 15;

/// Structures (rows) x columns (plus overall), each cell coloured by its score.
pub fn heatmap(c: &Comparison, columns: &[String], values: Values) -> String {
    let (cw, rh) = (54, 18);
    let ncols = columns.len() + 1;
    let width = LABEL_W + cw * ncols;
    let height = rh * (c.structures.len() + 1) + 4;
    let mut s = format!(
        r#"<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">"#
    );
    for (i, col) in columns
        .iter()
        .chain(std::iter::once(&"Σ".to_string()))
        .enumerate()
    {
        let _ = write!(
            s,
            r#"<text x="{}" y="13" text-anchor="middle" class="h">{}</text>"#,
            LABEL_W + cw * i + cw / 2,
            esc(col)
        );
    }
    for (n, r) in c.structures.iter().enumerate() {
        let name = shown_name(&r.structure);
        let _ = write!(
            s,
            r#"<g transform="translate(0,{})"><title>{}</title><text x="{}" y="13" text-anchor="end">{}</text>"#,
            rh * (n + 1),
            esc(name),
            LABEL_W - 6,
            esc(&short(name, LABEL_CHARS))
        );
        let mut vals = values(r);
        vals.push(r.overall);
        for (i, v) in vals.iter().enumerate() {
            let x = LABEL_W + cw * i;
            let _ = write!(
                s,
                r#"<rect x="{x}" y="1" width="{}" height="{}" fill="{}"/><text x="{}" y="13" text-anchor="middle">{}</text>"#,
                cw - 2,
                rh - 2,
                colour(*v),
                x + cw / 2,
                percent(*v)
            );
        }
        s.push_str("</g>");
    }
    s.push_str("</svg>");
    s
}

/// For each structure and criterion: a bar of its score and a tick at the network mean.
pub fn against_network(c: &Comparison, means: &[Option<f64>]) -> String {
    let (pw, rh) = (130, 16);
    let width = LABEL_W + pw * c.criteria.len();
    let height = rh * (c.structures.len() + 1) + 4;
    let mut s = format!(
        r#"<svg class="bullets" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">"#
    );
    for (i, col) in c.criteria.iter().enumerate() {
        let _ = write!(
            s,
            r#"<text x="{}" y="12" class="h"><title>{}</title>{}</text>"#,
            LABEL_W + pw * i,
            esc(&col.title),
            esc(&col.id)
        );
    }
    let bar = (pw - 14) as f64 / 100.0;
    for (n, r) in c.structures.iter().enumerate() {
        let name = shown_name(&r.structure);
        let _ = write!(
            s,
            r#"<g transform="translate(0,{})"><title>{}</title><text x="{}" y="11" text-anchor="end">{}</text>"#,
            rh * (n + 1),
            esc(name),
            LABEL_W - 6,
            esc(&short(name, LABEL_CHARS))
        );
        for (i, v) in r.criteria.iter().enumerate() {
            let x = (LABEL_W + pw * i) as f64;
            let _ = write!(
                s,
                r##"<rect x="{x}" y="3" width="{:.1}" height="10" fill="#ddd"/>"##,
                100.0 * bar
            );
            if let Some(v) = v {
                let above = means[i].is_none_or(|m| *v >= m);
                let _ = write!(
                    s,
                    r#"<rect x="{x}" y="3" width="{:.1}" height="10" class="{}"/>"#,
                    v * bar,
                    if above { "above" } else { "below" }
                );
            }
            if let Some(m) = means[i] {
                let mx = x + m * bar;
                let _ = write!(
                    s,
                    r#"<line x1="{mx:.1}" x2="{mx:.1}" y1="0" y2="16" class="mean"/>"#
                );
            }
        }
        s.push_str("</g>");
    }
    s.push_str("</svg>");
    s
}

/// Overall score of each structure assessed on several dates, and the network mean
/// of each campaign (placed mid-way through the campaign's dates).
pub fn trend_lines(c: &Comparison, network_label: &str) -> String {
    let (w, h, left, top, bottom) = (900.0, 340.0, 44.0, 12.0, 30.0);
    // A few lines get their name at their end; many would only overlap.
    let named = c.trends.len() <= LABELLED_LINES;
    let margin = if named { 190.0 } else { 20.0 };
    let mut dates: Vec<NaiveDate> = c
        .trends
        .iter()
        .flat_map(|t| t.points.iter().map(|p| p.date))
        .collect();
    dates.extend(
        c.campaigns
            .iter()
            .flat_map(|k| [k.network.first_date, k.network.last_date])
            .flatten(),
    );
    let (Some(lo), Some(hi)) = (dates.iter().min(), dates.iter().max()) else {
        return String::new();
    };
    let span = ((*hi - *lo).num_days().max(1)) as f64;
    let x = |d: NaiveDate| left + (w - left - margin) * ((d - *lo).num_days() as f64 / span);
    let y = |v: f64| top + (h - top - bottom) * (1.0 - v / 100.0);
    let mut s = format!(
        r#"<svg class="trend" xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img">"#
    );
    for v in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let _ = write!(
            s,
            r#"<line x1="{left}" x2="{right}" y1="{yv:.1}" y2="{yv:.1}" class="grid"/><text x="{lx}" y="{ty:.1}" text-anchor="end">{v}</text>"#,
            right = w - margin,
            yv = y(v),
            lx = left - 4.0,
            ty = y(v) + 4.0
        );
    }
    for k in &c.campaigns {
        if let (Some(a), Some(b)) = (k.network.first_date, k.network.last_date) {
            let _ = write!(
                s,
                r#"<text x="{:.1}" y="{}" text-anchor="middle">{}</text>"#,
                (x(a) + x(b)) / 2.0,
                h - 10.0,
                esc(&k.campaign)
            );
        }
    }
    let mut labels: Vec<(f64, f64, &str)> = Vec::new();
    for t in &c.trends {
        let pts: Vec<String> = t
            .points
            .iter()
            .filter_map(|p| p.overall.map(|v| format!("{:.1},{:.1}", x(p.date), y(v))))
            .collect();
        let class = match t.change.overall.map(direction) {
            Some(Direction::Improved) => "up",
            Some(Direction::Declined) => "down",
            _ => "flat",
        };
        let _ = write!(
            s,
            r#"<polyline points="{}" class="{class}"><title>{}</title></polyline>"#,
            pts.join(" "),
            esc(shown_name(&t.structure))
        );
        let last = t
            .points
            .iter()
            .rev()
            .find_map(|p| Some((p.date, p.overall?)));
        if let (true, Some((d, v))) = (named, last) {
            labels.push((y(v), x(d), shown_name(&t.structure)));
        }
    }
    // Names at the lines' ends, pushed apart so that none overlaps the next; a thin
    // leader joins a moved name to its line.
    labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut next_free = f64::NEG_INFINITY;
    for (line_y, line_x, name) in labels {
        let at = line_y.max(next_free);
        next_free = at + 12.0;
        let _ = write!(
            s,
            r#"<line x1="{line_x:.1}" y1="{line_y:.1}" x2="{:.1}" y2="{at:.1}" class="grid"/><text x="{:.1}" y="{:.1}">{}</text>"#,
            line_x + 8.0,
            line_x + 10.0,
            at + 4.0,
            esc(&short(name, 28))
        );
    }
    let net: Vec<String> = c
        .campaigns
        .iter()
        .filter_map(|k| {
            let n = &k.network;
            let (a, b, m) = (n.first_date?, n.last_date?, n.overall?.mean);
            Some(format!("{:.1},{:.1}", (x(a) + x(b)) / 2.0, y(m)))
        })
        .collect();
    let _ = write!(
        s,
        r#"<polyline points="{}" class="network"><title>{}</title></polyline>"#,
        net.join(" "),
        esc(network_label)
    );
    s.push_str("</svg>");
    s
}

/// The level distribution of an indicator as one stacked bar.
pub fn level_bar(i: &IndicatorView) -> String {
    let total = (i.levels.iter().map(|l| l.count).sum::<u64>() + i.na + i.unanswered) as f64;
    let mut s = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="160" height="12" viewBox="0 0 160 12">"#,
    );
    if total == 0.0 {
        return s + "</svg>";
    }
    let n = i.levels.len().max(2) - 1;
    let mut x = 0.0;
    let parts = i
        .levels
        .iter()
        .enumerate()
        .map(|(k, l)| {
            (
                l.count,
                colour(Some(100.0 * k as f64 / n as f64)),
                format!("{} {}", l.id, l.label),
            )
        })
        .chain([
            (
                i.na,
                "#9ecae1".to_string(),
                crate::assessment::NA.to_string(),
            ),
            (i.unanswered, "#f0f0f0".to_string(), "—".to_string()),
        ]);
    for (count, fill, label) in parts {
        if count == 0 {
            continue;
        }
        let wd = 160.0 * count as f64 / total;
        let _ = write!(
            s,
            r#"<rect x="{x:.1}" y="0" width="{wd:.1}" height="12" fill="{fill}"><title>{}: {count}</title></rect>"#,
            esc(&label)
        );
        x += wd;
    }
    s + "</svg>"
}
