//! `aqor consensus`: a group's answers brought together for its consensus meeting.

use super::input;
use super::plan::safe_stem;
use super::say::{self, OrSay};
use super::write_file as write;
use aqor::consensus::{self, Group};
use aqor::i18n::Catalogue;
use aqor::msg;
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;

/// Bring together the answers of several respondents per structure (a group
/// self-assessment): per structure, a meeting document (Markdown and PDF) with the
/// split indicators first, and a draft consensus assessment (levels at the median,
/// split indicators marked to discuss, everyone's answers kept).
///
/// Example: aqor consensus examples/group/ --out-dir consensus/ --lang fr
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    input: input::InputArgs,
    /// Write consensus-<structure id>.md, .pdf and .yaml into this folder
    /// (consensus-<structure id>-<campaign>.* when the inputs hold several campaigns),
    /// and network-agreement.md for several structures
    #[arg(long, value_name = "DIR")]
    out_dir: PathBuf,
    /// Language of the meeting documents [default: the language the first respondent answered in, else the grid's]
    #[arg(long, value_name = "L")]
    lang: Option<String>,
    /// Replace files that already exist
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut input = args.input;
    input.group = true;
    let inputs = input.open()?;
    let all = inputs.read_all::<anyhow::Error>()?;
    input::note_carried(&inputs);
    let grid = &inputs.grid;
    let mut groups = consensus::build(grid, all);
    if input.anonymize_respondents {
        groups.iter_mut().for_each(consensus::anonymize);
    }
    if groups.is_empty() {
        return Err(say::fail(msg!(WORDS, "nothing")));
    }
    let stored = groups[0].language.as_deref();
    let lang = input::language(grid, args.lang.as_deref().or(stored));
    for g in groups.iter().filter(|g| g.respondents.len() < 2) {
        say::warning(say::text(&msg!(
            WORDS,
            "one_respondent",
            id = g.structure.id.as_str(),
            campaign = g.campaign.as_str()
        )));
    }
    let campaigns: HashSet<&str> = groups.iter().map(|g| g.campaign.as_str()).collect();
    let stems = stems(&groups, campaigns.len() > 1);
    let dir = &args.out_dir;
    let files: Vec<[PathBuf; 3]> = stems
        .iter()
        .map(|s| ["md", "pdf", "yaml"].map(|ext| dir.join(format!("consensus-{s}.{ext}"))))
        .collect();
    // Across the network: where the groups of several structures split.
    let network = (groups.len() > 1).then(|| dir.join("network-agreement.md"));
    if !args.force
        && let Some(p) = files.iter().flatten().chain(&network).find(|p| p.exists())
    {
        return Err(say::fail(msg!(say::WORDS, "exists_use_force", file = p)));
    }
    std::fs::create_dir_all(dir).or_say(|| msg!(say::WORDS, "cannot_create_folder", dir = dir))?;
    // One structure's three files per task: documents for a whole network at once.
    let failures: Vec<String> = groups
        .par_iter()
        .zip(&files)
        .filter_map(|(g, [md, pdf, yaml])| {
            let draft = aqor::assessment::to_yaml(&consensus::draft(grid, g));
            write(
                md,
                consensus::markdown::render(grid, g, &lang).as_bytes(),
                args.force,
            )
            .and_then(|()| write(pdf, &consensus::pdf::render(grid, g, &lang), args.force))
            .and_then(|()| write(yaml, draft.as_bytes(), args.force))
            .err()
            .map(|e| say::describe(&e))
        })
        .collect();
    for f in &failures {
        say::error(f);
    }
    if !failures.is_empty() {
        return Err(say::fail(msg!(
            WORDS,
            "not_written",
            n = failures.len(),
            total = groups.len()
        )));
    }
    if let Some(path) = &network {
        let md = consensus::network::render(grid, &groups, &lang);
        write(path, md.as_bytes(), args.force)?;
    }
    say::line(msg!(WORDS, "wrote", n = groups.len(), dir = dir));
    Ok(ExitCode::SUCCESS)
}

/// A file stem per group: its structure id made safe (and its campaign), unique.
fn stems(groups: &[Group], with_campaign: bool) -> Vec<String> {
    let mut taken = HashSet::new();
    groups
        .iter()
        .map(|g| {
            let id = match with_campaign {
                true => format!("{}-{}", g.structure.id, g.campaign),
                false => g.structure.id.clone(),
            };
            let stem = safe_stem(&id);
            let mut name = stem.clone();
            let mut n = 1;
            while !taken.insert(name.to_lowercase()) {
                n += 1;
                name = format!("{stem}-{n}");
            }
            name
        })
        .collect()
}

/// Messages of `aqor consensus` and of reading respondents (en, fr, it, es, pl).
const WORDS: Catalogue = &[
    (
        "not_written",
        [
            "the files of {n} of {total} structures could not be written (above); the others are written",
            "les fichiers de {n} structures sur {total} n’ont pas pu être écrits (ci-dessus)\u{202f}; les autres sont écrits",
            "i file di {n} strutture su {total} non sono stati scritti (sopra); gli altri sono scritti",
            "los archivos de {n} de {total} estructuras no se pudieron escribir (arriba); los demás están escritos",
            "nie udało się zapisać plików {n} z {total} podmiotów (powyżej); pozostałe zapisano",
        ],
    ),
    (
        "nothing",
        [
            "no answers to bring together",
            "aucune réponse à rassembler",
            "nessuna risposta da riunire",
            "ninguna respuesta que reunir",
            "brak odpowiedzi do zebrania",
        ],
    ),
    (
        "one_respondent",
        [
            "{id:q} has one respondent in campaign {campaign}: every indicator is unanimous; a consensus needs the answers of several",
            "{id:q} n’a qu’un répondant dans la campagne {campaign}\u{202f}: chaque indicateur est unanime\u{202f}; un consensus demande les réponses de plusieurs",
            "{id:q} ha un solo rispondente nella campagna {campaign}: ogni indicatore è unanime; un consenso chiede le risposte di più persone",
            "{id:q} tiene un solo encuestado en la campaña {campaign}: cada indicador es unánime; un consenso pide las respuestas de varios",
            "{id:q} ma jednego respondenta w kampanii {campaign}: każdy wskaźnik jest jednomyślny; konsensus wymaga odpowiedzi kilku osób",
        ],
    ),
    (
        "wrote",
        [
            "wrote the meeting documents and draft of {n} {n|structure|structures} in {dir}",
            "documents de réunion et brouillon de {n} {n|structure|structures} écrits dans {dir}",
            "scritti i documenti della riunione e la bozza di {n} {n|struttura|strutture} in {dir}",
            "escritos los documentos de la reunión y el borrador de {n} {n|estructura|estructuras} en {dir}",
            "zapisano dokumenty spotkania i projekt dla {n} {n|podmiotu|podmiotów|podmiotów} w {dir}",
        ],
    ),
];
