//! Lints: things a valid grid would do better (warnings, for `aqor grid check`).
//!
//! The loader rejects what cannot be used; these flag what is usable but likely an
//! oversight: a missing translation, an indicator with no guidance or no action for
//! an answer below its target, a scale or profile nothing uses.

use super::model::*;
use crate::diagnostic::{Diagnostic, Pos};
use crate::text::Text;

/// Every finding of a grid file in one run: errors, the warnings of its text and the
/// lints of the grid read from it, in file order. Lints run on a grid with errors too
/// (an error must not hide a warning), except where the reading put a stand-in.
pub fn all(source: &str, file: &str) -> Vec<Diagnostic> {
    let reading = super::load::read(source, file);
    let mut findings = reading.findings;
    if let Some(grid) = &reading.grid {
        findings.extend(
            lints(grid, file)
                .into_iter()
                .filter(|d| !reading.poisoned.contains(&Pos::new(d.line, d.col))),
        );
    }
    findings.sort_by_key(|d| (d.line, d.col));
    findings
}

/// Warnings about a grid, in file order.
pub fn lints(grid: &Grid, file: &str) -> Vec<Diagnostic> {
    let mut l = Linter {
        grid,
        file,
        out: Vec::new(),
    };
    l.texts();
    l.indicators();
    l.unused();
    l.out.sort_by_key(|d| (d.line, d.col));
    l.out
}

/// Named texts of one grid item ("guidance", …).
type Texts<'a> = Vec<(String, &'a Text)>;

struct Linter<'g> {
    grid: &'g Grid,
    file: &'g str,
    out: Vec<Diagnostic>,
}

impl<'g> Linter<'g> {
    fn warn(&mut self, code: &'static str, at: Pos, message: String) {
        self.out
            .push(Diagnostic::warning(self.file, at, message).with_code(code));
    }

    /// Every text in every declared language, and in no other.
    fn texts(&mut self) {
        let g = self.grid;
        let top = Pos::new(1, 1);
        let mut items: Vec<(Pos, String, Texts)> = Vec::new();
        let mut grid_texts = vec![("title".to_string(), &g.title)];
        grid_texts.extend(g.description.iter().map(|d| ("description".to_string(), d)));
        if let Some(r) = &g.recognition {
            grid_texts.push(("recognition label".into(), &r.label));
        }
        items.push((top, "the grid".into(), grid_texts));
        for s in &g.scales {
            for lv in &s.levels {
                let mut t = vec![("label".to_string(), &lv.label)];
                t.extend(
                    lv.description
                        .iter()
                        .map(|d| ("description".to_string(), d)),
                );
                items.push((lv.at, format!("level `{}` of scale `{}`", lv.id, s.id), t));
            }
        }
        for p in &g.profiles {
            items.push((
                p.at,
                format!("profile `{}`", p.id),
                vec![("label".into(), &p.label)],
            ));
        }
        for c in &g.criteria {
            items.push((
                c.at,
                format!("criterion `{}`", c.id),
                vec![("title".into(), &c.title)],
            ));
            for i in &c.indicators {
                let mut t = vec![("title".to_string(), &i.title)];
                t.extend(i.guidance.iter().map(|x| ("guidance".to_string(), x)));
                t.extend(
                    i.evidence
                        .iter()
                        .enumerate()
                        .map(|(n, x)| (format!("evidence {}", n + 1), x)),
                );
                t.extend(
                    i.actions
                        .iter()
                        .map(|a| (format!("action below `{}`", a.below), &a.text)),
                );
                items.push((i.at, format!("indicator `{}`", i.id), t));
            }
        }
        for (at, what, texts) in items {
            self.languages_of(at, &what, &texts);
        }
    }

    /// Texts missing in a declared language. The default language is the loader's
    /// (an error there), so is a text with no words at all (a stand-in for a wrong one).
    fn languages_of(&mut self, at: Pos, what: &str, texts: &[(String, &Text)]) {
        let declared = &self.grid.languages;
        let texts: Vec<&(String, &Text)> = texts
            .iter()
            .filter(|(_, t)| t.0.values().any(|s| !s.trim().is_empty()))
            .collect();
        for lang in declared.iter().skip(1) {
            let missing: Vec<&str> = texts
                .iter()
                .filter(|(_, t)| t.get(lang).is_none_or(|s| s.trim().is_empty()))
                .map(|(name, _)| name.as_str())
                .collect();
            if !missing.is_empty() {
                self.warn(
                    "missing-translation",
                    at,
                    format!(
                        "{what} has no `{lang}` text for: {}; the grid declares {}",
                        missing.join(", "),
                        declared.join(", ")
                    ),
                );
            }
        }
    }

    fn indicators(&mut self) {
        let g = self.grid;
        for (_, i) in g.indicators() {
            // An unknown scale or target is an error already; nothing to add.
            let Some(scale) = g.scale(&i.scale) else {
                continue;
            };
            let Some(target) = scale.position(&i.target) else {
                continue;
            };
            if i.guidance.is_none() {
                self.warn(
                    "no-guidance",
                    i.at,
                    format!(
                        "indicator `{}` has no guidance; say what the assessor should look at",
                        i.id
                    ),
                );
            }
            if target == 0 {
                self.warn("target-lowest", 
                    i.at,
                    format!(
                        "indicator `{}` targets its lowest level `{}`, so no answer is ever below target",
                        i.id, i.target
                    ),
                );
            }
            // An action below an unknown level is an error already; then it says nothing here.
            let actions_known = i.actions.iter().all(|a| scale.position(&a.below).is_some());
            let uncovered: Vec<String> = scale.levels[..target]
                .iter()
                .filter(|l| i.actions_for(scale, &l.id).is_empty())
                .map(|l| format!("`{}`", l.id))
                .collect();
            if actions_known && !uncovered.is_empty() {
                self.warn("no-action", 
                    i.at,
                    format!(
                        "indicator `{}` offers no action for an answer at {} {}, below its target `{}`; add an action with `below: \"{}\"`",
                        i.id,
                        if uncovered.len() == 1 { "level" } else { "levels" },
                        uncovered.join(", "),
                        i.target,
                        i.target
                    ),
                );
            }
            for a in &i.actions {
                if scale.position(&a.below) == Some(0) {
                    self.warn("action-never-applies", 
                        a.at,
                        format!(
                            "action of `{}` below `{}` never applies: no level is below the lowest one",
                            i.id, a.below
                        ),
                    );
                }
            }
            for old in &i.replaces {
                if g.indicator(old).is_some() {
                    self.warn("replaces-current", 
                        i.at,
                        format!(
                            "indicator `{}` replaces `{old}`, which is still an indicator of this grid; `replaces` lists ids of earlier versions",
                            i.id
                        ),
                    );
                }
            }
        }
    }

    /// Scales and profiles that nothing uses.
    fn unused(&mut self) {
        let g = self.grid;
        for s in &g.scales {
            if !g.indicators().any(|(_, i)| i.scale == s.id) {
                self.warn(
                    "unused-scale",
                    s.at,
                    format!(
                        "scale `{}` is not used by any indicator; remove it or use it",
                        s.id
                    ),
                );
            }
        }
        for p in &g.profiles {
            let mut rules = g.recognition.iter().flat_map(|r| &r.rules);
            if !g.indicators().any(|(_, i)| i.applies_to.contains(&p.id))
                && !rules.any(|r| r.applies_to.contains(&p.id))
            {
                self.warn(
                    "unused-profile",
                    p.at,
                    format!(
                        "profile `{}` is not named in any `applies_to`; it selects nothing",
                        p.id
                    ),
                );
            }
        }
    }
}
