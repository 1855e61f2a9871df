//! The plan's design: which blocks, in which order, with which words and styles.

use super::content::{ActionRow, Plan};
use super::layout::{
    ACCENT, BLACK, BarChart, BarRow, Cell, Color, Column, Flow, GREY, Geometry, Measure, Page,
    Para, Series, Style, Table, Tile,
};
use super::words::word;
use crate::typography;

const TITLE: Style = Style::new(22.0, true, ACCENT);
const SUBTITLE: Style = Style::new(15.0, true, BLACK);
const H2: Style = Style::new(13.0, true, ACCENT);
const BODY: Style = Style::new(9.5, false, BLACK);
const SMALL: Style = Style::new(8.0, false, BLACK);
const TARGET: Color = Color(0.63, 0.69, 0.77);
const NETWORK: Color = Color(0.89, 0.55, 0.16);
const WARN: Color = Color(0.72, 0.2, 0.15);
const OK: Color = Color(0.16, 0.5, 0.25);
/// Room a section heading keeps below it, so it never ends a page.
const KEEP: f32 = 60.0;

/// Lays out the whole plan on A4 pages.
pub fn compose(plan: &Plan, m: &dyn Measure) -> Vec<Page> {
    let w = |k: &str| word(k, &plan.lang);
    let mut f = Flow::new(m, Geometry::A4);
    cover(&mut f, plan);
    // Met or not, the label is news for page 1.
    if let Some(label) = &plan.label {
        label_section(&mut f, plan, label);
    }
    summary(&mut f, plan);
    if let Some(p) = &plan.previous {
        previous(&mut f, plan, p);
    }
    actions(&mut f, plan);
    if !plan.strengths.is_empty() {
        section(&mut f, w("strengths"));
        f.table(&Table {
            columns: vec![
                Column::new(w("indicator"), 4.0),
                Column::new(w("level"), 1.4),
            ],
            rows: plan
                .strengths
                .iter()
                .map(|s| vec![said(&s.id, &s.title, &s.said), Cell::text(&s.detail)])
                .collect(),
            style: SMALL,
            header: true,
        });
    }
    if !plan.unanswered.is_empty() {
        section(&mut f, w("to_answer"));
        f.table(&Table {
            columns: vec![
                Column::new(w("indicator"), 3.2),
                Column::new(w("criterion"), 1.8),
                Column::new(w("owner"), 1.0),
                Column::new(w("due"), 1.0),
            ],
            rows: plan
                .unanswered
                .iter()
                .map(|u| {
                    vec![
                        Cell::titled(&u.id, &u.title),
                        Cell::text(&u.detail),
                        Cell::Blank,
                        Cell::Blank,
                    ]
                })
                .collect(),
            style: SMALL,
            header: true,
        });
    }
    if !plan.not_applicable.is_empty() {
        section(&mut f, w("not_applicable"));
        f.table(&Table {
            columns: vec![
                Column::new(w("indicator"), 2.6),
                Column::new(w("reason"), 3.0),
            ],
            rows: plan
                .not_applicable
                .iter()
                .map(|n| vec![said(&n.id, &n.title, &n.said), Cell::text(&n.detail)])
                .collect(),
            style: SMALL,
            header: true,
        });
    }
    let c = &plan.cover;
    let header = format!("{} — {}", w("title"), c.structure);
    let footer = format!("{} · {} {}", c.grid_title, c.grid_id, c.grid_version);
    f.finish(
        (&header, &typography::date(c.date, &plan.lang)),
        &footer,
        word("page", &plan.lang),
    )
}

/// A section heading kept with what follows it (the plan's and the network report's).
pub(crate) fn section(f: &mut Flow, title: &str) {
    f.space(14.0);
    f.heading(title, H2, KEEP);
    f.space(4.0);
}

fn cover(f: &mut Flow, plan: &Plan) {
    let w = |k: &str| word(k, &plan.lang);
    let c = &plan.cover;
    f.heading(w("title"), TITLE, 120.0);
    f.paragraph(&c.structure, SUBTITLE);
    f.space(8.0);
    let mut rows = vec![
        (w("structure_id"), c.structure_id.clone()),
        (
            w("grid"),
            format!(
                "{} ({} {} {})",
                c.grid_title,
                c.grid_id,
                w("version"),
                c.grid_version
            ),
        ),
        (w("date"), typography::date(c.date, &plan.lang)),
    ];
    if let Some(n) = &c.network {
        rows.insert(1, (w("network"), n.clone()));
    }
    if let Some(a) = &c.assessor {
        rows.push((w("assessor"), a.clone()));
    }
    f.table(&Table {
        columns: vec![Column::new("", 1.0), Column::new("", 4.0)],
        rows: rows
            .into_iter()
            .map(|(k, v)| vec![Cell::bold(k), Cell::text(v)])
            .collect(),
        style: BODY,
        header: false,
    });
}

fn summary(f: &mut Flow, plan: &Plan) {
    let w = |k: &str| word(k, &plan.lang);
    section(f, w("summary"));
    let pct = |v: Option<f64>| match v {
        Some(v) => typography::percent(v, 1, &plan.lang),
        None => "—".to_string(),
    };
    let mut tiles = vec![
        Tile {
            caption: w("overall").to_string(),
            value: pct(plan.overall),
        },
        Tile {
            caption: w("coverage").to_string(),
            value: pct(plan.coverage),
        },
        Tile {
            caption: w("below_target").to_string(),
            value: (plan.actions.len() + plan.hidden_actions).to_string(),
        },
        Tile {
            caption: w("strengths_short").to_string(),
            value: plan.strengths.len().to_string(),
        },
    ];
    if let Some(l) = &plan.label {
        tiles.push(Tile {
            caption: l.label.clone(),
            value: w(if l.met { "met" } else { "not_met" }).to_string(),
        });
    }
    f.tiles(&tiles, ACCENT);
    section(f, w("by_criterion"));
    let mut series = vec![
        Series {
            name: w("score").to_string(),
            color: ACCENT,
        },
        Series {
            name: w("at_target").to_string(),
            color: TARGET,
        },
    ];
    if let Some(n) = plan.network_size {
        series.push(Series {
            name: format!("{} (n = {n})", w("network_mean")),
            color: NETWORK,
        });
    }
    let rows = plan
        .criteria
        .iter()
        .map(|c| {
            let mut values = vec![c.score, c.target];
            if plan.network_size.is_some() {
                values.push(c.network);
            }
            BarRow {
                label: format!("{} · {}", c.id, c.title),
                values,
            }
        })
        .collect();
    f.bar_chart(&BarChart {
        series,
        rows,
        style: SMALL,
        missing: format!("— ({})", w("unanswered")),
        lang: plan.lang.clone(),
    });
}

/// Last campaign's result against this one, overall and by criterion.
fn previous(f: &mut Flow, plan: &Plan, p: &super::content::PreviousResult) {
    let w = |k: &str| word(k, &plan.lang);
    section(
        f,
        &format!("{} — {} ({})", w("previous"), p.campaign, p.date),
    );
    let pct =
        |v: Option<f64>| v.map_or("—".to_string(), |v| typography::percent(v, 1, &plan.lang));
    let change = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => format!(
            "{:+.1}",
            (b * 10.0).round() / 10.0 - (a * 10.0).round() / 10.0
        ),
        _ => "—".to_string(),
    };
    let mut rows = vec![vec![
        Cell::bold(w("overall")),
        Cell::text(pct(p.overall)),
        Cell::text(pct(plan.overall)),
        Cell::text(change(p.overall, plan.overall)),
    ]];
    rows.extend(p.criteria.iter().map(|(id, title, before, now)| {
        vec![
            Cell::titled(id, title),
            Cell::text(pct(*before)),
            Cell::text(pct(*now)),
            Cell::text(change(*before, *now)),
        ]
    }));
    f.table(&Table {
        columns: vec![
            Column::new(w("criterion"), 3.0),
            Column::new(w("previous"), 1.0),
            Column::new(w("score"), 1.0),
            Column::new(w("change"), 1.0),
        ],
        rows,
        style: SMALL,
        header: true,
    });
}

fn actions(f: &mut Flow, plan: &Plan) {
    let w = |k: &str| word(k, &plan.lang);
    section(f, w("actions"));
    if plan.actions.is_empty() {
        f.paragraph(w("none_below"), BODY);
        return;
    }
    let columns = vec![
        Column::new("#", 0.35),
        Column::new(w("indicator"), 2.4),
        Column::new(w("current"), 1.1),
        Column::new(w("target"), 1.1),
        Column::new(w("gap"), 0.8),
        Column::new(w("suggested"), 2.8),
        Column::new(w("owner"), 1.2),
        Column::new(w("due"), 1.1),
        Column::new(w("status"), 0.9),
    ];
    let rows = plan
        .actions
        .iter()
        .map(|a| action_cells(a, &plan.lang))
        .collect();
    f.table(&Table {
        columns,
        rows,
        style: SMALL,
        header: true,
    });
    if plan.hidden_actions > 0 {
        f.space(4.0);
        f.paragraph(
            &format!("+ {} {}", plan.hidden_actions, w("more_below")),
            Style {
                color: GREY,
                ..BODY
            },
        );
    }
}

fn action_cells(a: &ActionRow, lang: &str) -> Vec<Cell> {
    let or_blank = |v: Option<String>| v.map_or(Cell::Blank, Cell::text);
    let suggested = if a.suggestions.is_empty() && a.planned.is_none() {
        Cell::Blank
    } else {
        Cell::list(a.planned.as_deref(), &a.suggestions)
    };
    let status = a.status.map(|s| super::words::status(s, lang).to_string());
    vec![
        Cell::text(a.rank.to_string()),
        said(&a.id, &a.title, &a.said),
        Cell::text(&a.current),
        Cell::text(&a.target),
        Cell::text(typography::percent(a.gap, 1, lang)),
        suggested,
        or_blank(a.owner.clone()),
        or_blank(a.due.map(|d| typography::date(d, lang))),
        or_blank(status),
    ]
}

/// An indicator's id and title, then what the structure wrote about it, in grey.
fn said(id: &str, title: &str, said: &[String]) -> Cell {
    let mut cell = Cell::titled(id, title);
    if let Cell::Paras(paras) = &mut cell {
        paras.extend(said.iter().map(|t| Para {
            text: t.clone(),
            bold: false,
            muted: true,
            bullet: false,
        }));
    }
    cell
}

fn label_section(f: &mut Flow, plan: &Plan, label: &super::content::LabelSection) {
    let w = |k: &str| word(k, &plan.lang);
    section(f, w("towards_label"));
    let (verdict, color, mark) = if label.met {
        (w("met"), OK, "✓ ")
    } else {
        (w("not_met"), WARN, "")
    };
    f.paragraph(
        &format!("{mark}{} — {verdict}", label.label),
        Style::new(11.0, true, color),
    );
    f.space(3.0);
    f.bullets(&label.failures, BODY);
    if !label.steps.is_empty() {
        f.space(6.0);
        f.paragraph(w("steps_to_label"), Style { bold: true, ..BODY });
        f.space(2.0);
        f.bullets(&label.steps, BODY);
    }
    if !label.met && !label.steps_suffice {
        f.space(4.0);
        f.paragraph(
            w("steps_not_enough"),
            Style {
                color: GREY,
                ..BODY
            },
        );
    }
}
