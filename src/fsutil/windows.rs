//! Owner-only files on Windows: what mode 0600 is on Unix.
//!
//! A file created on Windows inherits its folder's access list, which on a shared
//! machine usually lets every local user read it. A private file (an anonymisation
//! key) gets instead a *protected* access list (nothing inherited from the folder)
//! with one entry: full access for the user running aqor. The calls are Win32's own
//! (advapi32), through `windows-sys`; this is the one module of aqor with `unsafe`.
#![allow(unsafe_code)]

use std::ffi::OsStr;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::path::Path;
use std::ptr;

use windows_sys::Win32::Foundation::{CloseHandle, HANDLE, LocalFree};
use windows_sys::Win32::Security::Authorization::{
    ConvertSecurityDescriptorToStringSecurityDescriptorW, ConvertSidToStringSidW,
    ConvertStringSecurityDescriptorToSecurityDescriptorW, SDDL_REVISION_1,
};
use windows_sys::Win32::Security::{
    DACL_SECURITY_INFORMATION, GetFileSecurityW, GetTokenInformation,
    PROTECTED_DACL_SECURITY_INFORMATION, PSECURITY_DESCRIPTOR, SetFileSecurityW, TOKEN_QUERY,
    TOKEN_USER, TokenUser,
};
use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

/// Gives `path` an access list that lets only the current user in.
pub fn set_owner_only(path: &Path) -> io::Result<()> {
    let sddl = owner_only_sddl()?;
    let wide_sddl = wide(OsStr::new(&sddl));
    let wide_path = wide(path.as_os_str());
    let mut descriptor: PSECURITY_DESCRIPTOR = ptr::null_mut();
    // SAFETY: both strings are NUL-terminated UTF-16 that outlive the calls; the
    // descriptor Windows allocates is freed with LocalFree once it is applied.
    unsafe {
        if ConvertStringSecurityDescriptorToSecurityDescriptorW(
            wide_sddl.as_ptr(),
            SDDL_REVISION_1,
            &mut descriptor,
            ptr::null_mut(),
        ) == 0
        {
            return Err(io::Error::last_os_error());
        }
        let applied = SetFileSecurityW(
            wide_path.as_ptr(),
            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
            descriptor,
        );
        let error = io::Error::last_os_error();
        LocalFree(descriptor as _);
        if applied == 0 {
            return Err(error);
        }
    }
    Ok(())
}

/// The access list `set_owner_only` writes: protected (`P`), one entry allowing
/// (`A`) full access (`FA`) to the current user's SID.
pub fn owner_only_sddl() -> io::Result<String> {
    Ok(format!("D:P(A;;FA;;;{})", current_user_sid()?))
}

/// The access list of `path` in SDDL, as Windows reads it back (for tests and checks).
pub fn dacl_sddl(path: &Path) -> io::Result<String> {
    let wide_path = wide(path.as_os_str());
    let mut needed = 0u32;
    // SAFETY: the first call only asks for the size; the second writes at most
    // `buffer.len()` bytes into the buffer; the string Windows allocates is read
    // up to its NUL and freed with LocalFree.
    unsafe {
        GetFileSecurityW(
            wide_path.as_ptr(),
            DACL_SECURITY_INFORMATION,
            ptr::null_mut(),
            0,
            &mut needed,
        );
        if needed == 0 {
            return Err(io::Error::last_os_error());
        }
        let mut buffer = vec![0u8; needed as usize];
        if GetFileSecurityW(
            wide_path.as_ptr(),
            DACL_SECURITY_INFORMATION,
            buffer.as_mut_ptr() as PSECURITY_DESCRIPTOR,
            needed,
            &mut needed,
        ) == 0
        {
            return Err(io::Error::last_os_error());
        }
        let mut text: *mut u16 = ptr::null_mut();
        if ConvertSecurityDescriptorToStringSecurityDescriptorW(
            buffer.as_mut_ptr() as PSECURITY_DESCRIPTOR,
            SDDL_REVISION_1,
            DACL_SECURITY_INFORMATION,
            &mut text,
            ptr::null_mut(),
        ) == 0
        {
            return Err(io::Error::last_os_error());
        }
        let sddl = from_wide_ptr(text);
        LocalFree(text as _);
        Ok(sddl)
    }
}

/// The SID of the user this process runs as, as text (`S-1-5-21-…`).
fn current_user_sid() -> io::Result<String> {
    // SAFETY: the token handle is closed before returning; the TOKEN_USER buffer is
    // sized by the first GetTokenInformation call and outlives the SID read from it;
    // the SID string Windows allocates is read up to its NUL and freed with LocalFree.
    unsafe {
        let mut token: HANDLE = ptr::null_mut();
        if OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) == 0 {
            return Err(io::Error::last_os_error());
        }
        let mut needed = 0u32;
        GetTokenInformation(token, TokenUser, ptr::null_mut(), 0, &mut needed);
        // u64 elements: the buffer is aligned for TOKEN_USER's pointer.
        let mut buffer = vec![0u64; (needed as usize).div_ceil(8).max(1)];
        let got = GetTokenInformation(
            token,
            TokenUser,
            buffer.as_mut_ptr().cast(),
            needed,
            &mut needed,
        );
        let error = io::Error::last_os_error();
        CloseHandle(token);
        if got == 0 {
            return Err(error);
        }
        let user = &*(buffer.as_ptr() as *const TOKEN_USER);
        let mut text: *mut u16 = ptr::null_mut();
        if ConvertSidToStringSidW(user.User.Sid, &mut text) == 0 {
            return Err(io::Error::last_os_error());
        }
        let sid = from_wide_ptr(text);
        LocalFree(text as _);
        Ok(sid)
    }
}

fn wide(s: &OsStr) -> Vec<u16> {
    s.encode_wide().chain(std::iter::once(0)).collect()
}

/// Reads a NUL-terminated UTF-16 string Windows allocated.
///
/// # Safety
/// `p` points to a NUL-terminated UTF-16 string.
unsafe fn from_wide_ptr(p: *const u16) -> String {
    let mut len = 0;
    // SAFETY: the caller promises a NUL terminator.
    unsafe {
        while *p.add(len) != 0 {
            len += 1;
        }
        String::from_utf16_lossy(std::slice::from_raw_parts(p, len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The entries of an SDDL access list: (kind, rights, SID) of each `(A;;FA;;;S-…)`.
    fn entries(sddl: &str) -> Vec<(String, String, String)> {
        sddl.split('(')
            .skip(1)
            .map(|e| {
                let f: Vec<&str> = e.trim_end_matches(')').split(';').collect();
                (f[0].into(), f[2].into(), f[5].into())
            })
            .collect()
    }

    #[test]
    fn the_access_list_is_protected_with_one_entry_for_the_user() {
        let sddl = owner_only_sddl().unwrap();
        assert!(sddl.starts_with("D:P(A;;FA;;;S-1-"), "{sddl}");
        assert_eq!(entries(&sddl).len(), 1, "{sddl}");
    }

    /// What Windows reads back: the user has full access and nobody else is let in
    /// (a file left as created inherits the folder's list, which under Wine shows as
    /// an entry for everyone, `WD`, and on Windows as the folder's users). Windows keeps
    /// the list as written; Wine 8 keeps only what Unix permissions can say (mode 0600
    /// read back as the user and SYSTEM, `SY`), so SYSTEM is allowed besides the user.
    #[test]
    fn a_private_file_lets_only_its_user_in() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.csv");
        std::fs::write(&path, b"secret").unwrap();
        set_owner_only(&path).unwrap();
        let sddl = dacl_sddl(&path).unwrap();
        let sid = current_user_sid().unwrap();
        // Windows writes the built-in administrator's SID (RID 500) by its alias.
        let me = if sid.ends_with("-500") {
            "LA".into()
        } else {
            sid
        };
        let entries = entries(&sddl);
        assert!(
            entries.contains(&("A".into(), "FA".into(), me.clone())),
            "the user has full access: {sddl}"
        );
        for (kind, _, sid) in &entries {
            assert!(
                kind == "A" && (*sid == me || sid == "SY"),
                "only the user (and the system) may be let in: {sddl}"
            );
        }
    }
}
