//! Saying things to the person at the terminal, in their language: which language
//! (docs/languages.md), the `error:`/`warning:`/`note:` lines, and errors worded in
//! sentences, system errors included.
//!
//! ```ignore
//! say::warning(msg!(WORDS, "skipped", file = path));
//! return Err(say::fail(msg!(WORDS, "exists", file = path)));
//! std::fs::read(p).or_say(|| msg!(WORDS, "cannot_read", file = p))?;
//! ```

use aqor::i18n::{Arg, Catalogue, Message};
use aqor::msg;
use std::ffi::OsString;
use std::fmt;
use std::io::ErrorKind;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Catalogue column of the language messages are said in.
static COLUMN: AtomicUsize = AtomicUsize::new(0);
/// True once `--lang` or the environment chose it (a grid's default then does not).
static CHOSEN: AtomicBool = AtomicBool::new(false);

/// Chooses the message language from `--lang` (looked for before the command line is
/// parsed, so that even its errors can be worded), else the environment: `LANGUAGE`
/// (a list such as `pl:en`), then the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`.
/// A C or POSIX locale chooses nothing; a language aqor does not speak chooses English.
pub fn init(args: &[OsString]) {
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        let a = a.to_str()?;
        match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.to_str().map(str::to_string),
            Some(v) => v.strip_prefix('=').map(str::to_string),
            None => None,
        }
    });
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let chosen = match flag {
        Some(lang) => Some(lang),
        None => var("LANGUAGE")
            .and_then(|list| list.split(':').find_map(|l| spoken(l).map(str::to_string)))
            .or_else(|| {
                ["LC_ALL", "LC_MESSAGES", "LANG"]
                    .iter()
                    .find_map(|v| var(v))
                    .filter(|locale| spoken(locale).is_some() || !is_c(locale))
            }),
    };
    if let Some(lang) = chosen {
        COLUMN.store(
            aqor::lang::column(spoken(&lang).unwrap_or(&lang)),
            Ordering::Relaxed,
        );
        CHOSEN.store(true, Ordering::Relaxed);
    }
}

/// The language a locale such as `pl_PL.UTF-8` names, when aqor speaks it.
fn spoken(locale: &str) -> Option<&'static str> {
    let lang = locale.split(['_', '.', '@', '-']).next().unwrap_or("");
    aqor::lang::spoken(&lang.to_ascii_lowercase())
}

/// The C locale names no language.
fn is_c(locale: &str) -> bool {
    let base = locale.split('.').next().unwrap_or("");
    base == "C" || base == "POSIX"
}

/// Once a grid is read: its default language speaks when nothing else chose one.
pub fn follow_grid(default_language: &str) {
    if !CHOSEN.load(Ordering::Relaxed) {
        COLUMN.store(aqor::lang::column(default_language), Ordering::Relaxed);
    }
}

/// The language messages are said in.
pub fn lang() -> &'static str {
    aqor::lang::LANGUAGES[COLUMN.load(Ordering::Relaxed)]
}

/// A message in the chosen language.
pub fn text(m: &Message) -> String {
    m.say(lang())
}

/// `error: …` on stderr.
pub fn error(m: impl Into<Arg>) {
    eprintln!("{}", text(&Message::new(WORDS, "error").arg("text", m)));
}

/// `warning: …` on stderr.
pub fn warning(m: impl Into<Arg>) {
    eprintln!("{}", text(&Message::new(WORDS, "warning").arg("text", m)));
}

/// `note: …` on stderr.
pub fn note(m: impl Into<Arg>) {
    eprintln!("{}", text(&Message::new(WORDS, "note").arg("text", m)));
}

/// A line on stderr without a prefix (progress, a summary, a question's context).
pub fn line(m: Message) {
    eprintln!("{}", text(&m));
}

/// A finding about a file (`file:line:col: error: …`) on stderr.
pub fn finding(d: &aqor::diagnostic::Diagnostic) {
    eprintln!("{}", d.say(lang()));
}

/// An error that is a sentence, possibly over the error that caused it (a system
/// error, a library error), which [`describe`] words after it.
#[derive(Debug)]
pub struct Said {
    pub message: Message,
    cause: Option<anyhow::Error>,
    /// The input was read but fails a check (exit code 1, not 2).
    pub failed_check: bool,
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.fmt(f)
    }
}

impl std::error::Error for Said {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause
            .as_ref()
            .map(|c| &**c as &(dyn std::error::Error + 'static))
    }
}

/// The error that is this message: `return Err(say::fail(msg!(…)))`.
pub fn fail(message: Message) -> anyhow::Error {
    anyhow::Error::new(Said {
        message,
        cause: None,
        failed_check: false,
    })
}

/// A sentence over the error that caused it (which [`describe`] words after it).
pub fn over(cause: impl Into<anyhow::Error>, message: Message) -> anyhow::Error {
    anyhow::Error::new(Said {
        message,
        cause: Some(cause.into()),
        failed_check: false,
    })
}

/// The error of an input that was read but fails a check (exit code 1).
pub fn check_failed(message: Message) -> anyhow::Error {
    anyhow::Error::new(Said {
        message,
        cause: None,
        failed_check: true,
    })
}

/// Puts a sentence over an error: `.or_say(|| msg!(WORDS, "cannot_read", file = p))?`.
pub trait OrSay<T> {
    fn or_say(self, message: impl FnOnce() -> Message) -> anyhow::Result<T>;
}

impl<T, E: Into<anyhow::Error>> OrSay<T> for Result<T, E> {
    fn or_say(self, message: impl FnOnce() -> Message) -> anyhow::Result<T> {
        self.map_err(|e| over(e, message()))
    }
}

/// An error and its causes in sentences of the chosen language, joined by `: `.
pub fn describe(e: &anyhow::Error) -> String {
    let lang = lang();
    let mut out: Vec<String> = Vec::new();
    for p in e.chain().map(|c| cause(c, lang)) {
        // A cause some error already printed inside its own sentence is said once.
        if !out.iter().any(|o| o.contains(&p)) {
            out.push(p);
        }
    }
    out.join(if lang == "fr" { "\u{202f}: " } else { ": " })
}

fn cause(c: &(dyn std::error::Error + 'static), lang: &str) -> String {
    if let Some(s) = c.downcast_ref::<Said>() {
        return s.message.say(lang);
    }
    if let Some(m) = c.downcast_ref::<Message>() {
        return m.say(lang);
    }
    if let Some(io) = c.downcast_ref::<std::io::Error>() {
        return system(io).say(lang);
    }
    if let Some(g) = c.downcast_ref::<aqor::grid::GridError>() {
        return g.message().say(lang);
    }
    if let Some(m) = c
        .downcast_ref::<aqor::input::Error>()
        .and_then(aqor::input::Error::message)
    {
        return m.say(lang);
    }
    if let Some(e) = c.downcast_ref::<aqor::campaign::CampaignError>() {
        return e.message().say(lang);
    }
    c.to_string()
}

/// A system error in words instead of `No such file or directory (os error 2)`.
pub fn system(e: &std::io::Error) -> Message {
    let key = match e.kind() {
        ErrorKind::NotFound => "not_found",
        ErrorKind::PermissionDenied => "permission_denied",
        ErrorKind::IsADirectory => "is_a_directory",
        ErrorKind::NotADirectory => "not_a_directory",
        ErrorKind::StorageFull => "storage_full",
        ErrorKind::QuotaExceeded => "quota_exceeded",
        ErrorKind::ReadOnlyFilesystem => "read_only",
        ErrorKind::AlreadyExists => "already_exists",
        ErrorKind::FileTooLarge => "file_too_large",
        ErrorKind::InvalidFilename => "invalid_filename",
        ErrorKind::UnexpectedEof => "unexpected_eof",
        ErrorKind::WriteZero => "storage_full",
        _ => return msg!(aqor::i18n::MESSAGES, "system_error", what = e.to_string()),
    };
    Message::new(WORDS, key)
}

/// Words of the terminal itself: prefixes, system errors, what every command says
/// about files.
pub const WORDS: Catalogue = &[
    (
        "xlsx_needs_output",
        [
            "--format xlsx writes a workbook: give -o FILE.xlsx",
            "--format xlsx écrit un classeur\u{202f}: indiquez -o FICHIER.xlsx",
            "--format xlsx scrive una cartella di lavoro: indicate -o FILE.xlsx",
            "--format xlsx escribe un libro: indiquen -o ARCHIVO.xlsx",
            "--format xlsx zapisuje skoroszyt: podajcie -o PLIK.xlsx",
        ],
    ),
    (
        "excel_needs_csv",
        [
            "--excel goes with --format csv",
            "--excel va avec --format csv",
            "--excel va con --format csv",
            "--excel va con --format csv",
            "--excel działa z --format csv",
        ],
    ),
    (
        "exists_use_force",
        [
            "{file} already exists; use --force to replace it",
            "{file} existe déjà\u{202f}; ajoutez --force pour le remplacer",
            "{file} esiste già; usate --force per sostituirlo",
            "{file} ya existe; usen --force para reemplazarlo",
            "{file} już istnieje; użyjcie --force, aby go zastąpić",
        ],
    ),
    (
        "cannot_read",
        [
            "cannot read {file}",
            "impossible de lire {file}",
            "impossibile leggere {file}",
            "no se puede leer {file}",
            "nie można odczytać {file}",
        ],
    ),
    (
        "cannot_write",
        [
            "cannot write {file}",
            "impossible d’écrire {file}",
            "impossibile scrivere {file}",
            "no se puede escribir {file}",
            "nie można zapisać {file}",
        ],
    ),
    (
        "cannot_create_folder",
        [
            "cannot create folder {dir}",
            "impossible de créer le dossier {dir}",
            "impossibile creare la cartella {dir}",
            "no se puede crear la carpeta {dir}",
            "nie można utworzyć folderu {dir}",
        ],
    ),
    (
        "cannot_write_stdout",
        [
            "cannot write to standard output",
            "impossible d’écrire sur la sortie standard",
            "impossibile scrivere sull’output standard",
            "no se puede escribir en la salida estándar",
            "nie można pisać na standardowe wyjście",
        ],
    ),
    (
        "wrote",
        [
            "wrote {file}",
            "{file} écrit",
            "scritto {file}",
            "escrito {file}",
            "zapisano {file}",
        ],
    ),
    (
        "internal_error",
        [
            "aqor: internal error: {what}",
            "aqor\u{202f}: erreur interne\u{202f}: {what}",
            "aqor: errore interno: {what}",
            "aqor: error interno: {what}",
            "aqor: błąd wewnętrzny: {what}",
        ],
    ),
    (
        "report_bug",
        [
            "This is a bug in aqor, not in your files; please report it with the command you ran.",
            "C’est un défaut d’aqor, pas de vos fichiers\u{202f}; signalez-le avec la commande lancée.",
            "È un difetto di aqor, non dei vostri file; segnalatelo indicando il comando eseguito.",
            "Es un fallo de aqor, no de sus archivos; notifíquenlo indicando la orden que ejecutaron.",
            "To błąd w aqor, a nie w waszych plikach; zgłoście go, podając uruchomione polecenie.",
        ],
    ),
    (
        "error",
        [
            "error: {text}",
            "erreur\u{202f}: {text}",
            "errore: {text}",
            "error: {text}",
            "błąd: {text}",
        ],
    ),
    (
        "warning",
        [
            "warning: {text}",
            "avertissement\u{202f}: {text}",
            "avviso: {text}",
            "aviso: {text}",
            "ostrzeżenie: {text}",
        ],
    ),
    (
        "note",
        [
            "note: {text}",
            "remarque\u{202f}: {text}",
            "nota: {text}",
            "nota: {text}",
            "uwaga: {text}",
        ],
    ),
    (
        "not_found",
        [
            "no such file or folder",
            "fichier ou dossier introuvable",
            "file o cartella inesistente",
            "no existe tal archivo o carpeta",
            "nie ma takiego pliku ani folderu",
        ],
    ),
    (
        "permission_denied",
        [
            "permission refused",
            "accès refusé",
            "permesso negato",
            "permiso denegado",
            "brak uprawnień",
        ],
    ),
    (
        "is_a_directory",
        [
            "this is a folder, not a file",
            "c’est un dossier, pas un fichier",
            "è una cartella, non un file",
            "es una carpeta, no un archivo",
            "to jest folder, a nie plik",
        ],
    ),
    (
        "not_a_directory",
        [
            "a part of this path is a file, not a folder",
            "une partie de ce chemin est un fichier, pas un dossier",
            "una parte di questo percorso è un file, non una cartella",
            "una parte de esta ruta es un archivo, no una carpeta",
            "część tej ścieżki jest plikiem, a nie folderem",
        ],
    ),
    (
        "storage_full",
        [
            "the disk is full",
            "le disque est plein",
            "il disco è pieno",
            "el disco está lleno",
            "dysk jest pełny",
        ],
    ),
    (
        "quota_exceeded",
        [
            "your disk quota is used up",
            "votre quota disque est atteint",
            "la quota disco è esaurita",
            "la cuota de disco está agotada",
            "limit miejsca na dysku został wyczerpany",
        ],
    ),
    (
        "read_only",
        [
            "the disk is read-only",
            "le disque est en lecture seule",
            "il disco è di sola lettura",
            "el disco es de solo lectura",
            "dysk jest tylko do odczytu",
        ],
    ),
    (
        "already_exists",
        [
            "it already exists",
            "il existe déjà",
            "esiste già",
            "ya existe",
            "już istnieje",
        ],
    ),
    (
        "file_too_large",
        [
            "the file is too large for this disk",
            "le fichier est trop gros pour ce disque",
            "il file è troppo grande per questo disco",
            "el archivo es demasiado grande para este disco",
            "plik jest za duży dla tego dysku",
        ],
    ),
    (
        "invalid_filename",
        [
            "this file name is not allowed here",
            "ce nom de fichier n’est pas permis ici",
            "questo nome di file non è consentito qui",
            "este nombre de archivo no está permitido aquí",
            "ta nazwa pliku jest tu niedozwolona",
        ],
    ),
    (
        "unexpected_eof",
        [
            "the file ends too early",
            "le fichier s’arrête trop tôt",
            "il file finisce troppo presto",
            "el archivo termina antes de tiempo",
            "plik kończy się za wcześnie",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_languages() {
        assert_eq!(spoken("pl_PL.UTF-8"), Some("pl"));
        assert_eq!(spoken("fr"), Some("fr"));
        assert_eq!(spoken("de_DE.UTF-8"), None);
        assert!(is_c("C.UTF-8") && is_c("POSIX") && !is_c("en_US"));
    }

    #[test]
    fn system_errors_in_words() {
        let e = std::io::Error::from(ErrorKind::NotFound);
        assert_eq!(system(&e).say("pl"), "nie ma takiego pliku ani folderu");
        let e = anyhow::Error::new(std::io::Error::from(ErrorKind::PermissionDenied));
        let e = Err::<(), _>(e)
            .or_say(|| msg!(aqor::i18n::MESSAGES, "system_error", what = "x"))
            .unwrap_err();
        COLUMN.store(1, Ordering::Relaxed);
        assert_eq!(
            describe(&e),
            "erreur du système\u{202f}: x\u{202f}: accès refusé"
        );
    }
}
