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
use super::words::{hint, or_none};
pub use super::yaml::MAX_GRID_BYTES;
use super::yaml::syntax_errors;
pub(crate) use super::yaml::too_large;
use crate::diagnostic::{Diagnostic, Pos, Severity, did_you_mean};
use crate::i18n::{Catalogue, Message};
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
                Diagnostic::said(
                    Severity::Error,
                    file,
                    e.at.unwrap_or_default(),
                    msg!(WORDS, "unread", what = e.message),
                )
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
    /// An error of kind `code` at `at`, in words from a catalogue.
    fn err(&mut self, code: &'static str, at: Pos, words: Message) {
        if self.poisoned.contains(&at) {
            return;
        }
        self.errors
            .push(Diagnostic::said(Severity::Error, self.file, at, words).with_code(code));
    }

    fn grid(&mut self, raw: RawGrid) -> Grid {
        if raw.format.value != FORMAT {
            self.err(
                "bad-format",
                raw.format.at,
                msg!(
                    WORDS,
                    "bad_format",
                    format = &raw.format.value,
                    expected = FORMAT
                ),
            );
        }
        if !is_id(&raw.id.value) {
            self.err(
                "grid-id",
                raw.id.at,
                msg!(WORDS, "grid_id", id = &raw.id.value),
            );
        }
        let version = semver::Version::parse(&raw.version.value).unwrap_or_else(|_| {
            self.err(
                "bad-version",
                raw.version.at,
                msg!(WORDS, "bad_version", version = &raw.version.value),
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
                    self.item_id(&p.id, "profile_id");
                    p.id.at
                },
                label: self.text(p.label, &ctx, || msg!(WORDS, "profile_label")),
                id: p.id.value,
            })
            .collect();
        self.unique(profiles.iter().map(|p| (p.id.as_str(), p.at)), "profile_id");

        let scales_at = raw.scales.at;
        let scales: Vec<Scale> = raw
            .scales
            .value
            .into_iter()
            .map(|s| self.scale(s, &ctx))
            .collect();
        if scales.is_empty() {
            self.err("empty-list", scales_at, msg!(WORDS, "no_scales"));
        }
        self.unique(scales.iter().map(|s| (s.id.as_str(), s.at)), "scale_id");

        let criteria_at = raw.criteria.at;
        let criteria: Vec<Criterion> = raw
            .criteria
            .value
            .into_iter()
            .map(|c| self.criterion(c, &ctx, &scales, &profiles))
            .collect();
        if criteria.is_empty() {
            self.err("empty-list", criteria_at, msg!(WORDS, "no_criteria"));
        }
        self.unique(
            criteria.iter().map(|c| (c.id.as_str(), c.at)),
            "criterion_id",
        );
        self.unique(
            criteria
                .iter()
                .flat_map(|c| c.indicators.iter())
                .map(|i| (i.id.as_str(), i.at)),
            "indicator_id",
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
            title: self.text(raw.title, &ctx, || msg!(WORDS, "grid_title")),
            description: raw
                .description
                .map(|d| self.text(d, &ctx, || msg!(WORDS, "grid_description"))),
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
            self.err("empty-list", raw.at, msg!(WORDS, "no_languages"));
        }
        let mut seen = HashSet::new();
        for l in &raw.value {
            if !is_language(&l.value) {
                self.err(
                    "bad-language",
                    l.at,
                    msg!(WORDS, "bad_language", code = &l.value),
                );
            }
            if !seen.insert(l.value.as_str()) {
                self.err(
                    "duplicate-id",
                    l.at,
                    msg!(WORDS, "language_twice", code = &l.value),
                );
            }
        }
        raw.value.iter().map(|l| l.value.clone()).collect()
    }

    /// A text, moved under the default language if plain, and required in it; `what`
    /// names it in the finding ("title of indicator `C1.1`").
    fn text(&mut self, raw: S<Text>, ctx: &Ctx, what: impl FnOnce() -> Message) -> Text {
        let at = raw.at;
        let mut text = raw.value;
        text.resolve_untagged(ctx.default);
        if !ctx.default.is_empty() && text.get(ctx.default).is_none_or(|t| t.trim().is_empty()) {
            self.err(
                "missing-text",
                at,
                msg!(WORDS, "missing_text", what = what(), lang = ctx.default),
            );
        }
        text
    }

    fn scale(&mut self, raw: RawScale, ctx: &Ctx) -> Scale {
        let at = raw.id.at;
        self.item_id(&raw.id, "scale_id");
        let levels_at = raw.levels.at;
        let levels: Vec<Level> = raw
            .levels
            .value
            .into_iter()
            .map(|l| {
                let at = l.id.at;
                self.item_id(&l.id, "level_id");
                if l.id.value == super::NA {
                    self.err("reserved-level", at, msg!(WORDS, "reserved_na"));
                }
                if !l.score.value.is_finite() {
                    self.err("bad-number", l.score.at, msg!(WORDS, "bad_score"));
                }
                Level {
                    id: l.id.value,
                    score: l.score.value,
                    label: self.text(l.label, ctx, || msg!(WORDS, "level_label")),
                    description: l
                        .description
                        .map(|d| self.text(d, ctx, || msg!(WORDS, "level_description"))),
                    at,
                }
            })
            .collect();
        if levels.len() < 2 {
            self.err(
                "empty-list",
                levels_at,
                msg!(WORDS, "few_levels", scale = &raw.id.value, n = levels.len()),
            );
        }
        for w in levels.windows(2) {
            if w[1].score <= w[0].score {
                self.err(
                    "level-order",
                    w[1].at,
                    msg!(
                        WORDS,
                        "level_order",
                        level = &w[1].id,
                        score = w[1].score.to_string(),
                        before = &w[0].id,
                        before_score = w[0].score.to_string()
                    ),
                );
            }
        }
        self.unique(levels.iter().map(|l| (l.id.as_str(), l.at)), "level_id");
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
                    msg!(WORDS, "bad_weight", weight = w.value.to_string()),
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
        self.item_id(&raw.id, "criterion_id");
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
                msg!(WORDS, "no_indicators", criterion = &raw.id.value),
            );
        }
        Criterion {
            title: self.text(raw.title, ctx, || {
                msg!(WORDS, "criterion_title", id = &raw.id.value)
            }),
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
        self.item_id(&raw.id, "indicator_id");
        if RESERVED_COLUMNS.contains(&id.as_str()) {
            self.err(
                "id-grammar",
                at,
                msg!(
                    WORDS,
                    "reserved_column",
                    id = &id,
                    reserved = RESERVED_COLUMNS.join(", ")
                ),
            );
        }
        let scale = scales.iter().find(|s| s.id == raw.scale.value);
        if scale.is_none() {
            let names: Vec<&str> = scales.iter().map(|s| s.id.as_str()).collect();
            self.err(
                "unknown-reference",
                raw.scale.at,
                msg!(
                    WORDS,
                    "unknown_scale",
                    scale = &raw.scale.value,
                    indicator = &id,
                    hint = hint(&raw.scale.value, names.iter().copied()),
                    scales = or_none(&names)
                ),
            );
        }
        let level_ref = |b: &mut Self, r: &S<String>, key: &'static str| {
            if let Some(s) = scale
                && s.level(&r.value).is_none()
            {
                b.err(
                    "unknown-reference",
                    r.at,
                    msg!(
                        WORDS,
                        key,
                        level = &r.value,
                        indicator = &id,
                        scale = &s.id,
                        levels = level_ids(s)
                    ),
                );
            }
        };
        let target = match &raw.target {
            Some(t) => {
                level_ref(self, t, "target_not_level");
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
                level_ref(self, &a.below, "below_not_level");
                Action {
                    at: a.below.at,
                    below: a.below.value,
                    text: self.text(a.text, ctx, || msg!(WORDS, "action_text", id = &id)),
                }
            })
            .collect();
        self.known_profiles(
            &raw.applies_to,
            msg!(WORDS, "of_indicator", id = &id),
            profiles,
        );
        Indicator {
            title: self.text(raw.title, ctx, || msg!(WORDS, "indicator_title", id = &id)),
            guidance: raw
                .guidance
                .map(|g| self.text(g, ctx, || msg!(WORDS, "guidance_text", id = &id))),
            evidence: raw
                .evidence
                .into_iter()
                .map(|e| self.text(e, ctx, || msg!(WORDS, "evidence_text", id = &id)))
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

    /// Reports each of `names` (the `applies_to` of `whose`) the grid does not define.
    fn known_profiles(&mut self, names: &[S<String>], whose: Message, profiles: &[Profile]) {
        for p in names {
            if !profiles.iter().any(|q| q.id == p.value) {
                let ids: Vec<&str> = profiles.iter().map(|q| q.id.as_str()).collect();
                self.err(
                    "unknown-reference",
                    p.at,
                    msg!(
                        WORDS,
                        "unknown_profile",
                        whose = whose.clone(),
                        profile = &p.value,
                        hint = hint(&p.value, ids.iter().copied()),
                        profiles = or_none(&ids)
                    ),
                );
            }
        }
    }

    fn recognition(&mut self, raw: RawRecognition, ctx: &Ctx, grid: Parts) -> Recognition {
        let label = self.text(raw.label, ctx, || msg!(WORDS, "recognition_label"));
        if raw.rules.value.is_empty() {
            self.err("empty-list", raw.rules.at, msg!(WORDS, "no_rules"));
        }
        let mut rules = self.rules(raw.rules.value, &[], grid);
        for set in raw.profile_rules {
            self.known_profiles(
                &set.applies_to.value,
                msg!(WORDS, "of_profile_rules"),
                grid.profiles,
            );
            if set.applies_to.value.is_empty() {
                self.err(
                    "empty-list",
                    set.applies_to.at,
                    msg!(WORDS, "no_profiles_for_rules"),
                );
            }
            if set.rules.value.is_empty() {
                self.err("empty-list", set.rules.at, msg!(WORDS, "no_profile_rules"));
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
                    msg!(
                        WORDS,
                        "bad_percent",
                        key = name,
                        value = v.value.to_string()
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
                let levels: Vec<&str> = all().collect();
                b.err(
                    "unknown-reference",
                    level.at,
                    msg!(
                        WORDS,
                        "rule_level",
                        level = &level.value,
                        hint = hint(&level.value, all()),
                        levels = or_none(&levels)
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
                    msg!(WORDS, "bad_count", key = name, value = n.value.to_string()),
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
                        let words = match did_you_mean(&id.value, names()) {
                            Some(c) => msg!(
                                WORDS,
                                "at_target_unknown_hint",
                                indicator = &id.value,
                                name = c
                            ),
                            None => msg!(WORDS, "at_target_unknown", indicator = &id.value),
                        };
                        self.err("unknown-reference", id.at, words);
                    }
                }
                RuleKind::AtTarget(ids.into_iter().map(|i| i.value).collect())
            }
        }
    }

    /// Checks an id against the id grammar (`ID_PATTERN`); `what` is the catalogue key
    /// of the kind of id ("indicator id").
    fn item_id(&mut self, id: &S<String>, what: &'static str) {
        if !is_item_id(&id.value) {
            self.err(
                "id-grammar",
                id.at,
                msg!(
                    WORDS,
                    "id_grammar",
                    what = Message::new(WORDS, what),
                    id = crate::text::visible(&id.value)
                ),
            );
        }
    }

    fn unique<'a>(&mut self, items: impl Iterator<Item = (&'a str, Pos)>, what: &'static str) {
        let mut seen: Vec<(&str, Pos)> = Vec::new();
        for (id, at) in items {
            if let Some((_, first)) = seen.iter().find(|(s, _)| *s == id) {
                let first = *first;
                self.err(
                    "duplicate-id",
                    at,
                    msg!(
                        WORDS,
                        "duplicate_id",
                        what = Message::new(WORDS, what),
                        id = id,
                        line = first.line.to_string()
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
const WORDS: Catalogue = &[
    (
        "empty_file",
        [
            "the file is empty; a grid starts with `format: {format}`",
            "le fichier est vide\u{202f}; une grille commence par `format: {format}`",
            "il file è vuoto; una griglia inizia con `format: {format}`",
            "el archivo está vacío; un referencial empieza con `format: {format}`",
            "plik jest pusty; siatka zaczyna się od `format: {format}`",
        ],
    ),
    (
        "unread",
        [
            "{what}",
            "la grille ne peut pas être lue\u{202f}: {what}",
            "la griglia non può essere letta: {what}",
            "el referencial no puede leerse: {what}",
            "nie można odczytać siatki: {what}",
        ],
    ),
    (
        "bad_format",
        [
            "format `{format}` is not one aqor reads; expected `{expected}`",
            "aqor ne lit pas le format `{format}`\u{202f}; attendu\u{202f}: `{expected}`",
            "aqor non legge il formato `{format}`; atteso: `{expected}`",
            "aqor no lee el formato `{format}`; se espera `{expected}`",
            "aqor nie czyta formatu `{format}`; oczekiwano `{expected}`",
        ],
    ),
    (
        "grid_id",
        [
            "grid id `{id}` must use only lowercase letters, digits and '-' (e.g. `aqor`)",
            "l’identifiant de grille `{id}` ne doit contenir que des minuscules, des chiffres et '-' (par ex. `aqor`)",
            "l’identificativo di griglia `{id}` deve usare solo lettere minuscole, cifre e '-' (ad es. `aqor`)",
            "el identificador de referencial `{id}` solo puede usar minúsculas, cifras y '-' (p. ej. `aqor`)",
            "identyfikator siatki `{id}` może zawierać tylko małe litery, cyfry i '-' (np. `aqor`)",
        ],
    ),
    (
        "bad_version",
        [
            "version `{version}` is not semver; write it as MAJOR.MINOR.PATCH, e.g. 1.0.0",
            "la version `{version}` n’est pas au format semver\u{202f}; écrivez-la MAJEURE.MINEURE.CORRECTIF, par ex. 1.0.0",
            "la versione `{version}` non è semver; scrivetela come MAJOR.MINOR.PATCH, ad es. 1.0.0",
            "la versión `{version}` no es semver; escríbanla como MAJOR.MINOR.PATCH, p. ej. 1.0.0",
            "wersja `{version}` nie jest w formacie semver; zapiszcie ją jako MAJOR.MINOR.PATCH, np. 1.0.0",
        ],
    ),
    (
        "no_scales",
        [
            "`scales` is empty; a grid needs at least one scale",
            "`scales` est vide\u{202f}; une grille a besoin d’au moins une échelle",
            "`scales` è vuoto; una griglia ha bisogno di almeno una scala",
            "`scales` está vacío; un referencial necesita al menos una escala",
            "`scales` jest puste; siatka potrzebuje co najmniej jednej skali",
        ],
    ),
    (
        "no_criteria",
        [
            "`criteria` is empty; a grid needs at least one criterion",
            "`criteria` est vide\u{202f}; une grille a besoin d’au moins un critère",
            "`criteria` è vuoto; una griglia ha bisogno di almeno un criterio",
            "`criteria` está vacío; un referencial necesita al menos un criterio",
            "`criteria` jest puste; siatka potrzebuje co najmniej jednego kryterium",
        ],
    ),
    (
        "no_languages",
        [
            "`languages` is empty; list the grid's languages, default first, e.g. [fr, en]",
            "`languages` est vide\u{202f}; indiquez les langues de la grille, la langue par défaut en premier, par ex. [fr, en]",
            "`languages` è vuoto; elencate le lingue della griglia, la predefinita per prima, ad es. [fr, en]",
            "`languages` está vacío; indiquen los idiomas del referencial, el predeterminado primero, p. ej. [fr, en]",
            "`languages` jest puste; wymieńcie języki siatki, domyślny jako pierwszy, np. [fr, en]",
        ],
    ),
    (
        "bad_language",
        [
            "`{code}` is not a language code; use two or three lowercase letters, e.g. fr",
            "`{code}` n’est pas un code de langue\u{202f}; utilisez deux ou trois lettres minuscules, par ex. fr",
            "`{code}` non è un codice di lingua; usate due o tre lettere minuscole, ad es. fr",
            "`{code}` no es un código de idioma; usen dos o tres letras minúsculas, p. ej. fr",
            "`{code}` nie jest kodem języka; użyjcie dwóch lub trzech małych liter, np. fr",
        ],
    ),
    (
        "language_twice",
        [
            "language `{code}` is listed twice",
            "la langue `{code}` figure deux fois",
            "la lingua `{code}` è elencata due volte",
            "el idioma `{code}` aparece dos veces",
            "język `{code}` występuje dwa razy",
        ],
    ),
    (
        "missing_text",
        [
            "{what} has no text in the default language `{lang}`",
            "aucun texte dans la langue par défaut `{lang}` pour {what}",
            "manca il testo nella lingua predefinita `{lang}` per {what}",
            "falta el texto en el idioma predeterminado `{lang}` para {what}",
            "brak tekstu w języku domyślnym `{lang}`: {what}",
        ],
    ),
    (
        "grid_title",
        [
            "grid title",
            "le titre de la grille",
            "il titolo della griglia",
            "el título del referencial",
            "tytuł siatki",
        ],
    ),
    (
        "grid_description",
        [
            "grid description",
            "la description de la grille",
            "la descrizione della griglia",
            "la descripción del referencial",
            "opis siatki",
        ],
    ),
    (
        "profile_label",
        [
            "profile label",
            "le libellé d’un profil",
            "l’etichetta di un profilo",
            "la etiqueta de un perfil",
            "etykieta profilu",
        ],
    ),
    (
        "level_label",
        [
            "level label",
            "le libellé d’un niveau",
            "l’etichetta di un livello",
            "la etiqueta de un nivel",
            "etykieta poziomu",
        ],
    ),
    (
        "level_description",
        [
            "level description",
            "la description d’un niveau",
            "la descrizione di un livello",
            "la descripción de un nivel",
            "opis poziomu",
        ],
    ),
    (
        "criterion_title",
        [
            "title of criterion `{id}`",
            "le titre du critère `{id}`",
            "il titolo del criterio `{id}`",
            "el título del criterio `{id}`",
            "tytuł kryterium `{id}`",
        ],
    ),
    (
        "indicator_title",
        [
            "title of indicator `{id}`",
            "le titre de l’indicateur `{id}`",
            "il titolo dell’indicatore `{id}`",
            "el título del indicador `{id}`",
            "tytuł wskaźnika `{id}`",
        ],
    ),
    (
        "guidance_text",
        [
            "guidance of `{id}`",
            "les repères de `{id}`",
            "le indicazioni di `{id}`",
            "la orientación de `{id}`",
            "wskazówki do `{id}`",
        ],
    ),
    (
        "evidence_text",
        [
            "evidence of `{id}`",
            "une preuve de `{id}`",
            "un’evidenza di `{id}`",
            "una evidencia de `{id}`",
            "dowód do `{id}`",
        ],
    ),
    (
        "action_text",
        [
            "action of `{id}`",
            "une action de `{id}`",
            "un’azione di `{id}`",
            "una acción de `{id}`",
            "działanie do `{id}`",
        ],
    ),
    (
        "recognition_label",
        [
            "recognition label",
            "le libellé de la reconnaissance",
            "l’etichetta del riconoscimento",
            "la etiqueta del reconocimiento",
            "etykieta uznania",
        ],
    ),
    (
        "profile_id",
        [
            "profile id",
            "l’identifiant de profil",
            "l’identificativo di profilo",
            "el identificador de perfil",
            "identyfikator profilu",
        ],
    ),
    (
        "scale_id",
        [
            "scale id",
            "l’identifiant d’échelle",
            "l’identificativo di scala",
            "el identificador de escala",
            "identyfikator skali",
        ],
    ),
    (
        "level_id",
        [
            "level id",
            "l’identifiant de niveau",
            "l’identificativo di livello",
            "el identificador de nivel",
            "identyfikator poziomu",
        ],
    ),
    (
        "criterion_id",
        [
            "criterion id",
            "l’identifiant de critère",
            "l’identificativo di criterio",
            "el identificador de criterio",
            "identyfikator kryterium",
        ],
    ),
    (
        "indicator_id",
        [
            "indicator id",
            "l’identifiant d’indicateur",
            "l’identificativo di indicatore",
            "el identificador de indicador",
            "identyfikator wskaźnika",
        ],
    ),
    (
        "id_grammar",
        [
            "{what} `{id}` may hold only letters, digits, '.', '-' and '_' (e.g. `C1.2`); it names a column or a cell of campaign files",
            "{what} `{id}` ne peut contenir que des lettres, des chiffres, '.', '-' et '_' (par ex. `C1.2`)\u{202f}; il nomme une colonne ou une cellule des fichiers de campagne",
            "{what} `{id}` può contenere solo lettere, cifre, '.', '-' e '_' (ad es. `C1.2`); dà il nome a una colonna o a una cella dei file di campagna",
            "{what} `{id}` solo puede contener letras, cifras, '.', '-' y '_' (p. ej. `C1.2`); da nombre a una columna o a una celda de los archivos de campaña",
            "{what} `{id}` może zawierać tylko litery, cyfry, '.', '-' i '_' (np. `C1.2`); nazywa kolumnę lub komórkę plików kampanii",
        ],
    ),
    (
        "duplicate_id",
        [
            "duplicate {what} `{id}` (first defined at line {line}); ids must be unique",
            "{what} `{id}` est en double (défini une première fois ligne {line})\u{202f}; les identifiants doivent être uniques",
            "{what} `{id}` è duplicato (definito la prima volta alla riga {line}); gli identificativi devono essere unici",
            "{what} `{id}` está duplicado (definido por primera vez en la línea {line}); los identificadores deben ser únicos",
            "{what} `{id}` się powtarza (pierwszy raz zdefiniowany w wierszu {line}); identyfikatory muszą być unikalne",
        ],
    ),
    (
        "reserved_na",
        [
            "level id `na` is reserved for \"not applicable\"; use `allow_na: true` instead",
            "l’identifiant de niveau `na` est réservé à «\u{202f}non applicable\u{202f}»\u{202f}; utilisez plutôt `allow_na: true`",
            "l’identificativo di livello `na` è riservato a «non applicabile»; usate invece `allow_na: true`",
            "el identificador de nivel `na` está reservado para «no aplicable»; usen `allow_na: true` en su lugar",
            "identyfikator poziomu `na` jest zastrzeżony dla „nie dotyczy”; użyjcie zamiast tego `allow_na: true`",
        ],
    ),
    (
        "bad_score",
        [
            "level score must be a finite number",
            "le score d’un niveau doit être un nombre fini",
            "il punteggio di un livello deve essere un numero finito",
            "la puntuación de un nivel debe ser un número finito",
            "wynik poziomu musi być liczbą skończoną",
        ],
    ),
    (
        "few_levels",
        [
            "scale `{scale}` has {n} {n|level|levels}; a scale needs at least 2",
            "l’échelle `{scale}` a {n} {n|niveau|niveaux}\u{202f}; une échelle en demande au moins 2",
            "la scala `{scale}` ha {n} {n|livello|livelli}; una scala ne richiede almeno 2",
            "la escala `{scale}` tiene {n} {n|nivel|niveles}; una escala necesita al menos 2",
            "skala `{scale}` ma {n} {n|poziom|poziomy|poziomów}; skala potrzebuje co najmniej 2",
        ],
    ),
    (
        "level_order",
        [
            "level `{level}` scores {score} but the level before it, `{before}`, scores {before_score}; levels go lowest first with increasing scores",
            "le niveau `{level}` vaut {score} alors que le niveau précédent, `{before}`, vaut {before_score}\u{202f}; les niveaux vont du plus bas au plus haut, avec des scores croissants",
            "il livello `{level}` vale {score} ma il livello precedente, `{before}`, vale {before_score}; i livelli vanno dal più basso al più alto, con punteggi crescenti",
            "el nivel `{level}` vale {score} pero el nivel anterior, `{before}`, vale {before_score}; los niveles van del más bajo al más alto, con puntuaciones crecientes",
            "poziom `{level}` ma wynik {score}, a poziom przed nim, `{before}`, ma wynik {before_score}; poziomy podaje się od najniższego, z rosnącymi wynikami",
        ],
    ),
    (
        "bad_weight",
        [
            "weight {weight} must be a number >= 0",
            "le poids {weight} doit être un nombre >= 0",
            "il peso {weight} deve essere un numero >= 0",
            "el peso {weight} debe ser un número >= 0",
            "waga {weight} musi być liczbą >= 0",
        ],
    ),
    (
        "no_indicators",
        [
            "criterion `{criterion}` has no indicators; add one or remove the criterion",
            "le critère `{criterion}` n’a aucun indicateur\u{202f}; ajoutez-en un ou supprimez le critère",
            "il criterio `{criterion}` non ha indicatori; aggiungetene uno o togliete il criterio",
            "el criterio `{criterion}` no tiene indicadores; añadan uno o quiten el criterio",
            "kryterium `{criterion}` nie ma wskaźników; dodajcie jeden lub usuńcie kryterium",
        ],
    ),
    (
        "reserved_column",
        [
            "indicator id `{id}` is a column name of campaign files; choose another id (reserved: {reserved})",
            "l’identifiant d’indicateur `{id}` est un nom de colonne des fichiers de campagne\u{202f}; choisissez-en un autre (réservés\u{202f}: {reserved})",
            "l’identificativo di indicatore `{id}` è un nome di colonna dei file di campagna; sceglietene un altro (riservati: {reserved})",
            "el identificador de indicador `{id}` es un nombre de columna de los archivos de campaña; elijan otro (reservados: {reserved})",
            "identyfikator wskaźnika `{id}` jest nazwą kolumny plików kampanii; wybierzcie inny (zastrzeżone: {reserved})",
        ],
    ),
    (
        "unknown_scale",
        [
            "unknown scale `{scale}` for indicator `{indicator}`; {hint}scales here: {scales}",
            "échelle inconnue `{scale}` pour l’indicateur `{indicator}`\u{202f}; {hint}échelles de la grille\u{202f}: {scales}",
            "scala sconosciuta `{scale}` per l’indicatore `{indicator}`; {hint}scale presenti: {scales}",
            "escala desconocida `{scale}` para el indicador `{indicator}`; {hint}escalas disponibles: {scales}",
            "nieznana skala `{scale}` wskaźnika `{indicator}`; {hint}dostępne skale: {scales}",
        ],
    ),
    (
        "target_not_level",
        [
            "target `{level}` of indicator `{indicator}` is not a level of scale `{scale}` (levels: {levels})",
            "la cible `{level}` de l’indicateur `{indicator}` n’est pas un niveau de l’échelle `{scale}` (niveaux\u{202f}: {levels})",
            "l’obiettivo `{level}` dell’indicatore `{indicator}` non è un livello della scala `{scale}` (livelli: {levels})",
            "el objetivo `{level}` del indicador `{indicator}` no es un nivel de la escala `{scale}` (niveles: {levels})",
            "cel `{level}` wskaźnika `{indicator}` nie jest poziomem skali `{scale}` (poziomy: {levels})",
        ],
    ),
    (
        "below_not_level",
        [
            "`below` `{level}` of indicator `{indicator}` is not a level of scale `{scale}` (levels: {levels})",
            "le `below` `{level}` d’une action de l’indicateur `{indicator}` n’est pas un niveau de l’échelle `{scale}` (niveaux\u{202f}: {levels})",
            "il `below` `{level}` di un’azione dell’indicatore `{indicator}` non è un livello della scala `{scale}` (livelli: {levels})",
            "el `below` `{level}` de una acción del indicador `{indicator}` no es un nivel de la escala `{scale}` (niveles: {levels})",
            "`below` `{level}` działania wskaźnika `{indicator}` nie jest poziomem skali `{scale}` (poziomy: {levels})",
        ],
    ),
    (
        "of_indicator",
        [
            "`{id}`",
            "de l’indicateur `{id}`",
            "dell’indicatore `{id}`",
            "del indicador `{id}`",
            "wskaźnika `{id}`",
        ],
    ),
    (
        "of_profile_rules",
        [
            "profile rules",
            "des règles de profil",
            "delle regole di profilo",
            "de las reglas de perfil",
            "reguł profili",
        ],
    ),
    (
        "unknown_profile",
        [
            "`applies_to` of {whose} names profile `{profile}`, which the grid does not define; {hint}profiles: {profiles}",
            "`applies_to` {whose} nomme le profil `{profile}`, que la grille ne définit pas\u{202f}; {hint}profils\u{202f}: {profiles}",
            "`applies_to` {whose} nomina il profilo `{profile}`, che la griglia non definisce; {hint}profili: {profiles}",
            "`applies_to` {whose} nombra el perfil `{profile}`, que el referencial no define; {hint}perfiles: {profiles}",
            "`applies_to` {whose} wymienia profil `{profile}`, którego siatka nie definiuje; {hint}profile: {profiles}",
        ],
    ),
    (
        "no_rules",
        [
            "`rules` is empty, which would grant the label to every structure; add a rule (e.g. `- min_overall: 70`) or remove `recognition`",
            "`rules` est vide, ce qui accorderait le label à toutes les structures\u{202f}; ajoutez une règle (par ex. `- min_overall: 70`) ou retirez `recognition`",
            "`rules` è vuoto, il che concederebbe il marchio a ogni struttura; aggiungete una regola (ad es. `- min_overall: 70`) o togliete `recognition`",
            "`rules` está vacío, lo que concedería el sello a todas las estructuras; añadan una regla (p. ej. `- min_overall: 70`) o quiten `recognition`",
            "`rules` jest puste, co przyznałoby wyróżnienie każdemu podmiotowi; dodajcie regułę (np. `- min_overall: 70`) lub usuńcie `recognition`",
        ],
    ),
    (
        "no_profiles_for_rules",
        [
            "`applies_to` of profile rules is empty; name the profiles these rules are for",
            "`applies_to` des règles de profil est vide\u{202f}; nommez les profils auxquels ces règles s’appliquent",
            "`applies_to` delle regole di profilo è vuoto; indicate i profili a cui si applicano queste regole",
            "`applies_to` de las reglas de perfil está vacío; indiquen los perfiles a los que se aplican estas reglas",
            "`applies_to` reguł profili jest puste; wskażcie profile, których dotyczą te reguły",
        ],
    ),
    (
        "no_profile_rules",
        [
            "`rules` is empty; give the rules these profiles must also meet, or remove the set",
            "`rules` est vide\u{202f}; donnez les règles que ces profils doivent aussi respecter, ou retirez cet ensemble",
            "`rules` è vuoto; indicate le regole che questi profili devono anche rispettare, o togliete l’insieme",
            "`rules` está vacío; indiquen las reglas que estos perfiles también deben cumplir, o quiten el conjunto",
            "`rules` jest puste; podajcie reguły, które te profile muszą dodatkowo spełnić, lub usuńcie zestaw",
        ],
    ),
    (
        "bad_percent",
        [
            "`{key}: {value}` must be a percentage between 0 and 100",
            "`{key}: {value}` doit être un pourcentage entre 0 et 100",
            "`{key}: {value}` deve essere una percentuale tra 0 e 100",
            "`{key}: {value}` debe ser un porcentaje entre 0 y 100",
            "`{key}: {value}` musi być procentem od 0 do 100",
        ],
    ),
    (
        "bad_count",
        [
            "`{key}: {value}` must be a whole number from 0",
            "`{key}: {value}` doit être un nombre entier, 0 ou plus",
            "`{key}: {value}` deve essere un numero intero, 0 o più",
            "`{key}: {value}` debe ser un número entero, 0 o más",
            "`{key}: {value}` musi być liczbą całkowitą, 0 lub więcej",
        ],
    ),
    (
        "rule_level",
        [
            "recognition rule names level `{level}`, which no scale defines; {hint}levels here: {levels}",
            "une règle de reconnaissance nomme le niveau `{level}`, qu’aucune échelle ne définit\u{202f}; {hint}niveaux existants\u{202f}: {levels}",
            "una regola di riconoscimento nomina il livello `{level}`, che nessuna scala definisce; {hint}livelli presenti: {levels}",
            "una regla de reconocimiento nombra el nivel `{level}`, que ninguna escala define; {hint}niveles disponibles: {levels}",
            "reguła uznania wymienia poziom `{level}`, którego nie definiuje żadna skala; {hint}dostępne poziomy: {levels}",
        ],
    ),
    (
        "at_target_unknown",
        [
            "`at_target` names indicator `{indicator}`, which the grid does not have",
            "`at_target` nomme l’indicateur `{indicator}`, que la grille n’a pas",
            "`at_target` nomina l’indicatore `{indicator}`, che la griglia non ha",
            "`at_target` nombra el indicador `{indicator}`, que el referencial no tiene",
            "`at_target` wymienia wskaźnik `{indicator}`, którego siatka nie ma",
        ],
    ),
    (
        "at_target_unknown_hint",
        [
            "`at_target` names indicator `{indicator}`, which the grid does not have; did you mean `{name}`?",
            "`at_target` nomme l’indicateur `{indicator}`, que la grille n’a pas\u{202f}; vouliez-vous dire `{name}`\u{202f}?",
            "`at_target` nomina l’indicatore `{indicator}`, che la griglia non ha; intendevate `{name}`?",
            "`at_target` nombra el indicador `{indicator}`, que el referencial no tiene; ¿querían decir `{name}`?",
            "`at_target` wymienia wskaźnik `{indicator}`, którego siatka nie ma; czy chodziło o `{name}`?",
        ],
    ),
];

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
