//! What an input file holds: one assessment (YAML) or a campaign (CSV).

use super::Error;
use std::fs::File;
use std::io::Read;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Assessment,
    Campaign,
}

impl Kind {
    /// `.csv` is a campaign, `.yaml`/`.yml` an assessment; other names say nothing.
    pub fn of_extension(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Kind::Campaign),
            "yaml" | "yml" => Some(Kind::Assessment),
            _ => None,
        }
    }

    /// From the first meaningful line: YAML starts with `key:` or `---`.
    pub fn of_content(path: &Path) -> Result<Kind, Error> {
        let head = head(path).map_err(Error::read(&path.display().to_string()))?;
        let text = String::from_utf8_lossy(&head);
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
        Ok(if first == "---" || yaml_key {
            Kind::Assessment
        } else {
            Kind::Campaign
        })
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
