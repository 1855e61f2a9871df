//! Writing files so that a reader never sees half of one.

#[cfg(windows)]
pub mod windows;

use std::io::{self, Write};
use std::path::Path;

/// Who may read a written file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Like any file a user saves (0644): reports, plans, assessments.
    Shared,
    /// The owner only (0600 on Unix, an owner-only access list on Windows): what
    /// must not travel, such as an anonymisation key.
    Private,
}

/// Writes `bytes` to `path` atomically: a temp file in the same folder, then a rename.
///
/// With `overwrite` false an existing `path` is an `AlreadyExists` error and is left untouched.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> io::Result<()> {
    write_atomic_as(path, bytes, overwrite, Access::Shared)
}

/// [`write_atomic`] with the file's access chosen.
pub fn write_atomic_as(
    path: &Path,
    bytes: &[u8],
    overwrite: bool,
    access: Access,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".aqor-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    // Protected before a byte is written, so the secret is never readable by others;
    // the rename keeps the access list.
    #[cfg(windows)]
    if access == Access::Private {
        windows::set_owner_only(tmp.path())?;
    }
    // Through the `File`: `NamedTempFile`'s own errors name the temporary file, which is gone.
    tmp.as_file_mut().write_all(bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if access == Access::Shared {
            0o644
        } else {
            0o600
        };
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    tmp.as_file().sync_all()?;
    if overwrite {
        tmp.persist(path).map_err(|e| e.error)?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| e.error)?;
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn shared_and_private_files_and_no_clobber() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        write_atomic(&a, b"report", false).unwrap();
        write_atomic_as(&b, b"key", false, Access::Private).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(&a), mode(&b)), (0o644, 0o600));
        let e = write_atomic(&a, b"other", false).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&a).unwrap(), b"report");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }
}
