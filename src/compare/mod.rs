//! Comparisons across a network: structures side by side, campaigns over time, and
//! the network as a whole (`aqor compare`).
//!
//! A campaign is what an assessment names (`campaign` column or key), else the period
//! its date falls in (a calendar year unless told school years, see [`Period`]); campaigns are ordered
//! by their earliest date. Feed assessments one at a time to a [`Builder`]; the network figures
//! take memory fixed by the grid, the per-structure views keep one small row each.

pub mod aggregate;
pub mod agreement;
pub mod anonymize;
pub mod html;
pub mod render;
mod sections;
pub mod stats;
mod svg;
pub mod trend;
pub mod versions;
pub mod words;

use crate::assessment::Assessment;
use crate::campaign::Period;
use crate::grid::Grid;
use crate::recognition;
use crate::score::{self, Status};
use aggregate::{Network, NetworkView};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use trend::{NetworkChange, Trend};

/// Columns of the side-by-side view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    Criterion,
    Indicator,
}

/// A structure as reports name it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Who {
    pub id: String,
    pub name: String,
}

/// One assessment in the side-by-side view: percentages, unrounded.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub structure: Who,
    pub date: NaiveDate,
    pub overall: Option<f64>,
    pub coverage: Option<f64>,
    /// Criterion scores in grid order (`None`: nothing scored).
    pub criteria: Vec<Option<f64>>,
    /// Indicator scores in grid order (`None`: unanswered, `na` or out of scope).
    pub indicators: Vec<Option<f64>>,
    /// 1 (lowest quarter of the network) to 4 (highest), by overall score.
    pub quartile: Option<u8>,
    /// Whether it earns the grid's label (`None` when the grid grants none).
    pub recognition: Option<bool>,
    /// What the structure wrote, by indicator in grid order: (indicator id, comment;
    /// an `na` answer's comment is its reason).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<(String, String)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub id: String,
    pub title: String,
    /// The criterion an indicator belongs to (empty for criteria).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub criterion: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Campaign {
    /// Its label: named by the inputs (`2025-2026`, `printemps`) or the period of its dates.
    pub campaign: String,
    pub network: NetworkView,
}

/// Everything `aqor compare` reports; renderers only read it.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub format: &'static str,
    pub grid: GridInfo,
    pub lang: String,
    /// Lines the reader must see, e.g. that grid versions were bridged.
    pub notes: Vec<String>,
    pub criteria: Vec<Column>,
    pub indicators: Vec<Column>,
    /// Oldest first.
    pub campaigns: Vec<Campaign>,
    /// Side by side: every assessment of the latest campaign.
    pub structures: Vec<Row>,
    /// Structures assessed on more than one date.
    pub trends: Vec<Trend>,
    /// Latest campaign against the first, when there are several.
    pub network_change: Option<NetworkChange>,
    /// The label the grid grants, if any (see each campaign's `network.recognition`).
    pub recognition_label: Option<String>,
    /// The network the assessments name most often (`structure.network`), for headings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
}

pub const FORMAT: &str = "aqor-compare/1";

#[derive(Debug, Clone, Serialize)]
pub struct GridInfo {
    pub id: String,
    pub version: String,
    pub title: String,
}

/// Collects assessments (of the grid given to `new`, already checked) one at a time.
pub struct Builder<'g> {
    grid: &'g Grid,
    lang: String,
    keep_rows: bool,
    period: Period,
    /// By label: the earliest date seen and the network figures.
    campaigns: BTreeMap<String, (NaiveDate, Network)>,
    rows: Vec<(String, Row)>,
    /// How many assessments name each network.
    networks: BTreeMap<String, u64>,
}

impl<'g> Builder<'g> {
    /// With `keep_rows` false only the network figures are kept (constant memory).
    pub fn new(grid: &'g Grid, lang: &str, keep_rows: bool) -> Self {
        Builder {
            grid,
            lang: lang.to_string(),
            keep_rows,
            period: Period::default(),
            campaigns: BTreeMap::new(),
            rows: Vec::new(),
            networks: BTreeMap::new(),
        }
    }

    /// How assessments that name no campaign are grouped (calendar years by default).
    pub fn period(mut self, period: Period) -> Self {
        self.period = period;
        self
    }

    pub fn add(&mut self, assessment: &Assessment) {
        let s = score::score(self.grid, assessment);
        let verdict = recognition::evaluate(self.grid, assessment, &s);
        if let Some(n) = assessment
            .structure
            .network
            .as_ref()
            .filter(|n| !n.is_empty())
        {
            *self.networks.entry(n.clone()).or_default() += 1;
        }
        let year = campaign_of(assessment, self.period);
        let (first, network) = self
            .campaigns
            .entry(year.clone())
            .or_insert_with(|| (assessment.date, Network::new(self.grid)));
        *first = (*first).min(assessment.date);
        network.add(self.grid, assessment.date, &s, verdict.as_ref());
        network.add_votes(self.grid, assessment);
        if self.keep_rows {
            let row = Row {
                structure: Who {
                    id: assessment.structure.id.clone(),
                    name: assessment.structure.name.clone(),
                },
                date: assessment.date,
                overall: s.overall,
                coverage: s.coverage,
                criteria: s.criteria.iter().map(|c| c.score).collect(),
                indicators: s
                    .indicators
                    .iter()
                    .map(|i| match i.status {
                        Status::Scored { value, .. } => Some(100.0 * value),
                        _ => None,
                    })
                    .collect(),
                quartile: None,
                recognition: verdict.map(|v| v.met),
                comments: self
                    .grid
                    .indicators()
                    .filter_map(|(_, i)| {
                        let c = assessment.answers.get(&i.id)?.comment.clone()?;
                        Some((i.id.clone(), c))
                    })
                    .collect(),
            };
            self.rows.push((year, row));
        }
    }

    pub fn finish(self, notes: Vec<String>) -> Comparison {
        let grid = self.grid;
        let lang = &self.lang;
        let mut order: Vec<(&String, &(NaiveDate, Network))> = self.campaigns.iter().collect();
        order.sort_by_key(|(label, (first, _))| (*first, *label));
        let latest = order.last().map(|(label, _)| (*label).clone());
        let network = self
            .networks
            .iter()
            .max_by_key(|(_, n)| **n)
            .map(|(name, _)| name.clone());
        let trends = trend::trends(self.rows.iter().map(|(_, r)| r));
        let mut structures: Vec<Row> = self
            .rows
            .into_iter()
            .filter(|(y, _)| Some(y) == latest.as_ref())
            .map(|(_, r)| r)
            .collect();
        set_quartiles(&mut structures);
        structures.sort_by(|a, b| {
            (&a.structure.name, &a.structure.id, a.date).cmp(&(
                &b.structure.name,
                &b.structure.id,
                b.date,
            ))
        });
        let campaigns: Vec<Campaign> = order
            .iter()
            .map(|(y, (_, n))| Campaign {
                campaign: (*y).clone(),
                network: n.view(grid, lang),
            })
            .collect();
        Comparison {
            format: FORMAT,
            grid: GridInfo {
                id: grid.id.clone(),
                version: grid.version.to_string(),
                title: grid.text(&grid.title, lang).to_string(),
            },
            lang: lang.clone(),
            notes,
            criteria: grid
                .criteria
                .iter()
                .map(|c| Column {
                    id: c.id.clone(),
                    title: grid.text(&c.title, lang).to_string(),
                    criterion: String::new(),
                })
                .collect(),
            indicators: grid
                .indicators()
                .map(|(c, i)| Column {
                    id: i.id.clone(),
                    title: grid.text(&i.title, lang).to_string(),
                    criterion: c.id.clone(),
                })
                .collect(),
            network_change: trend::network_change(&campaigns),
            recognition_label: grid
                .recognition
                .as_ref()
                .map(|r| grid.text(&r.label, lang).to_string()),
            campaigns,
            structures,
            trends,
            network,
        }
    }
}

/// The campaign an assessment belongs to: the one it names, else its date's period.
pub fn campaign_of(assessment: &Assessment, period: Period) -> String {
    assessment
        .campaign
        .clone()
        .unwrap_or_else(|| period.label(assessment.date))
}

/// Quartile of each row's overall score among the rows': its percentile rank
/// (rows strictly lower, plus half the rows level with it, over all) times 4, rounded
/// up. Four distinct scores get Q1..Q4; equal scores share a quartile.
fn set_quartiles(rows: &mut [Row]) {
    let mut sorted: Vec<f64> = rows.iter().filter_map(|r| r.overall).collect();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len() as f64;
    for r in rows {
        r.quartile = r.overall.map(|v| {
            let below = sorted.partition_point(|x| *x < v);
            let level = sorted.partition_point(|x| *x <= v) - below;
            let rank = (below as f64 + level as f64 / 2.0) / n;
            (4.0 * rank).ceil().clamp(1.0, 4.0) as u8
        });
    }
}

impl Comparison {
    /// The latest campaign's network figures (`None` without any assessment).
    pub fn latest(&self) -> Option<&Campaign> {
        self.campaigns.last()
    }
}
