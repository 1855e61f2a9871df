//! How each text format writes a comparison: terminal table, markdown, csv and json.
//!
//! Table and markdown write the same [`sections`](super::sections) (what they say);
//! csv writes one flat table per view (what spreadsheets and scripts want); json is
//! the `Comparison` itself.

pub use super::sections::{
    Cell, Kind, Options, Section, Tone, View, delta, level_counts, sections, shown_name,
};

use super::sections::*;
use super::stats::Summary;
use super::trend::direction;
use super::{By, Comparison};
use crate::report::csv::Writer;
use crate::report::markdown::escape as md_escape;
use crate::report::{Align, Table};
use crate::score::percent;

pub use crate::report::Terminal;

/// A section as a [`Table`]: numbers right-aligned (as its first row has them).
fn table_of(s: &Section) -> Table {
    let align = match s.rows.first() {
        Some(row) => row
            .iter()
            .map(|c| if c.number { Align::Right } else { Align::Left })
            .collect(),
        None => vec![Align::Left; s.header.len()],
    };
    let mut t = Table::new(s.header.clone(), align);
    for row in &s.rows {
        t.push(row.iter().map(|c| (c.text.clone(), c.tone)).collect());
    }
    t
}

/// Tables for a terminal (`Some`: fit its width, colour if allowed) or a pipe.
pub fn table(c: &Comparison, opts: Options, terminal: Option<Terminal>) -> String {
    let mut out = heading(c).join("\n");
    out.push('\n');
    for s in sections(c, opts) {
        out.push('\n');
        out.push_str(&s.title);
        out.push('\n');
        out.push_str(&table_of(&s).fit(terminal));
    }
    out
}

pub fn markdown(c: &Comparison, opts: Options) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", md_escape(&heading(c)[0])));
    for line in heading(c).iter().skip(1) {
        out.push_str(&format!("> {}\n\n", md_escape(line)));
    }
    for s in sections(c, opts) {
        out.push_str(&format!("## {}\n\n", md_escape(&s.title)));
        out.push_str(&table_of(&s).to_markdown());
        out.push('\n');
    }
    out
}

/// One flat table: the side-by-side rows (default), the trends (`View::Trend`: one
/// row per structure, first and last date) or the network (`View::Network`: one row
/// per criterion then per indicator, weakest indicators first).
///
/// Cells from inputs that a spreadsheet would run as a formula are neutralised
/// (`report::csv`).
pub fn csv(c: &Comparison, opts: Options) -> std::io::Result<String> {
    let mut w = Writer::new(Vec::new(), b',');
    match opts.view {
        View::All | View::Side => csv_side(c, opts.by, &mut w)?,
        View::Trend => csv_trend(c, &mut w)?,
        View::Network => csv_network(c, &mut w)?,
    }
    Ok(String::from_utf8(w.finish()?).expect("csv of UTF-8 strings is UTF-8"))
}

type CsvOut = Writer<Vec<u8>>;

fn csv_side(c: &Comparison, by: By, w: &mut CsvOut) -> std::io::Result<()> {
    let mut header = vec![
        "structure_id".to_string(),
        "structure_name".into(),
        "date".into(),
    ];
    header.extend(columns(c, by).iter().map(|k| k.id.clone()));
    header.extend(["overall", "coverage", "quartile"].map(String::from));
    let label = c.recognition_label.is_some();
    if label {
        header.push("recognition".into());
    }
    w.row(&header)?;
    for r in &c.structures {
        let mut rec = vec![
            r.structure.id.clone(),
            r.structure.name.clone(),
            r.date.to_string(),
        ];
        rec.extend(values(r, by).iter().map(|v| percent(*v)));
        rec.push(percent(r.overall));
        rec.push(percent(r.coverage));
        rec.push(r.quartile.map(|q| q.to_string()).unwrap_or_default());
        if label {
            // As `aqor score --format csv` writes it (docs/score.md), whatever --lang says.
            rec.push(met_word(r.recognition, "en").into());
        }
        w.row(&rec)?;
    }
    Ok(())
}

fn csv_trend(c: &Comparison, w: &mut CsvOut) -> std::io::Result<()> {
    let mut header = vec![
        "structure_id".to_string(),
        "structure_name".into(),
        "first_date".into(),
        "last_date".into(),
        "dates".into(),
        "overall_first".into(),
        "overall_last".into(),
        "overall_change".into(),
        "direction".into(),
    ];
    header.extend(c.criteria.iter().map(|k| format!("{}_change", k.id)));
    w.row(&header)?;
    let signed = |v: Option<f64>| v.map(|d| format!("{d:.1}")).unwrap_or_default();
    for t in &c.trends {
        let (first, last) = (&t.points[0], &t.points[t.points.len() - 1]);
        let mut rec = vec![
            t.structure.id.clone(),
            t.structure.name.clone(),
            first.date.to_string(),
            last.date.to_string(),
            t.points.len().to_string(),
            percent(first.overall),
            percent(last.overall),
            signed(t.change.overall),
            t.change
                .overall
                .map(|d| format!("{:?}", direction(d)).to_lowercase())
                .unwrap_or_default(),
        ];
        rec.extend(t.change.criteria.iter().map(|d| signed(*d)));
        w.row(&rec)?;
    }
    Ok(())
}

fn csv_network(c: &Comparison, w: &mut CsvOut) -> std::io::Result<()> {
    let Some(latest) = c.latest() else {
        return Ok(());
    };
    let n = &latest.network;
    // Level ids of every scale, in order of first appearance.
    let mut level_ids: Vec<&str> = Vec::new();
    for i in &n.indicators {
        for l in &i.levels {
            if !level_ids.contains(&l.id.as_str()) {
                level_ids.push(&l.id);
            }
        }
    }
    let mut header: Vec<String> = [
        "campaign",
        "kind",
        "id",
        "criterion",
        "title",
        "answered",
        "mean",
        "median",
        "min",
        "max",
        "at_target",
        "coverage",
    ]
    .map(String::from)
    .to_vec();
    header.extend(level_ids.iter().map(|l| format!("level:{l}")));
    header.extend(["na", "unanswered"].map(String::from));
    // Consensus files: how often each indicator split (docs/compare.md).
    let agreement = !n.agreement.is_empty();
    if agreement {
        header.extend(["split", "close", "unanimous"].map(String::from));
    }
    w.row(&header)?;
    let stats = |s: Option<Summary>| {
        [
            percent(s.map(|s| s.mean)),
            percent(s.map(|s| s.median)),
            percent(s.map(|s| s.min)),
            percent(s.map(|s| s.max)),
        ]
    };
    let campaign = latest.campaign.to_string();
    for k in &n.criteria {
        let mut rec = vec![
            campaign.clone(),
            "criterion".into(),
            k.id.clone(),
            String::new(),
            k.title.clone(),
            k.score.map_or(0, |s| s.count).to_string(),
        ];
        rec.extend(stats(k.score));
        rec.push(String::new());
        rec.push(percent(k.coverage));
        let blanks = level_ids.len() + 2 + if agreement { 3 } else { 0 };
        rec.extend(std::iter::repeat_n(String::new(), blanks));
        w.row(&rec)?;
    }
    for i in &n.indicators {
        let mut rec = vec![
            campaign.clone(),
            "indicator".into(),
            i.id.clone(),
            i.criterion.clone(),
            i.title.clone(),
            i.answered.to_string(),
        ];
        rec.extend(stats(i.score));
        rec.push(percent(i.at_target));
        rec.push(percent(i.coverage));
        rec.extend(level_ids.iter().map(|id| {
            i.levels
                .iter()
                .find(|l| l.id == *id)
                .map(|l| l.count.to_string())
                .unwrap_or_default()
        }));
        rec.push(i.na.to_string());
        rec.push(i.unanswered.to_string());
        if agreement {
            let counts = n
                .agreement
                .iter()
                .find(|a| a.id == i.id)
                .map(|a| [a.split, a.close, a.unanimous].map(|c| c.to_string()));
            rec.extend(counts.unwrap_or_default());
        }
        w.row(&rec)?;
    }
    Ok(())
}

pub fn json(c: &Comparison) -> String {
    serde_json::to_string_pretty(c).expect("a comparison always serializes") + "\n"
}
