//! `--respondents median`: a group's answers scored directly at their median, without
//! a consensus meeting (docs/consensus.md). Each structure's respondents in a campaign
//! become one assessment: the draft's median levels, what each respondent wrote kept
//! after their name, their answers kept as votes (so `compare` can tell where the
//! groups split).

use super::{Group, anonymize, build, draft, group_campaign, median};
use crate::assessment::{Answer, Assessment, PlannedAction, Vote};
use crate::grid::Grid;
use std::collections::HashSet;

/// What [`merge`] made of a read's assessments.
#[derive(Debug, Default)]
pub struct Merged {
    /// In input order: assessments naming no respondent as they came, each group's
    /// median assessment where its first respondent came.
    pub assessments: Vec<Assessment>,
    /// Groups (a structure in a campaign) brought together, and their respondents.
    pub groups: usize,
    pub respondents: usize,
    /// Structures and campaigns that hold an assessment naming no respondent (a
    /// consensus file, a plain row) beside respondents' answers: (structure id,
    /// campaign, respondents). Counting both would count the structure twice: the
    /// respondents' answers are left out of `assessments`.
    pub clashes: Vec<(String, String, usize)>,
}

/// Brings each structure's respondents in a campaign together at their median;
/// `anonymize` names respondents R1, R2… (input order) as `aqor consensus` does.
pub fn merge(grid: &Grid, all: Vec<Assessment>, anonymize_names: bool) -> Merged {
    enum Slot {
        Alone(Box<Assessment>),
        Group,
    }
    let mut slots = Vec::new();
    let mut voices = Vec::new();
    let mut grouped: HashSet<(String, String)> = HashSet::new();
    let mut alone: HashSet<(String, String)> = HashSet::new();
    for a in all {
        let key = (a.structure.id.clone(), group_campaign(&a));
        if a.respondent.is_none() {
            alone.insert(key);
            slots.push(Slot::Alone(Box::new(a)));
        } else {
            if grouped.insert(key) {
                slots.push(Slot::Group);
            }
            voices.push(a);
        }
    }
    // `build` keeps the groups in order of first appearance, as the slots are.
    let mut groups = build(grid, voices).into_iter();
    let mut out = Merged::default();
    for slot in slots {
        let mut g = match slot {
            Slot::Alone(a) => {
                out.assessments.push(*a);
                continue;
            }
            Slot::Group => groups.next().expect("a group per slot"),
        };
        let key = (g.structure.id.clone(), g.campaign.clone());
        if alone.contains(&key) {
            out.clashes.push((key.0, key.1, g.respondents.len()));
            continue;
        }
        if anonymize_names {
            anonymize(&mut g);
        }
        out.groups += 1;
        out.respondents += g.respondents.len();
        out.assessments.push(assessment(grid, &g));
    }
    out
}

/// The group's draft with the meeting's marks taken off, and on each answer what the
/// respondents wrote, after their names.
fn assessment(grid: &Grid, group: &Group) -> Assessment {
    let mut a = draft(grid, group);
    for answer in a.answers.values_mut() {
        answer.discuss = false;
        gather(answer);
    }
    a
}

/// Comment and evidence joined (`Name: text / Name: text`), the median importance,
/// the proposed actions as one (see [`actions`]).
fn gather(answer: &mut Answer) {
    let joined = |text: fn(&Vote) -> Option<&String>| {
        let parts: Vec<String> = answer
            .votes
            .iter()
            .filter_map(|v| text(v).map(|t| format!("{}: {t}", v.respondent)))
            .collect();
        (!parts.is_empty()).then(|| parts.join(" / "))
    };
    answer.comment = joined(|v| v.comment.as_ref());
    answer.evidence = joined(|v| v.evidence.as_ref());
    let importances: Vec<usize> = answer
        .votes
        .iter()
        .filter_map(|v| v.importance.map(usize::from))
        .collect();
    answer.importance = median(&importances).and_then(|i| u8::try_from(i).ok());
    answer.action = actions(&answer.votes);
}

/// The actions respondents proposed, as one: texts after their authors' names; owner,
/// due date and status where they all agree, else written after each text.
fn actions(votes: &[Vote]) -> Option<PlannedAction> {
    let proposed: Vec<(&str, &PlannedAction)> = votes
        .iter()
        .filter_map(|v| v.action.as_ref().map(|a| (v.respondent.as_str(), a)))
        .collect();
    let (_, first) = proposed.first()?;
    let owner = proposed.iter().all(|(_, a)| a.owner == first.owner);
    let due = proposed.iter().all(|(_, a)| a.due == first.due);
    let status = proposed.iter().all(|(_, a)| a.status == first.status);
    let text = proposed
        .iter()
        .map(|(who, a)| {
            let mut details = Vec::new();
            if !owner && let Some(o) = &a.owner {
                details.push(o.clone());
            }
            if !due && let Some(d) = a.due {
                details.push(d.to_string());
            }
            if !status && let Some(s) = a.status {
                details.push(format!("{s:?}").to_lowercase());
            }
            let mut t = format!("{who}: {}", a.text.as_deref().unwrap_or_default());
            if !details.is_empty() {
                t.push_str(&format!(" ({})", details.join(", ")));
            }
            t
        })
        .collect::<Vec<_>>()
        .join(" / ");
    Some(PlannedAction {
        text: Some(text),
        owner: first.owner.clone().filter(|_| owner),
        due: first.due.filter(|_| due),
        status: first.status.filter(|_| status),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{ActionStatus, Choice};

    fn vote(who: &str, action: Option<PlannedAction>) -> Vote {
        Vote {
            respondent: who.into(),
            level: Some(Choice::Level("1".into())),
            comment: None,
            evidence: None,
            importance: None,
            action,
        }
    }

    #[test]
    fn actions_keep_every_text_and_what_differs() {
        let due = chrono::NaiveDate::from_ymd_opt(2026, 6, 30);
        let a = PlannedAction {
            text: Some("Afficher les horaires".into()),
            owner: Some("Ana".into()),
            due,
            status: Some(ActionStatus::Todo),
        };
        let b = PlannedAction {
            text: Some("Refaire le site".into()),
            owner: Some("Luc".into()),
            due,
            status: Some(ActionStatus::Todo),
        };
        let got = actions(&[
            vote("Claire", Some(a)),
            vote("Paul", None),
            vote("Sophie", Some(b)),
        ]);
        assert_eq!(
            got,
            Some(PlannedAction {
                text: Some(
                    "Claire: Afficher les horaires (Ana) / Sophie: Refaire le site (Luc)".into()
                ),
                owner: None,
                due,
                status: Some(ActionStatus::Todo),
            })
        );
        assert_eq!(actions(&[vote("Claire", None)]), None);
    }
}
