//! `aqor grid show`: a grid's content in one language, as a table, a document or data.

use crate::cli::input;
use aqor::grid::{Grid, NA};
use aqor::i18n::Catalogue;
use aqor::report::{Align, Table, Terminal, Tone};
use aqor::text::Text;
use aqor::typography::{labelled, punctuate};
use std::fmt::Write as _;
use std::process::ExitCode;

/// Show a grid: criteria and indicators in one language.
///
/// table: an overview; markdown: the whole grid as a document (guidance, evidence,
/// actions); json: the full multilingual grid; csv: one row per indicator, the
/// spreadsheet companion of `aqor template`.
///
/// Example: aqor grid show aqor --lang en --format markdown
#[derive(clap::Args)]
pub struct Args {
    /// A built-in grid id (see `aqor grid list`) or a grid file.
    grid: String,
    /// Language of the texts (default: the grid's default language).
    #[arg(long)]
    lang: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// CSV for French Excel: `;`, a byte-order mark, decimal commas
    #[arg(long)]
    excel: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Markdown,
    Json,
    Csv,
}

/// Words of this command, columns en, fr, it, es, pl.
const WORDS: Catalogue = &[
    ("scale", ["Scale", "Échelle", "Scala", "Escala", "Skala"]),
    ("weight", ["Weight", "Poids", "Peso", "Peso", "Waga"]),
    ("title", ["Title", "Intitulé", "Titolo", "Título", "Tytuł"]),
    (
        "guidance",
        [
            "Guidance",
            "Repères",
            "Indicazioni",
            "Orientación",
            "Wskazówki",
        ],
    ),
    (
        "evidence",
        ["Evidence", "Preuves", "Evidenze", "Evidencias", "Dowody"],
    ),
    (
        "actions",
        ["Actions", "Actions", "Azioni", "Acciones", "Działania"],
    ),
    (
        "below",
        ["below", "sous", "sotto", "por debajo de", "poniżej"],
    ),
    (
        "na_allowed",
        [
            "not applicable allowed",
            "non applicable autorisé",
            "non applicabile ammesso",
            "no aplicable permitido",
            "nie dotyczy dozwolone",
        ],
    ),
    (
        "profile",
        ["Profile", "Profil", "Profilo", "Perfil", "Profil"],
    ),
    (
        "meaning",
        [
            "Meaning",
            "Signification",
            "Significato",
            "Significado",
            "Znaczenie",
        ],
    ),
    (
        "applies_to",
        [
            "Only for",
            "Seulement pour",
            "Solo per",
            "Solo para",
            "Tylko dla",
        ],
    ),
];

fn word(key: &str, lang: &str) -> &'static str {
    super::word(WORDS, key, lang)
}

/// A grid text in `lang` (or the grid's default language), with the typography of
/// the language it is written in: a French text gets French spacing, an English
/// fallback does not.
fn said(grid: &Grid, text: &Text, lang: &str) -> String {
    let (text, written_in) = text.shown(lang, grid.default_language());
    punctuate(text, written_in)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.excel && !matches!(args.format, Format::Csv) {
        return Err(crate::cli::say::fail(aqor::i18n::Message::new(
            crate::cli::say::WORDS,
            "excel_needs_csv",
        )));
    }
    let grid = input::grid(&args.grid)?;
    let lang = input::language(&grid, args.lang.as_deref());
    let text = match args.format {
        Format::Table => table(&grid, &lang, crate::cli::page()),
        Format::Markdown => markdown(&grid, &lang),
        Format::Json => json(&grid)?,
        Format::Csv if args.excel => {
            String::from_utf8(aqor::report::csv::excel(csv(&grid, &lang)?.as_bytes())?)?
        }
        Format::Csv => csv(&grid, &lang)?,
    };
    crate::cli::print_out(text)?;
    Ok(ExitCode::SUCCESS)
}

/// The grid as a grid file in JSON (which is YAML): `grid check` reads it back to the
/// same content, so the fingerprint (not a key of the format) is left out.
fn json(grid: &Grid) -> anyhow::Result<String> {
    let mut value = serde_json::to_value(grid)?;
    if let Some(map) = value.as_object_mut() {
        map.remove("sha256");
    }
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}

/// The levels of every scale, with their scores and what each means.
fn levels(grid: &Grid, lang: &str) -> Table {
    let w = |k| word(k, lang).to_string();
    let mut t = Table::new(
        vec![w("scale"), w("level"), w("score"), w("title"), w("meaning")],
        vec![
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Left,
            Align::Left,
        ],
    );
    for s in &grid.scales {
        for l in &s.levels {
            t.push(plain(vec![
                s.id.clone(),
                l.id.clone(),
                l.score.to_string(),
                said(grid, &l.label, lang),
                l.description
                    .as_ref()
                    .map_or(String::new(), |d| said(grid, d, lang)),
            ]));
        }
        if s.allow_na {
            let na = word("na_allowed", lang).to_string();
            t.push(plain(vec![
                s.id.clone(),
                NA.into(),
                String::new(),
                na,
                String::new(),
            ]));
        }
    }
    t
}

/// The kinds of structure the grid tells apart; `None` when it has none.
fn profiles(grid: &Grid, lang: &str) -> Option<Table> {
    let w = |k| word(k, lang).to_string();
    let mut t = Table::new(vec![w("profile"), w("title")], vec![Align::Left; 2]);
    for p in &grid.profiles {
        t.push(plain(vec![p.id.clone(), said(grid, &p.label, lang)]));
    }
    (!t.is_empty()).then_some(t)
}

/// Criteria and their indicators, one row each.
fn indicators(grid: &Grid, lang: &str) -> Table {
    let w = |k| word(k, lang).to_string();
    let mut t = Table::new(
        vec![
            w("indicator"),
            w("title"),
            w("scale"),
            w("weight"),
            w("target"),
            w("applies_to"),
        ],
        vec![
            Align::Left,
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Left,
            Align::Left,
        ],
    );
    for c in &grid.criteria {
        let mut row = plain(vec![
            c.id.clone(),
            said(grid, &c.title, lang),
            String::new(),
            c.weight.to_string(),
            String::new(),
            String::new(),
        ]);
        row.iter_mut().for_each(|cell| cell.1 = Tone::Strong);
        t.push(row);
        for i in &c.indicators {
            t.push(plain(vec![
                i.id.clone(),
                said(grid, &i.title, lang),
                i.scale.clone(),
                i.weight.to_string(),
                i.target.clone(),
                i.applies_to.join(", "),
            ]));
        }
    }
    t
}

/// The grid's label and its rules in words (a list), each limited rule saying for
/// whom; empty when the grid has no label.
fn recognition(grid: &Grid, lang: &str, heading: &str) -> String {
    let Some(r) = &grid.recognition else {
        return String::new();
    };
    let mut out = format!(
        "\n{heading}{}\n\n",
        labelled(word("recognition", lang), &said(grid, &r.label, lang), lang)
    );
    for rule in &r.rules {
        let sentence = punctuate(
            &aqor::recognition::rule_sentence(grid, &rule.kind, lang),
            lang,
        );
        let _ = write!(out, "- {sentence}");
        if !rule.applies_to.is_empty() {
            let only = word("applies_to", lang);
            let _ = write!(
                out,
                " ({})",
                labelled(only, &rule.applies_to.join(", "), lang)
            );
        }
        out.push('\n');
    }
    out
}

fn plain(cells: Vec<String>) -> Vec<(String, Tone)> {
    cells.into_iter().map(|c| (c, Tone::Plain)).collect()
}

fn table(grid: &Grid, lang: &str, terminal: Terminal) -> String {
    let w = |k| word(k, lang);
    let mut out = format!(
        "{} ({})\n{}\n",
        said(grid, &grid.title, lang),
        grid.label(),
        labelled(w("languages"), &grid.languages.join(", "), lang)
    );
    if let Some(s) = &grid.source {
        let source = labelled(w("source"), s, lang);
        out += &aqor::text::wrap(&source, "", "  ", usize::from(terminal.width));
    }
    out += &levels(grid, lang).fit(Some(terminal));
    if let Some(p) = profiles(grid, lang) {
        out += &p.fit(Some(terminal));
    }
    out += &indicators(grid, lang).fit(Some(terminal));
    out += &recognition(grid, lang, "");
    out
}

fn markdown(grid: &Grid, lang: &str) -> String {
    let w = |k| word(k, lang);
    let mut out = format!(
        "# {}\n\n{} {} · {}\n",
        said(grid, &grid.title, lang),
        grid.id,
        grid.version,
        labelled(w("languages"), &grid.languages.join(", "), lang)
    );
    if let Some(d) = &grid.description {
        let _ = write!(out, "\n{}\n", said(grid, d, lang));
    }
    if let Some(s) = &grid.source {
        let _ = write!(out, "\n{}\n", labelled(w("source"), s, lang));
    }
    out.push('\n');
    out += &levels(grid, lang).to_markdown();
    if let Some(p) = profiles(grid, lang) {
        out.push('\n');
        out += &p.to_markdown();
    }
    for c in &grid.criteria {
        let _ = write!(
            out,
            "\n## {} {}\n\n{}\n",
            c.id,
            said(grid, &c.title, lang),
            labelled(w("weight"), &c.weight.to_string(), lang)
        );
        for i in &c.indicators {
            let _ = write!(
                out,
                "\n### {} {}\n\n{} · {} · {}\n",
                i.id,
                said(grid, &i.title, lang),
                labelled(w("scale"), &i.scale, lang),
                labelled(w("weight"), &i.weight.to_string(), lang),
                labelled(w("target"), &i.target, lang)
            );
            if !i.applies_to.is_empty() {
                let _ = write!(
                    out,
                    "\n{}\n",
                    labelled(w("applies_to"), &i.applies_to.join(", "), lang)
                );
            }
            if let Some(g) = &i.guidance {
                let _ = write!(
                    out,
                    "\n{}\n",
                    labelled(w("guidance"), &said(grid, g, lang), lang)
                );
            }
            if !i.evidence.is_empty() {
                let _ = write!(
                    out,
                    "\n{}\n\n",
                    punctuate(&format!("{}:", w("evidence")), lang)
                );
                for e in &i.evidence {
                    let _ = writeln!(out, "- {}", said(grid, e, lang));
                }
            }
            if !i.actions.is_empty() {
                let _ = write!(
                    out,
                    "\n{}\n\n",
                    punctuate(&format!("{}:", w("actions")), lang)
                );
                for a in &i.actions {
                    let _ = writeln!(
                        out,
                        "- ({} {}) {}",
                        w("below"),
                        a.below,
                        said(grid, &a.text, lang)
                    );
                }
            }
        }
    }
    out += &recognition(grid, lang, "## ");
    out
}

/// One row per indicator, the columns a spreadsheet needs next to `aqor template`.
fn csv(grid: &Grid, lang: &str) -> anyhow::Result<String> {
    let mut out = Vec::new();
    let mut w = aqor::report::csv::Writer::new(&mut out, b',');
    w.row([
        "criterion",
        "criterion_title",
        "indicator",
        "indicator_title",
        "scale",
        "weight",
        "target",
        "applies_to",
    ])?;
    for (c, i) in grid.indicators() {
        w.row([
            c.id.as_str(),
            grid.text(&c.title, lang),
            i.id.as_str(),
            grid.text(&i.title, lang),
            i.scale.as_str(),
            &i.weight.to_string(),
            i.target.as_str(),
            &i.applies_to.join(" "),
        ])?;
    }
    w.finish()?;
    Ok(String::from_utf8(out)?)
}
