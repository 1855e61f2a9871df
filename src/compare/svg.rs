//! Inline SVG charts of the html report. Every text from inputs goes through `esc`.

use super::aggregate::IndicatorView;
use super::render::shown_name;
use super::trend::{Direction, direction};
use super::{Comparison, Row};
use crate::score::percent;
use std::fmt::Write;

/// A score written on a chart as the report's tables write it (`62,2` in French).
fn score(v: Option<f64>, lang: &str) -> String {
    crate::typography::decimal_marks(&percent(v), lang)
}

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

/// `text` broken into lines of at most `max` characters at spaces (a longer word is cut).
pub fn lines(text: &str, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        while word.chars().count() > max {
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(max).collect();
            word = word.chars().skip(max).collect();
            out.push(head);
        }
        if line.is_empty() {
            line = word;
        } else if line.chars().count() + 1 + word.chars().count() <= max {
            line.push(' ');
            line.push_str(&word);
        } else {
            out.push(std::mem::replace(&mut line, word));
        }
    }
    if !line.is_empty() || out.is_empty() {
        out.push(line);
    }
    out
}

/// Lines of text as `<tspan>`s, `dy` apart, from (`x`, `y`).
fn tspans(lines: &[String], x: usize, y: usize, dy: usize, anchor: &str, class: &str) -> String {
    let mut s = format!(r#"<text x="{x}" y="{y}" text-anchor="{anchor}" class="{class}">"#);
    for (n, l) in lines.iter().enumerate() {
        let _ = write!(
            s,
            r#"<tspan x="{x}" dy="{}">{}</tspan>"#,
            if n == 0 { 0 } else { dy },
            esc(l)
        );
    }
    s + "</text>"
}

/// The scores of a row a heatmap shows.
pub type Values = fn(&Row) -> Vec<Option<f64>>;

const LABEL_W: usize = 230;
const LABEL_CHARS: usize = 34;

/// Structures (rows) x columns (plus overall), each cell coloured by its score. Names
/// wrap over as many lines as they need; the columns carry the codes that the key
/// beside the chart names.
pub fn heatmap(c: &Comparison, columns: &[String], values: Values) -> String {
    let (cw, lh) = (54, 13);
    let ncols = columns.len() + 1;
    let width = LABEL_W + cw * ncols;
    let names: Vec<Vec<String>> = c
        .structures
        .iter()
        .map(|r| lines(shown_name(&r.structure), LABEL_CHARS))
        .collect();
    let heights: Vec<usize> = names.iter().map(|l| (l.len() * lh + 5).max(18)).collect();
    let height = 20 + heights.iter().sum::<usize>() + 4;
    let mut s = format!(
        r#"<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" style="max-width:{max}px" role="img">"#,
        max = width * 3 / 2
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
    let mut top = 20;
    for ((r, name), rh) in c.structures.iter().zip(&names).zip(&heights) {
        let _ = write!(
            s,
            r#"<g transform="translate(0,{top})"><title>{}</title>{}"#,
            esc(shown_name(&r.structure)),
            tspans(name, LABEL_W - 6, 13, lh, "end", "")
        );
        let mut vals = values(r);
        vals.push(r.overall);
        for (i, v) in vals.iter().enumerate() {
            let x = LABEL_W + cw * i;
            let _ = write!(
                s,
                r#"<rect x="{x}" y="1" width="{}" height="{}" fill="{}"/><text x="{}" y="{}" text-anchor="middle">{}</text>"#,
                cw - 2,
                rh - 2,
                colour(*v),
                x + cw / 2,
                rh / 2 + 4,
                score(*v, &c.lang)
            );
        }
        s.push_str("</g>");
        top += rh;
    }
    s.push_str("</svg>");
    s
}

/// For each structure and criterion: a bar of its score and a tick at the network mean.
/// Column heads are the criterion's code and name, wrapped.
pub fn against_network(c: &Comparison, means: &[Option<f64>]) -> String {
    let (pw, lh) = (150, 13);
    let width = LABEL_W + pw * c.criteria.len();
    let heads: Vec<Vec<String>> = c
        .criteria
        .iter()
        .map(|k| lines(&format!("{} · {}", k.id, k.title), 21))
        .collect();
    let head_h = heads.iter().map(Vec::len).max().unwrap_or(1) * lh + 6;
    let names: Vec<Vec<String>> = c
        .structures
        .iter()
        .map(|r| lines(shown_name(&r.structure), LABEL_CHARS))
        .collect();
    let heights: Vec<usize> = names.iter().map(|l| (l.len() * lh + 3).max(16)).collect();
    let height = head_h + heights.iter().sum::<usize>() + 4;
    let mut s = format!(
        r#"<svg class="bullets" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" style="max-width:{max}px" role="img">"#,
        max = width * 3 / 2
    );
    for (i, head) in heads.iter().enumerate() {
        s.push_str(&tspans(head, LABEL_W + pw * i, 12, lh, "start", "h"));
    }
    let bar = (pw - 14) as f64 / 100.0;
    let mut top = head_h;
    for ((r, name), rh) in c.structures.iter().zip(&names).zip(&heights) {
        let _ = write!(
            s,
            r#"<g transform="translate(0,{top})"><title>{}</title>{}"#,
            esc(shown_name(&r.structure)),
            tspans(name, LABEL_W - 6, 11, lh, "end", "")
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
        top += rh;
    }
    s.push_str("</svg>");
    s
}

/// A campaign's label short enough for a small panel's axis: kept when short, else its
/// last year (`aqor-campaign-2025` → `2025`), else cut.
fn tick(label: &str) -> String {
    if label.chars().count() <= 9 {
        return label.to_string();
    }
    let bytes = label.as_bytes();
    (0..bytes.len().saturating_sub(3))
        .rev()
        .find(|&i| bytes[i..i + 4].iter().all(u8::is_ascii_digit))
        .map(|i| label[i..i + 4].to_string())
        .unwrap_or_else(|| label.chars().take(8).chain(['…']).collect())
}

/// Small multiples: one small panel per structure assessed on several dates, its overall
/// score over the campaigns against the network mean (dashed), coloured by direction.
/// Readable from a handful to hundreds of structures, as no line crosses another.
pub fn trend_panels(c: &Comparison) -> String {
    const COLS: usize = 5;
    let (pw, ph, gap) = (176.0, 124.0, 12.0);
    let (plot_top, plot_h, left) = (40.0, 64.0, 30.0);
    // One tick per campaign, oldest first; a point sits at the campaign its date is in.
    let years: Vec<usize> = (0..c.campaigns.len()).collect();
    if years.is_empty() {
        return String::new();
    }
    let span = years.len().saturating_sub(1).max(1) as f64;
    let x = |k: usize| left + (pw - left - 14.0) * k as f64 / span;
    let index_of = |d: chrono::NaiveDate| {
        c.campaigns
            .iter()
            .rposition(|k| k.network.first_date.is_some_and(|f| f <= d))
            .unwrap_or(0)
    };
    let y = |v: f64| plot_top + plot_h * (1.0 - v / 100.0);
    let network: Vec<String> = c
        .campaigns
        .iter()
        .enumerate()
        .filter_map(|(n, k)| Some(format!("{:.1},{:.1}", x(n), y(k.network.overall?.mean))))
        .collect();
    let rows = c.trends.len().div_ceil(COLS);
    let width = COLS as f64 * (pw + gap);
    let height = rows as f64 * (ph + gap);
    let mut s = format!(
        r#"<svg class="trend" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" style="max-width:{max}px" role="img">"#,
        max = width * 1.5
    );
    for (n, t) in c.trends.iter().enumerate() {
        let (px, py) = (
            (n % COLS) as f64 * (pw + gap),
            (n / COLS) as f64 * (ph + gap),
        );
        let class = match t.change.overall.map(direction) {
            Some(Direction::Improved) => "up",
            Some(Direction::Declined) => "down",
            _ => "flat",
        };
        let name = shown_name(&t.structure);
        let _ = write!(
            s,
            r#"<g transform="translate({px:.1},{py:.1})"><title>{}</title><rect x="0" y="0" width="{pw}" height="{ph}" class="panel"/>{}"#,
            esc(name),
            tspans(
                &lines(name, 26).into_iter().take(2).collect::<Vec<_>>(),
                6,
                12,
                11,
                "start",
                "h"
            )
        );
        for v in [0.0, 50.0, 100.0] {
            let _ = write!(
                s,
                r#"<line x1="{left}" x2="{:.1}" y1="{yv:.1}" y2="{yv:.1}" class="grid"/><text x="{:.1}" y="{:.1}" text-anchor="end" class="tick">{v}</text>"#,
                pw - 8.0,
                left - 3.0,
                y(v) + 3.0,
                yv = y(v)
            );
        }
        for &n in &years {
            let _ = write!(
                s,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" class="tick">{}</text>"#,
                x(n),
                ph - 6.0,
                esc(&tick(&c.campaigns[n].campaign))
            );
        }
        let _ = write!(
            s,
            r#"<polyline points="{}" class="network"/>"#,
            network.join(" ")
        );
        let pts: Vec<(f64, f64, f64)> = t
            .points
            .iter()
            .filter_map(|p| Some((x(index_of(p.date)), y(p.overall?), p.overall?)))
            .collect();
        let line: Vec<String> = pts
            .iter()
            .map(|(a, b, _)| format!("{a:.1},{b:.1}"))
            .collect();
        let _ = write!(
            s,
            r#"<polyline points="{}" class="{class}"/>"#,
            line.join(" ")
        );
        for (a, b, v) in &pts {
            let _ = write!(
                s,
                r#"<circle cx="{a:.1}" cy="{b:.1}" r="2.5" class="{class}"/><text x="{a:.1}" y="{:.1}" text-anchor="middle" class="tick">{}</text>"#,
                b - 5.0,
                score(Some(*v), &c.lang)
            );
        }
        s.push_str("</g>");
    }
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
