//! One session per assessment file: a lock file next to it (`FILE.lock`) names the
//! process that holds it, so a forgotten window or a colleague on a shared drive cannot
//! overwrite answers given in another session.

use super::words::WORDS;
use crate::cli::say;
use aqor::msg;
use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

/// Who holds a lock, as its file says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Holder {
    pub pid: u32,
    pub host: String,
    pub started: String,
}

/// A lock held by this process; the file goes when it is dropped.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    pid: u32,
}

/// Why a session could not start ([`LockError::say`] words it).
#[derive(Debug)]
pub enum LockError {
    Taken {
        lock: PathBuf,
        holder: Holder,
    },
    Io {
        lock: PathBuf,
        error: std::io::Error,
    },
}

impl LockError {
    /// Why the session on `file` does not start, in `lang`, a system error in words.
    pub fn say(&self, file: &Path, lang: &str) -> String {
        let message = match self {
            LockError::Taken { lock, holder } => msg!(
                WORDS,
                "lock_taken",
                file = file,
                pid = holder.pid.to_string(),
                host = &holder.host,
                started = &holder.started,
                lock = lock
            ),
            LockError::Io { lock, error } => msg!(
                WORDS,
                "lock_io",
                lock = lock,
                error = say::system(error),
                file = file
            ),
        };
        message.say(lang)
    }
}

/// The lock file of an assessment file: `blois.yaml` → `blois.yaml.lock`.
pub fn path_of(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    file.with_file_name(name)
}

impl Lock {
    /// Takes the lock of `file`; a lock left by a process that is gone (same host, no
    /// such pid) is taken over and its holder returned, to tell the user.
    pub fn take(file: &Path) -> Result<(Lock, Option<Holder>), LockError> {
        let path = path_of(file);
        let me = Holder {
            pid: std::process::id(),
            host: host(),
            started: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
        };
        let mut stale = None;
        loop {
            let io = |error| LockError::Io {
                lock: path.clone(),
                error,
            };
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut f) => {
                    let text = format!(
                        "# aqor assess: a session is answering {}; this file goes when it ends.\npid: {}\nhost: {}\nstarted: {}\n",
                        file.display(),
                        me.pid,
                        me.host,
                        me.started
                    );
                    f.write_all(text.as_bytes())
                        .and_then(|_| f.sync_all())
                        .map_err(|e| {
                            let _ = fs::remove_file(&path);
                            io(e)
                        })?;
                    let lock = Lock {
                        path: path.clone(),
                        pid: me.pid,
                    };
                    return Ok((lock, stale));
                }
                Err(e) if e.kind() == ErrorKind::AlreadyExists && stale.is_none() => {
                    let holder = read(&path);
                    if holder.host == me.host && holder.pid != 0 && !alive(holder.pid) {
                        fs::remove_file(&path).map_err(io)?;
                        stale = Some(holder);
                        continue;
                    }
                    return Err(LockError::Taken {
                        lock: path.clone(),
                        holder,
                    });
                }
                Err(e) => return Err(io(e)),
            }
        }
    }
}

impl Drop for Lock {
    /// Removes the lock, unless another process has taken it meanwhile.
    fn drop(&mut self) {
        if read(&self.path).pid == self.pid {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// The holder a lock file names; zero pid and empty fields where it says nothing readable.
fn read(path: &Path) -> Holder {
    let text = fs::read_to_string(path).unwrap_or_default();
    let mut h = Holder::default();
    for line in text.lines() {
        match line.split_once(':').map(|(k, v)| (k.trim(), v.trim())) {
            Some(("pid", v)) => h.pid = v.parse().unwrap_or(0),
            Some(("host", v)) => h.host = v.to_string(),
            Some(("started", v)) => h.started = v.to_string(),
            _ => {}
        }
    }
    h
}

/// Whether process `pid` runs on this machine; true when it cannot be told (no /proc).
fn alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.join("self").exists() || proc.join(pid.to_string()).exists()
}

/// This machine's name, as the lock file records it.
fn host() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .find_map(|p| fs::read_to_string(p).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "?".to_string())
}

/// The notice for a lock taken over from a session that is gone, in `lang`.
pub fn stale_notice(lock: &Path, h: &Holder, lang: &str) -> String {
    let pid = h.pid.to_string();
    msg!(
        WORDS,
        "lock_stale",
        pid = pid,
        started = &h.started,
        lock = lock
    )
    .say(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_and_a_dead_one_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.yaml");
        let (lock, stale) = Lock::take(&file).unwrap();
        assert!(stale.is_none());
        assert!(matches!(Lock::take(&file), Err(LockError::Taken { .. })));
        drop(lock);
        assert!(!path_of(&file).exists());
        // A lock left by a process that no longer runs (pid beyond any real one).
        let dead = format!("pid: 4194304999\nhost: {}\nstarted: then\n", host());
        fs::write(path_of(&file), dead).unwrap();
        let (_lock, stale) = Lock::take(&file).unwrap();
        assert_eq!(stale.unwrap().started, "then");
    }

    #[test]
    fn another_host_is_never_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.yaml");
        fs::write(path_of(&file), "pid: 1\nhost: elsewhere-xyz\nstarted: t\n").unwrap();
        match Lock::take(&file) {
            Err(LockError::Taken { holder, .. }) => assert_eq!(holder.host, "elsewhere-xyz"),
            other => panic!("{other:?}"),
        }
    }
}
