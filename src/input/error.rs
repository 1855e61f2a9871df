//! Why a pass stopped: an input that cannot be read, or inputs that fail a check.

use super::WORDS;
use crate::campaign::{self, CampaignError};
use crate::i18n::Message;
use crate::msg;
use crate::workbook::WorkbookError;
use std::{fmt, io};

#[derive(Debug)]
pub enum Error {
    /// A file (or its copy) cannot be read: nothing was checked.
    Read {
        name: String,
        source: io::Error,
    },
    /// The temporary file of the duplicate check cannot be written or read back.
    Spill {
        reading: bool,
        source: io::Error,
    },
    Campaign(CampaignError),
    /// A workbook that cannot be read at all (corrupt, protected, no such sheet).
    Workbook(WorkbookError),
    /// The inputs were read but some fail a check (each problem went to the sink).
    Failed(Message),
}

impl Error {
    pub(crate) fn read(name: &str) -> impl FnOnce(io::Error) -> Error + '_ {
        move |source| Error::Read {
            name: name.to_string(),
            source,
        }
    }

    /// What went wrong, said later in the reader's language (an I/O error's own
    /// words come after it, from its source); `None` for a workbook's list of
    /// cells, which its `Display` gives line by line.
    pub fn message(&self) -> Option<Message> {
        Some(match self {
            Error::Read { name, .. } => msg!(campaign::WORDS, "cannot_read", file = name),
            Error::Spill { reading: false, .. } => msg!(WORDS, "spill_write"),
            Error::Spill { reading: true, .. } => msg!(WORDS, "spill_read"),
            Error::Campaign(e) => e.message(),
            Error::Workbook(WorkbookError::Unreadable(m)) | Error::Failed(m) => m.clone(),
            Error::Workbook(WorkbookError::Cells(_)) => return None,
        })
    }
}

impl fmt::Display for Error {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Campaign(e) => e.fmt(f),
            Error::Workbook(e) => e.fmt(f),
            other => other.message().map_or(Ok(()), |m| m.fmt(f)),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } | Error::Spill { source, .. } => Some(source),
            // Said through them: their own source comes next.
            Error::Campaign(e) => std::error::Error::source(e),
            Error::Workbook(e) => std::error::Error::source(e),
            Error::Failed(_) => None,
        }
    }
}

impl From<CampaignError> for Error {
    fn from(e: CampaignError) -> Self {
        Error::Campaign(e)
    }
}

impl From<WorkbookError> for Error {
    fn from(e: WorkbookError) -> Self {
        Error::Workbook(e)
    }
}
