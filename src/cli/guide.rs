//! `aqor guide`: a grid as a printable guide (PDF, HTML, markdown) or a blank paper form.

use super::say;
use super::{input, print_out, write_file as write};
use aqor::guide;
use aqor::i18n::Catalogue;
use aqor::msg;
use std::path::PathBuf;
use std::process::ExitCode;

/// Write a grid's guide: how a self-assessment runs, every criterion and indicator with
/// its guidance, evidence ideas, levels, target, weight and suggested actions, the
/// recognition rules in words and a glossary of levels. `--form` writes the blank paper
/// form instead: a box per level to tick and lines for the comment, evidence,
/// importance and action of each indicator, in campaign order.
///
/// Example: aqor guide aqor --lang it -o guida.pdf
///
/// Example: aqor guide spro-rhone-alpes --form -o formulaire.pdf
///
/// Example: aqor guide aqor --format markdown --lang en > guide.md
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Built-in grid id or grid file
    grid: String,
    /// Language of the guide [default: the grid's default language]
    #[arg(long, value_name = "L")]
    lang: Option<String>,
    /// What to write
    #[arg(long, value_enum, default_value = "pdf")]
    format: Format,
    /// Write the blank paper form (PDF) instead of the guide
    #[arg(long, conflicts_with = "format")]
    form: bool,
    /// Write to this file [default for html and markdown: standard output]
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Replace the file if it exists
    #[arg(long)]
    force: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Pdf,
    Html,
    Markdown,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pdf = args.form || args.format == Format::Pdf;
    if pdf && args.output.is_none() {
        return Err(say::fail(msg!(WORDS, "pdf_needs_output")));
    }
    let grid = input::grid(&args.grid)?;
    let lang = input::language(&grid, args.lang.as_deref());
    let bytes = if args.form {
        guide::form_pdf(&grid, &lang)
    } else {
        let g = guide::build(&grid, &lang);
        match args.format {
            Format::Pdf => guide::pdf(&g),
            Format::Html => guide::html(&g).into_bytes(),
            Format::Markdown => guide::markdown(&g).into_bytes(),
        }
    };
    match &args.output {
        Some(path) => {
            write(path, &bytes, args.force)?;
            say::line(msg!(say::WORDS, "wrote", file = path));
        }
        None => print_out(bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// What `aqor guide` says.
const WORDS: Catalogue = &[(
    "pdf_needs_output",
    [
        "a PDF needs a file: add -o FILE.pdf (or use --format html or markdown for standard output)",
        "un PDF a besoin d’un fichier\u{202f}: ajoutez -o FICHIER.pdf (ou choisissez --format html ou markdown pour la sortie standard)",
        "un PDF ha bisogno di un file: aggiungete -o FILE.pdf (oppure usate --format html o markdown per l’output standard)",
        "un PDF necesita un archivo: añadan -o ARCHIVO.pdf (o usen --format html o markdown para la salida estándar)",
        "PDF wymaga pliku: dodajcie -o PLIK.pdf (albo użyjcie --format html lub markdown, aby pisać na standardowe wyjście)",
    ],
)];
