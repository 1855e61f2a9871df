//! The assessment file: refused unless it is ours, locked for the session, created
//! once, then rewritten atomically after every answer so a crash never leaves half a
//! file, and never over a file someone else changed meanwhile.

use super::lock::{self, Lock};
use super::words::{WORDS, w};
use crate::cli::{CheckFailed, say};
use aqor::assessment::{self, Assessment};
use aqor::fsutil::write_atomic;
use aqor::grid::Grid;
use aqor::i18n::Message;
use aqor::msg;
use std::path::{Path, PathBuf};

/// The file of one session, with its lock and what it held when last read or written.
pub struct Store {
    path: PathBuf,
    lang: String,
    _lock: Lock,
    /// The bytes the file must still hold before the next write (`None`: no file yet).
    last: Option<Vec<u8>>,
    /// What the user should read before the first question (a stale lock taken over).
    pub notices: Vec<String>,
}

impl Store {
    /// Locks `path`, then reads the assessment in it (to resume), `None` when there is no
    /// file yet. The file's warnings go to stderr; a stale lock taken over is in `notices`.
    ///
    /// A file that is not an assessment is never touched; one for another grid or
    /// version fails `check`, whose findings say why (and suggest `aqor migrate`).
    pub fn open(
        path: &Path,
        grid: &Grid,
        lang: &str,
    ) -> anyhow::Result<(Store, Option<Assessment>)> {
        let file = path.display().to_string();
        let fail = |m: Message| anyhow::Error::msg(m.say(lang));
        if path
            .metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().readonly())
        {
            return Err(fail(msg!(WORDS, "read_only", file = &file)));
        }
        let (lock, stale) = Lock::take(path).map_err(|e| anyhow::Error::msg(e.say(path, lang)))?;
        let notices = stale
            .map(|h| lock::stale_notice(&lock::path_of(path), &h, lang))
            .into_iter()
            .collect();
        let mut store = Store {
            path: path.to_path_buf(),
            lang: lang.to_string(),
            _lock: lock,
            last: None,
            notices,
        };
        if !path.exists() {
            return Ok((store, None));
        }
        let not_ours = |why: String| fail(msg!(WORDS, "not_ours", why = why, file = &file));
        let bytes = std::fs::read(path).map_err(|e| {
            fail(msg!(
                WORDS,
                "cannot_read_file",
                file = &file,
                error = say::system(&e)
            ))
        })?;
        let text = String::from_utf8(bytes.clone())
            .map_err(|_| not_ours(msg!(WORDS, "not_utf8", file = &file).say(lang)))?;
        let located = assessment::parse(&text, &file).map_err(|d| not_ours(d.say(lang)))?;
        let findings = assessment::check(&located, grid, &file);
        for f in &findings {
            eprintln!("{}", f.say(lang));
        }
        let errors = findings.iter().filter(|f| f.is_error()).count();
        if errors > 0 {
            let m = msg!(
                WORDS,
                "cannot_resume",
                file = &file,
                grid = grid.label(),
                n = errors
            );
            return Err(CheckFailed(m.say(lang)).into());
        }
        store.last = Some(bytes);
        Ok((store, Some(located.assessment)))
    }

    /// Writes the assessment as it now stands: creates the file the first time, then
    /// replaces it, unless it changed since this session last read or wrote it. When it
    /// cannot be written, the answers go to a rescue file and the error says where.
    pub fn save(&mut self, a: &Assessment) -> anyhow::Result<()> {
        let yaml = assessment::to_yaml(a);
        let now = std::fs::read(&self.path).ok();
        if now.is_some() && now != self.last {
            let rescue = self.rescue(&yaml);
            let m = msg!(WORDS, "changed_behind", file = &self.path, rescue = rescue);
            return Err(CheckFailed(m.say(&self.lang)).into());
        }
        match write_atomic(&self.path, yaml.as_bytes(), self.last.is_some()) {
            Ok(()) => {
                self.last = Some(yaml.into_bytes());
                Ok(())
            }
            Err(e) => {
                let rescue = self.rescue(&yaml);
                let error = say::system(&e);
                let m = msg!(
                    WORDS,
                    "cannot_save",
                    file = &self.path,
                    error = error,
                    rescue = rescue
                );
                Err(anyhow::Error::msg(m.say(&self.lang)))
            }
        }
    }

    /// Puts the answers somewhere safe: next to the file, else in the temporary folder,
    /// else on stderr. Says where, in words for the message.
    fn rescue(&self, yaml: &str) -> String {
        let stem = self
            .path
            .file_stem()
            .map_or("assessment".into(), |s| s.to_string_lossy().into_owned());
        let name = format!(
            "{stem}.unsaved-{}.yaml",
            chrono::Local::now().format("%Y%m%d-%H%M%S")
        );
        let beside = self.path.with_file_name(&name);
        let elsewhere = std::env::temp_dir().join(&name);
        for place in [beside, elsewhere] {
            if write_atomic(&place, yaml.as_bytes(), false).is_ok() {
                return place.display().to_string();
            }
        }
        eprintln!("{yaml}");
        w("rescue_above", &self.lang).to_string()
    }
}
