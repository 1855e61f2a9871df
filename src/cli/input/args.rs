//! The flags every command that reads assessments shares.

use super::WORDS;
use crate::cli::say;
use aqor::campaign;
use aqor::input::Respondents;
use aqor::msg;
use std::path::PathBuf;

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
    pub(super) fn respondents(&self) -> anyhow::Result<Respondents> {
        Ok(
            match (self.group, self.respondents, self.anonymize_respondents) {
                (true, Some(_), _) => {
                    return Err(say::fail(msg!(WORDS, "median_here")));
                }
                (true, None, _) => Respondents::Required,
                (false, Some(RespondentsArg::Median), anonymize) => {
                    Respondents::Median { anonymize }
                }
                (false, None, true) => {
                    return Err(say::fail(msg!(WORDS, "anonymize_needs_median")));
                }
                (false, None, false) => Respondents::Refused,
            },
        )
    }
}
