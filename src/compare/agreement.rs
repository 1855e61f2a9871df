//! Where the groups of a network split: over the consensus files (or the
//! `--respondents median` assessments) of a campaign, per indicator, in how many
//! structures the respondents were split, close or unanimous. An indicator a network's
//! people read differently is a training need as telling as a low score.

use super::Comparison;
use super::aggregate::NetworkView;
use super::sections::{Kind, Section, count, heading_word, text};
use super::words::word;
use crate::assessment::Assessment;
use crate::consensus::{agreements, network::Tally};
use crate::grid::Grid;
use serde::Serialize;

/// Per indicator (grid order), how the groups of one campaign agreed.
#[derive(Debug, Clone)]
pub struct Agreements {
    groups: u64,
    tallies: Vec<Tally>,
}

/// One indicator's line: structures whose respondents were split, close, unanimous.
#[derive(Debug, Clone, Serialize)]
pub struct AgreementView {
    pub id: String,
    pub criterion: String,
    pub title: String,
    pub split: usize,
    pub close: usize,
    pub unanimous: usize,
}

impl Agreements {
    pub fn new(grid: &Grid) -> Self {
        Agreements {
            groups: 0,
            tallies: vec![Tally::default(); grid.indicators().count()],
        }
    }

    /// Counts an assessment that keeps its respondents' votes (others add nothing).
    pub fn add(&mut self, grid: &Grid, a: &Assessment) {
        let found = agreements(grid, a);
        if found.is_empty() {
            return;
        }
        self.groups += 1;
        for (n, agreement) in found {
            self.tallies[n].add(agreement);
        }
    }

    /// Structures whose assessment kept its respondents' votes.
    pub fn groups(&self) -> u64 {
        self.groups
    }

    /// The indicators some group answered, most often split first (then most often
    /// close; ties keep the grid's order).
    pub fn view(&self, grid: &Grid, lang: &str) -> Vec<AgreementView> {
        let mut rows: Vec<AgreementView> = grid
            .indicators()
            .zip(&self.tallies)
            .filter(|(_, t)| **t != Tally::default())
            .map(|((c, i), t)| AgreementView {
                id: i.id.clone(),
                criterion: c.id.clone(),
                title: grid.text(&i.title, lang).to_string(),
                split: t.split,
                close: t.close,
                unanimous: t.unanimous,
            })
            .collect();
        rows.sort_by_key(|r| (std::cmp::Reverse(r.split), std::cmp::Reverse(r.close)));
        rows
    }
}

/// The section of a text report (table, markdown, html).
pub(super) fn section(c: &Comparison, n: &NetworkView, campaign: &str) -> Section {
    let lang = c.lang.as_str();
    // The classes as the consensus documents name them.
    let class = |k| crate::consensus::words::word(k, lang).to_string();
    let header = vec![
        heading_word("indicator", lang),
        heading_word("title", lang),
        class("class_split"),
        class("class_close"),
        class("class_unanimous"),
    ];
    let rows = n
        .agreement
        .iter()
        .map(|a| {
            vec![
                text(&a.id),
                text(&a.title),
                count(a.split as u64),
                count(a.close as u64),
                count(a.unanimous as u64),
            ]
        })
        .collect();
    Section {
        kind: Kind::Agreement,
        title: format!(
            "{} — {} {campaign} ({} {})",
            word("most_split", lang),
            word("campaign", lang),
            n.groups,
            word("group_assessments", lang)
        ),
        header,
        rows,
    }
}
