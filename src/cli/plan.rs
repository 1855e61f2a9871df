//! `aqor plan`: PDF action plans, one per structure.

use super::input;
use super::say::{self, OrSay};
use aqor::assessment::Assessment;
use aqor::grid::Grid;
use aqor::i18n::Catalogue;
use aqor::msg;
use aqor::plan::{self, NetworkMeans, Options};
use aqor::score::{self, Score};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Write PDF action plans: scores, the indicators below target ranked by priority with
/// the grid's suggested actions, strengths, and what is left to answer.
///
/// Example: aqor plan cio-blois.yaml -o plan-cio-blois.pdf --lang fr
///
/// Example: aqor plan examples/aqor-campaign-2026.csv --out-dir plans/ --lang pl --top 10
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    input: input::InputArgs,
    /// Write the plan to this PDF file (the inputs, or --structure, must give one structure)
    #[arg(
        short,
        long,
        value_name = "FILE.pdf",
        conflicts_with = "out_dir",
        required_unless_present = "out_dir"
    )]
    output: Option<PathBuf>,
    /// Write one PDF per structure into this folder, named plan-<structure id>.pdf
    /// (plan-<structure id>-<campaign>.pdf when the inputs hold several campaigns)
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// Language of the plan [default: the grid's default language]
    #[arg(long, value_name = "L")]
    lang: Option<String>,
    /// List at most N indicators below target (the highest priorities)
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// Compare with the mean scores of this campaign (CSV, assessment or folder)
    /// [default: the inputs themselves when they hold several structures]
    #[arg(long, value_name = "CAMPAIGN")]
    network: Option<PathBuf>,
    /// Replace plan files that already exist
    #[arg(long)]
    force: bool,
    /// Only the plan of this structure id (repeat for several)
    #[arg(long = "structure", value_name = "ID")]
    structures: Vec<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (grid, all) = args.input.read_all()?;
    let grid = &grid;
    // Default: the language the assessments were given in, when they agree.
    let stored = all.first().and_then(|a| a.language.as_deref());
    let stored = stored.filter(|l| all.iter().all(|a| a.language.as_deref() == Some(l)));
    let lang = input::language(grid, args.lang.as_deref().or(stored));
    let all_scores: Vec<Score> = all.par_iter().map(|a| score::score(grid, a)).collect();
    let over_time = Campaigns::of(&all);
    // Plans are for the latest campaign; earlier ones give each structure its previous result.
    let latest: Vec<usize> = over_time.latest().to_vec();
    for id in &args.structures {
        if !latest.iter().any(|&n| all[n].structure.id == *id) {
            let ids = latest.iter().map(|&n| all[n].structure.id.as_str());
            let m = match aqor::diagnostic::did_you_mean(id, ids) {
                Some(c) => msg!(WORDS, "no_structure_did_you_mean", id = id, close = c),
                None => msg!(WORDS, "no_structure", id = id),
            };
            return Err(say::fail(m));
        }
    }
    let chosen: Vec<usize> = latest
        .iter()
        .copied()
        .filter(|&n| args.structures.is_empty() || args.structures.contains(&all[n].structure.id))
        .collect();
    if chosen.is_empty() {
        return Err(say::fail(msg!(WORDS, "nothing_to_plan")));
    }
    if args.output.is_some() && chosen.len() > 1 {
        return Err(say::fail(msg!(WORDS, "one_output_many", n = chosen.len())));
    }
    let network = match &args.network {
        Some(campaign) => Some(network_means(&args, campaign, grid)?),
        // The network mean of a plan comes from its own campaign only.
        None => {
            (latest.len() > 1).then(|| NetworkMeans::of(latest.iter().map(|&n| &all_scores[n])))
        }
    };
    let pdf_of = |n: usize| {
        let previous = over_time
            .previous(n, &all)
            .map(|(campaign, p)| plan::Previous {
                campaign,
                assessment: &all[p],
                score: &all_scores[p],
            });
        let opts = Options {
            lang: &lang,
            top: args.top,
            network: network.as_ref(),
            previous,
        };
        let p = plan::build(grid, &all[n], &all_scores[n], opts);
        warn_unprintable(&p);
        plan::render(&p)
    };
    if let Some(path) = &args.output {
        super::write_file(path, &pdf_of(chosen[0]), args.force)?;
        say::line(msg!(say::WORDS, "wrote", file = path));
    } else if let Some(dir) = &args.out_dir {
        let suffix = (over_time.labels.len() > 1).then(|| over_time.label(chosen[0]));
        write_batch(dir, &all, &chosen, suffix, args.force, &pdf_of)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Warns about texts the PDF font cannot draw (an emoji, a CJK name), naming the cell.
pub fn warn_unprintable(p: &plan::Plan) {
    for (place, chars) in plan::unprintable(p) {
        say::warning(msg!(
            plan::words::PLAN,
            "unprintable",
            structure = &p.cover.structure_id,
            place = place,
            chars = chars
        ));
    }
}

/// The inputs' campaigns, oldest first (see docs/compare.md): which assessment is in which.
struct Campaigns {
    /// Campaign labels, oldest first.
    labels: Vec<String>,
    /// Index in `labels` of each assessment's campaign.
    of: Vec<usize>,
}

impl Campaigns {
    fn of(all: &[Assessment]) -> Self {
        let names: Vec<String> = all
            .iter()
            .map(|a| aqor::compare::campaign_of(a, aqor::campaign::Period::default()))
            .collect();
        let mut first: std::collections::HashMap<&str, chrono::NaiveDate> = Default::default();
        for (name, a) in names.iter().zip(all) {
            let d = first.entry(name).or_insert(a.date);
            *d = (*d).min(a.date);
        }
        let mut labels: Vec<String> = first.keys().map(|s| s.to_string()).collect();
        labels.sort_by_key(|l| (first[l.as_str()], l.clone()));
        let of = names
            .iter()
            .map(|n| labels.iter().position(|l| l == n).unwrap_or_default())
            .collect();
        Campaigns { labels, of }
    }

    fn label(&self, n: usize) -> &str {
        &self.labels[self.of[n]]
    }

    /// The assessments of the latest campaign, in input order.
    fn latest(&self) -> Vec<usize> {
        let last = self.labels.len().saturating_sub(1);
        (0..self.of.len()).filter(|&n| self.of[n] == last).collect()
    }

    /// The same structure's assessment in the latest earlier campaign holding it.
    fn previous<'s>(&'s self, n: usize, all: &[Assessment]) -> Option<(&'s str, usize)> {
        let id = &all[n].structure.id;
        (0..all.len())
            .filter(|&p| self.of[p] < self.of[n] && all[p].structure.id == *id)
            .max_by_key(|&p| (self.of[p], all[p].date))
            .map(|p| (self.label(p), p))
    }
}

/// One plan per structure in `dir`, written in parallel; no file is written when one
/// of them exists already (unless `force`).
fn write_batch(
    dir: &Path,
    all: &[Assessment],
    chosen: &[usize],
    campaign: Option<&str>,
    force: bool,
    pdf_of: &(dyn Fn(usize) -> Vec<u8> + Sync),
) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).or_say(|| msg!(say::WORDS, "cannot_create_folder", dir = dir))?;
    let stems: Vec<String> = chosen
        .iter()
        .map(|&n| match campaign {
            Some(c) => format!("{}-{}", all[n].structure.id, c),
            None => all[n].structure.id.clone(),
        })
        .collect();
    let names = file_names(stems.iter().map(String::as_str));
    let paths: Vec<PathBuf> = names.iter().map(|n| dir.join(n)).collect();
    if !force && let Some(p) = paths.iter().find(|p| p.exists()) {
        return Err(say::fail(msg!(WORDS, "batch_exists", file = p)));
    }
    let bar = progress(paths.len());
    let failures: Vec<String> = chosen
        .par_iter()
        .zip(&paths)
        .filter_map(|(&n, path)| {
            let done = super::write_file(path, &pdf_of(n), force);
            bar.inc(1);
            done.err().map(|e| say::describe(&e))
        })
        .collect();
    bar.finish_and_clear();
    for f in &failures {
        say::error(f);
    }
    if !failures.is_empty() {
        return Err(say::fail(msg!(
            WORDS,
            "not_written",
            n = failures.len(),
            total = paths.len()
        )));
    }
    say::line(msg!(WORDS, "wrote_plans", n = paths.len(), dir = dir));
    Ok(())
}

/// Mean criterion scores of the `--network` campaign, read against the same grid.
fn network_means(args: &Args, campaign: &Path, grid: &Grid) -> anyhow::Result<NetworkMeans> {
    let network = input::InputArgs {
        inputs: vec![campaign.to_path_buf()],
        grid: Some(args.input.grid.clone().unwrap_or_else(|| grid.id.clone())),
        skip_invalid: args.input.skip_invalid,
        delimiter: args.input.delimiter,
        respondents: args.input.respondents,
        anonymize_respondents: args.input.anonymize_respondents,
        group: false,
        sheet: args.input.sheet.clone(),
        campaign: None,
        period: args.input.period,
        keep: args.input.keep,
        strict: false,
    };
    let (_, others) = network
        .read_all()
        .or_say(|| msg!(WORDS, "reading_network", file = campaign))?;
    let scores: Vec<Score> = others.par_iter().map(|a| score::score(grid, a)).collect();
    Ok(NetworkMeans::of(&scores))
}

/// A progress bar on stderr for runs a user waits for; hidden when stderr is not a terminal.
fn progress(len: usize) -> ProgressBar {
    if len < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template(&say::text(&msg!(WORDS, "progress"))) {
        bar.set_style(style);
    }
    bar
}

/// Plan file names for structure ids: `plan-<id>.pdf`, with every character that could
/// leave the folder or hide the file replaced, and repeats made distinct (`-2`, `-3`…),
/// comparing without case as some file systems do.
pub(crate) fn file_names<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    unique_names(ids, "plan-", "pdf")
}

/// `<prefix><id>.<ext>` for each structure id, made safe and distinct as plan names are.
pub(crate) fn unique_names<'a>(
    ids: impl Iterator<Item = &'a str>,
    prefix: &str,
    ext: &str,
) -> Vec<String> {
    let mut taken = HashSet::new();
    ids.map(|id| {
        let stem = safe_stem(id);
        let mut name = format!("{prefix}{stem}.{ext}");
        let mut n = 1;
        while !taken.insert(name.to_lowercase()) {
            n += 1;
            name = format!("{prefix}{stem}-{n}.{ext}");
        }
        name
    })
    .collect()
}

/// Letters, digits, `_` and `-` kept; any other run of characters becomes one `-`.
pub(super) fn safe_stem(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_alphanumeric() || c == '_' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_matches('-').chars().take(80).collect();
    if out.is_empty() {
        "structure".to_string()
    } else {
        out
    }
}

/// What `aqor plan` says.
const WORDS: Catalogue = &[
    (
        "no_structure",
        [
            "no structure {id:q} in the latest campaign of the inputs",
            "aucune structure {id:q} dans la dernière campagne des entrées",
            "nessuna struttura {id:q} nell’ultima campagna degli input",
            "ninguna estructura {id:q} en la última campaña de las entradas",
            "brak podmiotu {id:q} w ostatniej kampanii danych wejściowych",
        ],
    ),
    (
        "no_structure_did_you_mean",
        [
            "no structure {id:q} in the latest campaign of the inputs; did you mean {close:q}?",
            "aucune structure {id:q} dans la dernière campagne des entrées\u{202f}; vouliez-vous dire {close:q}\u{202f}?",
            "nessuna struttura {id:q} nell’ultima campagna degli input; intendevate {close:q}?",
            "ninguna estructura {id:q} en la última campaña de las entradas; ¿querían decir {close:q}?",
            "brak podmiotu {id:q} w ostatniej kampanii danych wejściowych; czy chodziło o {close:q}?",
        ],
    ),
    (
        "nothing_to_plan",
        [
            "the inputs hold no assessment to plan",
            "les entrées ne contiennent aucune évaluation à planifier",
            "gli input non contengono alcuna valutazione da pianificare",
            "las entradas no contienen ninguna evaluación que planificar",
            "dane wejściowe nie zawierają żadnej oceny do zaplanowania",
        ],
    ),
    (
        "one_output_many",
        [
            "-o writes one plan but the inputs hold {n} {n|assessment|assessments}; use --out-dir DIR for one plan per structure",
            "-o écrit un seul plan mais les entrées contiennent {n} {n|évaluation|évaluations}\u{202f}; utilisez --out-dir DOSSIER pour un plan par structure",
            "-o scrive un solo piano ma gli input contengono {n} {n|valutazione|valutazioni}; usate --out-dir CARTELLA per un piano per struttura",
            "-o escribe un solo plan pero las entradas contienen {n} {n|evaluación|evaluaciones}; usen --out-dir CARPETA para un plan por estructura",
            "-o zapisuje jeden plan, a dane wejściowe zawierają {n} {n|ocenę|oceny|ocen}; użyjcie --out-dir KATALOG, aby zapisać plan dla każdego podmiotu",
        ],
    ),
    (
        "batch_exists",
        [
            "{file} already exists; nothing was written (use --force to replace existing plans)",
            "{file} existe déjà\u{202f}; rien n’a été écrit (ajoutez --force pour remplacer les plans existants)",
            "{file} esiste già; non è stato scritto nulla (usate --force per sostituire i piani esistenti)",
            "{file} ya existe; no se ha escrito nada (usen --force para reemplazar los planes existentes)",
            "{file} już istnieje; nic nie zapisano (użyjcie --force, aby zastąpić istniejące plany)",
        ],
    ),
    (
        "not_written",
        [
            "plans not written: {n} of {total}",
            "plans non écrits\u{202f}: {n} sur {total}",
            "piani non scritti: {n} su {total}",
            "planes no escritos: {n} de {total}",
            "niezapisane plany: {n} z {total}",
        ],
    ),
    (
        "wrote_plans",
        [
            "wrote {n} {n|plan|plans} to {dir}",
            "{n} {n|plan écrit|plans écrits} dans {dir}",
            "{n} {n|piano scritto|piani scritti} in {dir}",
            "{n} {n|plan escrito|planes escritos} en {dir}",
            "zapisano {n} {n|plan|plany|planów} w {dir}",
        ],
    ),
    (
        "reading_network",
        [
            "reading the network {file}",
            "lecture du réseau {file}",
            "lettura della rete {file}",
            "lectura de la red {file}",
            "odczyt sieci {file}",
        ],
    ),
    (
        "progress",
        [
            "{{bar:40}} {{pos}}/{{len}} plans, {{eta}} left",
            "{{bar:40}} {{pos}}/{{len}} plans, encore {{eta}}",
            "{{bar:40}} {{pos}}/{{len}} piani, mancano {{eta}}",
            "{{bar:40}} {{pos}}/{{len}} planes, quedan {{eta}}",
            "{{bar:40}} {{pos}}/{{len}} planów, zostało {{eta}}",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_escape_or_collide() {
        let names = file_names(
            [
                "../../x",
                "cio/blois",
                ".hidden",
                "CIO-Blois",
                "cio blois",
                "",
                "Łódź",
            ]
            .into_iter(),
        );
        assert_eq!(
            names,
            [
                "plan-x.pdf",
                "plan-cio-blois.pdf",
                "plan-hidden.pdf",
                "plan-CIO-Blois-2.pdf",
                "plan-cio-blois-3.pdf",
                "plan-structure.pdf",
                "plan-Łódź.pdf"
            ]
        );
    }
}
