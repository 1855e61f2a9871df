//! `aqor score --explain`: how one structure's numbers were computed, and what
//! each indicator would add at its target (the question maturity-tool users ask).

use super::super::input::Inputs;
use super::SCHEMA_VERSION;
use crate::cli::say;
use aqor::assessment::{Assessment, Choice, Structure};
use aqor::grid::Grid;
use aqor::i18n::{COMMON, Catalogue, tr};
use aqor::msg;
use aqor::recognition;
use aqor::report::{Align, Format, Table, Tone};
use aqor::score::{self, Score, Status};
use aqor::typography;
use serde::Serialize;
use std::fmt::Write as _;
use std::process::ExitCode;

/// Words of the explanation, columns en, fr, it, es, pl.
const WORDS: Catalogue = &[
    (
        "not_format",
        [
            "--explain writes text, markdown or json, not {format}",
            "--explain écrit du texte, du markdown ou du json, pas du {format}",
            "--explain scrive testo, markdown o json, non {format}",
            "--explain escribe texto, markdown o json, no {format}",
            "--explain zapisuje tekst, markdown lub json, nie {format}",
        ],
    ),
    (
        "which_structure",
        [
            "the inputs hold {n} structures; say which with --explain=ID (e.g. {some})",
            "les entrées contiennent {n} structures\u{202f}; indiquez laquelle avec --explain=ID (par ex. {some})",
            "gli input contengono {n} strutture; indica quale con --explain=ID (ad es. {some})",
            "las entradas contienen {n} estructuras; indica cuál con --explain=ID (p. ej. {some})",
            "dane wejściowe zawierają {n} {n|podmiot|podmioty|podmiotów}; wskażcie który przez --explain=ID (np. {some})",
        ],
    ),
    (
        "no_structure",
        [
            "no structure {id:q} in the inputs",
            "aucune structure {id:q} dans les entrées",
            "nessuna struttura {id:q} negli input",
            "ninguna estructura {id:q} en las entradas",
            "brak podmiotu {id:q} w danych wejściowych",
        ],
    ),
    (
        "no_structure_did_you_mean",
        [
            "no structure {id:q} in the inputs; did you mean {close:q}?",
            "aucune structure {id:q} dans les entrées\u{202f}; vouliez-vous dire {close:q}\u{202f}?",
            "nessuna struttura {id:q} negli input; intendevi {close:q}?",
            "ninguna estructura {id:q} en las entradas; ¿querías decir {close:q}?",
            "brak podmiotu {id:q} w danych wejściowych; czy chodziło o {close:q}?",
        ],
    ),
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
            "Points gagnés sur le score global si l'indicateur atteignait sa cible",
            "Punti guadagnati dal punteggio complessivo se l'indicatore raggiungesse l'obiettivo",
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
            "Ogni indicatore con risposta raggiunge l'obiettivo.",
            "Cada indicador respondido alcanza su objetivo.",
            "Każdy wskaźnik z odpowiedzią osiąga cel.",
        ],
    ),
];

fn w(key: &str, lang: &str) -> &'static str {
    aqor::i18n::word(WORDS, key, lang)
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
struct Explained<'a> {
    structure: &'a Structure,
    date: chrono::NaiveDate,
    #[serde(flatten)]
    score: &'a Score,
    /// What the structure wrote: level, comment, evidence, importance, action.
    answers: &'a indexmap::IndexMap<String, aqor::assessment::Answer>,
    gains: Vec<Gain>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recognition: Option<recognition::Verdict>,
}

/// The refusal of `--explain` with `--format format`.
pub fn not_format(format: &str) -> anyhow::Error {
    say::fail(msg!(WORDS, "not_format", format = format))
}

/// Explains structure `id` (any, when the inputs hold one) to stdout, or to `output`
/// (written atomically, over an existing file only with `force`).
pub fn run(
    inputs: &Inputs,
    id: &str,
    format: Format,
    lang: &str,
    output: Option<&std::path::Path>,
    force: bool,
) -> anyhow::Result<ExitCode> {
    if format == Format::Csv {
        return Err(not_format("csv"));
    }
    let mut found = Vec::new();
    let mut ids = std::collections::BTreeSet::new();
    inputs.for_each(|_, a| {
        if id.is_empty() || a.structure.id == id {
            found.push(a.clone());
        }
        if ids.len() < 1000 {
            ids.insert(a.structure.id);
        }
        anyhow::Ok(())
    })?;
    super::super::input::note_carried(inputs);
    if id.is_empty() && ids.len() > 1 {
        let some: Vec<&str> = ids.iter().take(8).map(String::as_str).collect();
        return Err(say::fail(msg!(
            WORDS,
            "which_structure",
            n = ids.len(),
            some = some.join(", ")
        )));
    }
    if found.is_empty() {
        let m = match aqor::diagnostic::did_you_mean(id, ids.iter().map(String::as_str)) {
            Some(c) => msg!(WORDS, "no_structure_did_you_mean", id = id, close = c),
            None => msg!(WORDS, "no_structure", id = id),
        };
        return Err(say::fail(m));
    }
    let grid = &inputs.grid;
    let mut out = String::new();
    if format == Format::Json {
        let items: Vec<serde_json::Value> = found
            .iter()
            .map(|a| {
                let s = score::score(grid, a);
                serde_json::to_value(Explained {
                    structure: &a.structure,
                    date: a.date,
                    score: &s,
                    answers: &a.answers,
                    gains: gains(grid, a, &s),
                    recognition: recognition::evaluate(grid, a, &s),
                })
            })
            .collect::<Result<_, _>>()?;
        let doc = serde_json::json!({"schema_version": SCHEMA_VERSION, "explained": items});
        out = serde_json::to_string_pretty(&doc)? + "\n";
    } else {
        for a in &found {
            text(grid, a, lang, format == Format::Markdown, &mut out);
        }
        out = aqor::typography::punctuate(&out, lang);
    }
    match output {
        Some(path) => crate::cli::write_file(path, out.as_bytes(), force)?,
        None => crate::cli::print_out(out)?,
    }
    Ok(ExitCode::SUCCESS)
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

pub(crate) fn text(grid: &Grid, a: &Assessment, lang: &str, markdown: bool, out: &mut String) {
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
            let mut said = aqor::plan::content::said(answer, lang);
            if let Some(reason) = answer
                .filter(|a| a.level == Choice::Na)
                .and_then(|a| a.comment.as_deref())
            {
                let label = aqor::plan::words::word("reason", lang);
                said.insert(0, typography::labelled(label, reason, lang));
            }
            said.extend(aqor::plan::content::planned(answer, lang));
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
