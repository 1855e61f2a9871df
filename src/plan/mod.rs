//! The PDF action plan: `content` decides what a plan says, `compose` lays it out with
//! our small `layout` engine, `pdf` writes the pages with printpdf.

mod compose;
pub mod content;
mod font;
pub mod layout;
mod pdf;
pub mod words;

pub use content::{NetworkMeans, Options, Plan, Previous, build};

/// The plan as PDF bytes (A4, fonts embedded as subsets).
pub fn render(plan: &Plan) -> Vec<u8> {
    let pages = compose::compose(plan, font::fonts());
    let title = format!(
        "{} — {}",
        words::word("title", &plan.lang),
        plan.cover.structure
    );
    pdf::write(&pages, layout::Geometry::A4, &title)
}
