//! A small flow layout engine: blocks are stacked down the page, moved to a new page when
//! they do not fit, and drawn as positioned primitives that `pdf` turns into PDF operators.
//!
//! Coordinates are points from the page's top-left corner, y growing downwards.

mod chart;
mod table;
pub mod text;

pub use chart::{BarChart, BarRow, Series, Tile};
pub use table::{Cell, Column, Para, Table};
pub use text::{Measure, wrap};

/// An sRGB colour, components 0..1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Color(pub f32, pub f32, pub f32);

pub const BLACK: Color = Color(0.1, 0.1, 0.12);
pub const GREY: Color = Color(0.42, 0.44, 0.48);
pub const RULE: Color = Color(0.78, 0.8, 0.84);
pub const SHADE: Color = Color(0.9, 0.93, 0.96);
pub const ACCENT: Color = Color(0.11, 0.33, 0.56);

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: Color,
}

impl Style {
    pub const fn new(size: f32, bold: bool, color: Color) -> Style {
        Style { size, bold, color }
    }

    /// Distance between two baselines.
    pub fn line_height(&self) -> f32 {
        self.size * 1.25
    }
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        text: String,
        style: Style,
    },
    /// A filled rectangle; (`x`, `y`) is its top-left corner.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Color,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
    },
}

/// Which way a page stands: a table too wide for the portrait text width turns its
/// pages to landscape.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Orientation {
    #[default]
    Portrait,
    Landscape,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
    pub orientation: Orientation,
}

impl Item {
    /// The same item `dy` points lower.
    fn shifted(mut self, dy: f32) -> Item {
        match &mut self {
            Item::Text { y, .. } | Item::Rect { y, .. } => *y += dy,
            Item::Line { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
        }
        self
    }
}

impl Page {
    /// Every text drawn on the page, in drawing order (for tests and checks).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// Page size and margins, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub margin: f32,
    /// Room kept at the top and bottom for the running header and footer.
    pub top: f32,
    pub bottom: f32,
}

impl Geometry {
    /// A4 portrait, 15 mm side margins.
    pub const A4: Geometry = Geometry {
        width: 595.28,
        height: 841.89,
        margin: 42.5,
        top: 62.0,
        bottom: 56.0,
    };

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }

    /// This (portrait) page standing as `o`: a landscape page swaps width and height and
    /// keeps the margins and the room for the running header and footer.
    pub fn oriented(self, o: Orientation) -> Geometry {
        match o {
            Orientation::Portrait => self,
            Orientation::Landscape => Geometry {
                width: self.height,
                height: self.width,
                ..self
            },
        }
    }
}

/// Stacks blocks down pages, breaking to a new page when a block does not fit.
pub struct Flow<'m> {
    pub m: &'m dyn Measure,
    /// The current page's geometry.
    pub geo: Geometry,
    /// The portrait geometry the flow was made with; landscape pages turn it.
    portrait: Geometry,
    pages: Vec<Page>,
    /// Top of the free space on the current page.
    y: f32,
    /// A heading just drawn (index of its first item, its top): it follows the next
    /// block to a new page, so that a heading never ends a page.
    keep: Option<(usize, f32)>,
}

impl<'m> Flow<'m> {
    pub fn new(m: &'m dyn Measure, geo: Geometry) -> Flow<'m> {
        Flow {
            m,
            geo,
            portrait: geo,
            pages: vec![Page::default()],
            y: geo.top,
            keep: None,
        }
    }

    pub fn y(&self) -> f32 {
        self.y
    }

    /// Pages begun so far: the 1-based number of the page the cursor is on.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    pub fn left(&self) -> f32 {
        self.geo.margin
    }

    pub fn width(&self) -> f32 {
        self.geo.content_width()
    }

    /// Space left below the cursor on this page.
    pub fn room(&self) -> f32 {
        self.geo.height - self.geo.bottom - self.y
    }

    /// Whether the cursor is at the top of a page (nothing to gain from a page break).
    pub fn at_top(&self) -> bool {
        self.y <= self.geo.top + 0.01
    }

    /// Starts a new page; a heading waiting for its block moves along with it.
    pub fn new_page(&mut self) {
        let kept = match self.keep.take() {
            Some((first, top)) if top > self.geo.top + 0.01 => {
                let page = self.pages.last_mut().expect("a flow always has a page");
                let dy = self.geo.top - top;
                let moved: Vec<Item> = page.items.drain(first..).map(|i| i.shifted(dy)).collect();
                Some((moved, self.y + dy))
            }
            _ => None,
        };
        self.pages.push(Page {
            items: Vec::new(),
            orientation: self.orientation(),
        });
        self.y = self.geo.top;
        if let Some((items, y)) = kept {
            self.pages.last_mut().expect("just pushed").items = items;
            self.y = y;
        }
    }

    /// Which way the current page stands.
    pub fn orientation(&self) -> Orientation {
        self.pages
            .last()
            .map_or_else(Orientation::default, |p| p.orientation)
    }

    /// Goes on with pages standing as `o`: a page that already holds something and stands
    /// the other way ends here, and a new one begins (a page never mixes the two).
    pub fn orient(&mut self, o: Orientation) {
        if self.orientation() == o {
            return;
        }
        let empty = self.pages.last().is_some_and(|p| p.items.is_empty());
        if !empty {
            self.new_page();
        }
        self.pages
            .last_mut()
            .expect("a flow always has a page")
            .orientation = o;
        self.geo = self.portrait.oriented(o);
        if empty {
            self.y = self.geo.top;
        }
    }

    /// Starts a new page unless `height` fits below the cursor. The first block after a
    /// heading decides where the heading goes: with it.
    pub fn ensure(&mut self, height: f32) {
        let start = self.keep.map_or(self.y, |(_, top)| top);
        if height > self.room() && start > self.geo.top + 0.01 {
            self.new_page();
        }
        self.keep = None;
    }

    /// Moves the cursor down (never past the page's end: a gap does not start a page).
    pub fn space(&mut self, height: f32) {
        self.y = (self.y + height).min(self.geo.height - self.geo.bottom);
    }

    pub fn advance(&mut self, height: f32) {
        self.y += height;
    }

    pub fn push(&mut self, item: Item) {
        self.pages
            .last_mut()
            .expect("a flow always has a page")
            .items
            .push(item);
    }

    /// Draws `text` with its baseline placed for a line box whose top is `top`.
    pub fn text_at(&mut self, x: f32, top: f32, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        let text = self.m.visible(text);
        let y = top + (style.line_height() - style.size) / 2.0 + self.m.ascent(style.size);
        self.push(Item::Text {
            x,
            y,
            text: text.to_string(),
            style,
        });
    }

    /// Wrapped text across the full width; lines move to the next page one by one.
    pub fn paragraph(&mut self, text: &str, style: Style) {
        self.paragraph_in(self.left(), self.width(), text, style);
    }

    /// Wrapped text in a column starting at `x`, `width` wide.
    pub fn paragraph_in(&mut self, x: f32, width: f32, text: &str, style: Style) {
        for line in wrap(self.m, text, style.size, style.bold, width) {
            self.ensure(style.line_height());
            let top = self.y;
            self.text_at(x, top, &line, style);
            self.advance(style.line_height());
        }
    }

    /// A heading kept with at least `keep` points of what follows it, and moved to the
    /// next page with the first block after it if that block does not fit.
    pub fn heading(&mut self, text: &str, style: Style, keep: f32) {
        let lines = wrap(self.m, text, style.size, style.bold, self.width());
        self.ensure(lines.len() as f32 * style.line_height() + keep);
        let first = self.pages.last().map_or(0, |p| p.items.len());
        let top = self.y;
        for line in lines {
            let top = self.y;
            self.text_at(self.left(), top, &line, style);
            self.advance(style.line_height());
        }
        self.keep = Some((first, top));
    }

    /// Items each a paragraph with a hanging bullet.
    pub fn bullets(&mut self, items: &[String], style: Style) {
        let indent = style.size * 1.2;
        for item in items {
            let lines = wrap(self.m, item, style.size, style.bold, self.width() - indent);
            for (n, line) in lines.iter().enumerate() {
                self.ensure(style.line_height());
                let top = self.y;
                if n == 0 {
                    self.text_at(self.left(), top, "•", style);
                }
                self.text_at(self.left() + indent, top, line, style);
                self.advance(style.line_height());
            }
        }
    }

    /// A horizontal rule across the content width.
    pub fn rule(&mut self, color: Color, width: f32) {
        let (x1, x2, y) = (self.left(), self.left() + self.width(), self.y);
        self.push(Item::Line {
            x1,
            y1: y,
            x2,
            y2: y,
            width,
            color,
        });
    }

    /// Ends the flow: every page gets `header` (left, right) above and `footer_left` plus
    /// "`page_word` i / n" below, now that the page count is known.
    pub fn finish(mut self, header: (&str, &str), footer_left: &str, page_word: &str) -> Vec<Page> {
        let total = self.pages.len();
        let small = Style::new(8.0, false, GREY);
        let pages = std::mem::take(&mut self.pages);
        pages
            .into_iter()
            .enumerate()
            .map(|(n, mut page)| {
                let geo = self.portrait.oriented(page.orientation);
                let (left, right) = (geo.margin, geo.width - geo.margin);
                let mut running = Vec::new();
                let head_y = geo.top - 26.0;
                let foot_y = geo.height - geo.bottom + 22.0;
                let page_no = format!("{page_word} {} / {total}", n + 1);
                for (text, y, align_right) in [
                    (header.0, head_y, false),
                    (header.1, head_y, true),
                    (footer_left, foot_y, false),
                    (page_no.as_str(), foot_y, true),
                ] {
                    let fit = fit_line(self.m, text, small, (right - left) / 2.0 - 6.0);
                    let x = if align_right {
                        right - self.m.width(&fit, small.size, small.bold)
                    } else {
                        left
                    };
                    running.push(Item::Text {
                        x,
                        y,
                        text: fit,
                        style: small,
                    });
                }
                for y in [head_y + 5.0, foot_y - 10.0] {
                    running.push(Item::Line {
                        x1: left,
                        y1: y,
                        x2: right,
                        y2: y,
                        width: 0.4,
                        color: RULE,
                    });
                }
                running.append(&mut page.items);
                page.items = running;
                page
            })
            .collect()
    }
}

/// `text` shortened with "…" to fit on one line of `max` points.
pub fn fit_line(m: &dyn Measure, text: &str, style: Style, max: f32) -> String {
    if m.width(text, style.size, style.bold) <= max {
        return text.to_string();
    }
    let mut out: String = text.to_string();
    while !out.is_empty() && m.width(&format!("{out}…"), style.size, style.bold) > max {
        out.pop();
    }
    format!("{}…", out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::text::Mono;
    use super::*;

    const BODY: Style = Style::new(10.0, false, BLACK);

    #[test]
    fn long_text_flows_onto_new_pages_with_numbers() {
        let mut f = Flow::new(&Mono, Geometry::A4);
        let text = "mot ".repeat(3000);
        f.paragraph(&text, BODY);
        let pages = f.finish(("Structure", "2026-11-24"), "aqor 1.0.0", "page");
        assert!(pages.len() > 2);
        let bottom = Geometry::A4.height - Geometry::A4.bottom;
        for (n, p) in pages.iter().enumerate() {
            let numbers = format!("page {} / {}", n + 1, pages.len());
            assert!(p.texts().any(|t| t == numbers), "{numbers}");
            assert!(p.texts().any(|t| t == "Structure"));
            for item in &p.items[6..] {
                if let Item::Text { y, .. } = item {
                    assert!(*y <= bottom, "text below the bottom margin");
                }
            }
        }
    }

    #[test]
    fn headings_stay_with_what_follows() {
        let mut f = Flow::new(&Mono, Geometry::A4);
        f.space(f.room() - 20.0);
        f.heading("Points forts", BODY, 40.0);
        let pages = f.finish(("", ""), "", "page");
        assert_eq!(pages.len(), 2);
        assert!(pages[1].texts().any(|t| t == "Points forts"));
    }

    #[test]
    fn a_heading_follows_a_block_too_tall_for_the_rest_of_its_page() {
        let mut f = Flow::new(&Mono, Geometry::A4);
        f.space(f.room() - 120.0);
        f.heading("Actions", BODY, 40.0);
        f.space(4.0);
        f.ensure(200.0);
        f.paragraph("row", BODY);
        let pages = f.finish(("", ""), "", "page");
        assert_eq!(pages.len(), 2);
        assert!(!pages[0].texts().any(|t| t == "Actions"));
        let texts: Vec<&str> = pages[1].texts().collect();
        let (h, r) = (
            texts.iter().position(|t| *t == "Actions").unwrap(),
            texts.iter().position(|t| *t == "row").unwrap(),
        );
        assert!(h < r, "{texts:?}");
        let y_of = |name: &str| {
            pages[1].items.iter().find_map(|i| match i {
                Item::Text { y, text, .. } if text == name => Some(*y),
                _ => None,
            })
        };
        assert!(y_of("Actions").unwrap() < Geometry::A4.top + 20.0);
        assert!(y_of("row").unwrap() > y_of("Actions").unwrap());
    }

    #[test]
    fn turning_starts_a_page_unless_the_page_is_still_empty() {
        let mut f = Flow::new(&Mono, Geometry::A4);
        f.space(30.0);
        f.orient(Orientation::Landscape);
        assert_eq!((f.page_count(), f.y()), (1, Geometry::A4.top));
        assert_eq!(f.width(), Geometry::A4.height - 2.0 * Geometry::A4.margin);
        f.paragraph("large", BODY);
        f.orient(Orientation::Portrait);
        assert_eq!(f.page_count(), 2);
        f.paragraph("haut", BODY);
        f.new_page();
        f.orient(Orientation::Landscape);
        assert_eq!(f.page_count(), 3);
        let pages = f.finish(("", ""), "", "page");
        let turned: Vec<Orientation> = pages.iter().map(|p| p.orientation).collect();
        use Orientation::*;
        assert_eq!(turned, [Landscape, Portrait, Landscape]);
        // The running footer sits at the bottom of each page, as the page stands.
        let footer_y = |p: &Page| {
            p.items.iter().find_map(|i| match i {
                Item::Text { y, text, .. } if text.starts_with("page") => Some(*y),
                _ => None,
            })
        };
        let (a4, wide) = (Geometry::A4, Geometry::A4.oriented(Landscape));
        assert_eq!(footer_y(&pages[0]), Some(wide.height - wide.bottom + 22.0));
        assert_eq!(footer_y(&pages[1]), Some(a4.height - a4.bottom + 22.0));
    }

    #[test]
    fn fit_line_shortens_with_an_ellipsis() {
        assert_eq!(fit_line(&Mono, "abcdefghij", BODY, 30.0), "abcde…");
        assert_eq!(fit_line(&Mono, "abc", BODY, 30.0), "abc");
    }
}
