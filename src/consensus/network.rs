//! Agreement across a network: on which indicators the groups of many structures split.
//! An indicator often split is a need for shared understanding (a training need) as
//! telling as a low score.

use super::words::word;
use super::{Agreement, Group};
use crate::grid::Grid;
use crate::report::markdown::escape;
use crate::report::table::{Align, Table, Tone};

/// How the groups agreed on one indicator: structures split, close, unanimous.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub split: usize,
    pub close: usize,
    pub unanimous: usize,
}

impl Tally {
    /// Counts one group's agreement on the indicator.
    pub fn add(&mut self, agreement: Agreement) {
        match agreement {
            Agreement::Split => self.split += 1,
            Agreement::Close => self.close += 1,
            Agreement::Unanimous => self.unanimous += 1,
        }
    }
}

/// Per indicator answered in some group, in grid order, how many groups fell in each class.
pub fn tally<'g>(grid: &'g Grid, groups: &[Group]) -> Vec<(&'g str, Tally)> {
    grid.indicators()
        .map(|(_, i)| {
            let mut t = Tally::default();
            for item in groups
                .iter()
                .flat_map(|g| g.items.iter().filter(|x| x.indicator == i.id))
            {
                t.add(item.agreement);
            }
            (i.id.as_str(), t)
        })
        .filter(|(_, t)| *t != Tally::default())
        .collect()
}

/// The network's agreement as Markdown: indicators most often split first.
pub fn render(grid: &Grid, groups: &[Group], lang: &str) -> String {
    let w = |k: &str| word(k, lang);
    let mut rows = tally(grid, groups);
    // Stable: ties keep the grid's order.
    rows.sort_by_key(|(_, t)| (std::cmp::Reverse(t.split), std::cmp::Reverse(t.close)));
    let out = format!(
        "# {}\n\n{}\n\n",
        escape(w("network_title")),
        escape(&w("network_intro").replace("{n}", &groups.len().to_string()))
    );
    let mut t = Table::new(
        vec![
            w("indicator").into(),
            w("class_split").into(),
            w("class_close").into(),
            w("class_unanimous").into(),
        ],
        vec![Align::Left, Align::Right, Align::Right, Align::Right],
    );
    for (id, n) in rows {
        let title = grid
            .indicator(id)
            .map(|(_, i)| format!("{} {}", i.id, grid.text(&i.title, lang)))
            .unwrap_or_else(|| id.to_string());
        t.push(
            [
                title,
                n.split.to_string(),
                n.close.to_string(),
                n.unanimous.to_string(),
            ]
            .map(|c| (c, Tone::Plain))
            .to_vec(),
        );
    }
    out + &t.to_markdown()
}
