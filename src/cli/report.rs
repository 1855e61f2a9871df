//! `aqor report`: every document of a campaign in one folder, built beside it and moved
//! into place whole.

use super::input;
use super::plan::{file_names, warn_unprintable};
use super::say::{self, OrSay};
use aqor::assessment::Assessment;
use aqor::compare::html::{Links, page};
use aqor::compare::render::{Options as View, View as Part};
use aqor::compare::{Builder, By, anonymize, campaign_of};
use aqor::i18n::Catalogue;
use aqor::msg;
use aqor::plan::{self, NetworkMeans};
use aqor::score::{self, Score};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Write every document of the latest campaign into one folder: index.html (the network
/// report, linking the rest), network.pdf (for the steering committee), plans/ (one PDF
/// per structure), scores.csv and explain/ (one text per structure).
///
/// Example: aqor report examples/ --out-dir rapport
///
/// Example: aqor report campagne-2025.csv campagne-2026.csv --out-dir funders --anonymize --key-out key.csv
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    input: input::InputArgs,
    /// The folder to create (it must be empty or missing, unless --force)
    #[arg(long, value_name = "DIR")]
    out_dir: PathBuf,
    /// Language of the documents [default: the grid's default language]
    #[arg(long, value_name = "L")]
    lang: Option<String>,
    /// Replace structure names and ids by S01, S02… in every document (the key goes to --key-out)
    #[arg(long, requires = "key_out")]
    anonymize: bool,
    /// File receiving the key (code, structure id, name) of --anonymize, as CSV (outside DIR)
    #[arg(long, value_name = "FILE", requires = "anonymize")]
    key_out: Option<PathBuf>,
    /// Replace a folder that is not empty (and an existing key file)
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let out = &args.out_dir;
    if !args.force && is_full(out) {
        return Err(say::fail(msg!(WORDS, "not_empty", dir = out)));
    }
    if let Some(key) = &args.key_out {
        if inside(key, out) {
            return Err(say::fail(msg!(WORDS, "key_inside", file = key, dir = out)));
        }
        if !args.force && key.exists() {
            return Err(say::fail(msg!(say::WORDS, "exists_use_force", file = key)));
        }
    }
    let mut inputs = args.input.open()?;
    inputs.bridge_versions();
    let grid = &inputs.grid;
    let lang = input::language(grid, args.lang.as_deref());
    let mut builder = Builder::new(grid, &lang, true).period(args.input.period());
    let mut all: Vec<Assessment> = Vec::new();
    inputs.for_each(|_, a| {
        builder.add(&a);
        all.push(a);
        anyhow::Ok(())
    })?;
    let mut comparison = builder.finish(Vec::new());
    // The latest campaign's assessments get a plan and an explanation each.
    // Campaigns come oldest first (docs/compare.md): the last one is the latest.
    let latest = comparison.campaigns.last().map(|k| k.campaign.clone());
    let mut assessments: Vec<Assessment> = all
        .into_iter()
        .filter(|a| Some(campaign_of(a, args.input.period())) == latest)
        .collect();
    let key = args
        .anonymize
        .then(|| anonymize::anonymize(&mut comparison));
    if let Some(key) = &key {
        let code: HashMap<&str, &str> = key
            .iter()
            .map(|k| (k.id.as_str(), k.code.as_str()))
            .collect();
        for a in &mut assessments {
            let c = code
                .get(a.structure.id.as_str())
                .map_or("S?", |c| c)
                .to_string();
            a.structure.name = c.clone();
            a.structure.id = c;
            a.assessor = None;
            for answer in a.answers.values_mut() {
                for text in [&mut answer.comment, &mut answer.evidence]
                    .into_iter()
                    .flatten()
                {
                    *text = anonymize::redact(text, key);
                }
                if let Some(text) = answer.action.as_mut().and_then(|x| x.text.as_mut()) {
                    *text = anonymize::redact(text, key);
                }
            }
        }
    }
    let scores: Vec<Score> = assessments
        .par_iter()
        .map(|a| score::score(grid, a))
        .collect();
    let means = NetworkMeans::of(&scores);
    let plan_names = file_names(assessments.iter().map(|a| a.structure.id.as_str()));
    let text_names: Vec<String> = plan_names
        .iter()
        .map(|n| {
            format!(
                "{}.txt",
                n.trim_start_matches("plan-").trim_end_matches(".pdf")
            )
        })
        .collect();

    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .or_say(|| msg!(say::WORDS, "cannot_create_folder", dir = &parent))?;
    let tmp = tempfile::Builder::new()
        .prefix(".aqor-report-")
        .tempdir_in(&parent)
        .or_say(|| msg!(WORDS, "cannot_create_folder_in", dir = &parent))?;
    let dir = tmp.path();
    let bar = progress(assessments.len() + 3);
    let put = |name: &Path, bytes: &[u8]| -> anyhow::Result<()> {
        std::fs::write(dir.join(name), bytes)
            .or_say(|| msg!(say::WORDS, "cannot_write", file = &out.join(name)))
    };

    let links = Links {
        main: vec![
            ("network.pdf".into(), "network.pdf".into()),
            ("scores.csv".into(), "scores.csv".into()),
            ("plans/".into(), "plans/".into()),
            ("explain/".into(), "explain/".into()),
        ],
        each: Some((
            format!(
                "{} ({})",
                plan::words::word("title", &lang),
                assessments.len()
            ),
            assessments
                .iter()
                .zip(plan_names.iter().zip(&text_names))
                .map(|(a, (p, t))| {
                    let name = if a.structure.name.trim().is_empty() {
                        a.structure.id.clone()
                    } else {
                        a.structure.name.clone()
                    };
                    (
                        name,
                        vec![
                            ("PDF".to_string(), format!("plans/{p}")),
                            ("txt".to_string(), format!("explain/{t}")),
                        ],
                    )
                })
                .collect(),
        )),
    };
    let view = View {
        by: By::Criterion,
        view: Part::All,
    };
    put(
        Path::new("index.html"),
        page(&comparison, view, &links).as_bytes(),
    )?;
    bar.inc(1);
    put(
        Path::new("network.pdf"),
        &aqor::network::render(&comparison),
    )?;
    bar.inc(1);
    put(
        Path::new("scores.csv"),
        &scores_csv(grid, &assessments, &scores)?,
    )?;
    bar.inc(1);
    for sub in ["plans", "explain"] {
        std::fs::create_dir(dir.join(sub))
            .or_say(|| msg!(say::WORDS, "cannot_create_folder", dir = &out.join(sub)))?;
    }
    let opts = plan::Options {
        lang: &lang,
        top: None,
        network: (assessments.len() > 1).then_some(&means),
        previous: None,
    };
    assessments
        .par_iter()
        .zip(&scores)
        .zip(plan_names.par_iter().zip(&text_names))
        .try_for_each(|((a, s), (p, t))| -> anyhow::Result<()> {
            let plan = plan::build(grid, a, s, opts);
            warn_unprintable(&plan);
            put(&Path::new("plans").join(p), &plan::render(&plan))?;
            let mut text = String::new();
            aqor::explain::text(grid, a, &lang, false, &mut text);
            put(&Path::new("explain").join(t), text.as_bytes())?;
            bar.inc(1);
            Ok(())
        })?;
    bar.finish_and_clear();
    replace_folder(tmp, out)?;
    if let (Some(key), Some(path)) = (key, &args.key_out) {
        super::compare::write_key(&key, path, args.force, false)?;
    }
    say::line(msg!(
        WORDS,
        "wrote",
        dir = out,
        n = assessments.len(),
        index = &out.join("index.html")
    ));
    Ok(ExitCode::SUCCESS)
}

/// The scores of the latest campaign, columns as `aqor score --format csv`.
fn scores_csv(
    grid: &aqor::grid::Grid,
    assessments: &[Assessment],
    scores: &[Score],
) -> anyhow::Result<Vec<u8>> {
    let mut w = aqor::report::csv::Writer::new(Vec::new(), b',');
    w.row(super::score::csv_header(grid))?;
    for (a, s) in assessments.iter().zip(scores) {
        let cells = super::score::csv_cells(grid, a, s);
        let id = [a.structure.id.as_str(), a.structure.name.as_str()];
        w.row(id.into_iter().chain(cells.iter().map(String::as_str)))?;
    }
    Ok(w.finish()?)
}

/// Whether `dir` exists and holds something (a file where the folder should be counts).
fn is_full(dir: &Path) -> bool {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => entries.next().is_some(),
        Err(_) => dir.exists(),
    }
}

/// Whether `file` would land inside `dir`.
fn inside(file: &Path, dir: &Path) -> bool {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let dir = abs(dir);
    abs(file).parent().is_some_and(|p| p.starts_with(&dir))
}

/// Moves the finished folder to `out`: an old `out` is first moved aside and removed only
/// once the new one is in place, so that at every moment `out` is whole or absent.
fn replace_folder(tmp: tempfile::TempDir, out: &Path) -> anyhow::Result<()> {
    let built = tmp.keep();
    let fail = |e: std::io::Error, built: &Path| {
        let _ = std::fs::remove_dir_all(built);
        say::over(e, msg!(WORDS, "cannot_move", dir = out))
    };
    if std::fs::symlink_metadata(out).is_ok() {
        let old = built.with_file_name(format!(
            "{}.old",
            built.file_name().and_then(|n| n.to_str()).unwrap_or("old")
        ));
        std::fs::rename(out, &old).map_err(|e| fail(e, &built))?;
        if let Err(e) = std::fs::rename(&built, out) {
            let _ = std::fs::rename(&old, out);
            return Err(fail(e, &built));
        }
        let gone = if old.is_dir() {
            std::fs::remove_dir_all(&old)
        } else {
            std::fs::remove_file(&old)
        };
        gone.or_say(|| msg!(WORDS, "cannot_remove_old", dir = &old))?;
    } else {
        std::fs::rename(&built, out).map_err(|e| fail(e, &built))?;
    }
    Ok(())
}

/// A progress bar on stderr, only when stderr is a terminal.
fn progress(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template(&say::text(&msg!(WORDS, "progress"))) {
        bar.set_style(style);
    }
    bar
}

/// What `aqor report` says.
const WORDS: Catalogue = &[
    (
        "not_empty",
        [
            "{dir} is not empty; nothing was written (use --force to replace it)",
            "{dir} n’est pas vide\u{202f}; rien n’a été écrit (ajoutez --force pour le remplacer)",
            "{dir} non è vuota; non è stato scritto nulla (usate --force per sostituirla)",
            "{dir} no está vacía; no se ha escrito nada (usen --force para reemplazarla)",
            "{dir} nie jest pusty; nic nie zapisano (użyjcie --force, aby go zastąpić)",
        ],
    ),
    (
        "key_inside",
        [
            "--key-out {file} is inside {dir}: the key must stay apart from the documents it hides names from",
            "--key-out {file} est dans {dir}\u{202f}: la clé doit rester à l’écart des documents dont elle cache les noms",
            "--key-out {file} è dentro {dir}: la chiave deve restare separata dai documenti di cui nasconde i nomi",
            "--key-out {file} está dentro de {dir}: la clave debe quedar aparte de los documentos cuyos nombres oculta",
            "--key-out {file} leży w {dir}: klucz musi być przechowywany osobno od dokumentów, w których ukrywa nazwy",
        ],
    ),
    (
        "cannot_create_folder_in",
        [
            "cannot create a folder in {dir}",
            "impossible de créer un dossier dans {dir}",
            "impossibile creare una cartella in {dir}",
            "no se puede crear una carpeta en {dir}",
            "nie można utworzyć folderu w {dir}",
        ],
    ),
    (
        "cannot_move",
        [
            "cannot move the documents to {dir}",
            "impossible de déplacer les documents vers {dir}",
            "impossibile spostare i documenti in {dir}",
            "no se pueden mover los documentos a {dir}",
            "nie można przenieść dokumentów do {dir}",
        ],
    ),
    (
        "cannot_remove_old",
        [
            "cannot remove the old {dir}",
            "impossible de supprimer l’ancien {dir}",
            "impossibile eliminare la vecchia {dir}",
            "no se puede eliminar la antigua {dir}",
            "nie można usunąć starego {dir}",
        ],
    ),
    (
        "wrote",
        [
            "wrote {dir} ({n} {n|plan|plans}) — open {index}",
            "{dir} écrit ({n} {n|plan|plans}) — ouvrez {index}",
            "scritta {dir} ({n} {n|piano|piani}) — aprite {index}",
            "escrita {dir} ({n} {n|plan|planes}) — abran {index}",
            "zapisano {dir} ({n} {n|plan|plany|planów}) — otwórzcie {index}",
        ],
    ),
    (
        "progress",
        [
            "{{bar:40}} {{pos}}/{{len}} documents, {{eta}} left",
            "{{bar:40}} {{pos}}/{{len}} documents, encore {{eta}}",
            "{{bar:40}} {{pos}}/{{len}} documenti, mancano {{eta}}",
            "{{bar:40}} {{pos}}/{{len}} documentos, quedan {{eta}}",
            "{{bar:40}} {{pos}}/{{len}} dokumentów, zostało {{eta}}",
        ],
    ),
];
