//! `aqor grid diff`: what changed between two versions of a grid, and the bump it needs.

use super::report;
use crate::cli::{input, say};
use aqor::diagnostic::{Diagnostic, Severity};
use aqor::grid::diff::{self, Bump, Diff, Item, Kind, Part};
use aqor::i18n::{Catalogue, tr};
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
        Format::Text | Format::Github => write!(out, "{}", text(&d, say::lang()))?,
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

/// The text report in `lang`; ids, versions and values as the grids write them.
fn text(d: &Diff, lang: &str) -> String {
    let mut s = msg!(
        WORDS,
        "header",
        old = &d.old,
        new = &d.new,
        n = d.changes.len()
    )
    .say(lang);
    s.push('\n');
    for c in &d.changes {
        let detail = match (c.kind, &c.from, &c.to) {
            _ if !c.texts.is_empty() => Some(msg!(WORDS, "detail_to", to = parts(&c.texts, lang))),
            (Kind::Renamed, Some(f), _) => Some(msg!(WORDS, "was", from = f)),
            (Kind::Added, _, Some(t)) => Some(msg!(WORDS, "in_criterion", criterion = t)),
            (_, Some(f), Some(t)) => Some(msg!(WORDS, "detail_from_to", from = f, to = t)),
            (_, None, Some(t)) | (_, Some(t), None) => Some(msg!(WORDS, "detail_to", to = t)),
            (_, None, None) => None,
        };
        let kind = tr(WORDS, kind_key(c.kind), lang);
        let detail = detail.map(|m| m.say(lang)).unwrap_or_default();
        // At least one space between the kind and the item, whatever the language.
        s.push_str(&format!("  {kind:<17} {}{detail}\n", item(&c.item, lang)));
    }
    let mut reasons: Vec<&str> = Vec::new();
    for c in &d.changes {
        let r = tr(WORDS, kind_key(c.kind), lang);
        if c.kind.bump() == d.required && d.required != Bump::None && !reasons.contains(&r) {
            reasons.push(r);
        }
    }
    let required = bump_word(d.required, lang);
    let line = if reasons.is_empty() {
        msg!(WORDS, "required", bump = required)
    } else {
        msg!(
            WORDS,
            "required_because",
            bump = required,
            reasons = reasons.join(", ")
        )
    };
    s.push_str(&line.say(lang));
    s.push('\n');
    s.push_str(&msg!(WORDS, "made", bump = bump_word(d.actual, lang)).say(lang));
    s.push('\n');
    s
}

/// A change's item (`C1.1`, `criterion C1`, `scale level4`, `grid`) in `lang`.
fn item(item: &Item, lang: &str) -> String {
    match item {
        Item::Indicator(id) => id.clone(),
        Item::Criterion(id) => msg!(WORDS, "item_criterion", id = id).say(lang),
        Item::Scale(id) => msg!(WORDS, "item_scale", id = id).say(lang),
        Item::Grid => tr(WORDS, "item_grid", lang).to_string(),
        Item::Recognition => tr(WORDS, "item_recognition", lang).to_string(),
    }
}

/// The texts a change names (`title, guidance`), each in `lang`.
fn parts(texts: &[Part], lang: &str) -> String {
    let key = |p: &Part| match p {
        Part::Title => "part_title",
        Part::Description => "part_description",
        Part::Source => "part_source",
        Part::ProfileLabels => "part_profile_labels",
        Part::RecognitionLabel => "part_recognition_label",
        Part::LevelLabels => "part_level_labels",
        Part::Guidance => "part_guidance",
        Part::Evidence => "part_evidence",
        Part::Actions => "part_actions",
        Part::Other => "part_other",
    };
    let words: Vec<&str> = texts.iter().map(|p| tr(WORDS, key(p), lang)).collect();
    words.join(", ")
}

fn kind_key(k: Kind) -> &'static str {
    match k {
        Kind::Added => "added",
        Kind::Removed => "removed",
        Kind::Renamed => "renamed",
        Kind::Moved => "moved",
        Kind::Reweighted => "reweighted",
        Kind::Retargeted => "retargeted",
        Kind::ScaleChanged => "scale_changed",
        Kind::NaAllowed => "na_allowed",
        Kind::ScopeChanged => "scope_changed",
        Kind::TextsChanged => "texts_changed",
        Kind::CriterionAdded => "criterion_added",
        Kind::CriterionRemoved => "criterion_removed",
        Kind::RulesChanged => "rules_changed",
        Kind::LanguagesChanged => "languages_changed",
        Kind::ProfilesChanged => "profiles_changed",
    }
}

/// A bump's name in a report: semver's words, and "none" in `lang`.
fn bump_word(b: Bump, lang: &str) -> String {
    match b {
        Bump::None => tr(WORDS, "bump_none", lang).to_string(),
        b => name(b).to_string(),
    }
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
            "comparación de dos referenciales distintos (`{old}` y `{new}`)",
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
    (
        "header",
        [
            "{old} -> {new}: {n} {n|change|changes}",
            "{old} -> {new}\u{202f}: {n} {n|changement|changements}",
            "{old} -> {new}: {n} {n|modifica|modifiche}",
            "{old} -> {new}: {n} {n|cambio|cambios}",
            "{old} -> {new}: {n} {n|zmiana|zmiany|zmian}",
        ],
    ),
    (
        "was",
        [
            " (was {from})",
            " (anciennement {from})",
            " (prima {from})",
            " (antes {from})",
            " (wcześniej {from})",
        ],
    ),
    (
        "in_criterion",
        [
            " in {criterion}",
            " dans {criterion}",
            " in {criterion}",
            " en {criterion}",
            " w {criterion}",
        ],
    ),
    (
        "detail_from_to",
        [
            ": {from} -> {to}",
            "\u{202f}: {from} -> {to}",
            ": {from} -> {to}",
            ": {from} -> {to}",
            ": {from} -> {to}",
        ],
    ),
    (
        "detail_to",
        [": {to}", "\u{202f}: {to}", ": {to}", ": {to}", ": {to}"],
    ),
    (
        "required",
        [
            "required bump: {bump}",
            "montée de version requise\u{202f}: {bump}",
            "aumento di versione richiesto: {bump}",
            "aumento de versión requerido: {bump}",
            "wymagane podbicie wersji: {bump}",
        ],
    ),
    (
        "required_because",
        [
            "required bump: {bump} ({reasons})",
            "montée de version requise\u{202f}: {bump} ({reasons})",
            "aumento di versione richiesto: {bump} ({reasons})",
            "aumento de versión requerido: {bump} ({reasons})",
            "wymagane podbicie wersji: {bump} ({reasons})",
        ],
    ),
    (
        "made",
        [
            "version bump: {bump}",
            "montée de version faite\u{202f}: {bump}",
            "aumento di versione effettuato: {bump}",
            "aumento de versión realizado: {bump}",
            "wykonane podbicie wersji: {bump}",
        ],
    ),
    (
        "bump_none",
        ["none", "aucune", "nessuno", "ninguno", "brak"],
    ),
    (
        "added",
        ["added", "ajouté", "aggiunto", "añadido", "dodany"],
    ),
    (
        "removed",
        ["removed", "retiré", "rimosso", "eliminado", "usunięty"],
    ),
    (
        "renamed",
        [
            "renamed",
            "renommé",
            "rinominato",
            "renombrado",
            "przemianowany",
        ],
    ),
    (
        "moved",
        ["moved", "déplacé", "spostato", "movido", "przeniesiony"],
    ),
    (
        "reweighted",
        [
            "re-weighted",
            "repondéré",
            "ripesato",
            "reponderado",
            "nowa waga",
        ],
    ),
    (
        "retargeted",
        [
            "re-targeted",
            "cible changée",
            "obiettivo cambiato",
            "objetivo cambiado",
            "nowy cel",
        ],
    ),
    (
        "scale_changed",
        [
            "scale changed",
            "échelle changée",
            "scala cambiata",
            "escala cambiada",
            "zmiana skali",
        ],
    ),
    (
        "na_allowed",
        [
            "na allowed",
            "na permis",
            "na ammesso",
            "na permitido",
            "na dozwolone",
        ],
    ),
    (
        "scope_changed",
        [
            "scope changed",
            "portée changée",
            "ambito cambiato",
            "alcance cambiado",
            "zmiana zakresu",
        ],
    ),
    (
        "texts_changed",
        [
            "texts changed",
            "textes changés",
            "testi cambiati",
            "textos cambiados",
            "zmiana tekstów",
        ],
    ),
    (
        "criterion_added",
        [
            "criterion added",
            "critère ajouté",
            "criterio aggiunto",
            "criterio añadido",
            "dodane kryterium",
        ],
    ),
    (
        "criterion_removed",
        [
            "criterion removed",
            "critère retiré",
            "criterio rimosso",
            "criterio eliminado",
            "usunięte kryterium",
        ],
    ),
    (
        "rules_changed",
        [
            "rules changed",
            "règles changées",
            "regole cambiate",
            "reglas cambiadas",
            "zmiana reguł",
        ],
    ),
    (
        "languages_changed",
        ["languages", "langues", "lingue", "idiomas", "języki"],
    ),
    (
        "profiles_changed",
        ["profiles", "profils", "profili", "perfiles", "profile"],
    ),
    (
        "item_criterion",
        [
            "criterion {id}",
            "critère {id}",
            "criterio {id}",
            "criterio {id}",
            "kryterium {id}",
        ],
    ),
    (
        "item_scale",
        [
            "scale {id}",
            "échelle {id}",
            "scala {id}",
            "escala {id}",
            "skala {id}",
        ],
    ),
    (
        "item_grid",
        ["grid", "grille", "griglia", "referencial", "siatka"],
    ),
    (
        "item_recognition",
        [
            "recognition",
            "reconnaissance",
            "riconoscimento",
            "reconocimiento",
            "uznanie",
        ],
    ),
    (
        "part_title",
        ["title", "titre", "titolo", "título", "tytuł"],
    ),
    (
        "part_description",
        [
            "description",
            "description",
            "descrizione",
            "descripción",
            "opis",
        ],
    ),
    (
        "part_source",
        ["source", "source", "fonte", "fuente", "źródło"],
    ),
    (
        "part_profile_labels",
        [
            "profile labels",
            "libellés des profils",
            "etichette dei profili",
            "etiquetas de los perfiles",
            "etykiety profili",
        ],
    ),
    (
        "part_recognition_label",
        [
            "recognition label",
            "libellé de la reconnaissance",
            "etichetta del riconoscimento",
            "etiqueta del reconocimiento",
            "etykieta uznania",
        ],
    ),
    (
        "part_level_labels",
        [
            "level labels",
            "libellés des niveaux",
            "etichette dei livelli",
            "etiquetas de los niveles",
            "etykiety poziomów",
        ],
    ),
    (
        "part_guidance",
        [
            "guidance",
            "repères",
            "indicazioni",
            "orientación",
            "wskazówki",
        ],
    ),
    (
        "part_evidence",
        ["evidence", "preuves", "evidenze", "evidencias", "dowody"],
    ),
    (
        "part_actions",
        ["actions", "actions", "azioni", "acciones", "działania"],
    ),
    (
        "part_other",
        [
            "other content",
            "autre contenu",
            "altro contenuto",
            "otro contenido",
            "inna treść",
        ],
    ),
];
