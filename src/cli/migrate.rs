//! `aqor migrate`: carry an assessment, or a campaign CSV, to a newer version of its grid.

use crate::cli::say::{self, OrSay};
use crate::cli::{CheckFailed, input};
use aqor::assessment;
use aqor::grid::{self, Grid};
use aqor::i18n::{Catalogue, Message};
use aqor::migrate::{LevelMap, MigrateError, Migration, migrate};
use aqor::msg;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Carry an assessment's answers to a newer version of its grid.
///
/// Answers follow their indicator (same id, or the indicator that `replaces` it).
/// Where an indicator's scale changed, --level-map says what old levels become;
/// without it the migration is refused (exit 1). The old grid is --from, else a
/// built-in grid or a grid file beside the new grid or the assessment with the
/// id, version and sha256 the assessment records. Writes the new assessment to
/// OUT (never over an existing file unless --force), or to stdout.
///
/// A campaign CSV is migrated row by row (its old grid is --from, else the one its
/// `grid` column names) into a campaign CSV of the new grid, or with --out-dir into
/// one assessment file per structure.
///
/// Example: aqor migrate cio-blois.yaml --to aqor -o cio-blois-1.0.yaml --level-map 0=no,1=no,2=yes,3=yes
///
/// Example: aqor migrate campagne-2025.csv --from grids/aqor-0.9.yaml --to aqor -o campagne-2025-v1.csv
#[derive(clap::Args)]
pub struct Args {
    /// The assessment file (aqor-assessment/1) or campaign CSV.
    assessment: PathBuf,
    /// The newer grid: built-in id or file.
    #[arg(long, value_name = "GRID")]
    to: String,
    /// The grid version the assessment answers (default: found by id and version).
    #[arg(long, value_name = "GRID")]
    from: Option<String>,
    /// Where to write the migrated assessment (default: stdout).
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// For a campaign CSV: write one assessment file per structure into DIR instead.
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    out_dir: Option<PathBuf>,
    /// Overwrite OUT (or files in DIR) if they exist.
    #[arg(long)]
    force: bool,
    /// OLD=NEW level pairs for indicators whose scale changed, comma-separated;
    /// `ID:OLD=NEW` for one indicator only; NEW `-` drops the answer. May repeat.
    #[arg(long, value_name = "OLD=NEW,…")]
    level_map: Vec<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let file = args.assessment.display().to_string();
    // An unreadable file goes on to be named by the assessment's own message.
    let kind = aqor::input::Input::file(args.assessment.clone()).map(|i| i.kind());
    if matches!(kind, Ok(aqor::input::Kind::Campaign)) {
        return campaign(&args);
    }
    anyhow::ensure!(
        args.out_dir.is_none(),
        say::text(&msg!(WORDS, "out_dir_campaign_only"))
    );
    let source = std::fs::read_to_string(&args.assessment)
        .or_say(|| msg!(WORDS, "cannot_read_assessment", file = &file))?;
    let located = assessment::parse(&source, &file).map_err(|d| CheckFailed(d.to_string()))?;
    let a = &located.assessment;
    let new = input::grid(&args.to)?;
    let old = match &args.from {
        Some(spec) => input::grid(spec)?,
        None => find_old(a, &args.assessment, &args.to)?,
    };
    let findings = assessment::check(&located, &old, &file);
    if findings.iter().any(|d| d.is_error()) {
        findings.iter().for_each(say::finding);
        return Err(say::check_failed(msg!(
            WORDS,
            "does_not_fit",
            file = &file,
            grid = old.label()
        )));
    }
    let map = level_map(&args)?;
    let m = migrate(&old, &new, a, &map).map_err(|e| refused(e, None))?;
    let yaml = assessment::to_yaml(&m.assessment);
    match &args.output {
        Some(out) => super::write_file(out, yaml.as_bytes(), args.force)?,
        None => super::print_out(yaml)?,
    }
    report(&m, &a.structure.id, &old, &new);
    Ok(ExitCode::SUCCESS)
}

/// A campaign CSV migrated row by row: every row is read against the old grid (any
/// problem stops it, nothing written), carried by the same rule as an assessment file.
fn campaign(args: &Args) -> anyhow::Result<ExitCode> {
    use aqor::input::{Input, Inputs, Options};
    let path = &args.assessment;
    let new = input::grid(&args.to)?;
    let old = match &args.from {
        Some(spec) => input::grid(spec)?,
        None => {
            let file = std::fs::File::open(path)?;
            let cell = aqor::campaign::peek_grid(file, &path.display().to_string(), None)?;
            let Some((id, version)) = cell.as_deref().and_then(|c| c.split_once('@')) else {
                return Err(say::fail(msg!(WORDS, "campaign_needs_from", file = path)));
            };
            find_grid(id, version, None, path, &args.to)?
        }
    };
    let files = vec![Input::file(path.clone())?];
    let sink = Box::<input::Stderr>::default();
    let all =
        Inputs::new(old.clone(), files, Options::default(), sink).read_all::<anyhow::Error>()?;
    let map = level_map(args)?;
    let mut migrated = Vec::with_capacity(all.len());
    for a in &all {
        let m = migrate(&old, &new, a, &map)
            .map_err(|e| refused(e, Some(format!("{}: {}", path.display(), a.structure.id))))?;
        report(&m, &a.structure.id, &old, &new);
        migrated.push(m.assessment);
    }
    match (&args.out_dir, &args.output) {
        (Some(dir), _) => {
            let ids = migrated.iter().map(|a| a.structure.id.as_str());
            let paths: Vec<PathBuf> = super::plan::unique_names(ids, "", "yaml")
                .into_iter()
                .map(|n| dir.join(n))
                .collect();
            // Every file is free before any is written: no half-migrated folder.
            if let Some(p) = paths.iter().find(|p| !args.force && p.exists()) {
                return Err(say::fail(msg!(say::WORDS, "exists_use_force", file = p)));
            }
            std::fs::create_dir_all(dir).or_say(|| msg!(say::WORDS, "cannot_write", file = dir))?;
            for (a, path) in migrated.iter().zip(&paths) {
                let yaml = assessment::to_yaml(a);
                super::write_file(path, yaml.as_bytes(), args.force)?;
            }
        }
        (None, Some(out)) => {
            let csv = aqor::campaign::write(&new, &migrated);
            super::write_file(out, csv.as_bytes(), args.force)?;
        }
        (None, None) => super::print_out(aqor::campaign::write(&new, &migrated))?,
    }
    say::line(msg!(
        WORDS,
        "migrated_rows",
        n = migrated.len(),
        file = path,
        new = new.label()
    ));
    Ok(ExitCode::SUCCESS)
}

/// The `--level-map` pairs given.
fn level_map(args: &Args) -> anyhow::Result<LevelMap> {
    let mut map = LevelMap::default();
    for spec in &args.level_map {
        map.add(spec).map_err(|e| refused(e, None))?;
    }
    Ok(map)
}

/// A migration refused: a bad `--level-map` is a usage error, anything else a failed
/// check of what is migrated (named by `place`).
fn refused(e: MigrateError, place: Option<String>) -> anyhow::Error {
    let m = e.message();
    match (e, place) {
        (MigrateError::BadLevelMap(_), _) => say::fail(m),
        (_, None) => say::check_failed(m),
        (_, Some(place)) => say::check_failed(aqor::campaign::about_file(&place, m)),
    }
}

/// What moved, on stderr.
fn report(m: &Migration, structure: &str, old: &Grid, new: &Grid) {
    say::line(msg!(
        WORDS,
        "migrated",
        structure = structure,
        old = old.label(),
        new = new.label()
    ));
    let carried: Vec<String> = m
        .carried
        .iter()
        .map(|c| {
            let id = if c.from == c.to {
                c.to.clone()
            } else {
                format!("{} → {}", c.from, c.to)
            };
            if c.level_from == c.level_to {
                format!("{id} ({})", c.level_to)
            } else {
                format!("{id} ({} → {})", c.level_from, c.level_to)
            }
        })
        .collect();
    line("carried", &carried);
    let dropped: Vec<String> = m
        .dropped
        .iter()
        .map(|d| format!("{} ({}): {}", d.id, d.level, say::text(&d.reason)))
        .collect();
    line("dropped", &dropped);
    let ids = |added: bool| -> Vec<String> {
        m.unanswered
            .iter()
            .filter(|u| u.added == added)
            .map(|u| u.id.clone())
            .collect()
    };
    line("newly_unanswered", &ids(true));
    line("still_unanswered", &ids(false));
}

fn line(what: &'static str, items: &[String]) {
    if !items.is_empty() {
        say::line(msg!(
            WORDS,
            "list",
            what = Message::new(WORDS, what),
            n = items.len(),
            items = items.join(", ")
        ));
    }
}

/// The grid the assessment answers: built-in, or a grid file next to the new grid or
/// the assessment, matching id, version and (when recorded) sha256.
fn find_old(a: &assessment::Assessment, assessment: &Path, to: &str) -> anyhow::Result<Grid> {
    let g = &a.grid;
    find_grid(&g.id, &g.version, g.sha256.as_deref(), assessment, to)
}

/// The grid `id` at `version` (and `sha256` when known): built-in, or a grid file next
/// to the new grid `to` or to the file migrated.
fn find_grid(
    id: &str,
    version: &str,
    sha256: Option<&str>,
    assessment: &Path,
    to: &str,
) -> anyhow::Result<Grid> {
    let fits = |g: &Grid| {
        g.id == id && g.version.to_string() == version && sha256.is_none_or(|s| s == g.sha256)
    };
    if let Some(g) = grid::builtin::get(id).filter(|g| fits(g)) {
        return Ok(g);
    }
    let mut dirs: Vec<PathBuf> = Vec::new();
    for p in [Path::new(to), assessment] {
        if p.is_file() {
            let dir = p.parent().filter(|d| !d.as_os_str().is_empty());
            dirs.push(dir.unwrap_or(Path::new(".")).to_path_buf());
        }
    }
    dirs.dedup();
    for dir in &dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
            .collect();
        files.sort();
        for f in files {
            if let Ok(g) = grid::load_file(&f)
                && fits(&g)
            {
                return Ok(g);
            }
        }
    }
    let searched: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    let m = if searched.is_empty() {
        msg!(
            WORDS,
            "no_old_grid",
            grid = format!("{id} {version}"),
            file = assessment
        )
    } else {
        msg!(
            WORDS,
            "no_old_grid_in",
            grid = format!("{id} {version}"),
            file = assessment,
            dirs = searched.join(", ")
        )
    };
    Err(say::fail(m))
}

/// What `aqor migrate` says.
const WORDS: Catalogue = &[
    (
        "campaign_needs_from",
        [
            "{file} has no `grid` column naming the version it answers (such as aqor@1.0.0); give --from GRID",
            "{file} n’a pas de colonne `grid` nommant la version à laquelle il répond (comme aqor@1.0.0)\u{202f}; donnez --from GRID",
            "{file} non ha una colonna `grid` che nomini la versione a cui risponde (come aqor@1.0.0); date --from GRID",
            "{file} no tiene una columna `grid` que nombre la versión que responde (como aqor@1.0.0); indiquen --from GRID",
            "{file} nie ma kolumny `grid` z wersją, na którą odpowiada (np. aqor@1.0.0); podajcie --from GRID",
        ],
    ),
    (
        "out_dir_campaign_only",
        [
            "--out-dir is for a campaign CSV; for one assessment use -o",
            "--out-dir est pour une campagne CSV\u{202f}; pour une évaluation, utilisez -o",
            "--out-dir è per una campagna CSV; per una valutazione usate -o",
            "--out-dir es para una campaña CSV; para una evaluación usen -o",
            "--out-dir służy do kampanii CSV; dla jednej oceny użyjcie -o",
        ],
    ),
    (
        "migrated_rows",
        [
            "migrated {n} {n|row|rows} of {file} to {new}",
            "{n} {n|ligne migrée|lignes migrées} de {file} vers {new}",
            "{n} {n|riga migrata|righe migrate} di {file} a {new}",
            "{n} {n|fila migrada|filas migradas} de {file} a {new}",
            "przeniesiono {n} {n|wiersz|wiersze|wierszy} z {file} do {new}",
        ],
    ),
    (
        "cannot_read_assessment",
        [
            "cannot read assessment {file}",
            "impossible de lire l’évaluation {file}",
            "impossibile leggere la valutazione {file}",
            "no se puede leer la evaluación {file}",
            "nie można odczytać oceny {file}",
        ],
    ),
    (
        "does_not_fit",
        [
            "{file} does not fit {grid}; fix it first",
            "{file} ne correspond pas à {grid}\u{202f}; corrigez-la d’abord",
            "{file} non corrisponde a {grid}; correggetelo prima",
            "{file} no corresponde a {grid}; corríjanlo primero",
            "{file} nie pasuje do {grid}; najpierw ją poprawcie",
        ],
    ),
    (
        "migrated",
        [
            "migrated {structure} from {old} to {new}",
            "{structure} migré de {old} vers {new}",
            "{structure} migrato da {old} a {new}",
            "{structure} migrado de {old} a {new}",
            "przeniesiono {structure} z {old} do {new}",
        ],
    ),
    (
        "list",
        [
            "{what} ({n}): {items}",
            "{what} ({n})\u{202f}: {items}",
            "{what} ({n}): {items}",
            "{what} ({n}): {items}",
            "{what} ({n}): {items}",
        ],
    ),
    (
        "carried",
        [
            "carried",
            "reportées",
            "riportate",
            "trasladadas",
            "przeniesione",
        ],
    ),
    (
        "dropped",
        [
            "dropped",
            "abandonnées",
            "scartate",
            "descartadas",
            "pominięte",
        ],
    ),
    (
        "newly_unanswered",
        [
            "newly unanswered (new indicators)",
            "nouvellement sans réponse (nouveaux indicateurs)",
            "ora senza risposta (nuovi indicatori)",
            "ahora sin respuesta (indicadores nuevos)",
            "nowe bez odpowiedzi (nowe wskaźniki)",
        ],
    ),
    (
        "still_unanswered",
        [
            "still unanswered",
            "toujours sans réponse",
            "ancora senza risposta",
            "aún sin respuesta",
            "nadal bez odpowiedzi",
        ],
    ),
    (
        "no_old_grid",
        [
            "cannot find grid {grid} that {file} answers (looked at the built-in grids); give it with --from FILE",
            "grille {grid} à laquelle répond {file} introuvable (cherchée parmi les grilles intégrées)\u{202f}; indiquez-la avec --from FICHIER",
            "griglia {grid} a cui risponde {file} non trovata (cercata tra le griglie integrate); indicatela con --from FILE",
            "no se encuentra el referencial {grid} al que responde {file} (buscado entre los referenciales integrados); indíquenlo con --from ARCHIVO",
            "nie znaleziono siatki {grid}, na którą odpowiada {file} (szukano wśród wbudowanych siatek); podajcie ją przez --from PLIK",
        ],
    ),
    (
        "no_old_grid_in",
        [
            "cannot find grid {grid} that {file} answers (looked at the built-in grids and in {dirs}); give it with --from FILE",
            "grille {grid} à laquelle répond {file} introuvable (cherchée parmi les grilles intégrées et dans {dirs})\u{202f}; indiquez-la avec --from FICHIER",
            "griglia {grid} a cui risponde {file} non trovata (cercata tra le griglie integrate e in {dirs}); indicatela con --from FILE",
            "no se encuentra el referencial {grid} al que responde {file} (buscado entre los referenciales integrados y en {dirs}); indíquenlo con --from ARCHIVO",
            "nie znaleziono siatki {grid}, na którą odpowiada {file} (szukano wśród wbudowanych siatek i w {dirs}); podajcie ją przez --from PLIK",
        ],
    ),
];
