//! The consensus draft: an ordinary assessment whose levels are the medians, its split
//! indicators marked to discuss, each respondent's answers kept inside it.

use super::{Agreement, Group};
use crate::assessment::{Answer, Assessment, Consensus, RespondentRef};
use crate::grid::Grid;

/// The draft of `group`: dated the day of the last respondent's answers, in the
/// group's campaign; answers in grid order.
pub fn draft(grid: &Grid, group: &Group) -> Assessment {
    let date = group
        .respondents
        .iter()
        .map(|r| r.date)
        .max()
        .unwrap_or_default();
    let mut a = Assessment::new(grid, group.structure.clone(), date);
    a.campaign = Some(group.campaign.clone());
    a.language = group.language.clone();
    a.consensus = Some(Consensus {
        method: "median".into(),
        respondents: group
            .respondents
            .iter()
            .map(|r| RespondentRef {
                name: r.name.clone(),
                role: r.role,
                date: r.date,
            })
            .collect(),
    });
    for (_, indicator) in grid.indicators() {
        let Some(item) = group.items.iter().find(|i| i.indicator == indicator.id) else {
            continue;
        };
        let mut answer = Answer::new(item.median.clone());
        answer.discuss = item.agreement == Agreement::Split;
        answer.votes = item.votes.clone();
        a.answers.insert(item.indicator.clone(), answer);
    }
    a
}
