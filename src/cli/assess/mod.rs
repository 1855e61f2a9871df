//! `aqor assess`: an interactive self-assessment in the terminal, saved after every
//! answer and resumable.
//!
//! The flow (`flow`, `details`, `setup`) talks to the user only through the `Prompt`
//! trait: `tty` draws it with inquire, `plain` reads lines, and unit tests script it.

mod agree;
mod details;
mod flow;
mod line;
mod list;
mod lock;
mod plain;
mod prompt;
mod screen;
mod setup;
mod store;
mod summary;
mod term;
mod tty;
mod words;

use super::input;
use aqor::assessment::{Assessment, Role};
use aqor::diagnostic::did_you_mean;
use aqor::grid::Grid;
use prompt::{Interrupted, Prompt, Reply};
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use words::w;

/// Self-assess a structure against a grid, interactively, in the terminal.
///
/// Asks for the structure, then walks the grid indicator by indicator. Every answer is
/// saved to FILE at once: stop at any time (Ctrl-C) and run the same command again to
/// resume. Keys: arrows or a level's key then Enter; Esc goes back one question.
///
/// Example: aqor assess aqor -o cio-blois-2026.yaml --lang fr
///
/// With --consensus, records a group's agreement in a consensus draft made by
/// `aqor consensus`, only on the indicators marked to discuss.
///
/// Example: aqor assess consensus/consensus-cio-blois.yaml --consensus
#[derive(clap::Args)]
pub struct Args {
    /// Grid: a built-in id (aqor, qualiopi, services-publics-plus) or a grid file;
    /// with --consensus, the consensus draft (YAML).
    grid: String,
    /// Assessment file (YAML) to create, or to resume when it exists.
    #[arg(
        short,
        long,
        value_name = "FILE",
        required_unless_present = "consensus",
        conflicts_with = "consensus"
    )]
    output: Option<PathBuf>,
    /// Record the group's agreed level and why on each indicator the draft marks to discuss.
    #[arg(long)]
    consensus: bool,
    /// Language of the questions and of the grid's texts (fr, en, it, es, pl); default: the grid's.
    #[arg(long)]
    lang: Option<String>,
    /// The structure's id (asked when missing).
    #[arg(long)]
    structure_id: Option<String>,
    /// The structure's name (asked when missing).
    #[arg(long)]
    structure_name: Option<String>,
    /// A profile of the grid the structure has; repeat for several (asked when missing).
    #[arg(long = "profile", value_name = "PROFILE")]
    profiles: Vec<String>,
    /// The network the structure belongs to.
    #[arg(long)]
    network: Option<String>,
    /// Who answers.
    #[arg(long)]
    assessor: Option<String>,
    /// One respondent of a group self-assessment: these answers are this person's own,
    /// to bring together with the others' by `aqor consensus` (docs/consensus.md).
    #[arg(long, value_name = "NAME", value_parser = parse_respondent)]
    respondent: Option<String>,
    /// The respondent's role: team, management, partner or user.
    #[arg(long, value_name = "ROLE", value_parser = parse_role, requires = "respondent")]
    role: Option<Role>,
    /// Ask line by line on stdin/stdout, without a full-screen terminal (scripts, screen readers).
    #[arg(long)]
    plain: bool,
}

/// Exit status after the user stops (Ctrl-C), as shells expect.
const STOPPED: u8 = 130;

impl Args {
    /// FILE of `-o`, which clap requires unless `--consensus` (whose run does not ask).
    fn output(&self) -> &Path {
        self.output.as_deref().unwrap_or(Path::new(""))
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.consensus {
        return agree::run(&args);
    }
    let grid = input::grid(&args.grid)?;
    let stored = std::fs::read_to_string(args.output())
        .ok()
        .and_then(|t| aqor::assessment::peek_language(&t));
    let lang = input::language(&grid, args.lang.as_deref().or(stored.as_deref()));
    check_profiles(&grid, &args.profiles, &lang)?;
    let terminal = io::stdin().is_terminal() && io::stdout().is_terminal();
    let fail = |m: aqor::i18n::Message| anyhow::Error::msg(m.say(&lang));
    if !args.plain && !terminal {
        let grid_word = shell_word(&args.grid);
        let file_word = shell_word(&args.output().display().to_string());
        let m = aqor::msg!(
            words::WORDS,
            "needs_terminal",
            grid = grid_word,
            file = file_word
        );
        return Err(fail(m));
    }
    if let Some(dir) = args.output().parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        let file = args.output();
        return Err(fail(aqor::msg!(
            words::WORDS,
            "no_folder",
            file = file,
            folder = dir
        )));
    }
    let (mut store, resumed) = store::Store::open(args.output(), &grid, &lang)?;
    let outcome = if args.plain {
        let mut p = plain::Plain::new(io::stdin().lock(), io::stdout(), &lang);
        p.show(w("plain_intro", &lang));
        store.notices.drain(..).for_each(|n| p.show(&n));
        assess(&args, &grid, &lang, resumed, &mut store, &mut p, false)
    } else {
        let bold = std::env::var_os("NO_COLOR").is_none() && io::stderr().is_terminal();
        let mut p = tty::Tty::new(&lang);
        store.notices.drain(..).for_each(|n| p.show(&n));
        assess(&args, &grid, &lang, resumed, &mut store, &mut p, bold)
    };
    let file = args.output().display().to_string();
    match outcome {
        Ok(Some(a)) => {
            super::print_out(summary::render(&grid, &a, &lang, &file))?;
            Ok(ExitCode::SUCCESS)
        }
        Ok(None) => {
            eprintln!("{}", w("nothing_written", &lang));
            Ok(ExitCode::from(STOPPED))
        }
        Err(e) if e.is::<Interrupted>() => {
            eprintln!();
            if args.output().exists() {
                eprintln!("{} {file}.", w("stopped_saved", &lang));
                eprintln!("{}\n  {}", w("resume_hint", &lang), resume_command(&args));
            } else {
                eprintln!("{}", w("nothing_written", &lang));
            }
            Ok(ExitCode::from(STOPPED))
        }
        Err(e) => Err(e),
    }
}

/// Creates or resumes the file, then walks the grid; `None` when the user left before
/// anything was written.
fn assess(
    args: &Args,
    grid: &Grid,
    lang: &str,
    resumed: Option<Assessment>,
    store: &mut store::Store,
    p: &mut dyn Prompt,
    bold: bool,
) -> anyhow::Result<Option<Assessment>> {
    let file = args.output().display().to_string();
    let (assessment, resuming) = match resumed {
        Some(mut a) => {
            if apply_flags(&mut a, args, lang, &file)? {
                store.save(&a)?;
            }
            (a, true)
        }
        None => {
            let Reply::Given((structure, assessor)) = setup::ask(p, grid, lang, &known(args))?
            else {
                return Ok(None);
            };
            let mut a = Assessment::new(grid, structure, chrono::Local::now().date_naive());
            a.assessor = assessor;
            a.respondent = args.respondent.clone();
            a.role = args.role;
            a.language = Some(lang.to_string());
            store.save(&a)?;
            p.show(&format!("{} {file}.", w("saved_as_you_go", lang)));
            (a, false)
        }
    };
    let mut save = |a: &Assessment| store.save(a);
    let mut session = flow::Session::new(grid, assessment, lang, &mut save);
    session.bold = bold;
    let start = session.first_unanswered();
    if resuming {
        let (done, n) = (session.answered(), session.in_scope());
        let next = match start {
            Some(i) => format!("{} {}.", w("continuing_at", lang), session.indicator_id(i)),
            None => w("all_answered", lang).to_string(),
        };
        p.show(&format!(
            "{} {file}: {done}/{n} {}; {next}",
            w("resuming", lang),
            w("answered", lang)
        ));
    }
    session.walk(p, start)?;
    Ok(Some(session.assessment))
}

fn known(args: &Args) -> setup::Known {
    setup::Known {
        id: args.structure_id.clone(),
        name: args.structure_name.clone(),
        network: args.network.clone(),
        assessor: args.assessor.clone(),
        profiles: (!args.profiles.is_empty()).then(|| args.profiles.clone()),
    }
}

/// Applies command-line details to a resumed assessment; true when something changed.
/// Another structure id is refused: that would be someone else's file.
fn apply_flags(a: &mut Assessment, args: &Args, lang: &str, file: &str) -> anyhow::Result<bool> {
    if let Some(id) = &args.structure_id
        && *id != a.structure.id
    {
        let m = aqor::msg!(
            words::WORDS,
            "other_structure",
            file = file,
            had = &a.structure.id,
            asked = id
        );
        return Err(anyhow::Error::msg(m.say(lang)));
    }
    if let Some(r) = &args.respondent
        && a.respondent.as_ref().is_some_and(|had| had != r)
    {
        anyhow::bail!(
            "{}",
            agree::other_respondent(lang, file, a.respondent.as_deref().unwrap_or_default(), r)
        );
    }
    let before = a.clone();
    if args.respondent.is_some() {
        a.respondent = args.respondent.clone();
    }
    if args.role.is_some() {
        a.role = args.role;
    }
    let s = &mut a.structure;
    if let Some(n) = &args.structure_name {
        s.name = n.clone();
    }
    if args.network.is_some() {
        s.network = args.network.clone();
    }
    if !args.profiles.is_empty() {
        s.profiles = args.profiles.clone();
    }
    if args.assessor.is_some() {
        a.assessor = args.assessor.clone();
    }
    if args.lang.is_some() || a.language.is_none() {
        a.language = Some(lang.to_string());
    }
    Ok(*a != before)
}

/// Every `--profile` is one of the grid's, or the error names the grid's profiles.
fn check_profiles(grid: &Grid, profiles: &[String], lang: &str) -> anyhow::Result<()> {
    let ids = || grid.profiles.iter().map(|p| p.id.as_str());
    let Some(typed) = profiles.iter().find(|p| !ids().any(|id| id == p.as_str())) else {
        return Ok(());
    };
    let known = ids().collect::<Vec<_>>().join(", ");
    let m = match did_you_mean(typed, ids()) {
        _ if known.is_empty() => aqor::msg!(
            words::WORDS,
            "no_profiles",
            typed = typed,
            grid = grid.label()
        ),
        Some(near) => aqor::msg!(
            words::WORDS,
            "no_such_profile_near",
            typed = typed,
            grid = grid.label(),
            near = near,
            known = known
        ),
        None => aqor::msg!(
            words::WORDS,
            "no_such_profile",
            typed = typed,
            grid = grid.label(),
            known = known
        ),
    };
    Err(anyhow::Error::msg(m.say(lang)))
}

/// `--respondent`: a name, not blanks.
fn parse_respondent(s: &str) -> Result<String, String> {
    match s.trim() {
        "" => Err(crate::cli::say::text(&aqor::msg!(
            aqor::assessment::WORDS,
            "empty_respondent"
        ))),
        name => Ok(name.to_string()),
    }
}

/// `--role`: one of the four roles.
fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s).ok_or_else(|| {
        crate::cli::say::text(&aqor::msg!(aqor::campaign::WORDS, "bad_role", typed = s))
    })
}

/// The command that resumes this session (its language is in the file).
fn resume_command(args: &Args) -> String {
    let mut cmd = format!(
        "aqor assess {} -o {}",
        shell_word(&args.grid),
        shell_word(&args.output().display().to_string())
    );
    if args.plain {
        cmd.push_str(" --plain");
    }
    cmd
}

/// A word quoted for a POSIX shell when it needs to be.
fn shell_word(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || "-_./:@+,=".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}
