//! What changed between two versions of a grid, and the semver bump that needs.
//!
//! Indicators are paired by id, else through `replaces` (a rename). The bump follows
//! what the change does to existing assessments: major when answers can no longer be
//! carried (an indicator removed, a scale changed), minor when scores or scope change
//! (added, moved, re-weighted, re-targeted…), patch when only texts change.

use super::model::*;
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};
use std::fmt;

/// The size of a version change, smallest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    None,
    Patch,
    Minor,
    Major,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Added,
    Removed,
    Renamed,
    Moved,
    Reweighted,
    Retargeted,
    ScaleChanged,
    /// The scale now allows `na`: old answers still fit.
    NaAllowed,
    ScopeChanged,
    TextsChanged,
    CriterionAdded,
    CriterionRemoved,
    RulesChanged,
    LanguagesChanged,
    ProfilesChanged,
}

impl Kind {
    pub fn bump(self) -> Bump {
        match self {
            Kind::Removed | Kind::ScaleChanged => Bump::Major,
            Kind::TextsChanged => Bump::Patch,
            _ => Bump::Minor,
        }
    }
}

/// What a change is about. JSON writes it as `C1.1`, `criterion C1`, `scale level4`,
/// `grid` or `recognition`; a report words it in its reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Indicator(String),
    Criterion(String),
    Scale(String),
    Grid,
    Recognition,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Item::Indicator(id) => f.write_str(id),
            Item::Criterion(id) => write!(f, "criterion {id}"),
            Item::Scale(id) => write!(f, "scale {id}"),
            Item::Grid => f.write_str("grid"),
            Item::Recognition => f.write_str("recognition"),
        }
    }
}

impl Serialize for Item {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A text of an item whose wording changed (a [`Kind::TextsChanged`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Title,
    Description,
    Source,
    ProfileLabels,
    RecognitionLabel,
    LevelLabels,
    Guidance,
    Evidence,
    Actions,
    /// Content no other part names (a text in an undeclared language…).
    Other,
}

impl Part {
    /// Its name in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Description => "description",
            Part::Source => "source",
            Part::ProfileLabels => "profile labels",
            Part::RecognitionLabel => "recognition label",
            Part::LevelLabels => "level labels",
            Part::Guidance => "guidance",
            Part::Evidence => "evidence",
            Part::Actions => "actions",
            Part::Other => "other content",
        }
    }
}

/// One change: what, to which item, from what to what (for a change of texts, which
/// texts: JSON lists their names as `to`).
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub kind: Kind,
    pub item: Item,
    pub from: Option<String>,
    pub to: Option<String>,
    pub texts: Vec<Part>,
}

impl Change {
    fn new(kind: Kind, item: Item, from: Option<String>, to: Option<String>) -> Self {
        Change {
            kind,
            item,
            from,
            to,
            texts: Vec::new(),
        }
    }

    /// A change of `item`'s `texts`; none when the list is empty.
    fn of_texts(item: Item, texts: Vec<Part>) -> Option<Self> {
        (!texts.is_empty()).then(|| Change {
            texts,
            ..Change::new(Kind::TextsChanged, item, None, None)
        })
    }
}

impl Serialize for Change {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let texts = || {
            let names: Vec<&str> = self.texts.iter().map(|p| p.name()).collect();
            names.join(", ")
        };
        let to = self
            .to
            .clone()
            .or_else(|| (!self.texts.is_empty()).then(texts));
        let mut m = s.serialize_struct("Change", 4)?;
        m.serialize_field("kind", &self.kind)?;
        m.serialize_field("item", &self.item)?;
        for (name, value) in [("from", &self.from), ("to", &to)] {
            match value {
                Some(v) => m.serialize_field(name, v)?,
                None => m.skip_field(name)?,
            }
        }
        m.end()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    pub old: String,
    pub new: String,
    pub changes: Vec<Change>,
    /// The smallest version bump these changes need.
    pub required: Bump,
    /// The bump NEW's version makes over OLD's (`none` when not higher).
    pub actual: Bump,
}

impl Diff {
    /// Whether NEW's version is bumped at least as much as the changes need.
    pub fn version_ok(&self) -> bool {
        self.actual >= self.required
    }
}

/// The indicator of `new` that continues `old_id`: the same id, else the one that `replaces` it.
pub fn successor<'g>(new: &'g Grid, old_id: &str) -> Option<(&'g Criterion, &'g Indicator)> {
    new.indicator(old_id).or_else(|| {
        new.indicators()
            .find(|(_, i)| i.replaces.iter().any(|r| r == old_id))
    })
}

/// Where an old answer goes in a newer version of its grid.
#[derive(Debug, Clone)]
pub enum Carry<'g> {
    /// To this indicator of the new version.
    To(&'g Indicator),
    /// Nowhere: its successor keeps the answer of `kept` (see [`carry`]).
    Merged { into: &'g str, kept: String },
    /// Nowhere: the new version has no successor.
    Removed,
}

/// The one rule by which `compare`, `score`, `plan` and `migrate` carry answers to
/// `new` (docs/grids.md, "Carrying answers"): each answered id, in file order, goes
/// to its [`successor`]. When several land on one indicator, the answer to that
/// indicator's own id wins (it was answered directly), else the first in the file;
/// the others are merged away.
pub fn carry<'g, 'a>(
    new: &'g Grid,
    answered: impl IntoIterator<Item = &'a str>,
) -> Vec<(&'a str, Carry<'g>)> {
    let targets: Vec<(&str, Option<&Indicator>)> = answered
        .into_iter()
        .map(|id| (id, successor(new, id).map(|(_, i)| i)))
        .collect();
    let keeper = |to: &str| {
        targets
            .iter()
            .find(|(id, i)| *id == to && i.is_some())
            .or_else(|| targets.iter().find(|(_, i)| i.is_some_and(|i| i.id == to)))
            .map(|(id, _)| *id)
    };
    targets
        .iter()
        .map(|&(id, to)| {
            let carry = match to {
                None => Carry::Removed,
                Some(i) => match keeper(&i.id) {
                    Some(kept) if kept != id => Carry::Merged {
                        into: &i.id,
                        kept: kept.to_string(),
                    },
                    _ => Carry::To(i),
                },
            };
            (id, carry)
        })
        .collect()
}

/// `(indicator, id)` for each id an indicator of `new` `replaces` that `old` never had
/// (a typo, or a version skipped): such a `replaces` carries no answer.
pub fn unknown_replaces<'g>(old: &Grid, new: &'g Grid) -> Vec<(&'g Indicator, &'g str)> {
    new.indicators()
        .flat_map(|(_, i)| i.replaces.iter().map(move |r| (i, r.as_str())))
        .filter(|(_, r)| old.indicator(r).is_none())
        .collect()
}

/// How `new`'s scale differs from `old`'s for answers: `Some((kind, from, to))`.
pub fn scale_change(old: &Scale, new: &Scale) -> Option<(Kind, String, String)> {
    let levels = |s: &Scale| {
        s.levels
            .iter()
            .map(|l| format!("{}={}", l.id, l.score))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let same_levels = old.levels.len() == new.levels.len()
        && old
            .levels
            .iter()
            .zip(&new.levels)
            .all(|(a, b)| a.id == b.id && (old.normalized(a) - new.normalized(b)).abs() < 1e-9);
    let describe = |s: &Scale| {
        format!(
            "{} ({}{})",
            s.id,
            levels(s),
            if s.allow_na { ", na" } else { "" }
        )
    };
    if !same_levels || (old.allow_na && !new.allow_na) {
        Some((Kind::ScaleChanged, describe(old), describe(new)))
    } else if !old.allow_na && new.allow_na {
        Some((Kind::NaAllowed, describe(old), describe(new)))
    } else {
        None
    }
}

/// Every change from `old` to `new`, in NEW's grid order (removals after).
pub fn diff(old: &Grid, new: &Grid) -> Diff {
    // Texts compare in the languages both versions have: a translation added is a
    // language change, reported once, not a change of every text.
    let shared: Vec<&str> = old
        .languages
        .iter()
        .filter(|l| new.languages.contains(l))
        .map(String::as_str)
        .collect();
    let (old, new) = (&in_languages(old, &shared), &in_languages(new, &shared));
    let mut changes = Vec::new();
    grid_level(old, new, &mut changes);
    let (old_print, new_print) = (&old.sha256, &new.sha256);
    for c in &new.criteria {
        let item = || Item::Criterion(c.id.clone());
        match old.criteria.iter().find(|o| o.id == c.id) {
            None => changes.push(Change::new(Kind::CriterionAdded, item(), None, None)),
            Some(o) => {
                if o.weight != c.weight {
                    changes.push(Change::new(
                        Kind::Reweighted,
                        item(),
                        Some(num(o.weight)),
                        Some(num(c.weight)),
                    ));
                }
                let title = if o.title != c.title {
                    vec![Part::Title]
                } else {
                    vec![]
                };
                changes.extend(Change::of_texts(item(), title));
            }
        }
    }
    for (c, i) in new.indicators() {
        let predecessor = old.indicator(&i.id).or_else(|| {
            i.replaces
                .iter()
                .find_map(|r| old.indicator(r).filter(|_| new.indicator(r).is_none()))
        });
        match predecessor {
            None => changes.push(Change::new(
                Kind::Added,
                Item::Indicator(i.id.clone()),
                None,
                Some(c.id.clone()),
            )),
            Some((oc, oi)) => indicator(old, new, (oc, oi), (c, i), &mut changes),
        }
    }
    for (_, oi) in old.indicators() {
        if successor(new, &oi.id).is_none() {
            let item = Item::Indicator(oi.id.clone());
            changes.push(Change::new(Kind::Removed, item, None, None));
        }
    }
    for oc in &old.criteria {
        if !new.criteria.iter().any(|c| c.id == oc.id) {
            let item = Item::Criterion(oc.id.clone());
            changes.push(Change::new(Kind::CriterionRemoved, item, None, None));
        }
    }
    // Whatever the pass above does not name (a text in an undeclared language…)
    // still changes the fingerprint assessments pin: "no change" means equal prints.
    if changes.is_empty() && old_print != new_print {
        changes.extend(Change::of_texts(Item::Grid, vec![Part::Other]));
    }
    let required = changes
        .iter()
        .map(|c| c.kind.bump())
        .max()
        .unwrap_or(Bump::None);
    Diff {
        old: old.label(),
        new: new.label(),
        changes,
        required,
        actual: bump_between(&old.version, &new.version),
    }
}

fn grid_level(old: &Grid, new: &Grid, out: &mut Vec<Change>) {
    if old.languages != new.languages {
        out.push(Change::new(
            Kind::LanguagesChanged,
            Item::Grid,
            Some(old.languages.join(" ")),
            Some(new.languages.join(" ")),
        ));
    }
    let mut texts = Vec::new();
    if old.title != new.title {
        texts.push(Part::Title);
    }
    if old.description != new.description {
        texts.push(Part::Description);
    }
    if old.source != new.source {
        texts.push(Part::Source);
    }
    let labels = |g: &Grid| {
        g.profiles
            .iter()
            .map(|p| p.label.clone())
            .collect::<Vec<_>>()
    };
    if labels(old) != labels(new) {
        texts.push(Part::ProfileLabels);
    }
    let old_rules = old.recognition.as_ref().map(|r| &r.label);
    if old_rules != new.recognition.as_ref().map(|r| &r.label) {
        texts.push(Part::RecognitionLabel);
    }
    out.extend(Change::of_texts(Item::Grid, texts));
    let rules = |g: &Grid| -> Vec<(RuleKind, Vec<String>)> {
        g.recognition
            .iter()
            .flat_map(|r| {
                r.rules
                    .iter()
                    .map(|x| (x.kind.clone(), x.applies_to.clone()))
            })
            .collect()
    };
    if rules(old) != rules(new) {
        out.push(Change::new(
            Kind::RulesChanged,
            Item::Recognition,
            None,
            None,
        ));
    }
    let ids = |g: &Grid| g.profiles.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    if ids(old) != ids(new) {
        out.push(Change::new(
            Kind::ProfilesChanged,
            Item::Grid,
            Some(ids(old).join(" ")),
            Some(ids(new).join(" ")),
        ));
    }
    for s in &new.scales {
        if let Some(o) = old.scale(&s.id) {
            let labels = |x: &Scale| -> Vec<_> {
                x.levels
                    .iter()
                    .map(|l| (l.id.clone(), l.label.clone(), l.description.clone()))
                    .collect()
            };
            if labels(o) != labels(s) && scale_change(o, s).is_none() {
                let item = Item::Scale(s.id.clone());
                out.extend(Change::of_texts(item, vec![Part::LevelLabels]));
            }
        }
    }
}

fn indicator(
    old: &Grid,
    new: &Grid,
    (oc, oi): (&Criterion, &Indicator),
    (c, i): (&Criterion, &Indicator),
    out: &mut Vec<Change>,
) {
    let mut push = |kind, from: &str, to: &str| {
        let item = Item::Indicator(i.id.clone());
        out.push(Change::new(kind, item, Some(from.into()), Some(to.into())));
    };
    if oi.id != i.id {
        push(Kind::Renamed, &oi.id, &i.id);
    }
    if oc.id != c.id {
        push(Kind::Moved, &oc.id, &c.id);
    }
    if oi.weight != i.weight {
        push(Kind::Reweighted, &num(oi.weight), &num(i.weight));
    }
    let scale = scale_change(old.scale_of(oi), new.scale_of(i));
    let rescaled = scale
        .as_ref()
        .is_some_and(|(k, _, _)| *k == Kind::ScaleChanged);
    if let Some((kind, from, to)) = scale {
        push(kind, &from, &to);
    }
    // On a new scale the target is new anyway: the scale change says it.
    if oi.target != i.target && !rescaled {
        push(Kind::Retargeted, &oi.target, &i.target);
    }
    if oi.applies_to != i.applies_to {
        push(
            Kind::ScopeChanged,
            &oi.applies_to.join(" "),
            &i.applies_to.join(" "),
        );
    }
    let mut texts = Vec::new();
    if oi.title != i.title {
        texts.push(Part::Title);
    }
    if oi.guidance != i.guidance {
        texts.push(Part::Guidance);
    }
    if oi.evidence != i.evidence {
        texts.push(Part::Evidence);
    }
    let actions = |x: &Indicator| -> Vec<_> {
        x.actions
            .iter()
            .map(|a| (a.below.clone(), a.text.clone()))
            .collect()
    };
    if actions(oi) != actions(i) {
        texts.push(Part::Actions);
    }
    out.extend(Change::of_texts(Item::Indicator(i.id.clone()), texts));
}

/// A copy of `grid` whose texts keep only `langs` (its language list is unchanged).
fn in_languages(grid: &Grid, langs: &[&str]) -> Grid {
    let keep = |t: &mut crate::text::Text| t.0.retain(|l, _| langs.contains(&l.as_str()));
    let mut g = grid.clone();
    keep(&mut g.title);
    g.description.iter_mut().for_each(keep);
    for level in g.scales.iter_mut().flat_map(|s| s.levels.iter_mut()) {
        keep(&mut level.label);
        level.description.iter_mut().for_each(keep);
    }
    for c in &mut g.criteria {
        keep(&mut c.title);
        for i in &mut c.indicators {
            keep(&mut i.title);
            i.guidance.iter_mut().for_each(keep);
            i.evidence.iter_mut().for_each(keep);
            i.actions.iter_mut().for_each(|a| keep(&mut a.text));
        }
    }
    g.profiles.iter_mut().for_each(|p| keep(&mut p.label));
    if let Some(r) = &mut g.recognition {
        keep(&mut r.label);
    }
    g
}

/// The bump from `old` to `new` (`None` when `new` is not higher).
pub fn bump_between(old: &semver::Version, new: &semver::Version) -> Bump {
    if new <= old {
        Bump::None
    } else if new.major > old.major {
        Bump::Major
    } else if new.minor > old.minor {
        Bump::Minor
    } else {
        Bump::Patch
    }
}

/// The lowest version after `v` that makes `bump`.
pub fn next_version(v: &semver::Version, bump: Bump) -> semver::Version {
    match bump {
        Bump::Major => semver::Version::new(v.major + 1, 0, 0),
        Bump::Minor => semver::Version::new(v.major, v.minor + 1, 0),
        Bump::Patch => semver::Version::new(v.major, v.minor, v.patch + 1),
        Bump::None => v.clone(),
    }
}

fn num(x: f64) -> String {
    x.to_string()
}
