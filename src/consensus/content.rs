//! What the meeting document says, in the reader's language; `markdown` and `pdf`
//! lay the same texts out.

use super::words::word;
use super::{Group, Item, Respondent};
use crate::assessment::{Choice, Role, Vote};
use crate::grid::Grid;
use crate::typography::date;

/// `Label: value`, with the language's space before the colon.
pub fn labelled(key: &str, value: &str, lang: &str) -> String {
    crate::typography::labelled(word(key, lang), value, lang)
}

pub fn role(r: Role, lang: &str) -> &'static str {
    word(r.id(), lang)
}

/// `Alice (team)`.
pub fn who(r: &Respondent, lang: &str) -> String {
    match r.role {
        Some(role) => format!("{} ({})", r.name, self::role(role, lang)),
        None => r.name.clone(),
    }
}

/// `Alice (team, 2 March 2026)`, for the list of respondents.
pub fn who_when(r: &Respondent, lang: &str) -> String {
    let mut parts: Vec<String> = r
        .role
        .map(|x| role(x, lang).to_string())
        .into_iter()
        .collect();
    parts.push(date(r.date, lang));
    format!("{} ({})", r.name, parts.join(", "))
}

/// `2 Done`, "not applicable" or "unanswered", in `lang`.
pub fn level(grid: &Grid, indicator: &str, choice: Option<&Choice>, lang: &str) -> String {
    let choice = match choice {
        None => return word("unanswered", lang).to_string(),
        Some(Choice::Na) => return word("na", lang).to_string(),
        Some(c) => c,
    };
    let label = grid.indicator(indicator).and_then(|(_, i)| {
        let l = grid.scale_of(i).level(choice.as_str())?;
        Some(grid.text(&l.label, lang).to_string())
    });
    match label {
        Some(l) => format!("{} {l}", choice.as_str()),
        None => choice.as_str().to_string(),
    }
}

/// `C2.3 Confidential interviews`.
pub fn heading(grid: &Grid, item: &Item, lang: &str) -> String {
    match grid.indicator(&item.indicator) {
        Some((_, i)) => format!("{} {}", i.id, grid.text(&i.title, lang)),
        None => item.indicator.clone(),
    }
}

/// Median, spread, weight and answers per level, on one line.
pub fn stats(grid: &Grid, item: &Item, lang: &str) -> String {
    let counts: Vec<String> = item
        .counts
        .iter()
        .map(|(c, n)| format!("{} × {n}", c.as_str()))
        .collect();
    [
        labelled(
            "median",
            &level(grid, &item.indicator, Some(&item.median), lang),
            lang,
        ),
        labelled("spread", &item.range.to_string(), lang),
        labelled(
            "weight",
            &crate::typography::number(item.weight, 1, lang),
            lang,
        ),
        labelled("counts", &counts.join(", "), lang),
    ]
    .join(" · ")
}

/// Everything a respondent wrote beside the level: comment, evidence, importance,
/// proposed action (with its owner, due date and status).
pub fn notes(vote: &Vote, lang: &str) -> Vec<String> {
    let mut out: Vec<String> = vote.comment.iter().cloned().collect();
    if let Some(e) = &vote.evidence {
        out.push(labelled("evidence", e, lang));
    }
    if let Some(i) = vote.importance {
        out.push(labelled("importance", &i.to_string(), lang));
    }
    if let Some(a) = &vote.action {
        let mut parts: Vec<String> = a.text.iter().chain(&a.owner).cloned().collect();
        parts.extend(a.due.map(|d| date(d, lang)));
        parts.extend(
            a.status
                .map(|s| crate::plan::words::status(s, lang).to_string()),
        );
        out.push(labelled("action", &parts.join(" · "), lang));
    }
    out
}

/// The respondents' names with their role, in order (for the unanimous table).
pub fn respondent_of<'g>(group: &'g Group, vote: &Vote) -> Option<&'g Respondent> {
    group.respondents.iter().find(|r| r.name == vote.respondent)
}
