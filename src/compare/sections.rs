//! What a comparison's text reports say, section by section (titles, header, rows
//! of cells with a tone), whatever the format; [`super::render`] writes them as a
//! terminal table, markdown or csv.

use super::aggregate::NetworkView;
use super::stats::Summary;
use super::trend::{Direction, direction};
use super::words::word;
use super::{By, Comparison, Row};
use crate::score::percent;
use crate::typography;

/// Which parts of the comparison to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    All,
    Side,
    Trend,
    Network,
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub by: By,
    pub view: View,
}

impl Options {
    fn shows(&self, v: View) -> bool {
        self.view == View::All || self.view == v
    }
}

pub use crate::report::Tone;

#[derive(Debug, Clone)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
    /// Right-aligned in tables.
    pub number: bool,
}

/// Which table a section is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Side,
    Trend,
    NetworkTrend,
    Criteria,
    Indicators,
    Recognition,
    Rules,
    Agreement,
}

/// One titled table of a text report.
#[derive(Debug, Clone)]
pub struct Section {
    pub kind: Kind,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

pub(super) fn text(s: impl Into<String>) -> Cell {
    Cell {
        text: s.into(),
        tone: Tone::Plain,
        number: false,
    }
}

pub(super) fn num(v: Option<f64>) -> Cell {
    Cell {
        text: percent(v),
        tone: Tone::Plain,
        number: true,
    }
}

pub(super) fn strong(s: impl Into<String>) -> Cell {
    Cell {
        tone: Tone::Strong,
        ..text(s)
    }
}

pub(super) fn strong_num(v: Option<f64>) -> Cell {
    Cell {
        tone: Tone::Strong,
        ..num(v)
    }
}

/// A word as a column heading: first letter upper case.
pub(super) fn heading_word(key: &str, lang: &str) -> String {
    let w = word(key, lang);
    let mut chars = w.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A change in points: `+2.5 ▲`, `-1.0 ▼`, `0.0 =`.
pub fn delta(v: Option<f64>) -> Cell {
    let Some(d) = v else { return num(None) };
    let (mark, tone) = match direction(d) {
        Direction::Improved => ("▲", Tone::Good),
        Direction::Declined => ("▼", Tone::Poor),
        Direction::Steady => ("=", Tone::Plain),
    };
    let shown = if mark == "=" { 0.0 } else { d };
    Cell {
        text: format!("{shown:+.1} {mark}"),
        tone,
        number: true,
    }
}

/// `met` / `not met` in `lang` (empty without a verdict).
pub(super) fn met_word(v: Option<bool>, lang: &str) -> &'static str {
    match v {
        Some(true) => word("met", lang),
        Some(false) => word("not_met", lang),
        None => "",
    }
}

pub(super) fn met_cell(v: Option<bool>, lang: &str) -> Cell {
    Cell {
        tone: match v {
            Some(true) => Tone::Good,
            _ => Tone::Plain,
        },
        ..text(met_word(v, lang))
    }
}

/// The name a report shows for a structure (its id when it has no name).
pub fn shown_name(w: &super::Who) -> &str {
    if w.name.trim().is_empty() {
        &w.id
    } else {
        &w.name
    }
}

/// Column ids and the values of a row for the side-by-side columns.
pub(super) fn columns(c: &Comparison, by: By) -> &[super::Column] {
    match by {
        By::Criterion => &c.criteria,
        By::Indicator => &c.indicators,
    }
}

pub(super) fn values(r: &Row, by: By) -> &[Option<f64>] {
    match by {
        By::Criterion => &r.criteria,
        By::Indicator => &r.indicators,
    }
}

/// The network's summary of each side-by-side column, in column order.
pub(super) fn network_columns(n: &NetworkView, c: &Comparison, by: By) -> Vec<Option<Summary>> {
    match by {
        By::Criterion => n.criteria.iter().map(|x| x.score).collect(),
        By::Indicator => c
            .indicators
            .iter()
            .map(|col| {
                n.indicators
                    .iter()
                    .find(|i| i.id == col.id)
                    .and_then(|i| i.score)
            })
            .collect(),
    }
}

/// The sections of a human report (table, markdown, HTML), numbers and dates written
/// the way the report's language writes them (`62,2`, `9 avril 2026`).
pub fn sections(c: &Comparison, opts: Options) -> Vec<Section> {
    let mut out = english_sections(c, opts);
    for cell in out.iter_mut().flat_map(|s| s.rows.iter_mut().flatten()) {
        if cell.number {
            cell.text = typography::decimal_marks(&cell.text, &c.lang);
        } else if let Ok(d) = chrono::NaiveDate::parse_from_str(&cell.text, "%Y-%m-%d") {
            cell.text = typography::date(d, &c.lang);
        }
    }
    out
}

fn english_sections(c: &Comparison, opts: Options) -> Vec<Section> {
    let lang = c.lang.as_str();
    let mut out = Vec::new();
    let Some(latest) = c.latest() else {
        return out;
    };
    if opts.shows(View::Side) && !c.structures.is_empty() {
        out.push(side_by_side(c, opts.by, latest));
    }
    if opts.shows(View::Trend) {
        if !c.trends.is_empty() {
            out.push(over_time(c));
        }
        if c.campaigns.len() > 1 {
            out.push(network_over_time(c));
        }
    }
    if opts.shows(View::Network) {
        let n = &latest.network;
        let suffix = format!(
            " — {} {} ({} {})",
            word("campaign", lang),
            latest.campaign,
            n.assessments,
            word("assessments", lang)
        );
        out.push(network_criteria(c, n, &suffix));
        out.push(network_indicators(c, n, &suffix));
        if !n.agreement.is_empty() {
            out.push(super::agreement::section(c, n, &latest.campaign));
        }
        if c.recognition_label.is_some() {
            out.push(recognition_by_campaign(c));
            out.push(failing_rules(c, n, &suffix));
        }
    }
    out
}

pub(super) fn recognition_by_campaign(c: &Comparison) -> Section {
    let lang = c.lang.as_str();
    let mut header = vec![
        heading_word("campaign", lang),
        heading_word("assessments", lang),
    ];
    header.push(heading_word("met", lang));
    header.push("%".into());
    let rows = c
        .campaigns
        .iter()
        .filter_map(|k| {
            let r = k.network.recognition.as_ref()?;
            Some(vec![
                text(k.campaign.to_string()),
                count(r.evaluated),
                count(r.met),
                num(r.share),
            ])
        })
        .collect();
    Section {
        kind: Kind::Recognition,
        title: format!(
            "{} — {}",
            word("recognition", lang),
            c.recognition_label.as_deref().unwrap_or_default()
        ),
        header,
        rows,
    }
}

pub(super) fn failing_rules(c: &Comparison, n: &NetworkView, suffix: &str) -> Section {
    let lang = c.lang.as_str();
    let header = vec![
        heading_word("rule", lang),
        heading_word("failed", lang),
        "%".into(),
    ];
    let rows = n
        .recognition
        .iter()
        .flat_map(|r| &r.rules)
        .map(|r| vec![text(&r.sentence), count(r.failed), num(r.share)])
        .collect();
    Section {
        kind: Kind::Rules,
        title: format!("{}{suffix}", word("failing_rules", lang)),
        header,
        rows,
    }
}

pub(super) fn side_by_side(c: &Comparison, by: By, latest: &super::Campaign) -> Section {
    let lang = c.lang.as_str();
    let cols = columns(c, by);
    let mut header = vec![
        word("structure", lang).to_string(),
        word("date", lang).into(),
    ];
    header.extend(cols.iter().map(|k| k.id.clone()));
    header.extend(["overall", "coverage", "quartile"].map(|k| word(k, lang).to_string()));
    let label = c.recognition_label.is_some();
    if label {
        header.push(word("recognition", lang).into());
    }
    let mut rows: Vec<Vec<Cell>> = c
        .structures
        .iter()
        .map(|r| {
            let mut row = vec![text(shown_name(&r.structure)), text(r.date.to_string())];
            row.extend(values(r, by).iter().map(|v| num(*v)));
            row.push(strong_num(r.overall));
            row.push(num(r.coverage));
            row.push(Cell {
                number: true,
                ..text(r.quartile.map(|q| format!("Q{q}")).unwrap_or_default())
            });
            if label {
                row.push(met_cell(r.recognition, lang));
            }
            row
        })
        .collect();
    let n = &latest.network;
    let net_cols = network_columns(n, c, by);
    type Pick = fn(&Summary) -> f64;
    let stats: [(&str, Pick); 4] = [
        ("mean", |s| s.mean),
        ("median", |s| s.median),
        ("min", |s| s.min),
        ("max", |s| s.max),
    ];
    for (key, pick) in stats {
        let mut row = vec![
            strong(format!("{} — {}", word("network", lang), word(key, lang))),
            text(""),
        ];
        row.extend(net_cols.iter().map(|s| num(s.as_ref().map(pick))));
        row.push(num(n.overall.as_ref().map(pick)));
        row.push(num(n.coverage.as_ref().map(pick)));
        row.push(text(""));
        if label {
            row.push(text(""));
        }
        rows.push(row);
    }
    Section {
        kind: Kind::Side,
        title: format!(
            "{} — {} {} ({} {})",
            word("side_by_side", lang),
            word("campaign", lang),
            latest.campaign,
            c.structures.len(),
            word("assessments", lang)
        ),
        header,
        rows,
    }
}

pub(super) fn over_time(c: &Comparison) -> Section {
    let lang = c.lang.as_str();
    let mut header = vec![
        word("structure", lang).to_string(),
        word("date", lang).into(),
    ];
    header.extend(c.criteria.iter().map(|k| k.id.clone()));
    header.push(word("overall", lang).into());
    let label = c.recognition_label.is_some();
    if label {
        header.push(word("recognition", lang).into());
    }
    let mut rows = Vec::new();
    for t in &c.trends {
        for p in &t.points {
            let mut row = vec![text(shown_name(&t.structure)), text(p.date.to_string())];
            row.extend(p.criteria.iter().map(|v| num(*v)));
            row.push(strong_num(p.overall));
            if label {
                row.push(met_cell(p.recognition, lang));
            }
            rows.push(row);
        }
        let mut row = vec![text(shown_name(&t.structure)), strong(word("change", lang))];
        row.extend(t.change.criteria.iter().map(|d| delta(*d)));
        row.push(delta(t.change.overall));
        if label {
            row.push(text(""));
        }
        rows.push(row);
    }
    Section {
        kind: Kind::Trend,
        title: word("over_time", lang).to_string(),
        header,
        rows,
    }
}

pub(super) fn network_over_time(c: &Comparison) -> Section {
    let lang = c.lang.as_str();
    let mut header = vec![
        heading_word("campaign", lang),
        heading_word("assessments", lang),
    ];
    header.extend(c.criteria.iter().map(|k| k.id.clone()));
    header.push(format!(
        "{} ({})",
        word("overall", lang),
        word("mean", lang)
    ));
    header.push(format!(
        "{} ({})",
        word("overall", lang),
        word("median", lang)
    ));
    let label = c.recognition_label.is_some();
    if label {
        header.push(format!(
            "{} ({})",
            word("recognition", lang),
            word("met", lang)
        ));
    }
    let mut rows: Vec<Vec<Cell>> = c
        .campaigns
        .iter()
        .map(|k| {
            let n = &k.network;
            let mut row = vec![
                text(k.campaign.to_string()),
                Cell {
                    number: true,
                    ..text(n.assessments.to_string())
                },
            ];
            row.extend(n.criteria.iter().map(|x| num(x.score.map(|s| s.mean))));
            row.push(strong_num(n.overall.map(|s| s.mean)));
            row.push(num(n.overall.map(|s| s.median)));
            if let Some(r) = &n.recognition {
                row.push(Cell {
                    number: true,
                    ..text(format!("{}/{}", r.met, r.evaluated))
                });
            }
            row
        })
        .collect();
    if let Some(ch) = &c.network_change {
        let mut row = vec![
            strong(format!("{} {}→{}", word("change", lang), ch.from, ch.to)),
            text(""),
        ];
        row.extend(ch.criteria_mean.iter().map(|d| delta(*d)));
        row.push(delta(ch.overall_mean));
        row.push(delta(ch.overall_median));
        if label {
            row.push(text(""));
        }
        rows.push(row);
    }
    Section {
        kind: Kind::NetworkTrend,
        title: word("network_over_time", lang).to_string(),
        header,
        rows,
    }
}

pub(super) fn summary_cells(s: Option<Summary>) -> [Cell; 4] {
    [
        num(s.map(|s| s.mean)),
        num(s.map(|s| s.median)),
        num(s.map(|s| s.min)),
        num(s.map(|s| s.max)),
    ]
}

pub(super) fn count(n: u64) -> Cell {
    Cell {
        number: true,
        ..text(n.to_string())
    }
}

pub(super) fn network_criteria(c: &Comparison, n: &NetworkView, suffix: &str) -> Section {
    let lang = c.lang.as_str();
    let header = [
        "criterion",
        "title",
        "answered",
        "mean",
        "median",
        "min",
        "max",
        "coverage",
    ]
    .map(|k| word(k, lang).to_string())
    .to_vec();
    let rows = n
        .criteria
        .iter()
        .map(|k| {
            let mut row = vec![
                text(&k.id),
                text(&k.title),
                count(k.score.map_or(0, |s| s.count)),
            ];
            row.extend(summary_cells(k.score));
            row.push(num(k.coverage));
            row
        })
        .collect();
    Section {
        kind: Kind::Criteria,
        title: format!("{}{suffix}", word("network_criteria", lang)),
        header,
        rows,
    }
}

/// `0:3 1:5 2:8 3:2 na:1`
pub fn level_counts(i: &super::aggregate::IndicatorView) -> String {
    let mut parts: Vec<String> = i
        .levels
        .iter()
        .map(|l| format!("{}:{}", l.id, l.count))
        .collect();
    if i.na > 0 {
        parts.push(format!("{}:{}", crate::assessment::NA, i.na));
    }
    parts.join(" ")
}

pub(super) fn network_indicators(c: &Comparison, n: &NetworkView, suffix: &str) -> Section {
    let lang = c.lang.as_str();
    let header = [
        "indicator",
        "title",
        "answered",
        "mean",
        "median",
        "min",
        "max",
        "at_target",
        "levels",
        "coverage",
    ]
    .map(|k| word(k, lang).to_string())
    .to_vec();
    let rows = n
        .indicators
        .iter()
        .map(|i| {
            let mut row = vec![text(&i.id), text(&i.title), count(i.answered)];
            row.extend(summary_cells(i.score));
            row.push(num(i.at_target));
            row.push(text(level_counts(i)));
            row.push(num(i.coverage));
            row
        })
        .collect();
    Section {
        kind: Kind::Indicators,
        title: format!("{}{suffix}", word("network_indicators", lang)),
        header,
        rows,
    }
}

/// The heading lines every text report opens with.
pub(super) fn heading(c: &Comparison) -> Vec<String> {
    let mut lines = vec![
        crate::msg!(
            super::words::WORDS,
            "heading_grid",
            title = &c.grid.title,
            id = &c.grid.id,
            version = &c.grid.version
        )
        .say(&c.lang),
    ];
    lines.extend(c.notes.iter().cloned());
    if c.campaigns.is_empty() {
        lines.push(word("no_assessment", &c.lang).to_string());
    }
    lines
}
