//! The consensus meeting document as Markdown.

use super::content::{heading, labelled, level, notes, respondent_of, stats, who, who_when};
use super::words::word;
use super::{Agreement, Group, Item, of_class};
use crate::grid::Grid;
use crate::report::markdown::escape;
use crate::report::table::{Align, Table, Tone};

/// The meeting document of `group`, in `lang`.
pub fn render(grid: &Grid, group: &Group, lang: &str) -> String {
    let w = |k: &str| word(k, lang);
    let mut out = format!("# {} — {}\n\n", w("title"), escape(&shown_name(group)));
    out += &format!(
        "{} · {} ({})\n\n",
        escape(&labelled("campaign", &group.campaign, lang)),
        escape(grid.text(&grid.title, lang)),
        escape(&grid.label())
    );
    let people: Vec<String> = group
        .respondents
        .iter()
        .map(|r| who_when(r, lang))
        .collect();
    out += &format!(
        "{}\n\n{}\n",
        escape(&labelled("respondents", &people.join(", "), lang)),
        escape(w("method"))
    );
    for (class, key) in [(Agreement::Split, "split"), (Agreement::Close, "close")] {
        let items: Vec<&Item> = of_class(group, class).collect();
        out += &format!("\n## {} ({})\n", w(key), items.len());
        if items.is_empty() {
            out += &format!("\n{}\n", w("none"));
        }
        for item in items {
            out += &detail(grid, group, item, lang);
        }
    }
    let unanimous: Vec<&Item> = of_class(group, Agreement::Unanimous).collect();
    out += &format!("\n## {} ({})\n\n", w("unanimous"), unanimous.len());
    if unanimous.is_empty() {
        out += &format!("{}\n", w("none"));
        return out;
    }
    let mut t = Table::new(
        vec![
            w("indicator").into(),
            w("level").into(),
            w("comment").into(),
        ],
        vec![Align::Left; 3],
    );
    for item in unanimous {
        t.push(
            [
                heading(grid, item, lang),
                level(grid, &item.indicator, Some(&item.median), lang),
                unanimous_notes(group, item, lang),
            ]
            .map(|c| (c, Tone::Plain))
            .to_vec(),
        );
    }
    out + &t.to_markdown()
}

/// The structure's name, else its id.
pub fn shown_name(group: &Group) -> String {
    match group.structure.name.trim() {
        "" => group.structure.id.clone(),
        n => n.to_string(),
    }
}

/// Everyone's notes on a unanimous indicator, each after its author's name.
pub(super) fn unanimous_notes(group: &Group, item: &Item, lang: &str) -> String {
    item.votes
        .iter()
        .filter_map(|v| {
            let n = notes(v, lang);
            let r = respondent_of(group, v)?;
            (!n.is_empty()).then(|| format!("{}: {}", who(r, lang), n.join(" — ")))
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// One split or close indicator: its numbers, each respondent's answer and notes;
/// for a split one, room for the agreed level and why.
fn detail(grid: &Grid, group: &Group, item: &Item, lang: &str) -> String {
    let w = |k: &str| word(k, lang);
    let mut out = format!(
        "\n### {}\n\n{}\n\n",
        escape(&heading(grid, item, lang)),
        escape(&stats(grid, item, lang))
    );
    let mut t = Table::new(
        vec![
            w("respondent").into(),
            w("level").into(),
            w("comment").into(),
        ],
        vec![Align::Left; 3],
    );
    for (v, r) in item.votes.iter().zip(&group.respondents) {
        t.push(
            [
                who(r, lang),
                level(grid, &item.indicator, v.level.as_ref(), lang),
                notes(v, lang).join(" — "),
            ]
            .map(|c| (c, Tone::Plain))
            .to_vec(),
        );
    }
    out += &t.to_markdown();
    if item.agreement == Agreement::Split {
        out += &format!(
            "\n{} ______ · {} ______\n",
            escape(&labelled("agreed", "", lang)).trim_end(),
            escape(&labelled("why", "", lang)).trim_end()
        );
    }
    out
}
