//! One structure's answers to one grid version on one date (`aqor-assessment/1`).

use crate::diagnostic::{Diagnostic, Pos, Severity, did_you_mean};
use crate::grid::{Grid, Scale};
use chrono::NaiveDate;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "aqor-assessment/1";
pub use crate::grid::NA;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub format: String,
    pub grid: GridRef,
    pub structure: Structure,
    #[serde(deserialize_with = "crate::date::deserialize")]
    pub date: NaiveDate,
    /// The campaign it belongs to (`2025-2026`), when the file names one; otherwise
    /// the period its date falls in (see [`crate::campaign::Period`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<String>,
    /// The language (fr, en, it, es, pl) the answers were given in: `aqor assess`
    /// resumes in it, and `score` and `plan` speak it unless told otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::date::deserialize_opt"
    )]
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

impl ActionStatus {
    /// `todo`, `doing` or `done`, whatever the case and blanks around it.
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "todo" => Some(ActionStatus::Todo),
            "doing" => Some(ActionStatus::Doing),
            "done" => Some(ActionStatus::Done),
            _ => None,
        }
    }
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
    /// Accepts `"2"`, `2`, `na` and plain `yes`/`no`: asking for a string keeps the
    /// scalar's own text, so YAML 1.1 booleans and numbers stay level ids.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct LevelId;
        impl serde::de::Visitor<'_> for LevelId {
            type Value = Choice;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a level id of the indicator's scale, or na")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Choice, E> {
                Ok(Choice::parse(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Choice, E> {
                Ok(Choice::Level(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Choice, E> {
                Ok(Choice::Level(v.to_string()))
            }
        }
        d.deserialize_str(LevelId)
    }
}

impl Assessment {
    /// An empty assessment of `grid` for a structure, dated `date`.
    pub fn new(grid: &Grid, structure: Structure, date: NaiveDate) -> Self {
        Assessment {
            format: FORMAT.to_string(),
            grid: GridRef {
                id: grid.id.clone(),
                version: grid.version.to_string(),
                sha256: Some(grid.sha256.clone()),
            },
            structure,
            date,
            campaign: None,
            assessor: None,
            language: None,
            answers: IndexMap::new(),
        }
    }

    pub fn choice(&self, indicator: &str) -> Option<&Choice> {
        self.answers.get(indicator).map(|a| &a.level)
    }
}

/// What "not applicable" is typed as, beyond `na` (folded by [`crate::text::fold`]).
const NA_WORDS: [&str; 9] = [
    "n/a",
    "n.a.",
    "not applicable",
    "non applicable",
    "non applicabile",
    "no aplicable",
    "nie dotyczy",
    "sans objet",
    "s.o.",
];

/// Reads a level as people type it: a level id, or a level's label in any of the
/// grid's languages, or `na`/`N/A`/`Non applicable`, whatever the case, accents and
/// blanks around it. `None` when nothing matches (the caller keeps the text, which
/// [`check_answer`] refuses with the levels written out).
pub fn read_level(scale: &Scale, cell: &str) -> Option<Choice> {
    let cell = cell.trim();
    if let Some(l) = scale.level(cell) {
        return Some(Choice::Level(l.id.clone()));
    }
    let key = crate::text::fold(cell);
    if key == NA || NA_WORDS.contains(&key.as_str()) {
        return Some(Choice::Na);
    }
    scale
        .levels
        .iter()
        .find(|l| {
            crate::text::fold(&l.id) == key
                || l.label.0.values().any(|t| crate::text::fold(t) == key)
        })
        .map(|l| Choice::Level(l.id.clone()))
}

/// ""Realisee" is not a level; allowed: 0 Non engagé, 1 En cours, …, na; did you mean …?"
fn not_a_level(grid: &Grid, scale: &Scale, typed: &str) -> String {
    let lang = grid.default_language();
    let mut allowed: Vec<String> = scale
        .levels
        .iter()
        .map(|l| format!("{} {}", l.id, grid.text(&l.label, lang)))
        .collect();
    if scale.allow_na {
        allowed.push(NA.to_string());
    }
    let key = crate::text::fold(typed);
    // The closest id or label, in any of the grid's languages: "2 Réalisé".
    let close = scale
        .levels
        .iter()
        .flat_map(|l| {
            let labels = l
                .label
                .0
                .values()
                .map(|t| (t.as_str(), format!("{} {t}", l.id)));
            std::iter::once((l.id.as_str(), l.id.clone())).chain(labels)
        })
        .map(|(t, shown)| (strsim::jaro_winkler(&key, &crate::text::fold(t)), shown))
        .filter(|(s, _)| *s > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, shown)| shown);
    let mut msg = fill(
        WORDS,
        "not_a_level",
        &[
            ("typed", format!("{typed:?}").as_str()),
            ("allowed", allowed.join(", ").as_str()),
        ],
    );
    if let Some(n) = close {
        msg += &fill(WORDS, "did_you_mean", &[("level", n.as_str())]);
    }
    msg
}

/// A catalogue message (English for now: the callers have no language yet) with
/// its `{name}` placeholders filled.
pub(crate) fn fill(words: crate::i18n::Catalogue, key: &str, values: &[(&str, &str)]) -> String {
    let mut s = crate::i18n::tr(words, key, "en").to_string();
    for (name, value) in values {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

/// Messages about answers (en, fr, it, es, pl).
pub const WORDS: crate::i18n::Catalogue = &[
    (
        "not_a_level",
        [
            "{typed} is not a level; allowed: {allowed}",
            "{typed} n'est pas un niveau\u{202f}; possibles\u{202f}: {allowed}",
            "{typed} non è un livello; ammessi: {allowed}",
            "{typed} no es un nivel; admitidos: {allowed}",
            "{typed} nie jest poziomem; dozwolone: {allowed}",
        ],
    ),
    (
        "did_you_mean",
        [
            "; did you mean {level}?",
            "\u{202f}; vouliez-vous dire {level}\u{202f}?",
            "; forse intendevi {level}?",
            "; ¿quería decir {level}?",
            "; czy chodziło o {level}?",
        ],
    ),
];

/// An assessment read from a file, with where each answer stands in it.
#[derive(Debug, Clone)]
pub struct Located {
    pub assessment: Assessment,
    /// Line and column of each answer, by indicator id.
    pub answer_at: std::collections::HashMap<String, Pos>,
}

/// The grid id an assessment names, even when the rest of the file is wrong
/// (a bad date, an unknown key): enough to pick the grid to report against.
pub fn peek_grid_id(source: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Peek {
        grid: PeekGrid,
    }
    #[derive(Deserialize)]
    struct PeekGrid {
        id: String,
    }
    serde_saphyr::from_str_with_options::<Peek>(source, crate::yaml::yaml_options())
        .ok()
        .map(|p| p.grid.id)
}

/// The language an assessment was given in, read without checking the rest, so
/// commands can speak it by default.
pub fn peek_language(source: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Peek {
        language: Option<String>,
    }
    serde_saphyr::from_str_with_options::<Peek>(source, crate::yaml::yaml_options())
        .ok()
        .and_then(|p| p.language)
}

/// Reads an `aqor-assessment/1` YAML text. `file` names the source in findings.
pub fn parse(source: &str, file: &str) -> Result<Located, Diagnostic> {
    #[derive(Deserialize)]
    struct Positions {
        #[serde(default)]
        answers: IndexMap<String, serde_saphyr::Spanned<serde::de::IgnoredAny>>,
    }
    let opts = crate::yaml::yaml_options;
    let assessment: Assessment = serde_saphyr::from_str_with_options(source, opts())
        .map_err(|e| crate::yaml::yaml_error(&e, file))?;
    let positions: Positions = serde_saphyr::from_str_with_options(source, opts())
        .map_err(|e| crate::yaml::yaml_error(&e, file))?;
    let answer_at = positions
        .answers
        .into_iter()
        .map(|(id, s)| {
            (
                id,
                Pos::new(s.referenced.line() as u32, s.referenced.column() as u32),
            )
        })
        .collect();
    Ok(Located {
        assessment,
        answer_at,
    })
}

/// The assessment as `aqor-assessment/1` YAML; `parse` reads back the same data.
pub fn to_yaml(assessment: &Assessment) -> String {
    serde_saphyr::to_string(assessment).expect("an assessment always serializes")
}

/// Everything wrong with an assessment against the grid it claims to answer.
///
/// Errors make it unusable for scoring; warnings (an `na` without a comment, an
/// answer outside the structure's profiles) are worth fixing but do not block.
pub fn check(located: &Located, grid: &Grid, file: &str) -> Vec<Diagnostic> {
    let a = &located.assessment;
    let mut out = Vec::new();
    let top = Pos::new(1, 1);
    if a.format != FORMAT {
        out.push(Diagnostic::error(
            file,
            top,
            format!(
                "format `{}` is not one aqor reads; expected `{FORMAT}`",
                a.format
            ),
        ));
    }
    if a.grid.id != grid.id {
        out.push(Diagnostic::error(
            file,
            top,
            format!(
                "this assessment answers grid `{}`, not `{}`",
                a.grid.id, grid.id
            ),
        ));
        return out;
    }
    if a.grid.version != grid.version.to_string() {
        let older = semver::Version::parse(&a.grid.version).is_ok_and(|v| v < grid.version);
        let hint = if older {
            format!(
                "; carry it over with `aqor migrate {file} --to {}`",
                grid.id
            )
        } else {
            String::new()
        };
        out.push(Diagnostic::error(
            file,
            top,
            format!(
                "this assessment answers {} {}, not version {}{hint}",
                a.grid.id, a.grid.version, grid.version
            ),
        ));
        return out;
    }
    if let Some(sha) = &a.grid.sha256
        && *sha != grid.sha256
    {
        out.push(Diagnostic::error(
            file,
            top,
            format!(
                "grid {} changed without a new version: the assessment was made with content sha256 {sha}, the grid now has {}; give the changed grid a new version",
                grid.label(),
                grid.sha256
            ),
        ));
    }
    if a.date > crate::date::today() {
        out.push(Diagnostic::warning(
            file,
            top,
            crate::campaign::future(a.date),
        ));
    }
    if a.structure.id.trim().is_empty() {
        out.push(Diagnostic::error(
            file,
            top,
            "structure.id is empty; every assessment needs the structure's id",
        ));
    }
    for p in &a.structure.profiles {
        if !grid.profiles.iter().any(|q| &q.id == p) {
            let ids: Vec<&str> = grid.profiles.iter().map(|q| q.id.as_str()).collect();
            out.push(Diagnostic::error(
                file,
                top,
                format!(
                    "unknown profile `{p}`; profiles of {}: {}",
                    grid.id,
                    ids.join(", ")
                ),
            ));
        }
    }
    if !grid
        .indicators()
        .any(|(_, i)| i.applies(&a.structure.profiles))
    {
        let ids: Vec<&str> = grid.profiles.iter().map(|q| q.id.as_str()).collect();
        out.push(Diagnostic::warning(
            file,
            top,
            format!(
                "no indicator of {} applies to this structure; declare its profiles in structure.profiles ({})",
                grid.id,
                ids.join(", ")
            ),
        ));
    }
    for (id, answer) in &a.answers {
        let at = located.answer_at.get(id).copied().unwrap_or(top);
        out.extend(
            check_answer(grid, id, answer, &a.structure.profiles)
                .into_iter()
                .map(|f| Diagnostic::new(f.severity, file, at, f.to_string())),
        );
    }
    out
}

/// Something wrong with one answer: an error keeps the assessment out, a warning
/// is shown and the assessment used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerFinding {
    pub severity: Severity,
    /// The indicator answered (a campaign names it as the column).
    pub indicator: String,
    /// What is wrong, without the indicator's id.
    pub message: String,
}

impl AnswerFinding {
    fn error(indicator: &str, message: String) -> Self {
        AnswerFinding {
            severity: Severity::Error,
            indicator: indicator.to_string(),
            message,
        }
    }

    fn warning(indicator: &str, message: String) -> Self {
        AnswerFinding {
            severity: Severity::Warning,
            ..Self::error(indicator, message)
        }
    }
}

impl std::fmt::Display for AnswerFinding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.indicator, self.message)
    }
}

/// Problems of one answer; shared with the campaign reader.
pub fn check_answer(
    grid: &Grid,
    id: &str,
    answer: &Answer,
    profiles: &[String],
) -> Vec<AnswerFinding> {
    let Some((_, indicator)) = grid.indicator(id) else {
        let hint = did_you_mean(id, grid.indicators().map(|(_, i)| i.id.as_str()))
            .map(|c| format!("; did you mean `{c}`?"))
            .unwrap_or_default();
        return vec![AnswerFinding::error(
            id,
            format!("unknown indicator `{id}` in grid {}{hint}", grid.label()),
        )];
    };
    check_indicator_answer(grid, indicator, answer, profiles)
}

/// `check_answer` for an indicator already looked up: the campaign reader checks
/// every row against the same columns, so it looks each indicator up once.
pub fn check_indicator_answer(
    grid: &Grid,
    indicator: &crate::grid::Indicator,
    answer: &Answer,
    profiles: &[String],
) -> Vec<AnswerFinding> {
    let id = indicator.id.as_str();
    let mut out = Vec::new();
    let scale = grid.scale_of(indicator);
    match &answer.level {
        Choice::Na if !scale.allow_na => out.push(AnswerFinding::error(
            id,
            format!(
                "`na` is not allowed on scale {} ({})",
                scale.id,
                scale.choices()
            ),
        )),
        Choice::Na
            if answer
                .comment
                .as_deref()
                .is_none_or(|c| c.trim().is_empty()) =>
        {
            out.push(AnswerFinding::warning(
                id,
                "`na` without a comment; say why it does not apply".into(),
            ))
        }
        Choice::Level(l) if scale.level(l).is_none() => {
            out.push(AnswerFinding::error(id, not_a_level(grid, scale, l)))
        }
        _ => {}
    }
    if let Some(i) = answer.importance
        && !(1..=4).contains(&i)
    {
        out.push(AnswerFinding::error(
            id,
            format!("importance {i} is out of range; use 1 to 4"),
        ));
    }
    if !indicator.applies(profiles) {
        out.push(AnswerFinding::warning(
            id,
            "does not apply to this structure's profiles; the answer is ignored".into(),
        ));
    }
    out
}
