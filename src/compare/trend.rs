//! Over time: each structure's scores per date, and the network's change.

use super::stats::round1;
use super::{Campaign, Row, Who};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// One structure assessed on several dates, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct Trend {
    pub structure: Who,
    pub points: Vec<Point>,
    /// Last date minus first date, in points.
    pub change: Change,
}

#[derive(Debug, Clone, Serialize)]
pub struct Point {
    pub date: NaiveDate,
    pub overall: Option<f64>,
    pub criteria: Vec<Option<f64>>,
    /// Whether it earned the grid's label then (`None`: the grid grants none).
    pub recognition: Option<bool>,
}

/// Differences in percentage points (`None` where either side has no score).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub overall: Option<f64>,
    pub criteria: Vec<Option<f64>>,
}

/// The network's latest campaign against its first.
#[derive(Debug, Clone, Serialize)]
pub struct NetworkChange {
    pub from: String,
    pub to: String,
    /// Change of the mean overall score.
    pub overall_mean: Option<f64>,
    /// Change of the median overall score (both medians to one decimal).
    pub overall_median: Option<f64>,
    /// Change of each criterion's mean, grid order.
    pub criteria_mean: Vec<Option<f64>>,
}

/// Whether a change shows as better, worse or the same at one decimal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Improved,
    Declined,
    Steady,
}

pub fn direction(delta: f64) -> Direction {
    let d = round1(delta);
    if d > 0.0 {
        Direction::Improved
    } else if d < 0.0 {
        Direction::Declined
    } else {
        Direction::Steady
    }
}

fn diff(new: Option<f64>, old: Option<f64>) -> Option<f64> {
    Some(new? - old?)
}

/// Structures with assessments on at least two dates, ordered by name then id.
pub fn trends<'a>(rows: impl Iterator<Item = &'a Row>) -> Vec<Trend> {
    let mut by_id: HashMap<&str, Vec<&Row>> = HashMap::new();
    for r in rows {
        by_id.entry(r.structure.id.as_str()).or_default().push(r);
    }
    let mut out: Vec<Trend> = by_id
        .into_values()
        .filter_map(|mut rows| {
            rows.sort_by_key(|r| r.date);
            let (first, last) = (rows[0], rows[rows.len() - 1]);
            if first.date == last.date {
                return None;
            }
            Some(Trend {
                // The latest name: structures get renamed.
                structure: last.structure.clone(),
                change: Change {
                    overall: diff(last.overall, first.overall),
                    criteria: last
                        .criteria
                        .iter()
                        .zip(&first.criteria)
                        .map(|(n, o)| diff(*n, *o))
                        .collect(),
                },
                points: rows
                    .iter()
                    .map(|r| Point {
                        date: r.date,
                        overall: r.overall,
                        criteria: r.criteria.clone(),
                        recognition: r.recognition,
                    })
                    .collect(),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        (&a.structure.name, &a.structure.id).cmp(&(&b.structure.name, &b.structure.id))
    });
    out
}

pub fn network_change(campaigns: &[Campaign]) -> Option<NetworkChange> {
    let (first, last) = match campaigns {
        [first, .., last] => (&first.network, &last.network),
        _ => return None,
    };
    let to = campaigns.last()?.campaign.clone();
    Some(NetworkChange {
        from: campaigns[0].campaign.clone(),
        to,
        overall_mean: diff(last.overall.map(|s| s.mean), first.overall.map(|s| s.mean)),
        overall_median: diff(
            last.overall.map(|s| s.median),
            first.overall.map(|s| s.median),
        ),
        criteria_mean: last
            .criteria
            .iter()
            .zip(&first.criteria)
            .map(|(n, o)| diff(n.score.map(|s| s.mean), o.score.map(|s| s.mean)))
            .collect(),
    })
}
