//! What a guide says, decided once from the grid: a list of blocks that the PDF,
//! HTML and markdown renderers each lay out their own way.

use super::words::GUIDE;
use crate::grid::{Grid, Indicator, RuleKind, Scale};
use crate::i18n::word as lookup;

/// The guide of one grid in one language.
#[derive(Debug, Clone)]
pub struct Guide {
    pub lang: String,
    pub title: String,
    /// "Self-assessment guide" in the guide's language.
    pub kind: String,
    /// (label, value) lines of the cover.
    pub cover: Vec<(String, String)>,
    pub source: Option<(String, String)>,
    pub blocks: Vec<Block>,
    /// "aqor 1.0.0", at the foot of every page.
    pub grid_label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Level 1 (a part) or 2 (an indicator); both are listed in the contents.
    Heading {
        level: u8,
        text: String,
    },
    /// A heading not listed in the contents.
    Subheading(String),
    Para(String),
    /// Secondary facts: weight, target, profiles.
    Note(String),
    /// A bold lead followed by text, in one paragraph.
    Lead {
        lead: String,
        text: String,
    },
    Bullets(Vec<String>),
    /// Two columns: a level (bold when `strong`) and what it means.
    Levels {
        header: [String; 2],
        rows: Vec<LevelRow>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct LevelRow {
    pub level: String,
    pub text: String,
    pub strong: bool,
}

/// A word of the guide's catalogue (or the common one) in `lang`.
pub fn word(key: &str, lang: &str) -> &'static str {
    lookup(GUIDE, key, lang)
}

/// Replaces each `{name}` of a catalogue template.
pub fn fill(template: &str, vars: &[(&str, String)]) -> String {
    vars.iter().fold(template.to_string(), |s, (name, value)| {
        s.replace(&format!("{{{name}}}"), value)
    })
}

/// A number as a reader of `lang` writes it: 2, 0,5 (French, Italian, Spanish, Polish).
pub fn number(v: f64, lang: &str) -> String {
    let s = format!("{v:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if lang == "en" {
        s.to_string()
    } else {
        s.replace('.', ",")
    }
}

/// "3 — Mastered": a level as the guide names it.
pub fn level_name(grid: &Grid, scale: &Scale, id: &str, lang: &str) -> String {
    match scale.level(id) {
        Some(l) => format!("{} — {}", l.id, grid.text(&l.label, lang)),
        None => id.to_string(),
    }
}

/// The guide for `grid` in `lang` (texts the grid lacks in `lang` come in its default language).
pub fn build(grid: &Grid, lang: &str) -> Guide {
    let w = |k: &str| word(k, lang);
    let mut blocks = Vec::new();
    how_it_runs(grid, lang, &mut blocks);
    for c in &grid.criteria {
        blocks.push(Block::Heading {
            level: 1,
            text: format!("{} — {}", c.id, grid.text(&c.title, lang)),
        });
        blocks.push(Block::Note(
            crate::msg!(
                GUIDE,
                "indicators_count",
                n = c.indicators.len(),
                w = number(c.weight, lang)
            )
            .say(lang),
        ));
        for i in &c.indicators {
            indicator(grid, i, lang, &mut blocks);
        }
    }
    recognition(grid, lang, &mut blocks);
    glossary(grid, lang, &mut blocks);
    Guide {
        lang: lang.to_string(),
        title: grid.text(&grid.title, lang).to_string(),
        kind: w("guide").to_string(),
        cover: vec![
            (w("grid").to_string(), grid.id.clone()),
            (w("version").to_string(), grid.version.to_string()),
            (w("fingerprint").to_string(), grid.sha256.clone()),
            (w("languages").to_string(), grid.languages.join(", ")),
        ],
        source: grid
            .source
            .as_ref()
            .map(|s| (w("source").to_string(), s.clone())),
        blocks,
        grid_label: grid.label(),
    }
}

fn how_it_runs(grid: &Grid, lang: &str, out: &mut Vec<Block>) {
    let w = |k: &str| word(k, lang);
    out.push(Block::Heading {
        level: 1,
        text: w("how").to_string(),
    });
    if let Some(d) = &grid.description {
        out.push(Block::Subheading(w("about_grid").to_string()));
        out.extend(
            grid.text(d, lang)
                .split('\n')
                .filter(|p| !p.trim().is_empty())
                .map(|p| Block::Para(p.trim().to_string())),
        );
    }
    out.push(Block::Subheading(w("steps").to_string()));
    for (lead, text) in [
        ("who_lead", "who"),
        ("answers_lead", "answers"),
        ("evidence_lead", "evidence_how"),
        ("plan_lead", "plan"),
        ("recognition", "recognition_how"),
    ] {
        out.push(Block::Lead {
            lead: w(lead).to_string(),
            text: w(text).to_string(),
        });
    }
    if !grid.profiles.is_empty() {
        out.push(Block::Subheading(w("profiles").to_string()));
        out.push(Block::Para(w("profiles_how").to_string()));
        out.push(Block::Bullets(
            grid.profiles
                .iter()
                .map(|p| format!("{} ({})", grid.text(&p.label, lang), p.id))
                .collect(),
        ));
    }
}

fn indicator(grid: &Grid, i: &Indicator, lang: &str, out: &mut Vec<Block>) {
    let w = |k: &str| word(k, lang);
    let scale = grid.scale_of(i);
    out.push(Block::Heading {
        level: 2,
        text: format!("{} — {}", i.id, grid.text(&i.title, lang)),
    });
    let mut facts = format!(
        "{} {} · {}{} {}",
        w("weight"),
        number(i.weight, lang),
        w("target"),
        colon(lang),
        level_name(grid, scale, &i.target, lang)
    );
    if !i.applies_to.is_empty() {
        let names: Vec<&str> = i
            .applies_to
            .iter()
            .map(|id| {
                grid.profiles
                    .iter()
                    .find(|p| &p.id == id)
                    .map_or(id.as_str(), |p| grid.text(&p.label, lang))
            })
            .collect();
        facts.push_str(&format!(" · {} {}", w("applies_to"), names.join(" ; ")));
    }
    out.push(Block::Note(facts));
    if let Some(g) = &i.guidance {
        out.push(Block::Lead {
            lead: w("guidance").to_string(),
            text: grid.text(g, lang).to_string(),
        });
    }
    if !i.evidence.is_empty() {
        out.push(Block::Subheading(w("evidence").to_string()));
        out.push(Block::Bullets(
            i.evidence
                .iter()
                .map(|e| grid.text(e, lang).to_string())
                .collect(),
        ));
    }
    out.push(Block::Levels {
        header: [w("level").to_string(), w("description").to_string()],
        rows: scale
            .levels
            .iter()
            .map(|l| {
                let mut level = level_name(grid, scale, &l.id, lang);
                if l.id == i.target {
                    level.push_str(&format!(" ({})", w("is_target")));
                }
                LevelRow {
                    level,
                    text: l
                        .description
                        .as_ref()
                        .map(|d| grid.text(d, lang).to_string())
                        .unwrap_or_default(),
                    strong: l.id == i.target,
                }
            })
            .collect(),
    });
    if !i.actions.is_empty() {
        out.push(Block::Subheading(w("actions").to_string()));
        out.push(Block::Bullets(
            i.actions
                .iter()
                .map(|a| {
                    let below = fill(
                        w("below"),
                        &[("level", level_name(grid, scale, &a.below, lang))],
                    );
                    format!("{below}{} {}", colon(lang), grid.text(&a.text, lang))
                })
                .collect(),
        ));
    }
}

fn recognition(grid: &Grid, lang: &str, out: &mut Vec<Block>) {
    let w = |k: &str| word(k, lang);
    out.push(Block::Heading {
        level: 1,
        text: w("recognition").to_string(),
    });
    let Some(r) = &grid.recognition else {
        out.push(Block::Para(w("no_label").to_string()));
        return;
    };
    out.push(Block::Subheading(grid.text(&r.label, lang).to_string()));
    out.push(Block::Para(w("rules").to_string()));
    out.push(Block::Bullets(
        r.rules
            .iter()
            .map(|rule| rule_words(grid, &rule.kind, lang))
            .collect(),
    ));
    out.push(Block::Note(w("rules_scope").to_string()));
}

/// One recognition rule in plain words, with level and indicator names.
pub fn rule_words(grid: &Grid, rule: &RuleKind, lang: &str) -> String {
    let w = |k: &str| word(k, lang);
    let pct = |v: &f64| number(*v, lang);
    let level = |id: &str| {
        let name = grid
            .scales
            .iter()
            .find_map(|s| s.level(id).map(|_| level_name(grid, s, id, lang)))
            .unwrap_or_else(|| id.to_string());
        format!("« {name} »")
    };
    let text = match rule {
        RuleKind::MinOverall(v) => fill(w("min_overall"), &[("min", pct(v))]),
        RuleKind::MinCriterion(v) => fill(w("min_criterion"), &[("min", pct(v))]),
        RuleKind::MinCoverage(v) => fill(w("min_coverage"), &[("min", pct(v))]),
        RuleKind::MaxBelowTarget(n) => crate::msg!(GUIDE, "max_below_target", max = *n).say(lang),
        RuleKind::NoLevel(ids) => fill(
            w("no_level"),
            &[(
                "levels",
                ids.iter()
                    .map(|id| level(id))
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
        ),
        RuleKind::MaxLevelCount { level: l, count } => {
            crate::msg!(GUIDE, "max_level_count", count = *count, level = level(l)).say(lang)
        }
        RuleKind::AtTarget(ids) => fill(
            w("at_target"),
            &[(
                "ids",
                ids.iter()
                    .map(|id| match grid.indicator(id) {
                        Some((_, i)) => format!("{id} ({})", grid.text(&i.title, lang)),
                        None => id.clone(),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
        ),
    };
    // "60 %" keeps its sign on the same line.
    let text = text.replace(" %", "\u{a0}%");
    quotes(&text, lang)
}

/// The colon after a label: French puts a no-break space before it.
pub fn colon(lang: &str) -> &'static str {
    if lang == "fr" { "\u{a0}:" } else { ":" }
}

/// « » become the quotation marks of `lang`.
fn quotes(text: &str, lang: &str) -> String {
    match lang {
        "fr" => text.replace("« ", "«\u{a0}").replace(" »", "\u{a0}»"),
        "it" | "es" => text.replace("« ", "«").replace(" »", "»"),
        "pl" => text.replace("« ", "„").replace(" »", "”"),
        _ => text.replace("« ", "“").replace(" »", "”"),
    }
}

fn glossary(grid: &Grid, lang: &str, out: &mut Vec<Block>) {
    let w = |k: &str| word(k, lang);
    out.push(Block::Heading {
        level: 1,
        text: w("glossary").to_string(),
    });
    for s in &grid.scales {
        if grid.scales.len() > 1 {
            out.push(Block::Subheading(format!("{} {}", w("scale"), s.id)));
        }
        let mut rows: Vec<LevelRow> = s
            .levels
            .iter()
            .map(|l| LevelRow {
                level: level_name(grid, s, &l.id, lang),
                text: l
                    .description
                    .as_ref()
                    .map(|d| grid.text(d, lang).to_string())
                    .unwrap_or_default(),
                strong: false,
            })
            .collect();
        if s.allow_na {
            rows.push(LevelRow {
                level: format!("{} — {}", crate::assessment::NA, w("na")),
                text: w("na_how").to_string(),
                strong: false,
            });
        }
        out.push(Block::Levels {
            header: [w("level").to_string(), w("description").to_string()],
            rows,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::builtin;

    #[test]
    fn every_indicator_gets_one_heading_and_its_levels() {
        let grid = builtin::get("aqor").unwrap();
        let g = build(&grid, "pl");
        for (_, i) in grid.indicators() {
            let n = g
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Heading { level: 2, text } if text.starts_with(&format!("{} — ", i.id))))
                .count();
            assert_eq!(n, 1, "{}", i.id);
        }
        let levels = g
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Levels { .. }))
            .count();
        assert_eq!(levels, grid.indicators().count() + grid.scales.len());
    }

    #[test]
    fn rules_read_as_words_in_each_language() {
        let grid = builtin::get("aqor").unwrap();
        let rule = RuleKind::MinOverall(60.0);
        assert_eq!(
            rule_words(&grid, &rule, "fr"),
            "un score global d’au moins 60\u{a0}%"
        );
        let no = RuleKind::NoLevel(vec!["0".into()]);
        assert_eq!(
            rule_words(&grid, &no, "en"),
            "no indicator answered at “0 — Not started”"
        );
        assert!(rule_words(&grid, &no, "pl").contains("„0 — Nie rozpoczęto”"));
        assert_eq!(number(0.5, "fr"), "0,5");
        assert_eq!(number(2.0, "en"), "2");
    }
}
