//! How one structure's numbers were computed, and what each indicator would add at
//! its target (the question maturity-tool users ask): `aqor score --explain` and the
//! per-structure pages of `aqor report` both say it this way.

use crate::assessment::{Assessment, Choice, Structure};
use crate::grid::Grid;
use crate::i18n::{COMMON, Catalogue, tr};
use crate::recognition;
use crate::report::{Align, Table, Tone};
use crate::score::{self, Score, Status};
use crate::typography;
use serde::Serialize;
use std::fmt::Write as _;

/// Words of the explanation, columns en, fr, it, es, pl.
const WORDS: Catalogue = &[
    ("weight", ["weight", "poids", "peso", "peso", "waga"]),
    (
        "answered",
        [
            "answered",
            "répondus",
            "con risposta",
            "respondidos",
            "z odpowiedzią",
        ],
    ),
    (
        "in_scope",
        [
            "in scope",
            "concernés",
            "pertinenti",
            "aplicables",
            "dotyczące",
        ],
    ),
    (
        "not_scored",
        [
            "no indicator scored: left out of the overall",
            "aucun indicateur noté\u{202f}: exclu du score global",
            "nessun indicatore valutato: escluso dal complessivo",
            "ningún indicador puntuado: excluido del global",
            "brak ocenionych wskaźników: pominięte w ogólnym",
        ],
    ),
    (
        "out_of_scope",
        [
            "out of scope",
            "hors champ",
            "non pertinente",
            "no aplicable",
            "nie dotyczy",
        ],
    ),
    (
        "gains",
        [
            "Points the overall score would gain if the indicator reached its target",
            "Points gagnés sur le score global si l’indicateur atteignait sa cible",
            "Punti guadagnati dal punteggio complessivo se l’indicatore raggiungesse l’obiettivo",
            "Puntos que ganaría la puntuación global si el indicador alcanzara su objetivo",
            "Punkty, które zyskałby wynik ogólny, gdyby wskaźnik osiągnął cel",
        ],
    ),
    ("points", ["Points", "Points", "Punti", "Puntos", "Punkty"]),
    (
        "all_at_target",
        [
            "Every answered indicator is at its target.",
            "Chaque indicateur répondu atteint sa cible.",
            "Ogni indicatore con risposta raggiunge l’obiettivo.",
            "Cada indicador respondido alcanza su objetivo.",
            "Każdy wskaźnik z odpowiedzią osiąga cel.",
        ],
    ),
];

fn w(key: &str, lang: &str) -> &'static str {
    crate::i18n::word(WORDS, key, lang)
}

/// An indicator below target and what reaching the target would add to the overall.
#[derive(Serialize)]
struct Gain {
    indicator: String,
    level: String,
    target: String,
    points: f64,
}

#[derive(Serialize)]
pub struct Explained<'a> {
    structure: &'a Structure,
    date: chrono::NaiveDate,
    #[serde(flatten)]
    score: &'a Score,
    /// What the structure wrote: level, comment, evidence, importance, action.
    answers: &'a indexmap::IndexMap<String, crate::assessment::Answer>,
    gains: Vec<Gain>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recognition: Option<recognition::Verdict>,
}

impl<'a> Explained<'a> {
    /// Explains `a`, scored with `s` against `grid`.
    pub fn new(grid: &Grid, a: &'a Assessment, s: &'a Score) -> Self {
        Explained {
            structure: &a.structure,
            date: a.date,
            score: s,
            answers: &a.answers,
            gains: gains(grid, a, s),
            recognition: recognition::evaluate(grid, a, s),
        }
    }
}

/// Indicators below target with the points each would add, largest first (ties: grid order).
fn gains(grid: &Grid, a: &Assessment, s: &Score) -> Vec<Gain> {
    let mut out: Vec<Gain> = s
        .indicators
        .iter()
        .filter(|i| i.gap.is_some())
        .filter_map(|i| {
            let points = score::gain_at_target(grid, a, &i.id)?;
            let (_, ind) = grid.indicator(&i.id)?;
            Some(Gain {
                indicator: i.id.clone(),
                level: match &i.status {
                    Status::Scored { level, .. } => level.clone(),
                    _ => return None,
                },
                target: ind.target.clone(),
                points,
            })
        })
        .collect();
    out.sort_by(|a, b| b.points.total_cmp(&a.points));
    out
}

/// Writes the explanation of `a` as text (or markdown) in `lang`, punctuation not yet
/// adjusted to the language (the caller does it once for the whole output).
pub fn text(grid: &Grid, a: &Assessment, lang: &str, markdown: bool, out: &mut String) {
    let s = score::score(grid, a);
    let h = if markdown { "## " } else { "" };
    let sub = if markdown { "### " } else { "" };
    let pre = if markdown { "    " } else { "  " };
    let name = if a.structure.name.is_empty() {
        a.structure.id.clone()
    } else {
        format!("{} ({})", a.structure.name, a.structure.id)
    };
    let date = typography::date(a.date, lang);
    let _ = writeln!(out, "{h}{name} — {date} — {}\n", grid.label());
    let weight = w("weight", lang);
    let number = |v: f64| typography::number(v, 1, lang);
    let pct = |v: Option<f64>| v.map_or("—".into(), |v| typography::percent(v, 1, lang));
    let wt = |v: f64| typography::localise_number(&num(v), lang);
    for (c, cs) in grid.criteria.iter().zip(&s.criteria) {
        let _ = writeln!(
            out,
            "{sub}{} {} ({weight} {})",
            c.id,
            grid.text(&c.title, lang),
            wt(c.weight)
        );
        if markdown {
            out.push('\n');
        }
        let mut terms = Vec::new();
        let mut weights = Vec::new();
        for i in s.indicators.iter().filter(|i| i.criterion == c.id) {
            let what = match &i.status {
                Status::Scored { level, value } => {
                    terms.push(format!("{}×{}", number(value * 100.0), wt(i.weight)));
                    weights.push(wt(i.weight));
                    format!(
                        "{level:>4}  {:>7} × {}",
                        pct(Some(value * 100.0)),
                        wt(i.weight)
                    )
                }
                Status::NotApplicable => format!("{:>4}  {}", "na", w("na", lang)),
                Status::Unanswered => format!("{:>4}  {}", "", w("unanswered", lang)),
                Status::OutOfScope => format!("{:>4}  {}", "", w("out_of_scope", lang)),
            };
            let _ = writeln!(out, "{pre}{:<8}{what}", i.id);
            let answer = a.answers.get(&i.id);
            let mut said = crate::plan::content::said(answer, lang);
            if let Some(reason) = answer
                .filter(|a| a.level == Choice::Na)
                .and_then(|a| a.comment.as_deref())
            {
                let label = crate::plan::words::word("reason", lang);
                said.insert(0, typography::labelled(label, reason, lang));
            }
            said.extend(crate::plan::content::planned(answer, lang));
            for line in said {
                let _ = writeln!(out, "{pre}{:<8}      {line}", "");
            }
        }
        match cs.score {
            Some(v) => {
                let _ = writeln!(
                    out,
                    "{pre}= ({}) / ({}) = {}\n",
                    terms.join(" + "),
                    weights.join(" + "),
                    pct(Some(v))
                );
            }
            None => {
                let _ = writeln!(out, "{pre}= — ({})\n", w("not_scored", lang));
            }
        }
    }
    let scored: Vec<_> = s.criteria.iter().filter(|c| c.score.is_some()).collect();
    let terms: Vec<String> = scored
        .iter()
        .map(|c| format!("{}×{}", c.score.map_or("—".into(), number), wt(c.weight)))
        .collect();
    let weights: Vec<String> = scored.iter().map(|c| wt(c.weight)).collect();
    let overall = tr(COMMON, "overall", lang);
    match s.overall {
        Some(_) => {
            let _ = writeln!(
                out,
                "{sub}{overall} = ({}) / ({}) = {}",
                terms.join(" + "),
                weights.join(" + "),
                pct(s.overall)
            );
        }
        None => {
            let _ = writeln!(out, "{sub}{overall} = —");
        }
    }
    let (answered, in_scope, na) = s.indicators.iter().fold((0, 0, 0), |(a, n, x), i| {
        let scope = i.status != Status::OutOfScope;
        (
            a + usize::from(i.is_answered()),
            n + usize::from(scope),
            x + usize::from(i.status == Status::NotApplicable),
        )
    });
    let _ = writeln!(
        out,
        "{sub}{} = {answered} {} ({na} na) / {in_scope} {} = {}\n",
        tr(COMMON, "coverage", lang),
        w("answered", lang),
        w("in_scope", lang),
        pct(s.coverage)
    );
    if let Some(v) = recognition::evaluate(grid, a, &s) {
        explain_verdict(grid, &v, lang, markdown, out);
    }
    let gains = gains(grid, a, &s);
    if gains.is_empty() {
        let _ = writeln!(out, "{}\n", w("all_at_target", lang));
        return;
    }
    let _ = writeln!(out, "{sub}{}:\n", w("gains", lang));
    let table = gains_table(grid, &gains, lang);
    out.push_str(&if markdown {
        table.to_markdown()
    } else {
        table.to_text(false)
    });
    out.push('\n');
}

/// The gains as a table: points (largest first), indicator, its level and target
/// as the grid names them.
fn gains_table(grid: &Grid, gains: &[Gain], lang: &str) -> Table {
    let word = |k| tr(COMMON, k, lang).to_string();
    let mut t = Table::new(
        vec![
            w("points", lang).to_string(),
            word("indicator"),
            word("level"),
            word("target"),
        ],
        vec![Align::Right, Align::Left, Align::Left, Align::Left],
    );
    for g in gains {
        let (_, ind) = grid
            .indicator(&g.indicator)
            .expect("gains name grid indicators");
        let level = |id: &str| match grid.scale_of(ind).level(id) {
            Some(l) => format!("{id} · {}", grid.text(&l.label, lang)),
            None => id.to_string(),
        };
        t.push(vec![
            (
                format!("+{}", typography::number(g.points, 1, lang)),
                Tone::Plain,
            ),
            (
                format!("{} {}", g.indicator, grid.text(&ind.title, lang)),
                Tone::Plain,
            ),
            (level(&g.level), Tone::Plain),
            (level(&g.target), Tone::Plain),
        ]);
    }
    t
}

fn explain_verdict(
    grid: &Grid,
    v: &recognition::Verdict,
    lang: &str,
    markdown: bool,
    out: &mut String,
) {
    let (sub, pre) = if markdown { ("### ", "- ") } else { ("", "  ") };
    let met = tr(COMMON, if v.met { "met" } else { "not_met" }, lang);
    let _ = writeln!(
        out,
        "{sub}{} — {}: {met}",
        tr(COMMON, "recognition", lang),
        grid.text(&v.label, lang)
    );
    if markdown && !v.failures.is_empty() {
        out.push('\n');
    }
    for f in &v.failures {
        let _ = writeln!(out, "{pre}✗ {}", f.reason(grid, lang));
    }
    if !v.steps.is_empty() {
        let steps: Vec<String> = v.steps.iter().map(|s| s.describe(grid, lang)).collect();
        let more = if v.steps_suffice { "" } else { " …" };
        let _ = writeln!(out, "{pre}→ {}{more}", steps.join(", "));
    }
    out.push('\n');
}

/// A weight as people write it: `1`, `2.5`.
fn num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}
