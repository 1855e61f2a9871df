//! The committee's report (`network.pdf`): where the network stands after a campaign,
//! a first page read in a minute, then the figures behind it. Built from a
//! [`Comparison`] (already anonymised when asked) and laid out with the plan's engine.

mod words;

use crate::compare::render::shown_name;
use crate::compare::trend::{Direction, direction};
use crate::compare::{Campaign, Comparison, Who};
use crate::plan::compose::section;
use crate::plan::layout::{
    ACCENT, BLACK, BarChart, BarRow, Cell, Color, Column, Flow, GREY, Geometry, Measure, Page,
    Series, Style, Table, Tile,
};
use crate::typography;
use std::collections::HashMap;
use words::word;

/// Column heads that are symbols in every language: overall score, change.
const SUM: &str = "Σ";
const CHANGE: &str = "Δ";
const TITLE: Style = Style::new(20.0, true, ACCENT);
const SUBTITLE: Style = Style::new(13.0, true, BLACK);
const BODY: Style = Style::new(9.5, false, BLACK);
const SMALL: Style = Style::new(8.0, false, BLACK);
const PREVIOUS: Color = Color(0.63, 0.69, 0.77);
/// How many of the weakest indicators page 1 names (the later section lists more).
const WEAKEST: usize = 5;
/// The structure column's narrowest width: a name wraps to two or three lines, not to a
/// word a line (a table that cannot give it this much turns landscape).
const NAME_WIDTH: f32 = 110.0;

/// The committee's report as PDF bytes (A4).
pub fn render(c: &Comparison) -> Vec<u8> {
    let pages = compose(c, crate::plan::font::fonts());
    crate::plan::pdf::write(&pages, Geometry::A4, &title(c))
}

fn title(c: &Comparison) -> String {
    let w = word("report_title", &c.lang);
    match &c.network {
        Some(n) => format!("{w} — {n}"),
        None => w.to_string(),
    }
}

fn compose(c: &Comparison, m: &dyn Measure) -> Vec<Page> {
    let lang = c.lang.as_str();
    let mut f = Flow::new(m, Geometry::A4);
    let Some(latest) = c.latest() else {
        f.paragraph(word("nothing", lang), BODY);
        return f.finish((&title(c), ""), &c.grid.title, word("page", lang));
    };
    let previous = c.campaigns.len().checked_sub(2).map(|i| &c.campaigns[i]);
    first_page(&mut f, c, latest, previous);
    f.new_page();
    criteria(&mut f, c, latest, previous);
    structures(&mut f, c);
    against_mean(&mut f, c, latest);
    trend(&mut f, c);
    weakest(&mut f, c, latest, 15);
    let campaign = format!("{} {}", word("campaign", lang), latest.campaign);
    let footer = format!("{} · {} {}", c.grid.title, c.grid.id, c.grid.version);
    f.finish((&title(c), &campaign), &footer, word("page", lang))
}

/// A percentage as the report's language writes it (`65,1 %` in French).
fn pct(v: Option<f64>, lang: &str) -> String {
    v.map_or("—".to_string(), |x| typography::percent(x, 1, lang))
}

/// A score without its sign of percent, as the report's language writes it.
fn num(v: Option<f64>, lang: &str) -> String {
    v.map_or("—".to_string(), |x| typography::number(x, 1, lang))
}

/// A change in points with its sign ("+3,1", "−0,4", "0,0" in French).
fn points(v: Option<f64>, lang: &str) -> String {
    match v {
        Some(d) if direction(d) == Direction::Improved => format!("+{}", num(Some(d), lang)),
        Some(d) if direction(d) == Direction::Declined => format!("−{}", num(Some(-d), lang)),
        Some(_) => num(Some(0.0), lang),
        None => "—".to_string(),
    }
}

/// Campaign, structures, label, score and what changed; the five weakest indicators and
/// the label rules most often failed.
fn first_page(f: &mut Flow, c: &Comparison, latest: &Campaign, previous: Option<&Campaign>) {
    let lang = c.lang.as_str();
    let w = |k: &str| word(k, lang);
    f.heading(w("report_title"), TITLE, 80.0);
    f.paragraph(c.network.as_deref().unwrap_or(&c.grid.title), SUBTITLE);
    f.paragraph(
        &format!(
            "{} {} · {} ({} {})",
            w("campaign"),
            latest.campaign,
            c.grid.title,
            c.grid.id,
            c.grid.version
        ),
        Style {
            color: GREY,
            ..BODY
        },
    );
    f.space(10.0);
    let since = |now: f64, before: Option<f64>| match before {
        Some(b) => format!(" ({})", points(Some(now - b), lang)),
        None => String::new(),
    };
    let n = latest.network.assessments;
    let mut tiles = vec![
        Tile {
            caption: w("campaign").to_string(),
            value: latest.campaign.to_string(),
        },
        Tile {
            caption: w("structures").to_string(),
            value: format!(
                "{n}{}",
                previous.map_or(String::new(), |p| {
                    let d = n as i64 - p.network.assessments as i64;
                    format!(" ({d:+})")
                })
            ),
        },
        Tile {
            caption: w("network_score").to_string(),
            value: match latest.network.overall {
                Some(o) => format!(
                    "{}{}",
                    pct(Some(o.mean), lang),
                    since(
                        o.mean,
                        previous.and_then(|p| p.network.overall).map(|p| p.mean)
                    )
                ),
                None => "—".to_string(),
            },
        },
    ];
    if let Some(r) = &latest.network.recognition {
        let before = previous.and_then(|p| p.network.recognition.as_ref());
        tiles.push(Tile {
            caption: format!("{} — {}", w("label_met"), r.label),
            value: format!(
                "{} / {}{}",
                r.met,
                r.evaluated,
                before.map_or(String::new(), |b| format!(
                    " ({:+})",
                    r.met as i64 - b.met as i64
                ))
            ),
        });
    }
    f.tiles(&tiles, ACCENT);
    if let Some(p) = previous {
        section(f, &w("changed").replace("{from}", &p.campaign.to_string()));
        f.bullets(&changes(c, latest, p), BODY);
    }
    weakest(f, c, latest, WEAKEST);
    if let Some(r) = &latest.network.recognition {
        let mut rules: Vec<_> = r.rules.iter().filter(|x| x.failed > 0).collect();
        rules.sort_by_key(|x| std::cmp::Reverse(x.failed));
        section(f, w("rules_failed"));
        if rules.is_empty() {
            f.paragraph(w("no_rule_failed"), BODY);
        } else {
            f.table(&Table {
                columns: vec![
                    Column::new(w("rule"), 5.0),
                    Column::new(w("structures"), 1.2),
                ],
                rows: rules
                    .iter()
                    .take(WEAKEST)
                    .map(|x| {
                        vec![
                            Cell::text(&x.sentence),
                            Cell::text(format!("{} ({})", x.failed, pct(x.share, lang))),
                        ]
                    })
                    .collect(),
                style: SMALL,
                header: true,
            });
        }
    }
}

/// What moved between two campaigns, in sentences: the score, the criteria that moved
/// most, how many structures improved or declined.
fn changes(c: &Comparison, latest: &Campaign, previous: &Campaign) -> Vec<String> {
    let lang = c.lang.as_str();
    let w = |k: &str| word(k, lang);
    let mut out = Vec::new();
    if let (Some(a), Some(b)) = (previous.network.overall, latest.network.overall) {
        out.push(format!(
            "{}: {} → {} ({} {})",
            w("network_score"),
            pct(Some(a.mean), lang),
            pct(Some(b.mean), lang),
            points(Some(b.mean - a.mean), lang),
            w("pts")
        ));
    }
    let mut moves: Vec<(f64, &str, &str)> = latest
        .network
        .criteria
        .iter()
        .zip(&previous.network.criteria)
        .filter_map(|(now, before)| {
            Some((
                now.score?.mean - before.score?.mean,
                now.id.as_str(),
                now.title.as_str(),
            ))
        })
        .collect();
    moves.sort_by(|a, b| b.0.abs().total_cmp(&a.0.abs()));
    for (d, id, title) in moves.iter().take(3) {
        out.push(format!(
            "{id} {title}: {} {}",
            points(Some(*d), lang),
            w("pts")
        ));
    }
    let (mut up, mut down) = (0, 0);
    for t in &c.trends {
        match t.change.overall.map(direction) {
            Some(Direction::Improved) => up += 1,
            Some(Direction::Declined) => down += 1,
            _ => {}
        }
    }
    if !c.trends.is_empty() {
        out.push(
            w("moved")
                .replace("{up}", &up.to_string())
                .replace("{down}", &down.to_string())
                .replace("{n}", &c.trends.len().to_string()),
        );
    }
    out
}

/// Mean score of each criterion, this campaign and the previous one.
fn criteria(f: &mut Flow, c: &Comparison, latest: &Campaign, previous: Option<&Campaign>) {
    let lang = c.lang.as_str();
    let w = |k: &str| word(k, lang);
    section(f, w("by_criterion"));
    let mut series = vec![Series {
        name: format!("{} {}", w("campaign"), latest.campaign),
        color: ACCENT,
    }];
    if let Some(p) = previous {
        series.push(Series {
            name: format!("{} {}", w("campaign"), p.campaign),
            color: PREVIOUS,
        });
    }
    let rows = latest
        .network
        .criteria
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let mut values = vec![k.score.map(|s| s.mean)];
            if let Some(p) = previous {
                values.push(
                    p.network
                        .criteria
                        .get(i)
                        .and_then(|x| x.score)
                        .map(|s| s.mean),
                );
            }
            BarRow {
                label: format!("{} · {}", k.id, k.title),
                values,
            }
        })
        .collect();
    f.bar_chart(&BarChart {
        series,
        rows,
        style: SMALL,
        missing: format!("— ({})", w("no_score")),
        lang: lang.to_string(),
    });
}

/// A section of one small-type table under its heading (and what `lead` writes between
/// them), on a page that stands as the table needs: landscape when its columns are wider
/// than the portrait text width, else portrait (a new page when the previous section
/// stood the other way).
fn table_section(
    f: &mut Flow,
    title: &str,
    columns: Vec<Column>,
    rows: Vec<Vec<Cell>>,
    lead: impl FnOnce(&mut Flow),
) {
    let table = Table {
        columns,
        rows,
        style: SMALL,
        header: true,
    };
    let o = f.orientation_for(&table);
    f.orient(o);
    section(f, title);
    lead(f);
    f.table(&table);
}

/// The structure column of the tables with one line per structure.
fn structure_column(lang: &str) -> Column {
    Column::new(word("structure", lang), 3.2).at_least(NAME_WIDTH)
}

/// The criteria's codes and names, for tables whose columns only have room for codes.
fn key(f: &mut Flow, c: &Comparison) {
    let items: Vec<String> = c
        .criteria
        .iter()
        .map(|k| format!("{} — {}", k.id, k.title))
        .collect();
    f.bullets(
        &items,
        Style {
            color: GREY,
            ..SMALL
        },
    );
    f.space(4.0);
}

/// One line per structure: its scores by criterion, overall, change and label.
fn structures(f: &mut Flow, c: &Comparison) {
    let lang = c.lang.as_str();
    let w = |k: &str| word(k, lang);
    let change: HashMap<&Who, Option<f64>> = c
        .trends
        .iter()
        .map(|t| (&t.structure, t.change.overall))
        .collect();
    let label = c.recognition_label.is_some();
    let mut columns = vec![structure_column(lang)];
    columns.extend(c.criteria.iter().map(|k| Column::new(&k.id, 0.9)));
    columns.push(Column::new(SUM, 0.9));
    columns.push(Column::new(CHANGE, 0.9));
    if label {
        columns.push(Column::new(w("label"), 1.0));
    }
    let rows = c
        .structures
        .iter()
        .map(|r| {
            let mut row = vec![Cell::text(shown_name(&r.structure))];
            row.extend(r.criteria.iter().map(|v| Cell::text(num(*v, lang))));
            row.push(Cell::bold(num(r.overall, lang)));
            row.push(Cell::text(points(
                change.get(&r.structure).copied().flatten(),
                lang,
            )));
            if label {
                row.push(Cell::text(match r.recognition {
                    Some(true) => w("met"),
                    Some(false) => w("not_met"),
                    None => "—",
                }));
            }
            row
        })
        .collect();
    table_section(f, w("by_structure"), columns, rows, |f| key(f, c));
}

/// Each structure's distance to the network mean, by criterion and overall, in points.
fn against_mean(f: &mut Flow, c: &Comparison, latest: &Campaign) {
    let lang = c.lang.as_str();
    let w = |k: &str| word(k, lang);
    let means: Vec<Option<f64>> = latest
        .network
        .criteria
        .iter()
        .map(|k| k.score.map(|s| s.mean))
        .collect();
    let overall = latest.network.overall.map(|s| s.mean);
    let mut columns = vec![structure_column(lang)];
    columns.extend(c.criteria.iter().map(|k| Column::new(&k.id, 0.9)));
    columns.push(Column::new(SUM, 0.9));
    let diff =
        |v: Option<f64>, m: Option<f64>| Cell::text(points(v.zip(m).map(|(v, m)| v - m), lang));
    let rows = c
        .structures
        .iter()
        .map(|r| {
            let mut row = vec![Cell::text(shown_name(&r.structure))];
            row.extend(r.criteria.iter().zip(&means).map(|(v, m)| diff(*v, *m)));
            row.push(diff(r.overall, overall));
            row
        })
        .collect();
    table_section(f, w("against_mean"), columns, rows, |_| {});
}

/// Overall score at each campaign, for structures assessed more than once.
fn trend(f: &mut Flow, c: &Comparison) {
    if c.trends.is_empty() {
        return;
    }
    let lang = c.lang.as_str();
    let w = |k: &str| word(k, lang);
    let years: Vec<usize> = (0..c.campaigns.len()).collect();
    // A point belongs to the latest campaign that had started by its date.
    let index_of = |d: chrono::NaiveDate| {
        c.campaigns
            .iter()
            .rposition(|k| k.network.first_date.is_some_and(|f| f <= d))
            .unwrap_or(0)
    };
    let mut columns = vec![structure_column(lang)];
    columns.extend(
        years
            .iter()
            .map(|&y| Column::new(&c.campaigns[y].campaign, 1.0)),
    );
    columns.push(Column::new(CHANGE, 1.0));
    let rows = c
        .trends
        .iter()
        .map(|t| {
            let mut row = vec![Cell::text(shown_name(&t.structure))];
            row.extend(years.iter().map(|y| {
                let v = t
                    .points
                    .iter()
                    .rev()
                    .find(|p| index_of(p.date) == *y)
                    .and_then(|p| p.overall);
                Cell::text(num(v, lang))
            }));
            row.push(Cell::bold(points(t.change.overall, lang)));
            row
        })
        .collect();
    table_section(f, w("trend"), columns, rows, |_| {});
}

/// The indicators with the lowest mean score, with how the answers spread over levels.
fn weakest(f: &mut Flow, c: &Comparison, latest: &Campaign, limit: usize) {
    let lang = c.lang.as_str();
    let w = |k: &str| word(k, lang);
    let mut list: Vec<_> = latest
        .network
        .indicators
        .iter()
        .filter_map(|i| Some((i.score?.mean, i)))
        .collect();
    list.sort_by(|a, b| a.0.total_cmp(&b.0));
    let title = if limit == WEAKEST {
        w("weakest_five")
    } else {
        w("weakest_levels")
    };
    let rows = list
        .iter()
        .take(limit)
        .map(|(mean, i)| {
            let mut spread: Vec<String> = i
                .levels
                .iter()
                .map(|l| format!("{}: {}", l.id, l.count))
                .collect();
            if i.na > 0 {
                spread.push(format!("{}: {}", crate::assessment::NA, i.na));
            }
            if i.unanswered > 0 {
                spread.push(format!("—: {}", i.unanswered));
            }
            vec![
                Cell::titled(&i.id, &i.title),
                Cell::text(pct(Some(*mean), lang)),
                Cell::text(pct(i.at_target, lang)),
                Cell::text(spread.join(" · ")),
            ]
        })
        .collect();
    let columns = vec![
        Column::new(w("indicator"), 4.0),
        Column::new(w("mean"), 1.0),
        Column::new(w("at_target_share"), 1.1),
        Column::new(w("levels"), 2.4),
    ];
    table_section(f, title, columns, rows, |_| {});
}
