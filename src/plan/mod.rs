//! The PDF action plan: `content` decides what a plan says, `compose` lays it out with
//! our small `layout` engine, `pdf` writes the pages with printpdf.

pub(crate) mod compose;
pub mod content;
pub(crate) mod font;
pub mod layout;
pub(crate) mod pdf;
pub mod words;

pub use content::{NetworkMeans, Options, Plan, Previous, build};

/// Texts of a plan the embedded fonts cannot draw, each named by where it came from
/// (`name`, `C1.2 action.text`…) with the characters missing, for a warning.
pub fn unprintable(plan: &Plan) -> Vec<(String, String)> {
    let f = font::fonts();
    let c = &plan.cover;
    let mut places: Vec<(String, &str)> = vec![
        ("structure.name".into(), c.structure.as_str()),
        ("structure.id".into(), c.structure_id.as_str()),
    ];
    places.extend(
        c.network
            .iter()
            .map(|n| ("structure.network".into(), n.as_str())),
    );
    places.extend(c.assessor.iter().map(|a| ("assessor".into(), a.as_str())));
    for a in &plan.actions {
        places.extend(
            a.planned
                .iter()
                .map(|t| (format!("{} action.text", a.id), t.as_str())),
        );
        places.extend(
            a.owner
                .iter()
                .map(|t| (format!("{} action.owner", a.id), t.as_str())),
        );
        places.extend(
            a.suggestions
                .iter()
                .map(|t| (format!("{} (grid)", a.id), t.as_str())),
        );
    }
    places
        .into_iter()
        .filter_map(|(place, text)| {
            let missing = f.missing(text);
            (!missing.is_empty()).then_some((place, missing))
        })
        .collect()
}

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
