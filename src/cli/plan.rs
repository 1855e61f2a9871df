//! `aqor plan`: PDF action plans, one per structure.

use super::input;
use anyhow::{Context, bail};
use aqor::assessment::Assessment;
use aqor::grid::Grid;
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
    /// Write the plan to this PDF file (the inputs must hold one structure)
    #[arg(
        short,
        long,
        value_name = "FILE.pdf",
        conflicts_with = "out_dir",
        required_unless_present = "out_dir"
    )]
    output: Option<PathBuf>,
    /// Write one PDF per structure into this folder, named plan-<structure id>.pdf
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
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (grid, assessments) = args.input.read_all()?;
    let grid = &grid;
    if args.output.is_some() && assessments.len() > 1 {
        bail!(
            "-o writes one plan but the inputs hold {} assessments; use --out-dir DIR for one plan per structure",
            assessments.len()
        );
    }
    let lang = input::language(grid, args.lang.as_deref());
    let scores: Vec<Score> = assessments
        .par_iter()
        .map(|a| score::score(grid, a))
        .collect();
    let network = match &args.network {
        Some(campaign) => Some(network_means(&args, campaign, grid)?),
        None => (assessments.len() > 1).then(|| NetworkMeans::of(&scores)),
    };
    let opts = Options {
        lang: &lang,
        top: args.top,
        network: network.as_ref(),
    };
    let pdf_of = |a: &Assessment, s: &Score| plan::render(&plan::build(grid, a, s, opts));
    if let Some(path) = &args.output {
        write(path, &pdf_of(&assessments[0], &scores[0]), args.force)?;
        eprintln!("wrote {}", path.display());
    } else if let Some(dir) = &args.out_dir {
        write_batch(dir, &assessments, &scores, args.force, &pdf_of)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One plan per structure in `dir`, written in parallel; no file is written when one
/// of them exists already (unless `force`).
fn write_batch(
    dir: &Path,
    assessments: &[Assessment],
    scores: &[Score],
    force: bool,
    pdf_of: &(dyn Fn(&Assessment, &Score) -> Vec<u8> + Sync),
) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create folder {}", dir.display()))?;
    let names = file_names(assessments.iter().map(|a| a.structure.id.as_str()));
    let paths: Vec<PathBuf> = names.iter().map(|n| dir.join(n)).collect();
    if !force && let Some(p) = paths.iter().find(|p| p.exists()) {
        bail!(
            "{} already exists; nothing was written (use --force to replace existing plans)",
            p.display()
        );
    }
    let bar = progress(paths.len());
    let failures: Vec<String> = assessments
        .par_iter()
        .zip(scores)
        .zip(&paths)
        .filter_map(|((a, s), path)| {
            let done = write(path, &pdf_of(a, s), force);
            bar.inc(1);
            done.err().map(|e| format!("{e:#}"))
        })
        .collect();
    bar.finish_and_clear();
    for f in &failures {
        eprintln!("error: {f}");
    }
    if !failures.is_empty() {
        bail!(
            "{} of {} plans were not written",
            failures.len(),
            paths.len()
        );
    }
    eprintln!("wrote {} plans to {}", paths.len(), dir.display());
    Ok(())
}

/// Mean criterion scores of the `--network` campaign, read against the same grid.
fn network_means(args: &Args, campaign: &Path, grid: &Grid) -> anyhow::Result<NetworkMeans> {
    let network = input::InputArgs {
        inputs: vec![campaign.to_path_buf()],
        grid: Some(args.input.grid.clone().unwrap_or_else(|| grid.id.clone())),
        skip_invalid: args.input.skip_invalid,
        delimiter: args.input.delimiter,
        sheet: args.input.sheet.clone(),
    };
    let (_, others) = network
        .read_all()
        .with_context(|| format!("reading the network {}", campaign.display()))?;
    let scores: Vec<Score> = others.par_iter().map(|a| score::score(grid, a)).collect();
    Ok(NetworkMeans::of(&scores))
}

fn write(path: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    aqor::fsutil::write_atomic(path, bytes, force).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            anyhow::anyhow!(
                "{} already exists; use --force to replace it",
                path.display()
            )
        } else {
            anyhow::Error::new(e).context(format!("cannot write {}", path.display()))
        }
    })
}

/// A progress bar on stderr for runs a user waits for; hidden when stderr is not a terminal.
fn progress(len: usize) -> ProgressBar {
    if len < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} plans, {eta} left") {
        bar.set_style(style);
    }
    bar
}

/// Plan file names for structure ids: `plan-<id>.pdf`, with every character that could
/// leave the folder or hide the file replaced, and repeats made distinct (`-2`, `-3`…),
/// comparing without case as some file systems do.
fn file_names<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut taken = HashSet::new();
    ids.map(|id| {
        let stem = safe_stem(id);
        let mut name = format!("plan-{stem}.pdf");
        let mut n = 1;
        while !taken.insert(name.to_lowercase()) {
            n += 1;
            name = format!("plan-{stem}-{n}.pdf");
        }
        name
    })
    .collect()
}

/// Letters, digits, `_` and `-` kept; any other run of characters becomes one `-`.
fn safe_stem(id: &str) -> String {
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
