//! The command line's own errors (a bad option value, a missing argument, an unknown
//! command or option) said in the reader's language instead of clap's English, with the
//! same `error:` prefix, clap's usage line and exit code 2. `--help` and `--version`
//! stay clap's (docs/languages.md).

use super::say;
use aqor::i18n::{Catalogue, Message};
use aqor::msg;
use clap::CommandFactory;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// Says a command-line error and exits; help and version go through clap as before.
pub fn exit(e: &clap::Error) -> ! {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
        _ => {}
    }
    match said(e) {
        Some(text) => {
            eprint!("{text}");
            std::process::exit(e.exit_code())
        }
        // An error without the context to word it: clap's own words.
        None => e.exit(),
    }
}

/// The whole text said for `e`: the error, possible values and hints, the usage line
/// and where to find help; `None` when clap gave too little to word it.
fn said(e: &clap::Error) -> Option<String> {
    let (first, mut more) = sentence(e)?;
    for (kind, key) in [
        (ContextKind::SuggestedSubcommand, "did_you_mean"),
        (ContextKind::SuggestedArg, "did_you_mean"),
        (ContextKind::SuggestedValue, "did_you_mean_value"),
    ] {
        if let Some(s) = e.get(kind).and_then(|v| names(v, key == "did_you_mean")) {
            more.push(msg!(WORDS, key, what = s));
        }
    }
    if let Some(ContextValue::StyledStrs(tips)) = e.get(ContextKind::Suggested) {
        // A hint we do not word yet is kept in clap's words rather than dropped.
        more.extend(tips.iter().map(|t| {
            let t = t.to_string();
            tip(&t).unwrap_or_else(|| msg!(WORDS, "clap_hint", text = t))
        }));
    }
    let mut out = say::text(&Message::new(say::WORDS, "error").arg("text", first));
    for m in more {
        out.push_str("\n  ");
        out.push_str(&say::text(&m));
    }
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(u)) => u.to_string(),
        _ => String::new(),
    };
    let usage = usage.trim_end();
    if let Some(line) = usage.strip_prefix("Usage:") {
        out.push_str("\n\n");
        out.push_str(&say::text(&msg!(WORDS, "usage", usage = line.trim_start())));
    }
    out.push_str("\n\n");
    let help = format!("{} --help", command_of(usage));
    out.push_str(&say::text(&msg!(WORDS, "more_help", help = help)));
    out.push('\n');
    Some(out)
}

/// The sentence of the error itself, and lines that go with it (possible values, the
/// missing arguments).
fn sentence(e: &clap::Error) -> Option<(Message, Vec<Message>)> {
    let text = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let number = |k| match e.get(k) {
        Some(ContextValue::Number(n)) => Some(i64::try_from(*n).unwrap_or(0)),
        _ => None,
    };
    let mut more = Vec::new();
    let first = match e.kind() {
        ErrorKind::InvalidValue => {
            let arg = option(&text(ContextKind::InvalidArg)?);
            let value = text(ContextKind::InvalidValue)?;
            if let Some(values) = e.get(ContextKind::ValidValue).and_then(listed) {
                more.push(msg!(WORDS, "possible_values", values = values));
            }
            if value.is_empty() {
                msg!(WORDS, "value_required", arg = arg)
            } else {
                msg!(WORDS, "invalid_value", arg = arg, value = value)
            }
        }
        ErrorKind::ValueValidation => {
            let arg = option(&text(ContextKind::InvalidArg)?);
            let value = text(ContextKind::InvalidValue)?;
            match std::error::Error::source(e) {
                // aqor's own parsers say what is wrong with the value, and name it.
                Some(reason) => msg!(
                    WORDS,
                    "invalid_value_because",
                    arg = arg,
                    reason = reason.to_string()
                ),
                None => msg!(WORDS, "invalid_value", arg = arg, value = value),
            }
        }
        ErrorKind::UnknownArgument => {
            msg!(
                WORDS,
                "unknown_argument",
                arg = text(ContextKind::InvalidArg)?
            )
        }
        ErrorKind::InvalidSubcommand => msg!(
            WORDS,
            "unknown_command",
            command = text(ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::MissingRequiredArgument => {
            let Some(ContextValue::Strings(args)) = e.get(ContextKind::InvalidArg) else {
                return None;
            };
            more.extend(
                args.iter()
                    .map(|a| msg!(WORDS, "missing_one", arg = a.as_str())),
            );
            msg!(WORDS, "missing", n = args.len())
        }
        ErrorKind::MissingSubcommand => {
            let command = text(ContextKind::InvalidSubcommand)?;
            if let Some(values) = e.get(ContextKind::ValidSubcommand).and_then(listed) {
                more.push(msg!(WORDS, "commands", values = values));
            }
            msg!(WORDS, "needs_command", command = command)
        }
        ErrorKind::ArgumentConflict => {
            let arg = match (
                text(ContextKind::InvalidArg),
                text(ContextKind::InvalidSubcommand),
            ) {
                (Some(a), _) | (None, Some(a)) => a,
                (None, None) => return None,
            };
            match e.get(ContextKind::PriorArg) {
                Some(ContextValue::String(p)) if *p == arg => {
                    msg!(WORDS, "given_twice", arg = option(&arg))
                }
                Some(prior) => match listed(prior) {
                    Some(other) => msg!(WORDS, "conflict", arg = arg, other = other),
                    None => msg!(WORDS, "conflict_others", arg = arg),
                },
                None => msg!(WORDS, "conflict_others", arg = arg),
            }
        }
        ErrorKind::NoEquals => {
            let arg = option(&text(ContextKind::InvalidArg)?);
            msg!(WORDS, "no_equals", arg = arg)
        }
        ErrorKind::TooManyValues => msg!(
            WORDS,
            "too_many_values",
            arg = option(&text(ContextKind::InvalidArg)?),
            value = text(ContextKind::InvalidValue)?
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let want = number(ContextKind::MinValues)
                .or_else(|| number(ContextKind::ExpectedNumValues))?;
            msg!(
                WORDS,
                "value_count",
                arg = option(&text(ContextKind::InvalidArg)?),
                want = want,
                got = number(ContextKind::ActualNumValues)?
            )
        }
        ErrorKind::InvalidUtf8 => Message::new(WORDS, "not_utf8"),
        _ => return None,
    };
    Some((first, more))
}

/// Commands or options of the error's context, each in backticks (as code to type) or
/// as they are, joined by commas.
fn names(v: &ContextValue, code: bool) -> Option<String> {
    let all: Vec<&str> = match v {
        ContextValue::String(s) => vec![s.as_str()],
        ContextValue::Strings(v) => v.iter().map(String::as_str).collect(),
        _ => return None,
    };
    let all: Vec<String> = all
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(|s| {
            if code {
                format!("`{s}`")
            } else {
                s.to_string()
            }
        })
        .collect();
    (!all.is_empty()).then(|| all.join(", "))
}

/// A value or values of the error's context, joined by commas.
fn listed(v: &ContextValue) -> Option<String> {
    match v {
        ContextValue::String(s) if !s.is_empty() => Some(s.clone()),
        ContextValue::Strings(v) if !v.is_empty() => Some(v.join(", ")),
        _ => None,
    }
}

/// `--format` of clap's `--format <FORMAT>` or `--explain[=<ID>]`; a positional
/// argument (`<INPUTS>...`) as it is.
fn option(arg: &str) -> String {
    if arg.starts_with('-') {
        arg.split([' ', '=', '[']).next().unwrap_or(arg).to_string()
    } else {
        arg.to_string()
    }
}

/// The command the reader ran (`aqor grid check`): from the usage line
/// `aqor score [OPTIONS] --grid <GRID> <INPUTS>...` when clap gave one, else from the
/// command line's subcommands.
fn command_of(usage: &str) -> String {
    let Some(line) = usage.strip_prefix("Usage:") else {
        return ran(&super::Cli::command(), std::env::args_os().skip(1));
    };
    let line = line.trim_start();
    let words: Vec<&str> = line
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect();
    if words.is_empty() {
        "aqor".to_string()
    } else {
        words.join(" ")
    }
}

/// `aqor` and the subcommands named in `args`, in order, options left aside.
fn ran(cmd: &clap::Command, args: impl Iterator<Item = std::ffi::OsString>) -> String {
    let mut path = vec![cmd.get_name().to_string()];
    let mut cmd = cmd;
    for arg in args {
        let Some(arg) = arg.to_str().map(str::to_string) else {
            break;
        };
        if arg.starts_with('-') {
            continue;
        }
        match cmd.find_subcommand(&arg) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                cmd = sub;
            }
            None => break,
        }
    }
    path.join(" ")
}

/// clap's hints worded again: `to pass '-x' as a value, use '-- -x'` and
/// `'aqor grid --lang' exists`; `None` for another hint.
fn tip(text: &str) -> Option<Message> {
    if let Some(rest) = text.strip_prefix("to pass '") {
        let (arg, rest) = rest.split_once("' as a value, use '")?;
        let write = rest.strip_suffix('\'')?;
        return Some(msg!(WORDS, "as_a_value", arg = arg, write = write));
    }
    let exists = text.strip_prefix('\'')?.strip_suffix("' exists")?;
    Some(msg!(WORDS, "did_you_mean", what = format!("`{exists}`")))
}

/// Words of the command line's own errors.
const WORDS: Catalogue = &[
    (
        "clap_hint",
        ["{text}", "{text}", "{text}", "{text}", "{text}"],
    ),
    (
        "invalid_value",
        [
            "invalid value {value:q} for {arg}",
            "valeur {value:q} invalide pour {arg}",
            "valore {value:q} non valido per {arg}",
            "valor {value:q} no válido para {arg}",
            "nieprawidłowa wartość {value:q} dla {arg}",
        ],
    ),
    (
        "invalid_value_because",
        [
            "{arg}: {reason}",
            "{arg}\u{202f}: {reason}",
            "{arg}: {reason}",
            "{arg}: {reason}",
            "{arg}: {reason}",
        ],
    ),
    (
        "value_required",
        [
            "{arg} needs a value but none was given",
            "{arg} demande une valeur, mais aucune n’a été donnée",
            "{arg} richiede un valore, ma non ne è stato indicato nessuno",
            "{arg} necesita un valor, pero no se indicó ninguno",
            "{arg} wymaga wartości, ale jej nie podano",
        ],
    ),
    (
        "possible_values",
        [
            "possible values: {values}",
            "valeurs possibles\u{202f}: {values}",
            "valori possibili: {values}",
            "valores posibles: {values}",
            "możliwe wartości: {values}",
        ],
    ),
    (
        "unknown_argument",
        [
            "unexpected argument {arg:q}",
            "argument inattendu {arg:q}",
            "argomento inatteso {arg:q}",
            "argumento inesperado {arg:q}",
            "nieoczekiwany argument {arg:q}",
        ],
    ),
    (
        "unknown_command",
        [
            "unknown command {command:q}",
            "commande inconnue {command:q}",
            "comando sconosciuto {command:q}",
            "orden desconocida {command:q}",
            "nieznane polecenie {command:q}",
        ],
    ),
    (
        "did_you_mean",
        [
            "did you mean {what}?",
            "vouliez-vous dire {what}\u{202f}?",
            "intendevate {what}?",
            "¿querían decir {what}?",
            "czy chodziło o {what}?",
        ],
    ),
    (
        "did_you_mean_value",
        [
            "did you mean {what:q}?",
            "vouliez-vous dire {what:q}\u{202f}?",
            "intendevate {what:q}?",
            "¿querían decir {what:q}?",
            "czy chodziło o {what:q}?",
        ],
    ),
    (
        "as_a_value",
        [
            "to give {arg:q} as a value, write `{write}`",
            "pour donner {arg:q} comme valeur, écrivez `{write}`",
            "per dare {arg:q} come valore, scrivete `{write}`",
            "para dar {arg:q} como valor, escriban `{write}`",
            "aby podać {arg:q} jako wartość, wpiszcie `{write}`",
        ],
    ),
    (
        "missing",
        [
            "{n|a required argument is|required arguments are} missing:",
            "{n|il manque un argument obligatoire|il manque des arguments obligatoires}\u{202f}:",
            "{n|manca un argomento obbligatorio|mancano argomenti obbligatori}:",
            "{n|falta un argumento obligatorio|faltan argumentos obligatorios}:",
            "{n|brakuje wymaganego argumentu|brakuje wymaganych argumentów|brakuje wymaganych argumentów}:",
        ],
    ),
    ("missing_one", ["{arg}", "{arg}", "{arg}", "{arg}", "{arg}"]),
    (
        "needs_command",
        [
            "`{command}` needs a command",
            "`{command}` attend une commande",
            "`{command}` richiede un comando",
            "`{command}` necesita una orden",
            "`{command}` wymaga polecenia",
        ],
    ),
    (
        "commands",
        [
            "commands: {values}",
            "commandes\u{202f}: {values}",
            "comandi: {values}",
            "órdenes: {values}",
            "polecenia: {values}",
        ],
    ),
    (
        "given_twice",
        [
            "{arg} can be given only once",
            "{arg} ne peut être donné qu’une fois",
            "{arg} può essere indicato una sola volta",
            "{arg} solo puede indicarse una vez",
            "{arg} można podać tylko raz",
        ],
    ),
    (
        "conflict",
        [
            "{arg} cannot be used with {other}",
            "{arg} ne peut pas être utilisé avec {other}",
            "{arg} non può essere usato insieme a {other}",
            "{arg} no puede usarse junto con {other}",
            "{arg} nie może być użyty razem z {other}",
        ],
    ),
    (
        "conflict_others",
        [
            "{arg} cannot be used with the other arguments given",
            "{arg} ne peut pas être utilisé avec les autres arguments donnés",
            "{arg} non può essere usato insieme agli altri argomenti indicati",
            "{arg} no puede usarse junto con los demás argumentos indicados",
            "{arg} nie może być użyty razem z pozostałymi podanymi argumentami",
        ],
    ),
    (
        "no_equals",
        [
            "{arg} takes its value after an equals sign: {arg}=VALUE",
            "{arg} prend sa valeur après un signe égal\u{202f}: {arg}=VALEUR",
            "{arg} vuole il valore dopo un segno di uguale: {arg}=VALORE",
            "{arg} toma su valor tras un signo igual: {arg}=VALOR",
            "{arg} przyjmuje wartość po znaku równości: {arg}=WARTOŚĆ",
        ],
    ),
    (
        "too_many_values",
        [
            "unexpected value {value:q} for {arg}, which takes no more",
            "valeur {value:q} inattendue pour {arg}, qui n’en prend pas d’autre",
            "valore {value:q} inatteso per {arg}, che non ne accetta altri",
            "valor {value:q} inesperado para {arg}, que no admite más",
            "nieoczekiwana wartość {value:q} dla {arg}, który nie przyjmuje więcej",
        ],
    ),
    (
        "value_count",
        [
            "{arg} takes {want} {want|value|values}, {got} given",
            "{arg} prend {want} {want|valeur|valeurs}, {got} {got|donnée|données}",
            "{arg} richiede {want} {want|valore|valori}, {got} {got|indicato|indicati}",
            "{arg} requiere {want} {want|valor|valores}, {got} {got|indicado|indicados}",
            "{arg} wymaga {want} {want|wartości|wartości|wartości}, podano {got}",
        ],
    ),
    (
        "not_utf8",
        [
            "an argument is not valid UTF-8 text",
            "un argument n’est pas du texte UTF-8 valide",
            "un argomento non è testo UTF-8 valido",
            "un argumento no es texto UTF-8 válido",
            "argument nie jest poprawnym tekstem UTF-8",
        ],
    ),
    (
        "usage",
        [
            "Usage: {usage}",
            "Utilisation\u{202f}: {usage}",
            "Uso: {usage}",
            "Uso: {usage}",
            "Użycie: {usage}",
        ],
    ),
    (
        "more_help",
        [
            "For more information, try `{help}`.",
            "Pour en savoir plus, essayez `{help}`.",
            "Per saperne di più, provate `{help}`.",
            "Para más información, prueben `{help}`.",
            "Więcej informacji: `{help}`.",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_and_commands_from_clap_words() {
        assert_eq!(option("--format <FORMAT>"), "--format");
        assert_eq!(option("--explain[=<ID>]"), "--explain");
        assert_eq!(option("<INPUTS>..."), "<INPUTS>...");
        assert_eq!(
            command_of("Usage: aqor score [OPTIONS] --grid <GRID> <INPUTS>..."),
            "aqor score"
        );
        assert_eq!(
            command_of("Usage: aqor grid check <FILES>..."),
            "aqor grid check"
        );
        let args = ["grid", "--lang", "check", "x.yaml"].map(std::ffi::OsString::from);
        assert_eq!(
            ran(&super::super::Cli::command(), args.into_iter()),
            "aqor grid check"
        );
        let t = tip("to pass '-x' as a value, use '-- -x'").unwrap();
        assert_eq!(t.say("en"), "to give “-x” as a value, write `-- -x`");
        let t = tip("'aqor grid --lang' exists").unwrap();
        assert_eq!(t.say("pl"), "czy chodziło o `aqor grid --lang`?");
        assert!(tip("subcommand 'x' exists; to use it, remove the '--' before it").is_none());
    }
}
