//! One structure's answers to one grid version on one date (`aqor-assessment/1`).

use chrono::NaiveDate;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "aqor-assessment/1";
/// The answer "not applicable": excluded from every score.
pub const NA: &str = "na";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub format: String,
    pub grid: GridRef,
    pub structure: Structure,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<String>,
    /// By indicator id, in the order they were given; a missing id is unanswered.
    #[serde(default)]
    pub answers: IndexMap<String, Answer>,
}

/// Which grid version the answers were given to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GridRef {
    pub id: String,
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territory: Option<String>,
    /// Profile ids of the grid this structure has (e.g. `cfa`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub level: Choice,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// 1..4: how much this indicator matters to the public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<PlannedAction>,
}

/// A level id of the indicator's scale, or "not applicable".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Choice {
    Level(String),
    Na,
}

/// What the structure commits to do about an indicator.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlannedAction {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ActionStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    Todo,
    Doing,
    Done,
}

impl Answer {
    /// An answer with a level (or `na`) and nothing else.
    pub fn new(level: Choice) -> Self {
        Answer {
            level,
            comment: None,
            evidence: None,
            importance: None,
            action: None,
        }
    }
}

impl Choice {
    /// Reads what a user or a spreadsheet cell wrote: `na` (any case) or a level id.
    pub fn parse(s: &str) -> Choice {
        let s = s.trim();
        if s.eq_ignore_ascii_case(NA) {
            Choice::Na
        } else {
            Choice::Level(s.to_string())
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Choice::Level(l) => l,
            Choice::Na => NA,
        }
    }
}

impl Serialize for Choice {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Choice {
    /// Accepts `"2"`, `2` and `na`: YAML writers quote level ids inconsistently.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Int(i64),
        }
        Ok(match Raw::deserialize(d)? {
            Raw::Text(s) => Choice::parse(&s),
            Raw::Int(i) => Choice::Level(i.to_string()),
        })
    }
}

impl Assessment {
    /// An empty assessment of `grid` for a structure, dated `date`.
    pub fn new(grid: &crate::grid::Grid, structure: Structure, date: NaiveDate) -> Self {
        Assessment {
            format: FORMAT.to_string(),
            grid: GridRef {
                id: grid.id.clone(),
                version: grid.version.to_string(),
                sha256: Some(grid.sha256.clone()),
            },
            structure,
            date,
            assessor: None,
            answers: IndexMap::new(),
        }
    }

    pub fn choice(&self, indicator: &str) -> Option<&Choice> {
        self.answers.get(indicator).map(|a| &a.level)
    }
}
