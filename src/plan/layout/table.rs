//! Tables: columns sized by weight, cells wrapped, the header row repeated on every page
//! the table reaches, and a row taller than what is left split between pages.

use super::{Flow, GREY, Item, Orientation, RULE, SHADE, Style, wrap};

pub struct Column {
    pub header: String,
    /// Share of the table's width (weights are normalized over the columns).
    pub weight: f32,
    /// The narrowest the column may be, in points, besides its longest word.
    pub min_width: f32,
}

impl Column {
    pub fn new(header: &str, weight: f32) -> Column {
        Column {
            header: header.to_string(),
            weight,
            min_width: 0.0,
        }
    }

    /// The same column never narrower than `points` (names that should not wrap to a
    /// word a line).
    pub fn at_least(self, points: f32) -> Column {
        Column {
            min_width: points,
            ..self
        }
    }
}

/// One paragraph inside a cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub text: String,
    pub bold: bool,
    /// Grey, for secondary information.
    pub muted: bool,
    pub bullet: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Paras(Vec<Para>),
    /// Lines to fill in by hand, with a rule to write on.
    Blank,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Paras(vec![Para {
            text: text.into(),
            bold: false,
            muted: false,
            bullet: false,
        }])
    }

    pub fn bold(text: impl Into<String>) -> Cell {
        Cell::Paras(vec![Para {
            text: text.into(),
            bold: true,
            muted: false,
            bullet: false,
        }])
    }

    /// A bold first paragraph (e.g. an id) followed by plain text.
    pub fn titled(title: impl Into<String>, text: impl Into<String>) -> Cell {
        Cell::Paras(vec![
            Para {
                text: title.into(),
                bold: true,
                muted: false,
                bullet: false,
            },
            Para {
                text: text.into(),
                bold: false,
                muted: false,
                bullet: false,
            },
        ])
    }

    /// A bold lead paragraph (if any) over a list; the list is bulleted when it has
    /// several items or follows a lead, and muted when it follows a lead.
    pub fn list(lead: Option<&str>, items: &[String]) -> Cell {
        let mut paras: Vec<Para> = lead
            .map(|l| Para {
                text: l.to_string(),
                bold: true,
                muted: false,
                bullet: false,
            })
            .into_iter()
            .collect();
        paras.extend(items.iter().map(|t| Para {
            text: t.clone(),
            bold: false,
            muted: lead.is_some(),
            bullet: items.len() > 1 || lead.is_some(),
        }));
        Cell::Paras(paras)
    }
}

pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    pub style: Style,
    /// Draw the header row (on each page the table spans).
    pub header: bool,
}

/// A line of a laid-out cell.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    bold: bool,
    muted: bool,
    /// Draws "•" before the line (the first line of a bulleted paragraph).
    bullet: bool,
    /// Indented under a bullet.
    indent: bool,
}

const PAD: f32 = 3.5;
const BLANK_LINES: usize = 2;
/// Keeps a word measured to fit exactly from wrapping on rounding.
const SLACK: f32 = 0.5;

impl Flow<'_> {
    pub fn table(&mut self, table: &Table) {
        let widths = self.column_widths(table);
        let lh = table.style.line_height();
        let head_style = Style {
            bold: true,
            ..table.style
        };
        let header: Vec<Vec<Line>> = table
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let mut ls = self.lay_cell(&Cell::text(c.header.clone()), table.style, *w);
                ls.iter_mut().for_each(|l| l.bold = true);
                ls
            })
            .collect();
        let header_h = if table.header {
            row_height(&header, lh)
        } else {
            0.0
        };
        for (n, row) in table.rows.iter().enumerate() {
            let mut cells: Vec<Vec<Line>> = row
                .iter()
                .zip(&widths)
                .map(|(c, w)| self.lay_cell(c, table.style, *w))
                .collect();
            let blanks: Vec<bool> = row.iter().map(|c| *c == Cell::Blank).collect();
            let first_line = PAD * 2.0 + lh;
            if n == 0 {
                self.ensure(header_h + first_line.max(row_height(&cells, lh).min(120.0)));
                if table.header {
                    self.table_row(&header, &widths, head_style, None, true);
                }
            }
            loop {
                let need = row_height(&cells, lh);
                if need <= self.room() {
                    self.table_row(&cells, &widths, table.style, Some(&blanks), false);
                    break;
                }
                let fresh = self.geo.height - self.geo.top - self.geo.bottom - header_h;
                let fits = ((self.room() - 2.0 * PAD) / lh).floor() as usize;
                if (need <= fresh || fits == 0) && !self.at_top_of_table(header_h) {
                    self.new_page();
                } else {
                    let fits = fits.max(1);
                    let rest: Vec<Vec<Line>> = cells
                        .iter_mut()
                        .map(|c| c.split_off(fits.min(c.len())))
                        .collect();
                    self.table_row(&cells, &widths, table.style, None, false);
                    cells = rest;
                    self.new_page();
                }
                if table.header {
                    self.table_row(&header, &widths, head_style, None, true);
                }
            }
        }
    }

    /// Portrait, unless the table's columns need more than the portrait text width (each
    /// column its longest word, or its `min_width` when wider): then landscape.
    pub fn orientation_for(&self, table: &Table) -> Orientation {
        let width = self.portrait.content_width();
        if self.column_mins(table, width).iter().sum::<f32>() > width {
            Orientation::Landscape
        } else {
            Orientation::Portrait
        }
    }

    /// Whether only the repeated header precedes the cursor on this page.
    fn at_top_of_table(&self, header_h: f32) -> bool {
        self.y() <= self.geo.top + header_h + 0.01
    }

    /// Widths shared by weight, except that no column is narrower than its longest word or
    /// its `min_width` (a word is never cut while wider columns could give room).
    fn column_widths(&self, table: &Table) -> Vec<f32> {
        let total = self.width();
        let mins = self.column_mins(table, total);
        let mut fixed: Vec<Option<f32>> = vec![None; mins.len()];
        loop {
            let free = total - fixed.iter().flatten().sum::<f32>();
            let weights: f32 = table
                .columns
                .iter()
                .zip(&fixed)
                .filter(|(_, f)| f.is_none())
                .map(|(c, _)| c.weight)
                .sum();
            let mut changed = false;
            for (i, c) in table.columns.iter().enumerate() {
                if fixed[i].is_none() && free * c.weight / weights < mins[i] {
                    fixed[i] = Some(mins[i]);
                    changed = true;
                }
            }
            if !changed || fixed.iter().all(Option::is_some) {
                let widths: Vec<f32> = table
                    .columns
                    .iter()
                    .zip(&fixed)
                    .map(|(c, f)| f.unwrap_or(free.max(0.0) * c.weight / weights.max(f32::EPSILON)))
                    .collect();
                // Too many wide words to fit: shrink everything alike (words will be cut).
                let sum: f32 = widths.iter().sum();
                return widths.iter().map(|w| w * (total / sum).min(1.0)).collect();
            }
        }
    }

    /// The narrowest each column may be in a table `total` points wide: its longest word
    /// (header included, at most 40 % of the table) with its padding, or its `min_width`.
    fn column_mins(&self, table: &Table, total: f32) -> Vec<f32> {
        table
            .columns
            .iter()
            .enumerate()
            .map(|(i, column)| {
                let header = self.longest_word(&column.header, table.style.size, true);
                let word = table
                    .rows
                    .iter()
                    .filter_map(|r| match r.get(i) {
                        Some(Cell::Paras(ps)) => Some(ps),
                        _ => None,
                    })
                    .flatten()
                    .map(|p| {
                        let indent = if p.bullet { table.style.size } else { 0.0 };
                        self.longest_word(&p.text, table.style.size, p.bold) + indent
                    })
                    .fold(header, f32::max)
                    .min(total * 0.4)
                    + 2.0 * PAD
                    + SLACK;
                word.max(column.min_width)
            })
            .collect()
    }

    fn longest_word(&self, text: &str, size: f32, bold: bool) -> f32 {
        super::text::words(text)
            .map(|w| self.m.width(w, size, bold))
            .fold(0.0, f32::max)
    }

    fn lay_cell(&self, cell: &Cell, style: Style, width: f32) -> Vec<Line> {
        let Cell::Paras(paras) = cell else {
            return vec![blank_line(); BLANK_LINES];
        };
        let inner = width - 2.0 * PAD;
        let indent = style.size;
        let mut lines = Vec::new();
        for p in paras {
            let w = if p.bullet { inner - indent } else { inner };
            for (n, text) in wrap(self.m, &p.text, style.size, p.bold, w)
                .into_iter()
                .enumerate()
            {
                lines.push(Line {
                    text,
                    bold: p.bold,
                    muted: p.muted,
                    bullet: p.bullet && n == 0,
                    indent: p.bullet,
                });
            }
        }
        lines
    }

    /// Draws one row (or the part of it that fits) and moves the cursor below it.
    fn table_row(
        &mut self,
        cells: &[Vec<Line>],
        widths: &[f32],
        style: Style,
        blanks: Option<&[bool]>,
        shaded: bool,
    ) {
        let lh = style.line_height();
        let h = row_height(cells, lh);
        let top = self.y();
        let (left, width) = (self.left(), self.width());
        if shaded {
            self.push(Item::Rect {
                x: left,
                y: top,
                w: width,
                h,
                color: SHADE,
            });
        }
        let mut x = left;
        for (i, (lines, w)) in cells.iter().zip(widths).enumerate() {
            for (n, line) in lines.iter().enumerate() {
                let st = Style {
                    bold: line.bold,
                    color: if line.muted { GREY } else { style.color },
                    ..style
                };
                let line_top = top + PAD + n as f32 * lh;
                let mut tx = x + PAD;
                if line.bullet {
                    self.text_at(tx, line_top, "•", st);
                }
                if line.indent {
                    tx += style.size;
                }
                self.text_at(tx, line_top, &line.text, st);
            }
            if blanks.is_some_and(|b| b[i]) {
                let y = top + h - PAD - 1.0;
                self.push(Item::Line {
                    x1: x + PAD,
                    y1: y,
                    x2: x + w - PAD,
                    y2: y,
                    width: 0.5,
                    color: GREY,
                });
            }
            x += w;
        }
        self.push(Item::Line {
            x1: left,
            y1: top + h,
            x2: left + width,
            y2: top + h,
            width: 0.5,
            color: RULE,
        });
        self.advance(h);
    }
}

fn blank_line() -> Line {
    Line {
        text: String::new(),
        bold: false,
        muted: false,
        bullet: false,
        indent: false,
    }
}

fn row_height(cells: &[Vec<Line>], lh: f32) -> f32 {
    let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    lines as f32 * lh + 2.0 * PAD
}

#[cfg(test)]
mod tests {
    use super::super::text::{Measure, Mono};
    use super::super::{BLACK, Geometry};
    use super::*;

    fn table(rows: usize, words: usize) -> Table {
        Table {
            columns: vec![Column::new("Indicateur", 1.0), Column::new("Actions", 2.0)],
            rows: (0..rows)
                .map(|n| {
                    vec![
                        Cell::text(format!("R{n}")),
                        Cell::text("mot ".repeat(words)),
                    ]
                })
                .collect(),
            style: Style::new(9.0, false, BLACK),
            header: true,
        }
    }

    fn layout(t: &Table) -> Vec<super::super::Page> {
        let mut f = Flow::new(&Mono, Geometry::A4);
        f.table(t);
        f.finish(("", ""), "", "page")
    }

    #[test]
    fn header_repeats_on_every_page_and_rows_stay_whole() {
        let pages = layout(&table(120, 30));
        assert!(pages.len() > 2);
        for p in &pages {
            assert_eq!(p.texts().filter(|t| *t == "Indicateur").count(), 1);
        }
        // Every row's id shows exactly once: short rows are never split.
        let all: Vec<&str> = pages.iter().flat_map(|p| p.texts()).collect();
        for n in 0..120 {
            let id = format!("R{n}");
            assert_eq!(all.iter().filter(|t| **t == id).count(), 1, "{id}");
        }
    }

    #[test]
    fn a_row_taller_than_a_page_is_split_not_lost() {
        let pages = layout(&table(1, 4000));
        assert!(pages.len() >= 2);
        let words: usize = pages
            .iter()
            .flat_map(|p| p.texts())
            .map(|t| t.matches("mot").count())
            .sum();
        assert_eq!(words, 4000);
        let bottom = Geometry::A4.height - Geometry::A4.bottom;
        for p in &pages {
            for item in &p.items {
                if let Item::Text { y, .. } = item {
                    assert!(*y <= bottom + 30.0);
                }
            }
        }
    }

    #[test]
    fn narrow_columns_widen_to_their_longest_word() {
        let mut t = table(1, 0);
        t.columns[0].weight = 0.1;
        t.rows[0][0] = Cell::text("Odpowiedzialny");
        let f = Flow::new(&Mono, Geometry::A4);
        let widths = f.column_widths(&t);
        // 14 characters of 4.5 pt, plus padding.
        assert!((widths[0] - (14.0 * 4.5 + 2.0 * PAD + SLACK)).abs() < 1e-3);
        assert!((widths.iter().sum::<f32>() - f.width()).abs() < 1e-3);
    }

    #[test]
    fn a_table_wider_than_the_portrait_text_turns_landscape() {
        let mut f = Flow::new(&Mono, Geometry::A4);
        let columns = |n: usize| {
            let mut t = table(1, 0);
            t.columns = (0..n)
                .map(|k| Column::new(&format!("C{k:02}"), 1.0))
                .collect();
            t.rows = vec![(0..n).map(|_| Cell::text("100,0")).collect()];
            t
        };
        // 9 pt Mono: "100,0" is 22.5 pt, 30 with padding; 510.28 pt hold 17 such columns.
        assert_eq!(f.orientation_for(&columns(17)), Orientation::Portrait);
        assert_eq!(f.orientation_for(&columns(18)), Orientation::Landscape);
        let mut named = columns(12);
        named.columns[0] = Column::new("Structure", 3.0).at_least(200.0);
        assert_eq!(f.orientation_for(&named), Orientation::Landscape);
        // Decided on the portrait width even on a landscape page.
        f.orient(Orientation::Landscape);
        assert_eq!(f.orientation_for(&columns(17)), Orientation::Portrait);
        f.table(&columns(18));
        let pages = f.finish(("", ""), "", "page");
        let right = Geometry::A4.height - Geometry::A4.margin;
        // After the running header and footer (four texts, two rules).
        for item in &pages[0].items[6..] {
            if let Item::Text { x, text, style, .. } = item {
                assert!(
                    x + Mono.width(text, style.size, false) <= right + 0.01,
                    "{text}"
                );
            }
        }
        assert!(pages[0].texts().any(|t| t == "C17"));
    }

    #[test]
    fn blank_cells_have_room_and_a_rule() {
        let t = Table {
            rows: vec![vec![Cell::text("R0"), Cell::Blank]],
            ..table(0, 0)
        };
        let pages = layout(&t);
        let rules = pages[0]
            .items
            .iter()
            .filter(|i| matches!(i, Item::Line { color, .. } if *color == GREY))
            .count();
        assert_eq!(rules, 1);
    }
}
