//! The blank paper form: the structure and respondent on top, then one page (or more)
//! per criterion with, for each indicator in campaign order, a box per level to tick
//! and lines for the comment, the evidence, the importance and an action — the same
//! order as a campaign's columns, so typing a filled form in is direct.

use super::content::{colon, level_name, word};
use crate::grid::{Grid, Indicator};
use crate::plan::layout::{ACCENT, BLACK, Flow, GREY, Geometry, Item, Measure, Page, RULE, Style};

const TITLE: Style = Style::new(18.0, true, ACCENT);
const H1: Style = Style::new(13.0, true, ACCENT);
const HEAD: Style = Style::new(10.0, true, BLACK);
const BODY: Style = Style::new(9.0, false, BLACK);
const NOTE: Style = Style::new(8.0, false, GREY);
const BOX: f32 = 8.0;
/// Height of a line to write on.
const WRITE: f32 = 17.0;

/// Lays out the form of `grid` in `lang`.
pub fn compose(grid: &Grid, lang: &str, m: &dyn Measure) -> Vec<Page> {
    let w = |k: &str| word(k, lang);
    let mut f = Flow::new(m, Geometry::A4);
    let title = grid.text(&grid.title, lang);
    f.heading(w("form"), TITLE, 200.0);
    f.paragraph(&format!("{title} — {}", grid.label()), BODY);
    f.space(12.0);
    for key in ["structure_id", "structure", "network", "date", "respondent"] {
        field(&mut f, w(key), lang);
    }
    if !grid.profiles.is_empty() {
        f.space(6.0);
        f.heading(&format!("{}{}", w("profiles"), colon(lang)), HEAD, 30.0);
        let labels: Vec<String> = grid
            .profiles
            .iter()
            .map(|p| format!("{} ({})", grid.text(&p.label, lang), p.id))
            .collect();
        boxes(&mut f, &labels);
    }
    for c in &grid.criteria {
        f.new_page();
        f.paragraph(
            &format!(
                "{}{} ______________________   {}{} ______________________",
                w("structure_id"),
                colon(lang),
                w("respondent"),
                colon(lang)
            ),
            NOTE,
        );
        f.space(6.0);
        f.heading(
            &format!("{} — {}", c.id, grid.text(&c.title, lang)),
            H1,
            120.0,
        );
        for i in &c.indicators {
            indicator(&mut f, grid, i, lang);
        }
    }
    f.finish((w("form"), &grid.label()), title, w("page"))
}

/// One indicator's block, kept on one page.
fn indicator(f: &mut Flow, grid: &Grid, i: &Indicator, lang: &str) {
    let w = |k: &str| word(k, lang);
    let scale = grid.scale_of(i);
    let mut levels: Vec<String> = scale
        .levels
        .iter()
        .map(|l| level_name(grid, scale, &l.id, lang))
        .collect();
    if scale.allow_na {
        levels.push(format!("{} — {}", crate::assessment::NA, w("na")));
    }
    let heading = format!("{} — {}", i.id, grid.text(&i.title, lang));
    let lines = crate::plan::layout::wrap(f.m, &heading, HEAD.size, true, f.width()).len();
    let height = 12.0
        + lines as f32 * HEAD.line_height()
        + NOTE.line_height()
        + rows_of_boxes(f, &levels) as f32 * BODY.line_height()
        + 4.0 * WRITE
        + BODY.line_height();
    f.ensure(height);
    f.space(10.0);
    f.heading(&heading, HEAD, 0.0);
    f.paragraph(
        &format!(
            "{}{} {} · {}",
            w("target"),
            colon(lang),
            level_name(grid, scale, &i.target, lang),
            w("tick_one")
        ),
        NOTE,
    );
    boxes(f, &levels);
    for key in ["comment", "evidence_field"] {
        field(f, w(key), lang);
    }
    let y = f.y();
    let label = format!("{}{}", w("importance"), colon(lang));
    f.text_at(f.left(), y + WRITE - BODY.line_height(), &label, BODY);
    let mut x = f.left() + f.m.width(&label, BODY.size, false) + 10.0;
    for n in 1..=4 {
        let text = n.to_string();
        tick_box(f, x, y + WRITE - BODY.line_height());
        f.text_at(x + BOX + 3.0, y + WRITE - BODY.line_height(), &text, BODY);
        x += BOX + 20.0;
    }
    f.advance(WRITE);
    field(f, w("action"), lang);
}

/// "Label: ________" on a line to write on.
fn field(f: &mut Flow, label: &str, lang: &str) {
    f.ensure(WRITE);
    let label = format!("{label}{}", colon(lang));
    let top = f.y() + WRITE - BODY.line_height();
    f.text_at(f.left(), top, &label, BODY);
    let x1 = f.left() + f.m.width(&label, BODY.size, false) + 6.0;
    let y = f.y() + WRITE - 2.0;
    f.push(Item::Line {
        x1,
        y1: y,
        x2: f.left() + f.width(),
        y2: y,
        width: 0.5,
        color: RULE,
    });
    f.advance(WRITE);
}

/// Widths of the ticked choices laid out in a row: box, gap, label, gap.
fn choice_width(f: &Flow, label: &str) -> f32 {
    BOX + 4.0 + f.m.width(label, BODY.size, false) + 14.0
}

fn rows_of_boxes(f: &Flow, labels: &[String]) -> usize {
    let mut rows = 1;
    let mut x = 0.0;
    for l in labels {
        let w = choice_width(f, l);
        if x > 0.0 && x + w > f.width() {
            rows += 1;
            x = 0.0;
        }
        x += w;
    }
    rows
}

/// A row (or several) of "☐ label" choices.
fn boxes(f: &mut Flow, labels: &[String]) {
    let mut x = f.left();
    f.ensure(BODY.line_height());
    for l in labels {
        let w = choice_width(f, l);
        if x > f.left() && x + w > f.left() + f.width() {
            f.advance(BODY.line_height());
            f.ensure(BODY.line_height());
            x = f.left();
        }
        let top = f.y();
        tick_box(f, x, top);
        f.text_at(x + BOX + 4.0, top, l, BODY);
        x += w;
    }
    f.advance(BODY.line_height());
}

/// An empty square to tick, aligned with a line of body text whose top is `top`.
fn tick_box(f: &mut Flow, x: f32, top: f32) {
    let y = top + (BODY.line_height() - BOX) / 2.0 + 0.5;
    for (x1, y1, x2, y2) in [
        (x, y, x + BOX, y),
        (x + BOX, y, x + BOX, y + BOX),
        (x + BOX, y + BOX, x, y + BOX),
        (x, y + BOX, x, y),
    ] {
        f.push(Item::Line {
            x1,
            y1,
            x2,
            y2,
            width: 0.7,
            color: BLACK,
        });
    }
}
