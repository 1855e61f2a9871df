//! Group self-assessment: each member of a group answers alone, then the group meets
//! on the indicators where they disagree (docs/consensus.md).
//!
//! [`build`] brings the respondents' answers of each structure and campaign together:
//! per indicator every respondent's answer, the median level, the spread and an
//! [`Agreement`] class, ordered for the meeting. [`draft`] makes the consensus
//! assessment the meeting starts from; [`markdown`] and [`pdf`] the meeting document.

mod anonymize;
pub mod content;
mod draft;
pub mod markdown;
pub mod median;
pub mod network;
pub mod pdf;
pub mod words;

pub use anonymize::anonymize;
pub use draft::draft;

use crate::assessment::{Assessment, Choice, Role, Structure, Vote};
use crate::grid::Grid;
use chrono::NaiveDate;
use std::collections::HashMap;

/// One structure's answers in one campaign, from several respondents.
#[derive(Debug, Clone)]
pub struct Group {
    pub structure: Structure,
    pub campaign: String,
    /// In input order.
    pub respondents: Vec<Respondent>,
    /// Indicators someone answered: split, then close, then unanimous; within each,
    /// by disagreement × weight (largest first), then in grid order.
    pub items: Vec<Item>,
    /// The language the first respondent answered in.
    pub language: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Respondent {
    pub name: String,
    pub role: Option<Role>,
    pub date: NaiveDate,
}

/// How far the respondents' answers to an indicator are apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Agreement {
    /// A spread of two levels or more, or `na` beside levels: the meeting decides.
    Split,
    /// Levels at most one apart.
    Close,
    /// Every answer the same.
    Unanimous,
}

impl Agreement {
    pub fn id(self) -> &'static str {
        match self {
            Agreement::Split => "split",
            Agreement::Close => "close",
            Agreement::Unanimous => "unanimous",
        }
    }
}

/// One indicator of a group: everyone's answer and what they add up to.
#[derive(Debug, Clone)]
pub struct Item {
    pub indicator: String,
    /// One per respondent, in their order (`level: None` where one left it unanswered).
    pub votes: Vec<Vote>,
    /// The level the draft starts from (see [`median`]).
    pub median: Choice,
    /// Levels between the lowest and the highest answer (0 when they agree).
    pub range: usize,
    /// How many respondents gave each level of the scale (scale order), then `na`.
    pub counts: Vec<(Choice, usize)>,
    pub agreement: Agreement,
    /// 0..1: the range over the scale's span (1 when `na` stands beside levels).
    pub disagreement: f64,
    /// The indicator's weight times its criterion's.
    pub weight: f64,
}

/// Groups `assessments` (each naming its respondent, as the input engine checks in
/// group mode) by structure and campaign, in order of first appearance.
pub fn build(grid: &Grid, assessments: Vec<Assessment>) -> Vec<Group> {
    let mut groups: Vec<(String, Vec<Assessment>)> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    for a in assessments {
        let campaign = group_campaign(&a);
        let key = (a.structure.id.clone(), campaign.clone());
        let n = *index.entry(key).or_insert_with(|| {
            groups.push((campaign, Vec::new()));
            groups.len() - 1
        });
        groups[n].1.push(a);
    }
    groups
        .into_iter()
        .map(|(campaign, members)| group(grid, campaign, members))
        .collect()
}

fn group(grid: &Grid, campaign: String, mut members: Vec<Assessment>) -> Group {
    let respondents = members
        .iter()
        .map(|a| Respondent {
            name: a.respondent.clone().unwrap_or_default(),
            role: a.role,
            date: a.date,
        })
        .collect();
    let mut items: Vec<(usize, Item)> = Vec::new();
    for (n, (criterion, indicator)) in grid.indicators().enumerate() {
        // Answers move into the votes: a network's worth of them is held once.
        let votes: Vec<Vote> = members
            .iter_mut()
            .map(|a| {
                let answer = a.answers.swap_remove(&indicator.id);
                let (level, comment, evidence, importance, action) = match answer {
                    Some(x) => (Some(x.level), x.comment, x.evidence, x.importance, x.action),
                    None => (None, None, None, None, None),
                };
                Vote {
                    respondent: a.respondent.clone().unwrap_or_default(),
                    level,
                    comment,
                    evidence,
                    importance,
                    action,
                }
            })
            .collect();
        let weight = indicator.weight * criterion.weight;
        items.extend(item(grid, indicator, votes, weight).map(|i| (n, i)));
    }
    items.sort_by(|(n, a), (m, b)| {
        a.agreement
            .cmp(&b.agreement)
            .then((b.disagreement * b.weight).total_cmp(&(a.disagreement * a.weight)))
            .then(n.cmp(m))
    });
    let first = &members[0];
    Group {
        structure: first.structure.clone(),
        campaign,
        respondents,
        items: items.into_iter().map(|(_, i)| i).collect(),
        language: first.language.clone(),
    }
}

/// What the votes on one indicator add up to; `None` when nobody answered it.
fn item(
    grid: &Grid,
    indicator: &crate::grid::Indicator,
    votes: Vec<Vote>,
    weight: f64,
) -> Option<Item> {
    let scale = grid.scale_of(indicator);
    let given: Vec<&Choice> = votes.iter().filter_map(|v| v.level.as_ref()).collect();
    if given.is_empty() {
        return None;
    }
    let positions: Vec<usize> = given
        .iter()
        .filter_map(|c| match c {
            Choice::Level(l) => scale.position(l),
            Choice::Na => None,
        })
        .collect();
    let na = given.iter().filter(|c| ***c == Choice::Na).count();
    let mut counts: Vec<(Choice, usize)> = scale
        .levels
        .iter()
        .enumerate()
        .map(|(p, l)| {
            let n = positions.iter().filter(|x| **x == p).count();
            (Choice::Level(l.id.clone()), n)
        })
        .collect();
    if scale.allow_na || na > 0 {
        counts.push((Choice::Na, na));
    }
    let range = match (positions.iter().min(), positions.iter().max()) {
        (Some(lo), Some(hi)) => hi - lo,
        _ => 0,
    };
    let span = scale.levels.len().saturating_sub(1).max(1);
    let mixed = na > 0 && !positions.is_empty();
    let agreement = if mixed || range >= 2 {
        Agreement::Split
    } else if range == 1 {
        Agreement::Close
    } else {
        Agreement::Unanimous
    };
    let median = match median(&positions) {
        Some(p) if na <= positions.len() => Choice::Level(scale.levels[p].id.clone()),
        _ => Choice::Na,
    };
    Some(Item {
        indicator: indicator.id.clone(),
        votes,
        median,
        range,
        counts,
        agreement,
        disagreement: if mixed {
            1.0
        } else {
            range as f64 / span as f64
        },
        weight,
    })
}

/// How far apart the respondents were on each indicator of a consensus file or of a
/// `--respondents median` assessment, read from the votes it keeps (grid order; the
/// indicators without votes are not in it).
pub fn agreements(grid: &Grid, a: &Assessment) -> Vec<(usize, Agreement)> {
    grid.indicators()
        .enumerate()
        .filter_map(|(n, (criterion, indicator))| {
            let votes = &a.answers.get(&indicator.id)?.votes;
            if votes.is_empty() {
                return None;
            }
            let weight = indicator.weight * criterion.weight;
            item(grid, indicator, votes.clone(), weight).map(|i| (n, i.agreement))
        })
        .collect()
}

/// The campaign a respondent's answers belong to: the one the input engine settled,
/// else the calendar year of their date.
fn group_campaign(a: &Assessment) -> String {
    a.campaign
        .clone()
        .unwrap_or_else(|| crate::campaign::Period::default().label(a.date))
}

/// The middle of the levels given (positions on the scale); for an even count the
/// lower of the two middle ones: the draft claims no more than half the group sees.
pub fn median(positions: &[usize]) -> Option<usize> {
    let mut sorted = positions.to_vec();
    sorted.sort_unstable();
    sorted.get(sorted.len().checked_sub(1)? / 2).copied()
}

/// The items of one agreement class, in meeting order.
pub fn of_class(group: &Group, class: Agreement) -> impl Iterator<Item = &Item> {
    group.items.iter().filter(move |i| i.agreement == class)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_takes_the_lower_middle_for_an_even_count() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[2]), Some(2));
        assert_eq!(median(&[3, 0, 2]), Some(2));
        assert_eq!(median(&[0, 3, 1, 2]), Some(1));
        assert_eq!(median(&[3, 3, 1, 1]), Some(1));
    }
}
