//! The guide on A4 pages: cover, contents with page numbers, then the blocks.
//!
//! The contents need the pages headings land on, which the contents' own length
//! shifts: the guide is laid out until those pages stop moving (twice in practice).

use super::content::{Block, Guide, colon, word};
use crate::plan::layout::{
    ACCENT, BLACK, Cell, Column, Flow, GREY, Geometry, Measure, Page, Style, Table,
};

const TITLE: Style = Style::new(24.0, true, ACCENT);
const KIND: Style = Style::new(15.0, true, BLACK);
const H1: Style = Style::new(16.0, true, ACCENT);
const H2: Style = Style::new(12.0, true, BLACK);
const H3: Style = Style::new(9.5, true, ACCENT);
const BODY: Style = Style::new(9.5, false, BLACK);
const LEAD: Style = Style::new(9.5, true, BLACK);
const NOTE: Style = Style::new(8.5, false, GREY);
const SMALL: Style = Style::new(8.5, false, BLACK);
/// A part in the contents.
const PART: Style = Style::new(10.0, true, BLACK);
/// Room a heading keeps below it, by level, so that it never ends a page.
const KEEP_H1: f32 = 90.0;
const KEEP_H2: f32 = 80.0;
const KEEP_H3: f32 = 36.0;
/// Width kept for the page numbers at the right of the contents.
const NUMBERS: f32 = 36.0;

/// Lays out the guide; headings of the contents carry the pages they end up on.
pub fn compose(guide: &Guide, m: &dyn Measure) -> Vec<Page> {
    let mut numbers = vec![0; headings(guide).count()];
    for _ in 0..4 {
        let (pages, found) = lay(guide, m, &numbers);
        if found == numbers {
            return pages;
        }
        numbers = found;
    }
    lay(guide, m, &numbers).0
}

fn headings(guide: &Guide) -> impl Iterator<Item = (u8, &str)> {
    guide.blocks.iter().filter_map(|b| match b {
        Block::Heading { level, text } => Some((*level, text.as_str())),
        _ => None,
    })
}

/// One layout with the contents showing `numbers`; returns the pages and the page
/// (1-based) each listed heading was placed on.
fn lay(guide: &Guide, m: &dyn Measure, numbers: &[usize]) -> (Vec<Page>, Vec<usize>) {
    let lang = guide.lang.as_str();
    let mut f = Flow::new(m, Geometry::A4);
    cover(&mut f, guide);
    f.new_page();
    contents(&mut f, guide, numbers);
    let mut found = Vec::with_capacity(numbers.len());
    for block in &guide.blocks {
        match block {
            Block::Heading { level: 1, text } => {
                f.new_page();
                f.heading(text, H1, KEEP_H1);
                found.push(f.page_count());
                f.space(6.0);
            }
            Block::Heading { text, .. } => {
                f.space(12.0);
                f.heading(text, H2, KEEP_H2);
                found.push(f.page_count());
                f.space(2.0);
            }
            Block::Subheading(text) => {
                f.space(5.0);
                f.heading(text, H3, KEEP_H3);
                f.space(1.0);
            }
            Block::Para(text) => {
                f.paragraph(text, BODY);
                f.space(4.0);
            }
            Block::Note(text) => {
                f.paragraph(text, NOTE);
                f.space(3.0);
            }
            Block::Lead { lead, text } => {
                f.space(3.0);
                f.heading(&format!("{lead}{}", colon(lang)), LEAD, KEEP_H3);
                f.paragraph(text, BODY);
                f.space(3.0);
            }
            Block::Bullets(items) => {
                f.bullets(items, BODY);
                f.space(3.0);
            }
            Block::Levels { header, rows } => {
                f.space(4.0);
                f.table(&Table {
                    columns: vec![Column::new(&header[0], 1.4), Column::new(&header[1], 4.0)],
                    rows: rows
                        .iter()
                        .map(|r| {
                            let level = if r.strong {
                                Cell::bold(&r.level)
                            } else {
                                Cell::text(&r.level)
                            };
                            vec![level, Cell::text(&r.text)]
                        })
                        .collect(),
                    style: SMALL,
                    header: true,
                });
                f.space(4.0);
            }
        }
    }
    let pages = f.finish(
        (&guide.title, &guide.kind),
        &guide.grid_label,
        word("page", lang),
    );
    (pages, found)
}

fn cover(f: &mut Flow, guide: &Guide) {
    f.space(120.0);
    f.heading(&guide.title, TITLE, 200.0);
    f.space(6.0);
    f.paragraph(&guide.kind, KIND);
    f.space(30.0);
    f.table(&Table {
        columns: vec![Column::new("", 1.2), Column::new("", 4.0)],
        rows: guide
            .cover
            .iter()
            .map(|(k, v)| vec![Cell::bold(k), Cell::text(v)])
            .collect(),
        style: BODY,
        header: false,
    });
    if let Some((label, source)) = &guide.source {
        f.space(16.0);
        f.heading(label, H3, KEEP_H3);
        f.paragraph(source, NOTE);
    }
}

/// The contents: parts in bold, indicators indented, page numbers at the right.
fn contents(f: &mut Flow, guide: &Guide, numbers: &[usize]) {
    f.heading(word("contents", &guide.lang), H1, KEEP_H1);
    f.space(6.0);
    for ((level, text), page) in headings(guide).zip(numbers) {
        let (style, indent, gap) = match level {
            1 => (PART, 0.0, 5.0),
            _ => (BODY, 14.0, 0.5),
        };
        f.space(gap);
        let x = f.left() + indent;
        let width = f.width() - indent - NUMBERS;
        let lines = crate::plan::layout::wrap(f.m, text, style.size, style.bold, width);
        f.ensure(lines.len() as f32 * style.line_height());
        let last = lines.len() - 1;
        for (n, line) in lines.iter().enumerate() {
            let top = f.y();
            f.text_at(x, top, line, style);
            if n == last {
                let number = page.to_string();
                let right = f.left() + f.width() - f.m.width(&number, style.size, style.bold);
                f.text_at(right, top, &number, style);
            }
            f.advance(style.line_height());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::builtin;
    use crate::plan::layout::Item;

    #[test]
    fn no_page_ends_with_a_heading() {
        for grid in builtin::all() {
            for lang in &grid.languages {
                let guide = super::super::build(&grid, lang);
                let pages = compose(&guide, crate::plan::font::fonts());
                for (n, page) in pages.iter().enumerate() {
                    let last = page.items.iter().rev().find_map(|i| match i {
                        Item::Text { style, text, .. } => Some((*style, text)),
                        _ => None,
                    });
                    if let Some((style, text)) = last {
                        assert!(
                            ![H1, H2, H3, LEAD].contains(&style),
                            "{} {lang} page {}: ends with the heading {text}",
                            grid.id,
                            n + 1
                        );
                    }
                }
            }
        }
    }
}
