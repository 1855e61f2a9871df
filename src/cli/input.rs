//! INPUT… and GRID on the command line, handed to the library's input engine
//! ([`aqor::input`]).
//!
//! INPUT… are assessment YAML files, campaign CSVs, workbooks (`.xlsx`, `.xlsm`,
//! `.xls`, `.ods`: the first sheet or `--sheet NAME`), folders (searched recursively
//! for those, in name order, skipping hidden entries, Excel's `~$` lock files and
//! grid files), `-` or pipes (stdin and pipes are copied to a temporary file; what
//! they hold is told from their first bytes).
//!
//! For a command that reads assessments:
//! ```ignore
//! #[command(flatten)]
//! input: input::InputArgs,          // INPUT…, --grid, --skip-invalid, --delimiter, --sheet
//!
//! // all at once (compare, plan): every valid assessment, or a CheckFailed error
//! let (grid, assessments) = args.input.read_all()?;
//!
//! // streaming (score): memory stays flat whatever the number of rows
//! let inputs = args.input.open()?;  // resolves the grid, lists the files
//! inputs.for_each(|grid, assessment| { /* … */ anyhow::Ok(()) })?;
//! ```
//! The grid is `--grid`, else the one the inputs name: a `grid` column or an
//! assessment's `grid.id`, else a file name starting with a built-in id followed by
//! `-`, `_` or `.` (`aqor-campaign-2025.csv` → `aqor`). All inputs must agree.
//!
//! Problems go to stderr as the engine finds them ([`Stderr`]); the first
//! [`MAX_WARNINGS`] warnings of the first pass are shown, the rest counted. Two
//! environment variables set engine options for tests: `AQOR_NO_FAST_PATH` (build
//! every campaign row in full) and `AQOR_SEEN_MEMORY_KEYS` (a small duplicate check
//! in memory, to test very large inputs on small ones).

use super::say::{self, OrSay};
use aqor::assessment::{self, Assessment};
use aqor::campaign;
use aqor::grid::{self, Grid, GridError};
use aqor::i18n::{Catalogue, Message};
use aqor::input::{Input, Kind, Options, Respondents, Sink};
use aqor::msg;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

pub use aqor::input::Inputs;

/// Warnings shown before the rest are only counted.
const MAX_WARNINGS: usize = 20;

/// GRID is a built-in grid id (`aqor`) or a path to a grid file.
///
/// Findings of an invalid grid file are printed to stderr; the error then says how many.
pub fn grid(spec: &str) -> anyhow::Result<Grid> {
    let grid = read_grid(spec)?;
    say::follow_grid(grid.default_language());
    Ok(grid)
}

fn read_grid(spec: &str) -> anyhow::Result<Grid> {
    if let Some(g) = grid::builtin::get(spec) {
        return Ok(g);
    }
    let path = Path::new(spec);
    if !path.exists() {
        return Err(say::fail(msg!(
            WORDS,
            "no_grid",
            spec = spec,
            ids = builtin_ids().join(", ")
        )));
    }
    grid::load_file(path)
        .inspect_err(|e| {
            if let GridError::Invalid { findings, .. } = e {
                findings.iter().for_each(say::finding);
            }
        })
        .map_err(Into::into)
}

/// The language to show texts in: `--lang`, else the grid's default. A language the
/// grid lacks is allowed (aqor's own words may exist in it) but said once on stderr.
pub fn language(grid: &Grid, lang: Option<&str>) -> String {
    let lang = lang.unwrap_or(grid.default_language()).to_string();
    if !grid.languages.contains(&lang) {
        say::note(msg!(
            WORDS,
            "grid_lacks_language",
            grid = grid.label(),
            lang = &lang,
            languages = grid.languages.join(", "),
            default = grid.default_language()
        ));
    }
    lang
}

fn builtin_ids() -> Vec<&'static str> {
    grid::builtin::SOURCES
        .iter()
        .map(|(id, _, _)| *id)
        .collect()
}

/// Command-line flags of every command that reads assessments.
#[derive(clap::Args, Debug)]
pub struct InputArgs {
    /// Assessment YAML files, campaign CSVs or workbooks, folders of them, or `-` for stdin
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Grid: a built-in id or a grid file [default: the grid the inputs name]
    #[arg(long, value_name = "GRID")]
    pub grid: Option<String>,
    /// Use the valid rows and list the invalid ones on stderr, instead of failing
    #[arg(long)]
    pub skip_invalid: bool,
    /// Campaign CSV delimiter, when detecting `,` `;` or tab guesses wrong
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// Several respondents for one structure (a group self-assessment): `median`
    /// scores each structure at the median of its respondents' answers in a campaign
    /// [default: refused, see `aqor consensus`]
    #[arg(long, value_enum, value_name = "HOW")]
    pub respondents: Option<RespondentsArg>,
    /// Name respondents R1, R2… (in input order) and take their names out of what
    /// they wrote (`aqor consensus`, `--respondents median`)
    #[arg(long)]
    pub anonymize_respondents: bool,
    /// Read a group self-assessment (set by `aqor consensus`): see [`Options::respondents`].
    #[arg(skip)]
    pub group: bool,
    /// The sheet of workbook inputs (.xlsx, .xlsm, .xls, .ods) to read [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The campaign of every assessment that names none (no `campaign` column or key),
    /// instead of its campaign file's name or its date's period
    #[arg(long, value_name = "LABEL")]
    pub campaign: Option<String>,
    /// Campaigns of assessment files that name none: calendar years, or school years
    /// from 1 September (`2025-2026`)
    #[arg(long, value_enum, default_value_t = PeriodArg::Calendar)]
    pub period: PeriodArg,
    /// A structure assessed twice in one campaign: use its latest assessment and
    /// leave the others out with a note, instead of failing
    #[arg(long, value_enum, value_name = "WHICH")]
    pub keep: Option<KeepArg>,
    /// Refuse a campaign file that lacks the column of an indicator of the grid
    /// (without it, a warning)
    #[arg(long)]
    pub strict: bool,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum PeriodArg {
    Calendar,
    School,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum RespondentsArg {
    /// Per indicator, the median of the respondents' levels (the lower middle one
    /// for an even count); what each wrote kept after their name
    Median,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum KeepArg {
    /// The assessment with the latest date (the last read, at equal dates)
    Latest,
}

/// `;`, `,`, `tab` or `\t`, or any other single ASCII character.
pub fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && s.is_ascii() => Ok(s.as_bytes()[0]),
        // Said in the chosen language: it is known before the command line is parsed.
        _ => Err(say::text(&msg!(WORDS, "bad_delimiter", typed = s))),
    }
}

impl InputArgs {
    /// How assessments that name no campaign are grouped.
    pub fn period(&self) -> campaign::Period {
        match self.period {
            PeriodArg::Calendar => campaign::Period::Calendar,
            PeriodArg::School => campaign::Period::School,
        }
    }

    /// What the read does with one respondent's answers: `aqor consensus` requires
    /// them, `--respondents median` brings them together, other reads refuse them.
    fn respondents(&self) -> anyhow::Result<Respondents> {
        let words = super::consensus::WORDS;
        Ok(
            match (self.group, self.respondents, self.anonymize_respondents) {
                (true, Some(_), _) => {
                    return Err(super::say::fail(aqor::msg!(words, "median_here")));
                }
                (true, None, _) => Respondents::Required,
                (false, Some(RespondentsArg::Median), anonymize) => {
                    Respondents::Median { anonymize }
                }
                (false, None, true) => {
                    return Err(super::say::fail(aqor::msg!(
                        words,
                        "anonymize_needs_median"
                    )));
                }
                (false, None, false) => Respondents::Refused,
            },
        )
    }

    /// Lists the input files (folders expanded, stdin spooled) and resolves the grid.
    pub fn open(&self) -> anyhow::Result<Inputs> {
        let respondents = self.respondents()?;
        let mut files = Vec::new();
        let mut stdin = false;
        for path in &self.inputs {
            // Stdin, and pipes such as `<(zcat campaign.csv.gz)`, can be read only once:
            // they are copied to a temporary file first (kind, grid and rows read it).
            let pipe = path.as_os_str() != "-"
                && std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
            if pipe {
                let name = path.display().to_string();
                let f =
                    File::open(path).or_say(|| msg!(say::WORDS, "cannot_read", file = &name))?;
                files.push(Input::spooled(spool(f, &name)?, &name)?);
            } else if path.as_os_str() == "-" {
                if stdin {
                    return Err(say::fail(msg!(WORDS, "stdin_twice")));
                }
                stdin = true;
                files.push(Input::spooled(
                    spool(io::stdin().lock(), "stdin")?,
                    "<stdin>",
                )?);
            } else if path.is_dir() {
                let before = files.len();
                let mut left = Vec::new();
                let group = respondents != Respondents::Refused;
                walk(path, &mut files, &mut left, group)?;
                if !left.is_empty() {
                    say::note(msg!(
                        super::consensus::WORDS,
                        "walk_left",
                        n = left.len(),
                        dir = path.as_path(),
                        first = left[0].as_path()
                    ));
                }
                if files.len() == before {
                    return Err(say::fail(msg!(WORDS, "empty_folder", dir = path)));
                }
            } else {
                files.push(Input::file(path.clone())?);
            }
        }
        let grid = match &self.grid {
            Some(spec) => grid(spec)?,
            None => named_grid(&files, self.delimiter, self.sheet.as_deref())?,
        };
        let options = Options {
            skip_invalid: self.skip_invalid,
            delimiter: self.delimiter,
            sheet: self.sheet.clone(),
            no_fast_path: std::env::var_os("AQOR_NO_FAST_PATH").is_some(),
            seen_memory_keys: std::env::var("AQOR_SEEN_MEMORY_KEYS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(campaign::MEMORY_KEYS),
            respondents,
            period: self.period(),
            campaign: self.campaign.clone(),
            keep_latest: matches!(self.keep, Some(KeepArg::Latest)),
            strict: self.strict,
        };
        let mut inputs = Inputs::new(grid, files, options, Box::<Stderr>::default());
        // Every command carries older versions' answers by the one rule (docs/grids.md).
        inputs.bridge_versions();
        Ok(inputs)
    }

    /// Every valid assessment of the inputs, in input order, with their grid.
    ///
    /// Any problem is printed and gives `CheckFailed` (unless `--skip-invalid`).
    pub fn read_all(&self) -> anyhow::Result<(Grid, Vec<Assessment>)> {
        let inputs = self.open()?;
        let all = inputs.read_all::<anyhow::Error>()?;
        note_carried(&inputs);
        Ok((inputs.grid, all))
    }
}

/// Says on stderr how many assessments of older grid versions were carried over.
pub fn note_carried(inputs: &Inputs) {
    for (old, n) in inputs.carried() {
        say::note(msg!(
            WORDS,
            "carried",
            n = n,
            id = &inputs.grid.id,
            old = old,
            grid = inputs.grid.label()
        ));
    }
}

/// Problems and warnings on stderr, as the engine finds them; warnings are shown
/// on the first pass only, the first [`MAX_WARNINGS`] of it.
#[derive(Default)]
pub(crate) struct Stderr {
    warnings: usize,
    /// Passes over: later ones have shown their warnings already.
    passes: usize,
}

impl Sink for Stderr {
    fn problem(&mut self, text: &Message) {
        say::line(text.clone());
    }

    fn warning(&mut self, text: &Message) {
        self.warnings += 1;
        if self.passes == 0 && self.warnings <= MAX_WARNINGS {
            // A file's finding (`file:line:col: warning: …`) says its kind itself.
            if text.key() == "at_warning" {
                say::line(text.clone());
            } else {
                say::warning(text.clone());
            }
        }
    }

    fn shows_warnings(&self) -> bool {
        self.passes == 0 && self.warnings < MAX_WARNINGS
    }

    fn unworded(&mut self, count: usize) {
        self.warnings += count;
    }

    fn note(&mut self, text: &Message) {
        say::line(text.clone());
    }

    fn warnings_done(&mut self) {
        if self.passes == 0 && self.warnings > MAX_WARNINGS {
            say::line(msg!(
                WORDS,
                "more_warnings",
                n = self.warnings - MAX_WARNINGS
            ));
        }
        self.passes += 1;
        self.warnings = 0;
    }
}

/// A copy of `input` (named `name` in errors) in a temporary file.
fn spool(mut input: impl Read, name: &str) -> anyhow::Result<tempfile::NamedTempFile> {
    let mut tmp = tempfile::NamedTempFile::new().or_say(|| msg!(WORDS, "cannot_create_temp"))?;
    io::copy(&mut input, &mut tmp).or_say(|| msg!(say::WORDS, "cannot_read", file = name))?;
    Ok(tmp)
}

/// The inputs in `dir`; one respondent's files (unless `group`) go to `left`, for a note.
fn walk(
    dir: &Path,
    out: &mut Vec<Input>,
    left: &mut Vec<PathBuf>,
    group: bool,
) -> anyhow::Result<()> {
    let cannot = || msg!(WORDS, "cannot_read_folder", dir = dir);
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .or_say(cannot)?
        .collect::<io::Result<_>>()
        .or_say(cannot)?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        // `~$name.xlsx` is the lock file Excel leaves beside an open workbook.
        if e.file_name().to_string_lossy().starts_with(['.', '~']) {
            continue;
        }
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, out, left, group)?;
            continue;
        }
        if Kind::of_extension(&path).is_none() || !path.is_file() {
            continue;
        }
        // Its bytes say what it holds, whatever its name says.
        let input = Input::file(path)?;
        let yaml = input.kind() == Kind::Assessment;
        if yaml && !group && aqor::input::is_respondent_file(input.path()) {
            left.push(input.path().to_path_buf());
        } else if !(yaml && aqor::input::is_grid_file(input.path())) {
            out.push(input);
        }
    }
    Ok(())
}

/// The grid the inputs name (see the module doc), or an error asking for `--grid`.
fn named_grid(files: &[Input], delimiter: Option<u8>, sheet: Option<&str>) -> anyhow::Result<Grid> {
    let mut named: Vec<(String, &str)> = Vec::new();
    for input in files {
        if let Some(id) = grid_named_by(input, delimiter, sheet)
            && !named.iter().any(|(g, _)| *g == id)
        {
            named.push((id, input.name()));
        }
    }
    match named.as_slice() {
        [] => {
            unreadable_assessments(files)?;
            Err(say::fail(msg!(
                WORDS,
                "which_grid",
                ids = builtin_ids().join(", ")
            )))
        }
        [(id, _)] => grid(id),
        several => {
            let list: Vec<String> = several.iter().map(|(g, f)| format!("{f}: {g}")).collect();
            Err(say::fail(msg!(
                WORDS,
                "several_grids",
                list = list.join(", ")
            )))
        }
    }
}

/// When no grid could be named, a YAML file that does not parse says why itself.
fn unreadable_assessments(files: &[Input]) -> anyhow::Result<()> {
    let mut broken = 0;
    for input in files.iter().filter(|i| i.kind() == Kind::Assessment) {
        let Ok(text) = std::fs::read_to_string(input.path()) else {
            continue;
        };
        if let Err(finding) = assessment::parse(&text, input.name()) {
            say::finding(&finding);
            broken += 1;
        }
    }
    if broken > 0 {
        return Err(say::check_failed(msg!(
            WORDS,
            "unreadable_assessments",
            n = broken
        )));
    }
    Ok(())
}

fn grid_named_by(input: &Input, delimiter: Option<u8>, sheet: Option<&str>) -> Option<String> {
    let from_content = match input.kind() {
        Kind::Workbook => input
            .sheet(sheet)
            .ok()
            .and_then(|s| s.grid.clone())
            .and_then(|g| g.split([' ', '@']).next().map(String::from)),
        Kind::Campaign => File::open(input.path())
            .ok()
            .and_then(|f| {
                campaign::peek_grid(f, input.name(), delimiter)
                    .ok()
                    .flatten()
            })
            .and_then(|g| g.split([' ', '@']).next().map(String::from)),
        Kind::Assessment => std::fs::read_to_string(input.path())
            .ok()
            .and_then(|t| assessment::peek_grid_id(&t)),
    };
    from_content.or_else(|| {
        let file = input.path().file_name()?.to_string_lossy().into_owned();
        let mut ids = builtin_ids();
        ids.sort_by_key(|id| std::cmp::Reverse(id.len()));
        ids.into_iter()
            .find(|id| {
                file.strip_prefix(id)
                    .is_some_and(|rest| rest.starts_with(['-', '_', '.']))
            })
            .map(String::from)
    })
}

/// What reading INPUT… and GRID says (en, fr, it, es, pl).
const WORDS: Catalogue = &[
    (
        "no_grid",
        [
            "no grid `{spec}`: not a built-in grid ({ids}) nor an existing file",
            "pas de grille `{spec}`\u{202f}: ce n’est ni une grille intégrée ({ids}) ni un fichier existant",
            "nessuna griglia `{spec}`: non è una griglia integrata ({ids}) né un file esistente",
            "no hay rejilla `{spec}`: no es una rejilla integrada ({ids}) ni un archivo existente",
            "brak siatki `{spec}`: to ani siatka wbudowana ({ids}), ani istniejący plik",
        ],
    ),
    (
        "grid_lacks_language",
        [
            "grid {grid} is not written in `{lang}` ({languages}); its texts are shown in {default}",
            "la grille {grid} n’est pas écrite en `{lang}` ({languages})\u{202f}; ses textes sont montrés en {default}",
            "la griglia {grid} non è scritta in `{lang}` ({languages}); i suoi testi sono mostrati in {default}",
            "la rejilla {grid} no está escrita en `{lang}` ({languages}); sus textos se muestran en {default}",
            "siatka {grid} nie jest napisana w `{lang}` ({languages}); jej teksty są pokazane w {default}",
        ],
    ),
    (
        "bad_delimiter",
        [
            "`{typed}` is not a delimiter; use one character such as `;` or `,`, or `tab`",
            "`{typed}` n’est pas un séparateur\u{202f}; donnez un seul caractère, comme le point-virgule ou la virgule, ou `tab`",
            "`{typed}` non è un separatore; usa un solo carattere, come il punto e virgola o la virgola, oppure `tab`",
            "`{typed}` no es un separador; use un solo carácter, como el punto y coma o la coma, o `tab`",
            "`{typed}` nie jest separatorem; podajcie jeden znak, np. średnik lub przecinek, albo `tab`",
        ],
    ),
    (
        "stdin_twice",
        [
            "`-` (stdin) is given twice",
            "`-` (l’entrée standard) est donné deux fois",
            "`-` (l’input standard) è indicato due volte",
            "`-` (la entrada estándar) se indica dos veces",
            "`-` (standardowe wejście) podano dwa razy",
        ],
    ),
    (
        "empty_folder",
        [
            "no assessment (*.yaml, *.yml) nor campaign (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) in folder {dir}",
            "ni évaluation (*.yaml, *.yml) ni campagne (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) dans le dossier {dir}",
            "nessuna valutazione (*.yaml, *.yml) né campagna (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) nella cartella {dir}",
            "ninguna evaluación (*.yaml, *.yml) ni campaña (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) en la carpeta {dir}",
            "brak oceny (*.yaml, *.yml) i kampanii (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) w folderze {dir}",
        ],
    ),
    (
        "carried",
        [
            "{n} assessment(s) of {id} {old} carried to {grid} through `replaces`",
            "{n} {n|évaluation|évaluations} de {id} {old} {n|reportée|reportées} vers {grid} par `replaces`",
            "{n} {n|valutazione|valutazioni} di {id} {old} {n|riportata|riportate} a {grid} tramite `replaces`",
            "{n} {n|evaluación|evaluaciones} de {id} {old} {n|trasladada|trasladadas} a {grid} mediante `replaces`",
            "{n} {n|ocena|oceny|ocen} {id} {old} {n|przeniesiona|przeniesione|przeniesionych} do {grid} przez `replaces`",
        ],
    ),
    (
        "more_warnings",
        [
            "… and {n} more warning(s) not shown",
            "… et {n} {n|autre avertissement non montré|autres avertissements non montrés}",
            "… e altri {n} {n|avviso non mostrato|avvisi non mostrati}",
            "… y {n} {n|aviso más no mostrado|avisos más no mostrados}",
            "… i {n} {n|kolejne ostrzeżenie niepokazane|kolejne ostrzeżenia niepokazane|kolejnych ostrzeżeń niepokazanych}",
        ],
    ),
    (
        "cannot_create_temp",
        [
            "cannot create a temporary file",
            "impossible de créer un fichier temporaire",
            "impossibile creare un file temporaneo",
            "no se puede crear un archivo temporal",
            "nie można utworzyć pliku tymczasowego",
        ],
    ),
    (
        "cannot_read_folder",
        [
            "cannot read folder {dir}",
            "impossible de lire le dossier {dir}",
            "impossibile leggere la cartella {dir}",
            "no se puede leer la carpeta {dir}",
            "nie można odczytać folderu {dir}",
        ],
    ),
    (
        "which_grid",
        [
            "which grid? give --grid GRID (a built-in id: {ids}, or a grid file), start the file name with the grid id (e.g. aqor-campaign-2025.csv), or add a `grid` column",
            "quelle grille\u{202f}? donnez --grid GRILLE (un identifiant intégré\u{202f}: {ids}, ou un fichier de grille), commencez le nom du fichier par l’identifiant de la grille (p. ex. aqor-campaign-2025.csv), ou ajoutez une colonne `grid`",
            "quale griglia? indica --grid GRIGLIA (un identificativo integrato: {ids}, o un file di griglia), inizia il nome del file con l’identificativo della griglia (es. aqor-campaign-2025.csv), o aggiungi una colonna `grid`",
            "¿qué rejilla? indique --grid REJILLA (un identificador integrado: {ids}, o un archivo de rejilla), empiece el nombre del archivo con el identificador de la rejilla (p. ej. aqor-campaign-2025.csv), o añada una columna `grid`",
            "która siatka? podajcie --grid SIATKA (identyfikator wbudowany: {ids} lub plik siatki), zacznijcie nazwę pliku od identyfikatora siatki (np. aqor-campaign-2025.csv) albo dodajcie kolumnę `grid`",
        ],
    ),
    (
        "several_grids",
        [
            "the inputs name different grids ({list}); score each grid's inputs separately, or give --grid",
            "les entrées nomment des grilles différentes ({list})\u{202f}; évaluez séparément les entrées de chaque grille, ou donnez --grid",
            "gli input nominano griglie diverse ({list}); calcola separatamente gli input di ogni griglia, o indica --grid",
            "las entradas nombran rejillas distintas ({list}); puntúe por separado las entradas de cada rejilla, o indique --grid",
            "wejścia wskazują różne siatki ({list}); oceniajcie wejścia każdej siatki osobno albo podajcie --grid",
        ],
    ),
    (
        "unreadable_assessments",
        [
            "{n} assessment file(s) could not be read",
            "{n} {n|fichier d’évaluation n’a pu être lu|fichiers d’évaluation n’ont pu être lus}",
            "{n} {n|file di valutazione non è stato letto|file di valutazione non sono stati letti}",
            "{n} {n|archivo de evaluación no se pudo leer|archivos de evaluación no se pudieron leer}",
            "{n} {n|pliku oceny nie udało się odczytać|plików oceny nie udało się odczytać|plików oceny nie udało się odczytać}",
        ],
    ),
];
