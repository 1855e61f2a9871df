//! Reading a grid file: YAML -> node tree -> shape checked and mended -> raw (with
//! positions) -> checked `Grid`.
//!
//! Only a YAML syntax error stops the reading; wrong keys and types are reported and
//! mended ([`super::shape`]), then every semantic problem is collected, so a file gets
//! all its findings in one run.

use super::model::*;
use super::node_de::NodeDe;
use super::raw::*;
use super::raw::{FORMAT, RESERVED_COLUMNS};
pub use super::yaml::MAX_GRID_BYTES;
use super::yaml::syntax_errors;
pub(crate) use super::yaml::too_large;
use crate::diagnostic::{Diagnostic, Pos, Severity, did_you_mean};
use crate::i18n::Catalogue;
use crate::msg;
use crate::text::Text;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::HashSet;

/// Hex sha256 of some bytes.
fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The grid's content as the fingerprint sees it: every field but the version (which
/// names the content rather than being part of it) and positions. Maps are sorted
/// (texts by language) and numbers are read values, so comments, key order, quoting,
/// `1` vs `1.0`, line ends and a BOM never change it.
#[derive(serde::Serialize)]
struct Canonical<'g> {
    format: &'g str,
    id: &'g str,
    languages: &'g [String],
    title: &'g Text,
    description: &'g Option<Text>,
    source: &'g Option<String>,
    scales: &'g [Scale],
    criteria: &'g [Criterion],
    profiles: &'g [Profile],
    recognition: &'g Option<Recognition>,
}

/// Hex sha256 of the grid's canonical content: what assessments pin a version with,
/// and what `grid diff` agrees with (no change exactly when fingerprints are equal).
pub fn fingerprint(g: &Grid) -> String {
    let canonical = Canonical {
        format: &g.format,
        id: &g.id,
        languages: &g.languages,
        title: &g.title,
        description: &g.description,
        source: &g.source,
        scales: &g.scales,
        criteria: &g.criteria,
        profiles: &g.profiles,
        recognition: &g.recognition,
    };
    let json = serde_json::to_vec(&canonical).expect("a grid serializes to JSON");
    sha256_hex(&json)
}

/// Parses and checks a grid. `file` names the source in findings.
///
/// Returns the grid when there is no error, and every error otherwise (warnings and
/// lints are `grid::check::all`'s job).
pub fn parse(source: &str, file: &str) -> Result<Grid, Vec<Diagnostic>> {
    let reading = read(source, file);
    match reading.grid {
        Some(grid) if !reading.findings.iter().any(Diagnostic::is_error) => Ok(grid),
        _ => Err(reading
            .findings
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect()),
    }
}

/// A grid file read as far as it goes.
pub(crate) struct Reading {
    /// The grid, built from the file mended where it is wrong; none past a YAML syntax error.
    pub grid: Option<Grid>,
    /// Every error, and the warnings only the file's text shows, in file order.
    pub findings: Vec<Diagnostic>,
    /// Places where a stand-in was put: a finding there only repeats one above.
    pub poisoned: HashSet<Pos>,
}

/// Reads a grid as far as it goes, collecting every finding on the way.
pub(crate) fn read(source: &str, file: &str) -> Reading {
    let stop = |findings| Reading {
        grid: None,
        findings,
        poisoned: HashSet::new(),
    };
    if source.len() > MAX_GRID_BYTES {
        return stop(vec![too_large(file, source.len(), false)]);
    }
    if source.trim().is_empty() {
        return stop(vec![
            Diagnostic::said(
                Severity::Error,
                file,
                Pos::new(1, 1),
                msg!(WORDS, "empty_file", format = FORMAT),
            )
            .with_code("empty-file"),
        ]);
    }
    let Some((mut root, layout)) = super::tree::read(source) else {
        return stop(syntax_errors(source, file));
    };
    let shape = super::shape::check(&mut root, &layout, file);
    let mut findings = shape.findings;
    let raw = match RawGrid::deserialize(NodeDe(&root)) {
        Ok(raw) => raw,
        // The shape check mends what serde would refuse; this is its safety net.
        Err(e) => {
            findings.push(
                Diagnostic::error(file, e.at.unwrap_or_default(), e.message)
                    .with_code("wrong-type"),
            );
            return stop(findings);
        }
    };
    let mut b = Builder {
        file,
        errors: Vec::new(),
        poisoned: &shape.poisoned,
    };
    let mut grid = b.grid(raw);
    grid.sha256 = fingerprint(&grid);
    findings.append(&mut b.errors);
    findings.sort_by_key(|d| (d.line, d.col));
    Reading {
        grid: Some(grid),
        findings,
        poisoned: shape.poisoned,
    }
}

struct Builder<'f> {
    file: &'f str,
    errors: Vec<Diagnostic>,
    /// Where the shape check put stand-ins: nothing to say there.
    poisoned: &'f HashSet<Pos>,
}

impl Builder<'_> {
    fn err(&mut self, code: &'static str, at: Pos, message: impl Into<String>) {
        if self.poisoned.contains(&at) {
            return;
        }
        self.errors
            .push(Diagnostic::error(self.file, at, message).with_code(code));
    }

    fn grid(&mut self, raw: RawGrid) -> Grid {
        if raw.format.value != FORMAT {
            self.err(
                "bad-format",
                raw.format.at,
                format!(
                    "format `{}` is not one aqor reads; expected `{FORMAT}`",
                    raw.format.value
                ),
            );
        }
        if !is_id(&raw.id.value) {
            self.err(
                "grid-id",
                raw.id.at,
                format!(
                    "grid id `{}` must use only lowercase letters, digits and '-' (e.g. `aqor`)",
                    raw.id.value
                ),
            );
        }
        let version = semver::Version::parse(&raw.version.value).unwrap_or_else(|_| {
            self.err(
                "bad-version",
                raw.version.at,
                format!(
                    "version `{}` is not semver; write it as MAJOR.MINOR.PATCH, e.g. 1.0.0",
                    raw.version.value
                ),
            );
            semver::Version::new(0, 0, 0)
        });
        let languages = self.languages(&raw.languages);
        let default = languages.first().cloned().unwrap_or_default();
        let ctx = Ctx { default: &default };

        let profiles: Vec<Profile> = raw
            .profiles
            .into_iter()
            .map(|p| Profile {
                at: {
                    self.item_id(&p.id, "profile");
                    p.id.at
                },
                label: self.text(p.label, &ctx, "profile label"),
                id: p.id.value,
            })
            .collect();
        self.unique(profiles.iter().map(|p| (p.id.as_str(), p.at)), "profile");

        let scales_at = raw.scales.at;
        let scales: Vec<Scale> = raw
            .scales
            .value
            .into_iter()
            .map(|s| self.scale(s, &ctx))
            .collect();
        if scales.is_empty() {
            self.err(
                "empty-list",
                scales_at,
                "`scales` is empty; a grid needs at least one scale",
            );
        }
        self.unique(scales.iter().map(|s| (s.id.as_str(), s.at)), "scale");

        let criteria_at = raw.criteria.at;
        let criteria: Vec<Criterion> = raw
            .criteria
            .value
            .into_iter()
            .map(|c| self.criterion(c, &ctx, &scales, &profiles))
            .collect();
        if criteria.is_empty() {
            self.err(
                "empty-list",
                criteria_at,
                "`criteria` is empty; a grid needs at least one criterion",
            );
        }
        self.unique(criteria.iter().map(|c| (c.id.as_str(), c.at)), "criterion");
        self.unique(
            criteria
                .iter()
                .flat_map(|c| c.indicators.iter())
                .map(|i| (i.id.as_str(), i.at)),
            "indicator",
        );

        let recognition = raw.recognition.map(|r| {
            let parts = Parts {
                scales: &scales,
                criteria: &criteria,
                profiles: &profiles,
            };
            self.recognition(r, &ctx, parts)
        });
        Grid {
            format: raw.format.value,
            id: raw.id.value,
            version,
            version_at: raw.version.at,
            languages,
            title: self.text(raw.title, &ctx, "grid title"),
            description: raw
                .description
                .map(|d| self.text(d, &ctx, "grid description")),
            source: raw.source,
            scales,
            criteria,
            profiles,
            recognition,
            sha256: String::new(),
        }
    }

    fn languages(&mut self, raw: &S<Vec<S<String>>>) -> Vec<String> {
        if raw.value.is_empty() {
            self.err(
                "empty-list",
                raw.at,
                "`languages` is empty; list the grid's languages, default first, e.g. [fr, en]",
            );
        }
        let mut seen = HashSet::new();
        for l in &raw.value {
            if !is_language(&l.value) {
                self.err(
                    "bad-language",
                    l.at,
                    format!(
                        "`{}` is not a language code; use two or three lowercase letters, e.g. fr",
                        l.value
                    ),
                );
            }
            if !seen.insert(l.value.as_str()) {
                self.err(
                    "duplicate-id",
                    l.at,
                    format!("language `{}` is listed twice", l.value),
                );
            }
        }
        raw.value.iter().map(|l| l.value.clone()).collect()
    }

    /// A text, moved under the default language if plain, and required in it.
    fn text(&mut self, raw: S<Text>, ctx: &Ctx, what: &str) -> Text {
        let at = raw.at;
        let mut text = raw.value;
        text.resolve_untagged(ctx.default);
        if !ctx.default.is_empty() && text.get(ctx.default).is_none_or(|t| t.trim().is_empty()) {
            self.err(
                "missing-text",
                at,
                format!(
                    "{what} has no text in the default language `{}`",
                    ctx.default
                ),
            );
        }
        text
    }

    fn scale(&mut self, raw: RawScale, ctx: &Ctx) -> Scale {
        let at = raw.id.at;
        self.item_id(&raw.id, "scale");
        let levels_at = raw.levels.at;
        let levels: Vec<Level> = raw
            .levels
            .value
            .into_iter()
            .map(|l| {
                let at = l.id.at;
                self.item_id(&l.id, "level");
                if l.id.value == super::NA {
                    self.err("reserved-level", at, "level id `na` is reserved for \"not applicable\"; use `allow_na: true` instead");
                }
                if !l.score.value.is_finite() {
                    self.err("bad-number", l.score.at, "level score must be a finite number");
                }
                Level {
                    id: l.id.value,
                    score: l.score.value,
                    label: self.text(l.label, ctx, "level label"),
                    description: l.description.map(|d| self.text(d, ctx, "level description")),
                    at,
                }
            })
            .collect();
        if levels.len() < 2 {
            self.err(
                "empty-list",
                levels_at,
                format!(
                    "scale `{}` has {} level(s); a scale needs at least 2",
                    raw.id.value,
                    levels.len()
                ),
            );
        }
        for w in levels.windows(2) {
            if w[1].score <= w[0].score {
                self.err("level-order", 
                    w[1].at,
                    format!(
                        "level `{}` scores {} but the level before it, `{}`, scores {}; levels go lowest first with increasing scores",
                        w[1].id, w[1].score, w[0].id, w[0].score
                    ),
                );
            }
        }
        self.unique(levels.iter().map(|l| (l.id.as_str(), l.at)), "level");
        Scale {
            id: raw.id.value,
            allow_na: raw.allow_na,
            levels,
            at,
        }
    }

    fn weight(&mut self, raw: Option<S<f64>>) -> f64 {
        match raw {
            None => 1.0,
            Some(w) if w.value.is_finite() && w.value >= 0.0 => w.value,
            Some(w) => {
                self.err(
                    "bad-number",
                    w.at,
                    format!("weight {} must be a number >= 0", w.value),
                );
                1.0
            }
        }
    }

    fn criterion(
        &mut self,
        raw: RawCriterion,
        ctx: &Ctx,
        scales: &[Scale],
        profiles: &[Profile],
    ) -> Criterion {
        let at = raw.id.at;
        self.item_id(&raw.id, "criterion");
        let indicators_at = raw.indicators.at;
        let indicators: Vec<Indicator> = raw
            .indicators
            .value
            .into_iter()
            .map(|i| self.indicator(i, ctx, scales, profiles))
            .collect();
        if indicators.is_empty() {
            self.err(
                "empty-list",
                indicators_at,
                format!(
                    "criterion `{}` has no indicators; add one or remove the criterion",
                    raw.id.value
                ),
            );
        }
        Criterion {
            title: self.text(
                raw.title,
                ctx,
                &format!("title of criterion `{}`", raw.id.value),
            ),
            weight: self.weight(raw.weight),
            id: raw.id.value,
            indicators,
            at,
        }
    }

    fn indicator(
        &mut self,
        raw: RawIndicator,
        ctx: &Ctx,
        scales: &[Scale],
        profiles: &[Profile],
    ) -> Indicator {
        let id = raw.id.value.clone();
        let at = raw.id.at;
        self.item_id(&raw.id, "indicator");
        if RESERVED_COLUMNS.contains(&id.as_str()) {
            self.err(
                "id-grammar",
                at,
                format!(
                    "indicator id `{id}` is a column name of campaign files; choose another id (reserved: {})",
                    RESERVED_COLUMNS.join(", ")
                ),
            );
        }
        let scale = scales.iter().find(|s| s.id == raw.scale.value);
        if scale.is_none() {
            let names: Vec<&str> = scales.iter().map(|s| s.id.as_str()).collect();
            let hint = did_you_mean(&raw.scale.value, names.iter().copied())
                .map(|c| format!("did you mean `{c}`? "))
                .unwrap_or_default();
            self.err(
                "unknown-reference",
                raw.scale.at,
                format!(
                    "unknown scale `{}` for indicator `{id}`; {hint}scales here: {}",
                    raw.scale.value,
                    names.join(", ")
                ),
            );
        }
        let level_ref = |b: &mut Self, r: &S<String>, what: &str| {
            if let Some(s) = scale
                && s.level(&r.value).is_none()
            {
                b.err(
                    "unknown-reference",
                    r.at,
                    format!(
                        "{what} `{}` of indicator `{id}` is not a level of scale `{}` (levels: {})",
                        r.value,
                        s.id,
                        level_ids(s)
                    ),
                );
            }
        };
        let target = match &raw.target {
            Some(t) => {
                level_ref(self, t, "target");
                t.value.clone()
            }
            None => scale
                .and_then(|s| s.levels.last())
                .map(|l| l.id.clone())
                .unwrap_or_default(),
        };
        let actions = raw
            .actions
            .into_iter()
            .map(|a| {
                level_ref(self, &a.below, "`below`");
                Action {
                    at: a.below.at,
                    below: a.below.value,
                    text: self.text(a.text, ctx, &format!("action of `{id}`")),
                }
            })
            .collect();
        self.known_profiles(&raw.applies_to, &format!("`{id}`"), profiles);
        Indicator {
            title: self.text(raw.title, ctx, &format!("title of indicator `{id}`")),
            guidance: raw
                .guidance
                .map(|g| self.text(g, ctx, &format!("guidance of `{id}`"))),
            evidence: raw
                .evidence
                .into_iter()
                .map(|e| self.text(e, ctx, &format!("evidence of `{id}`")))
                .collect(),
            scale: raw.scale.value,
            weight: self.weight(raw.weight),
            target,
            actions,
            replaces: raw.replaces.into_iter().map(|r| r.value).collect(),
            applies_to: raw.applies_to.into_iter().map(|p| p.value).collect(),
            id,
            at,
        }
    }

    /// Reports each of `names` (an `applies_to` of `whose`) the grid does not define.
    fn known_profiles(&mut self, names: &[S<String>], whose: &str, profiles: &[Profile]) {
        for p in names {
            if !profiles.iter().any(|q| q.id == p.value) {
                let ids: Vec<&str> = profiles.iter().map(|q| q.id.as_str()).collect();
                let hint = did_you_mean(&p.value, ids.iter().copied())
                    .map(|c| format!("did you mean `{c}`? "))
                    .unwrap_or_default();
                self.err(
                    "unknown-reference",
                    p.at,
                    format!(
                        "`applies_to` of {whose} names profile `{}`, which the grid does not define; {hint}profiles: {}",
                        p.value,
                        or_none(&ids)
                    ),
                );
            }
        }
    }

    fn recognition(&mut self, raw: RawRecognition, ctx: &Ctx, grid: Parts) -> Recognition {
        let label = self.text(raw.label, ctx, "recognition label");
        if raw.rules.value.is_empty() {
            self.err(
                "empty-list",
                raw.rules.at,
                "`rules` is empty, which would grant the label to every structure; add a rule (e.g. `- min_overall: 70`) or remove `recognition`",
            );
        }
        let mut rules = self.rules(raw.rules.value, &[], grid);
        for set in raw.profile_rules {
            self.known_profiles(&set.applies_to.value, "profile rules", grid.profiles);
            if set.applies_to.value.is_empty() {
                self.err(
                    "empty-list",
                    set.applies_to.at,
                    "`applies_to` of profile rules is empty; name the profiles these rules are for",
                );
            }
            if set.rules.value.is_empty() {
                self.err(
                    "empty-list",
                    set.rules.at,
                    "`rules` is empty; give the rules these profiles must also meet, or remove the set",
                );
            }
            let applies_to: Vec<String> =
                set.applies_to.value.into_iter().map(|p| p.value).collect();
            rules.extend(self.rules(set.rules.value, &applies_to, grid));
        }
        Recognition { label, rules }
    }

    /// Checked rules, each for the structures of `applies_to` (empty: all).
    fn rules(&mut self, raw: Vec<S<RawRule>>, applies_to: &[String], grid: Parts) -> Vec<Rule> {
        raw.into_iter()
            .map(|r| Rule {
                at: r.at,
                kind: self.rule(r.value, grid.scales, grid.criteria),
                applies_to: applies_to.to_vec(),
            })
            .collect()
    }

    /// Checks one rule; findings point at the value at fault.
    fn rule(&mut self, raw: RawRule, scales: &[Scale], criteria: &[Criterion]) -> RuleKind {
        let percent = |b: &mut Self, name: &str, v: S<f64>| {
            if !(0.0..=100.0).contains(&v.value) {
                b.err(
                    "bad-number",
                    v.at,
                    format!(
                        "`{name}: {}` must be a percentage between 0 and 100",
                        v.value
                    ),
                );
            }
            v.value
        };
        let level = |b: &mut Self, level: S<String>| {
            let all = || {
                scales
                    .iter()
                    .flat_map(|s| s.levels.iter().map(|l| l.id.as_str()))
            };
            if !all().any(|l| l == level.value) {
                let hint = did_you_mean(&level.value, all())
                    .map(|c| format!("did you mean `{c}`? "))
                    .unwrap_or_default();
                let levels: Vec<&str> = all().collect();
                b.err("unknown-reference", 
                    level.at,
                    format!(
                        "recognition rule names level `{}`, which no scale defines; {hint}levels here: {}",
                        level.value,
                        levels.join(", ")
                    ),
                );
            }
            level.value
        };
        let count = |b: &mut Self, name: &str, n: S<i64>| {
            u32::try_from(n.value).unwrap_or_else(|_| {
                b.err(
                    "bad-number",
                    n.at,
                    format!("`{name}: {}` must be a whole number from 0", n.value),
                );
                0
            })
        };
        match raw {
            RawRule::MinOverall(v) => RuleKind::MinOverall(percent(self, "min_overall", v)),
            RawRule::MinCriterion(v) => RuleKind::MinCriterion(percent(self, "min_criterion", v)),
            RawRule::MinCoverage(v) => RuleKind::MinCoverage(percent(self, "min_coverage", v)),
            RawRule::MaxBelowTarget(n) => {
                RuleKind::MaxBelowTarget(count(self, "max_below_target", n))
            }
            RawRule::NoLevel(levels) => {
                RuleKind::NoLevel(levels.into_iter().map(|l| level(self, l)).collect())
            }
            RawRule::MaxLevelCount { level: l, count: n } => RuleKind::MaxLevelCount {
                level: level(self, l),
                count: count(self, "count", n),
            },
            RawRule::AtTarget(ids) => {
                let names = || {
                    criteria
                        .iter()
                        .flat_map(|c| &c.indicators)
                        .map(|i| i.id.as_str())
                };
                for id in &ids {
                    if !names().any(|n| n == id.value) {
                        let hint = did_you_mean(&id.value, names())
                            .map(|c| format!("; did you mean `{c}`?"))
                            .unwrap_or_default();
                        self.err("unknown-reference", 
                            id.at,
                            format!(
                                "`at_target` names indicator `{}`, which the grid does not have{hint}",
                                id.value
                            ),
                        );
                    }
                }
                RuleKind::AtTarget(ids.into_iter().map(|i| i.value).collect())
            }
        }
    }

    /// Checks an id against the id grammar (`ID_PATTERN`).
    fn item_id(&mut self, id: &S<String>, what: &str) {
        if !is_item_id(&id.value) {
            self.err(
                "id-grammar",
                id.at,
                format!(
                    "{what} id `{}` may hold only letters, digits, '.', '-' and '_' (e.g. `C1.2`); it names a column or a cell of campaign files",
                    id.value.escape_debug()
                ),
            );
        }
    }

    fn unique<'a>(&mut self, items: impl Iterator<Item = (&'a str, Pos)>, what: &str) {
        let mut seen: Vec<(&str, Pos)> = Vec::new();
        for (id, at) in items {
            if let Some((_, first)) = seen.iter().find(|(s, _)| *s == id) {
                let first = *first;
                self.err(
                    "duplicate-id",
                    at,
                    format!(
                        "duplicate {what} id `{id}` (first defined at line {}); ids must be unique",
                        first.line
                    ),
                );
            } else {
                seen.push((id, at));
            }
        }
    }
}

struct Ctx<'a> {
    default: &'a str,
}

/// What the grid's recognition rules may name, once loaded.
#[derive(Clone, Copy)]
struct Parts<'a> {
    scales: &'a [Scale],
    criteria: &'a [Criterion],
    profiles: &'a [Profile],
}

fn level_ids(s: &Scale) -> String {
    s.levels
        .iter()
        .map(|l| l.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn or_none(names: &[&str]) -> String {
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}

/// Grid ids: lowercase letters, digits and '-', starting with a letter or digit.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `s` follows the id grammar ([`super::raw::ID_PATTERN`]).
pub fn is_item_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

fn is_language(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
}

/// What is wrong in a grid's content (en, fr, it, es, pl).
const WORDS: Catalogue = &[(
    "empty_file",
    [
        "the file is empty; a grid starts with `format: {format}`",
        "le fichier est vide\u{202f}; une grille commence par `format: {format}`",
        "il file è vuoto; una griglia inizia con `format: {format}`",
        "el archivo está vacío; una cuadrícula empieza con `format: {format}`",
        "plik jest pusty; siatka zaczyna się od `format: {format}`",
    ],
)];

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
