//! `aqor grid diff`: what changed between two versions of a grid, and the bump it needs.

use super::report;
use crate::cli::input;
use aqor::diagnostic::Diagnostic;
use aqor::grid::diff::{self, Bump, Diff, Kind};
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
        eprintln!(
            "note: comparing two different grids (`{}` and `{}`)",
            old.id, new.id
        );
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
        let finding = Diagnostic::warning(
            &file,
            i.at,
            format!(
                "indicator `{}` replaces `{id}`, which {} never had; answers to it cannot be carried (a typo?)",
                i.id,
                old.label()
            ),
        )
        .with_code("replaces-unknown");
        match args.format {
            Format::Github => crate::cli::print_out(report::github(&finding) + "\n")?,
            _ => eprintln!("{finding}"),
        }
    }
    if args.check_version && !d.version_ok() {
        let made = if d.actual == Bump::None {
            format!("{} is not higher than {}", new.version, old.version)
        } else {
            format!(
                "{} -> {} is a {} version bump",
                old.version,
                new.version,
                name(d.actual)
            )
        };
        let message = format!(
            "{made}, but the changes need a {} bump; set version to {} or higher",
            name(d.required),
            diff::next_version(&old.version, d.required)
        );
        if let Format::Github = args.format {
            let finding =
                Diagnostic::error(&file, new.version_at, &message).with_code("version-bump");
            crate::cli::print_out(report::github(&finding) + "\n")?;
        }
        eprintln!("error: {message} [version-bump]");
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
