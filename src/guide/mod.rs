//! `aqor guide`: a grid as a printable document — the guide (PDF, HTML, markdown) and
//! the blank paper form. `content` decides what the guide says; `pdf`, `markup` and
//! `form` lay it out with the plan's layout engine and font.

pub mod content;
mod form;
mod markup;
mod pdf;
pub mod words;

pub use content::{Guide, build};
pub use markup::{html, markdown};

use crate::grid::Grid;
use crate::plan::{font, layout};

/// The guide as PDF bytes (A4, fonts embedded as subsets).
pub fn pdf(guide: &Guide) -> Vec<u8> {
    let pages = pdf::compose(guide, font::fonts());
    let title = format!("{} — {}", guide.title, guide.kind);
    crate::plan::pdf::write(&pages, layout::Geometry::A4, &title)
}

/// The blank paper form of `grid` in `lang`, as PDF bytes.
pub fn form_pdf(grid: &Grid, lang: &str) -> Vec<u8> {
    let pages = form::compose(grid, lang, font::fonts());
    let title = format!(
        "{} — {}",
        grid.text(&grid.title, lang),
        content::word("form", lang)
    );
    crate::plan::pdf::write(&pages, layout::Geometry::A4, &title)
}
