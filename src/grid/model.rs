//! The validated grid: what every other part of aqor works with.
//!
//! Built only by the loader (`grid::load`), so its invariants hold: ids are unique,
//! every scale/target/`below` reference exists, level scores increase, texts exist in
//! the default language. Each item keeps the position it was defined at, for findings.

use crate::diagnostic::Pos;
use crate::text::Text;
use serde::Serialize;

/// The answer "not applicable": a choice every scale that allows it accepts, excluded
/// from every score. A level may not take this id.
pub const NA: &str = "na";

#[derive(Debug, Clone, Serialize)]
pub struct Grid {
    pub format: String,
    pub id: String,
    pub version: semver::Version,
    /// Where the version is written (for a too-small bump's annotation).
    #[serde(skip)]
    pub version_at: Pos,
    /// Languages the grid is written in; the first is the default.
    pub languages: Vec<String>,
    pub title: Text,
    pub description: Option<Text>,
    pub source: Option<String>,
    pub scales: Vec<Scale>,
    pub criteria: Vec<Criterion>,
    pub profiles: Vec<Profile>,
    pub recognition: Option<Recognition>,
    /// Fingerprint of the content (`grid::load::fingerprint`), as assessments record it.
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Scale {
    pub id: String,
    pub allow_na: bool,
    /// Lowest first; scores strictly increase.
    pub levels: Vec<Level>,
    #[serde(skip)]
    pub at: Pos,
}

#[derive(Debug, Clone, Serialize)]
pub struct Level {
    pub id: String,
    pub score: f64,
    pub label: Text,
    pub description: Option<Text>,
    #[serde(skip)]
    pub at: Pos,
}

#[derive(Debug, Clone, Serialize)]
pub struct Criterion {
    pub id: String,
    pub title: Text,
    pub weight: f64,
    pub indicators: Vec<Indicator>,
    #[serde(skip)]
    pub at: Pos,
}

#[derive(Debug, Clone, Serialize)]
pub struct Indicator {
    pub id: String,
    pub title: Text,
    pub guidance: Option<Text>,
    pub evidence: Vec<Text>,
    /// Id of a scale of the grid.
    pub scale: String,
    pub weight: f64,
    /// A level id of the scale (the top level when the file gives none).
    pub target: String,
    pub actions: Vec<Action>,
    pub replaces: Vec<String>,
    /// Profile ids; empty means every structure.
    pub applies_to: Vec<String>,
    #[serde(skip)]
    pub at: Pos,
}

/// A suggested improvement, offered when the answer is below level `below`.
#[derive(Debug, Clone, Serialize)]
pub struct Action {
    pub below: String,
    pub text: Text,
    #[serde(skip)]
    pub at: Pos,
}

#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub id: String,
    pub label: Text,
    #[serde(skip)]
    pub at: Pos,
}

/// When a structure earns the grid's label: every rule that applies to it must hold.
#[derive(Debug, Clone)]
pub struct Recognition {
    pub label: Text,
    /// Rules for every structure first, then those limited to profiles.
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// Overall score >= this percentage.
    MinOverall(f64),
    /// Every (scored) criterion >= this percentage.
    MinCriterion(f64),
    /// Coverage >= this percentage.
    MinCoverage(f64),
    /// At most this many answered indicators below their target.
    MaxBelowTarget(u32),
    /// No answer at any of these level ids.
    NoLevel(Vec<String>),
    /// At most `count` answers at level `level`.
    MaxLevelCount { level: String, count: u32 },
    /// These indicators must reach their target.
    AtTarget(Vec<String>),
}

#[derive(Debug, Clone, Serialize)]
pub struct Rule {
    #[serde(flatten)]
    pub kind: RuleKind,
    /// Profile ids; empty means every structure. Written in the file as a
    /// `profile_rules` group, so not a key of the rule.
    #[serde(skip)]
    pub applies_to: Vec<String>,
    #[serde(skip)]
    pub at: Pos,
}

impl Rule {
    /// Whether a structure with these profiles must meet this rule.
    pub fn applies(&self, profiles: &[String]) -> bool {
        self.applies_to.is_empty() || self.applies_to.iter().any(|p| profiles.contains(p))
    }
}

/// The file's form (`rules`, then `profile_rules` grouped by profiles, only when there
/// are some): `grid show --format json` is a grid file, and a grid without profile
/// rules keeps the fingerprint it had before they existed.
impl Serialize for Recognition {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        #[derive(Serialize)]
        struct Ruleset<'a> {
            applies_to: &'a [String],
            rules: Vec<&'a Rule>,
        }
        let mut sets: Vec<Ruleset> = Vec::new();
        for r in self.rules.iter().filter(|r| !r.applies_to.is_empty()) {
            match sets
                .iter_mut()
                .find(|s| s.applies_to == r.applies_to.as_slice())
            {
                Some(set) => set.rules.push(r),
                None => sets.push(Ruleset {
                    applies_to: &r.applies_to,
                    rules: vec![r],
                }),
            }
        }
        let common: Vec<&Rule> = self
            .rules
            .iter()
            .filter(|r| r.applies_to.is_empty())
            .collect();
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("label", &self.label)?;
        map.serialize_entry("rules", &common)?;
        if !sets.is_empty() {
            map.serialize_entry("profile_rules", &sets)?;
        }
        map.end()
    }
}

impl Grid {
    pub fn default_language(&self) -> &str {
        &self.languages[0]
    }

    /// A text in `lang`, falling back to the grid's default language.
    pub fn text<'a>(&self, text: &'a Text, lang: &str) -> &'a str {
        text.show(lang, self.default_language())
    }

    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    /// All indicators in grid order, with the criterion each belongs to.
    pub fn indicators(&self) -> impl Iterator<Item = (&Criterion, &Indicator)> {
        self.criteria
            .iter()
            .flat_map(|c| c.indicators.iter().map(move |i| (c, i)))
    }

    pub fn indicator(&self, id: &str) -> Option<(&Criterion, &Indicator)> {
        self.indicators().find(|(_, i)| i.id == id)
    }

    /// The scale an indicator is scored on (always present in a loaded grid).
    pub fn scale_of(&self, indicator: &Indicator) -> &Scale {
        self.scale(&indicator.scale)
            .expect("loader guarantees every indicator's scale exists")
    }

    /// `name version`, as messages and reports show a grid.
    pub fn label(&self) -> String {
        format!("{} {}", self.id, self.version)
    }
}

impl Scale {
    pub fn level(&self, id: &str) -> Option<&Level> {
        self.levels.iter().find(|l| l.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.levels.iter().position(|l| l.id == id)
    }

    /// A level's score on 0..1: (score − lowest) / (highest − lowest).
    pub fn normalized(&self, level: &Level) -> f64 {
        let lo = self.levels[0].score;
        let hi = self.levels[self.levels.len() - 1].score;
        (level.score - lo) / (hi - lo)
    }

    /// Level ids as a user may type them, `na` included when allowed: "0, 1, 2, 3, na".
    pub fn choices(&self) -> String {
        let mut ids: Vec<&str> = self.levels.iter().map(|l| l.id.as_str()).collect();
        if self.allow_na {
            ids.push(NA);
        }
        ids.join(", ")
    }
}

impl Indicator {
    /// Whether a structure with these profiles is asked this indicator.
    pub fn applies(&self, profiles: &[String]) -> bool {
        self.applies_to.is_empty() || self.applies_to.iter().any(|p| profiles.contains(p))
    }

    /// The grid's suggested actions for an answer at `level` (those whose `below` it is under).
    pub fn actions_for<'a>(&'a self, scale: &Scale, level: &str) -> Vec<&'a Action> {
        let Some(pos) = scale.position(level) else {
            return Vec::new();
        };
        self.actions
            .iter()
            .filter(|a| scale.position(&a.below).is_some_and(|b| pos < b))
            .collect()
    }
}
