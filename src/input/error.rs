//! Why a pass stopped: an input that cannot be read, or inputs that fail a check.

use crate::campaign::CampaignError;
use std::io;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file (or its copy) cannot be read: nothing was checked.
    #[error("cannot read {name}")]
    Read {
        name: String,
        #[source]
        source: io::Error,
    },
    /// The temporary file of the duplicate check cannot be written or read back.
    #[error("cannot {doing} the temporary file of structures and dates")]
    Spill {
        doing: &'static str,
        #[source]
        source: io::Error,
    },
    #[error(transparent)]
    Campaign(#[from] CampaignError),
    /// A workbook that cannot be read at all (corrupt, protected, no such sheet).
    #[error(transparent)]
    Workbook(#[from] crate::workbook::WorkbookError),
    /// The inputs were read but some fail a check (each problem went to the sink).
    #[error("{0}")]
    Failed(String),
}

impl Error {
    pub(crate) fn read(name: &str) -> impl FnOnce(io::Error) -> Error + '_ {
        move |source| Error::Read {
            name: name.to_string(),
            source,
        }
    }
}
