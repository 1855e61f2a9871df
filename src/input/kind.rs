//! What an input file holds: one assessment (YAML), a campaign (CSV), or a
//! campaign sheet of a workbook (`.xlsx`, `.xlsm`, `.xls`, `.ods`).

use super::Error;
use crate::i18n::{Catalogue, Message};
use crate::msg;
use crate::workbook::read::{EXTENSIONS, Magic, magic};
use std::fs::File;
use std::io::Read;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Assessment,
    Campaign,
    /// A campaign sheet (or a form of one structure) of a workbook.
    Workbook,
}

const WORDS: Catalogue = &[
    (
        "misnamed_workbook",
        [
            "note: {file} is a workbook despite its name; it is read as one",
            "note\u{202f}: {file} est un classeur malgré son nom\u{202f}; il est lu comme tel",
            "nota: {file} è una cartella di lavoro nonostante il nome; è letto come tale",
            "nota: {file} es un libro pese a su nombre; se lee como tal",
            "uwaga: {file} jest skoroszytem mimo swojej nazwy; jest czytany jako skoroszyt",
        ],
    ),
    (
        "misnamed_campaign",
        [
            "note: {file} is a CSV campaign despite its name; it is read as one",
            "note\u{202f}: {file} est une campagne CSV malgré son nom\u{202f}; elle est lue comme telle",
            "nota: {file} è una campagna CSV nonostante il nome; è letta come tale",
            "nota: {file} es una campaña CSV pese a su nombre; se lee como tal",
            "uwaga: {file} jest kampanią CSV mimo swojej nazwy; jest czytany jako CSV",
        ],
    ),
    (
        "misnamed_assessment",
        [
            "note: {file} is a YAML assessment despite its name; it is read as one",
            "note\u{202f}: {file} est une évaluation YAML malgré son nom\u{202f}; elle est lue comme telle",
            "nota: {file} è una valutazione YAML nonostante il nome; è letta come tale",
            "nota: {file} es una evaluación YAML pese a su nombre; se lee como tal",
            "uwaga: {file} jest oceną YAML mimo swojej nazwy; jest czytany jako YAML",
        ],
    ),
];

impl Kind {
    /// `.csv` is a campaign, `.yaml`/`.yml` an assessment, `.xlsx` `.xlsm` `.xls`
    /// `.ods` a workbook; other names say nothing.
    pub fn of_extension(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Kind::Campaign),
            "yaml" | "yml" => Some(Kind::Assessment),
            e if EXTENSIONS.contains(&e) => Some(Kind::Workbook),
            _ => None,
        }
    }

    /// From the first bytes: a zip or OLE file is a workbook; else from the first
    /// meaningful line, YAML starting with `key:` or `---`.
    pub fn of_content(path: &Path) -> Result<Kind, Error> {
        let head = head(path).map_err(Error::read(&path.display().to_string()))?;
        Ok(Kind::of_head(&head))
    }

    /// What a file named `path` holds, whatever its name says: a zip given as CSV is
    /// never read as text, nor a CSV named `.xlsx` as a zip. A YAML or CSV name is
    /// trusted otherwise (a CSV whose first line looks like `key: value` is still a
    /// campaign; a broken YAML file says why when parsed). Also the kind the name
    /// claims, when it claims another.
    pub fn of_file(path: &Path) -> Result<(Kind, Option<Kind>), Error> {
        let content = Kind::of_content(path)?;
        Ok(match Kind::of_extension(path) {
            None => (content, None),
            Some(named) if named == content => (content, None),
            Some(named @ (Kind::Assessment | Kind::Campaign)) if content != Kind::Workbook => {
                (named, None)
            }
            Some(named) => (content, Some(named)),
        })
    }

    fn of_head(head: &[u8]) -> Kind {
        if magic(head) != Magic::Other {
            return Kind::Workbook;
        }
        let text = String::from_utf8_lossy(head);
        let first = text
            .trim_start_matches('\u{feff}')
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .unwrap_or("");
        let key = first.split_once(':').map_or("", |(k, _)| k);
        let yaml_key = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            && first[key.len() + 1..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
        if first == "---" || yaml_key {
            Kind::Assessment
        } else {
            Kind::Campaign
        }
    }

    /// The note that file `name`, named like another kind, is read as this one.
    pub(super) fn misnamed(self, name: &str) -> Message {
        let key = match self {
            Kind::Workbook => "misnamed_workbook",
            Kind::Campaign => "misnamed_campaign",
            Kind::Assessment => "misnamed_assessment",
        };
        msg!(WORDS, key, file = name)
    }
}

/// Grid files sit beside assessments in many folders (`examples/grids/`): a folder walk skips them.
pub fn is_grid_file(path: &Path) -> bool {
    head(path).is_ok_and(|h| {
        String::from_utf8_lossy(&h)
            .lines()
            .any(|l| l.trim_start().starts_with("format: aqor-grid/"))
    })
}

/// One respondent's answers to a group self-assessment (a top-level `respondent:`):
/// a folder walk leaves them to `aqor consensus` (docs/consensus.md).
pub fn is_respondent_file(path: &Path) -> bool {
    head(path).is_ok_and(|h| {
        String::from_utf8_lossy(&h)
            .lines()
            .any(|l| l.starts_with("respondent:"))
    })
}

fn head(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut head = Vec::new();
    File::open(path).and_then(|f| f.take(4096).read_to_end(&mut head))?;
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::Kind;
    use std::io::Write;

    fn file(suffix: &str, bytes: &[u8]) -> tempfile::NamedTempFile {
        let mut f = tempfile::Builder::new().suffix(suffix).tempfile().unwrap();
        f.write_all(bytes).unwrap();
        f
    }

    #[test]
    fn the_bytes_decide_between_text_and_workbook() {
        let zip = b"PK\x03\x04rest of a zip";
        let csv = b"structure_id,date,A.1\n";
        let kind = |suffix, bytes: &[u8]| Kind::of_file(file(suffix, bytes).path()).unwrap();
        assert_eq!(
            kind(".csv", zip),
            (Kind::Workbook, Some(Kind::Campaign)),
            "a zip named .csv is never read as text"
        );
        assert_eq!(kind(".xlsx", csv), (Kind::Campaign, Some(Kind::Workbook)));
        assert_eq!(kind(".xlsx", zip), (Kind::Workbook, None));
        assert_eq!(kind(".ods", zip), (Kind::Workbook, None));
        assert_eq!(kind(".csv", b"key: value\n"), (Kind::Campaign, None));
        assert_eq!(kind(".yaml", csv), (Kind::Assessment, None));
        assert_eq!(kind("", zip), (Kind::Workbook, None));
        assert_eq!(kind("", b"grid:\n  id: aqor\n"), (Kind::Assessment, None));
    }
}
