//! `aqor grid diff`: what changed between two versions of a grid, and the bump it needs.

use super::report;
use crate::cli::{input, say};
use aqor::diagnostic::{Diagnostic, Severity};
use aqor::grid::diff::{self, Bump, Diff, Kind};
use aqor::i18n::Catalogue;
use aqor::msg;
use std::io::Write;
use std::process::ExitCode;

/// Compare two versions of a grid, and the semver bump the changes need.
///
/// Lists indicators added, removed, renamed (through `replaces`), moved, re-weighted,
/// re-targeted, scale and text changes, and the smallest bump they need (major: an
/// indicator removed or its scale changed; minor: added, moved, weights, targets…;
/// patch: texts only).
///
/// Example: aqor grid diff examples/grids/aqor-0.9.yaml aqor --check-version
#[derive(clap::Args)]
pub struct Args {
    /// The older grid (built-in id or file).
    old: String,
    /// The newer grid (built-in id or file).
    new: String,
    /// text, json, or github (text plus an annotation for --check-version).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Exit 1 when NEW's version is bumped less than the changes need.
    #[arg(long)]
    check_version: bool,
    /// Language of the notes, warnings and errors (default: the environment's); the
    /// GitHub annotations stay in English.
    #[arg(long)]
    lang: Option<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    /// The text report, and a too-small bump as a GitHub annotation on NEW's version.
    Github,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let old = input::grid(&args.old)?;
    let new = input::grid(&args.new)?;
    if old.id != new.id {
        say::note(msg!(WORDS, "different_grids", old = &old.id, new = &new.id));
    }
    let d = diff::diff(&old, &new);
    let mut out = Vec::new();
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&d)?)?,
        Format::Text | Format::Github => write!(out, "{}", text(&d))?,
    }
    crate::cli::print_out(out)?;
    let file = if std::path::Path::new(&args.new).is_file() {
        args.new.clone()
    } else {
        new.id.clone()
    };
    for (i, id) in diff::unknown_replaces(&old, &new) {
        let words = msg!(
            WORDS,
            "replaces_unknown",
            indicator = &i.id,
            replaced = id,
            old = old.label()
        );
        let code = "replaces-unknown";
        let finding = Diagnostic::said(Severity::Warning, &file, i.at, words).with_code(code);
        match args.format {
            Format::Github => crate::cli::print_out(report::github(&finding) + "\n")?,
            _ => eprintln!("{} [{code}]", finding.say(say::lang())),
        }
    }
    if args.check_version && !d.version_ok() {
        let (old_v, new_v) = (old.version.to_string(), new.version.to_string());
        let made = if d.actual == Bump::None {
            msg!(WORDS, "not_higher", new = &new_v, old = &old_v)
        } else {
            msg!(
                WORDS,
                "bumped",
                old = &old_v,
                new = &new_v,
                bump = name(d.actual)
            )
        };
        let message = msg!(
            WORDS,
            "bump_too_small",
            made = made,
            required = name(d.required),
            next = diff::next_version(&old.version, d.required).to_string()
        );
        let code = "version-bump";
        if let Format::Github = args.format {
            let finding = Diagnostic::said(Severity::Error, &file, new.version_at, message.clone())
                .with_code(code);
            crate::cli::print_out(report::github(&finding) + "\n")?;
        }
        say::error(msg!(WORDS, "coded", text = message, code = code));
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn text(d: &Diff) -> String {
    let mut s = format!(
        "{} -> {}: {} change{}\n",
        d.old,
        d.new,
        d.changes.len(),
        if d.changes.len() == 1 { "" } else { "s" }
    );
    for c in &d.changes {
        let detail = match (c.kind, &c.from, &c.to) {
            (Kind::Renamed, Some(f), _) => format!(" (was {f})"),
            (Kind::Added, _, Some(t)) => format!(" in {t}"),
            (_, Some(f), Some(t)) => format!(": {f} -> {t}"),
            (_, None, Some(t)) => format!(": {t}"),
            (_, Some(f), None) => format!(": {f}"),
            (_, None, None) => String::new(),
        };
        s.push_str(&format!("  {:<18}{}{detail}\n", c.kind.name(), c.item));
    }
    let reasons: Vec<&str> = d
        .changes
        .iter()
        .filter(|c| c.kind.bump() == d.required && d.required != Bump::None)
        .map(|c| c.kind.name())
        .collect();
    let mut unique: Vec<&str> = Vec::new();
    for r in reasons {
        if !unique.contains(&r) {
            unique.push(r);
        }
    }
    s.push_str(&format!("required bump: {}", name(d.required)));
    if !unique.is_empty() {
        s.push_str(&format!(" ({})", unique.join(", ")));
    }
    s.push_str(&format!("\nversion bump: {}\n", name(d.actual)));
    s
}

fn name(b: Bump) -> &'static str {
    match b {
        Bump::None => "none",
        Bump::Patch => "patch",
        Bump::Minor => "minor",
        Bump::Major => "major",
    }
}

/// Words of this command, columns en, fr, it, es, pl (bump names are semver's).
const WORDS: Catalogue = &[
    (
        "different_grids",
        [
            "comparing two different grids (`{old}` and `{new}`)",
            "comparaison de deux grilles différentes (`{old}` et `{new}`)",
            "confronto di due griglie diverse (`{old}` e `{new}`)",
            "comparación de dos rejillas distintas (`{old}` y `{new}`)",
            "porównanie dwóch różnych siatek (`{old}` i `{new}`)",
        ],
    ),
    (
        "replaces_unknown",
        [
            "indicator `{indicator}` replaces `{replaced}`, which {old} never had; answers to it cannot be carried (a typo?)",
            "l’indicateur `{indicator}` remplace `{replaced}`, que {old} n’a jamais eu\u{202f}; ses réponses ne peuvent pas être reprises (une faute de frappe\u{202f}?)",
            "l’indicatore `{indicator}` sostituisce `{replaced}`, che {old} non ha mai avuto; le sue risposte non possono essere riprese (un refuso?)",
            "el indicador `{indicator}` sustituye a `{replaced}`, que {old} nunca tuvo; sus respuestas no pueden trasladarse (¿una errata?)",
            "wskaźnik `{indicator}` zastępuje `{replaced}`, którego {old} nigdy nie miała; odpowiedzi na niego nie da się przenieść (literówka?)",
        ],
    ),
    (
        "not_higher",
        [
            "{new} is not higher than {old}",
            "{new} n’est pas plus haute que {old}",
            "{new} non è più alta di {old}",
            "{new} no es más alta que {old}",
            "{new} nie jest wyższa niż {old}",
        ],
    ),
    (
        "bumped",
        [
            "{old} -> {new} is a {bump} version bump",
            "{old} -> {new} est une montée de version {bump}",
            "{old} -> {new} è un aumento di versione {bump}",
            "{old} -> {new} es un aumento de versión {bump}",
            "{old} -> {new} to podbicie wersji typu {bump}",
        ],
    ),
    (
        "bump_too_small",
        [
            "{made}, but the changes need a {required} bump; set version to {next} or higher",
            "{made}, mais les changements demandent une montée {required}\u{202f}; mettez la version à {next} ou plus",
            "{made}, ma le modifiche richiedono un aumento {required}; impostate la versione a {next} o superiore",
            "{made}, pero los cambios requieren un aumento {required}; pongan la versión {next} o superior",
            "{made}, ale zmiany wymagają podbicia typu {required}; ustawcie wersję {next} lub wyższą",
        ],
    ),
    (
        "coded",
        [
            "{text} [{code}]",
            "{text} [{code}]",
            "{text} [{code}]",
            "{text} [{code}]",
            "{text} [{code}]",
        ],
    ),
];
