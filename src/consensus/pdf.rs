//! The consensus meeting document as PDF, laid out with the plan's engine and style.

use super::content::{heading, labelled, level, notes, stats, who, who_when};
use super::markdown::{shown_name, unanimous_notes};
use super::words::word;
use super::{Agreement, Group, Item, of_class};
use crate::grid::Grid;
use crate::plan::compose::section;
use crate::plan::layout::{
    ACCENT, BLACK, Cell, Column, Flow, GREY, Geometry, Measure, Page, Style, Table,
};

const TITLE: Style = Style::new(20.0, true, ACCENT);
const SUBTITLE: Style = Style::new(13.0, true, BLACK);
const H3: Style = Style::new(10.5, true, BLACK);
const BODY: Style = Style::new(9.5, false, BLACK);
const SMALL: Style = Style::new(8.5, false, BLACK);
const MUTED: Style = Style::new(8.5, false, GREY);
/// About the height of a one-line table row in `SMALL` (its line and padding).
const ROW: f32 = 18.0;

/// The meeting document of `group` as PDF bytes (A4).
pub fn render(grid: &Grid, group: &Group, lang: &str) -> Vec<u8> {
    let pages = compose(grid, group, lang, crate::plan::font::fonts());
    let title = format!("{} — {}", word("title", lang), shown_name(group));
    crate::plan::pdf::write(&pages, Geometry::A4, &title)
}

fn compose(grid: &Grid, group: &Group, lang: &str, m: &dyn Measure) -> Vec<Page> {
    let w = |k: &str| word(k, lang);
    let mut f = Flow::new(m, Geometry::A4);
    f.heading(w("title"), TITLE, 80.0);
    f.paragraph(&shown_name(group), SUBTITLE);
    f.paragraph(
        &format!(
            "{} · {} ({})",
            labelled("campaign", &group.campaign, lang),
            grid.text(&grid.title, lang),
            grid.label()
        ),
        Style {
            color: GREY,
            ..BODY
        },
    );
    f.space(6.0);
    let people: Vec<String> = group
        .respondents
        .iter()
        .map(|r| who_when(r, lang))
        .collect();
    f.paragraph(&labelled("respondents", &people.join(", "), lang), BODY);
    f.space(4.0);
    f.paragraph(w("method"), MUTED);
    for (class, key) in [(Agreement::Split, "split"), (Agreement::Close, "close")] {
        let items: Vec<&Item> = of_class(group, class).collect();
        section(&mut f, &format!("{} ({})", w(key), items.len()));
        if items.is_empty() {
            f.paragraph(w("none"), BODY);
        }
        for item in items {
            detail(&mut f, grid, group, item, lang);
        }
    }
    let unanimous: Vec<&Item> = of_class(group, Agreement::Unanimous).collect();
    section(&mut f, &format!("{} ({})", w("unanimous"), unanimous.len()));
    if unanimous.is_empty() {
        f.paragraph(w("none"), BODY);
    } else {
        f.table(&Table {
            columns: vec![
                Column::new(w("indicator"), 4.2),
                Column::new(w("level"), 1.4),
                Column::new(w("comment"), 2.4),
            ],
            rows: unanimous
                .iter()
                .map(|item| {
                    vec![
                        Cell::text(heading(grid, item, lang)),
                        Cell::text(level(grid, &item.indicator, Some(&item.median), lang)),
                        Cell::text(unanimous_notes(group, item, lang)),
                    ]
                })
                .collect(),
            style: SMALL,
            header: true,
        });
    }
    let head = format!("{} — {}", w("title"), shown_name(group));
    let campaign = labelled("campaign", &group.campaign, lang);
    f.finish((&head, &campaign), &grid.label(), w("page"))
}

/// One split or close indicator: a heading, its numbers, a row per respondent with
/// level and notes side by side; for a split one, cells to write the agreement in.
fn detail(f: &mut Flow, grid: &Grid, group: &Group, item: &Item, lang: &str) {
    let w = |k: &str| word(k, lang);
    f.space(6.0);
    // A block short enough for a page starts on a new one rather than leave rows behind.
    let rows = item.votes.len()
        + 1
        + if item.agreement == Agreement::Split {
            3
        } else {
            0
        };
    let block = H3.line_height() + 2.0 * MUTED.line_height() + rows as f32 * ROW;
    if block < f.geo.height - f.geo.top - f.geo.bottom {
        f.ensure(block);
    }
    f.heading(&heading(grid, item, lang), H3, 60.0);
    f.paragraph(&stats(grid, item, lang), MUTED);
    f.space(2.0);
    f.table(&Table {
        columns: vec![
            Column::new(w("respondent"), 2.0),
            Column::new(w("level"), 1.3),
            Column::new(w("comment"), 3.7),
        ],
        rows: item
            .votes
            .iter()
            .zip(&group.respondents)
            .map(|(v, r)| {
                vec![
                    Cell::bold(who(r, lang)),
                    Cell::text(level(grid, &item.indicator, v.level.as_ref(), lang)),
                    Cell::list(None, &notes(v, lang)),
                ]
            })
            .collect(),
        style: SMALL,
        header: true,
    });
    if item.agreement == Agreement::Split {
        f.table(&Table {
            columns: vec![Column::new(w("agreed"), 2.0), Column::new(w("why"), 5.0)],
            rows: vec![vec![Cell::Blank, Cell::Blank]],
            style: SMALL,
            header: true,
        });
    }
}
