//! `aqor score --explain`: finds the structure asked for and writes its explanation
//! ([`aqor::explain`]) where the user wants it.

use super::super::input::Inputs;
use super::SCHEMA_VERSION;
use crate::cli::say;
use aqor::explain::{self, Explained};
use aqor::i18n::Catalogue;
use aqor::msg;
use aqor::report::Format;
use aqor::score;
use std::process::ExitCode;

/// Messages of `--explain`, columns en, fr, it, es, pl.
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
            "gli input contengono {n} strutture; indicate quale con --explain=ID (ad es. {some})",
            "las entradas contienen {n} estructuras; indiquen cuál con --explain=ID (p. ej. {some})",
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
            "nessuna struttura {id:q} negli input; intendevate {close:q}?",
            "ninguna estructura {id:q} en las entradas; ¿querían decir {close:q}?",
            "brak podmiotu {id:q} w danych wejściowych; czy chodziło o {close:q}?",
        ],
    ),
];

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
                serde_json::to_value(Explained::new(grid, a, &s))
            })
            .collect::<Result<_, _>>()?;
        let doc = serde_json::json!({"schema_version": SCHEMA_VERSION, "explained": items});
        out = serde_json::to_string_pretty(&doc)? + "\n";
    } else {
        for a in &found {
            explain::text(grid, a, lang, format == Format::Markdown, &mut out);
        }
        out = aqor::typography::punctuate(&out, lang);
    }
    match output {
        Some(path) => crate::cli::write_file(path, out.as_bytes(), force)?,
        None => crate::cli::print_out(out)?,
    }
    Ok(ExitCode::SUCCESS)
}
