//! The shape of a grid file, checked on its node tree against the grid's JSON Schema
//! (derived from the raw types, so the two cannot drift): every unknown, duplicate or
//! missing key and every value of the wrong kind, in one run.
//!
//! Each fault is reported, then mended so serde can still read the grid and the loader
//! report everything else: a wrong key is dropped, a wrong or missing value replaced by
//! a stand-in. The stand-ins' positions are `poisoned`: whatever the loader or the lints
//! would say there only repeats what was said here.

use super::node_de::{boolean, float, integer};
use super::tree::{Entry, Kind, Layout, Node};
use super::words::{self, A, IN, OF, either, hint, thing};
use crate::diagnostic::{Diagnostic, Pos, Severity, did_you_mean};
use crate::i18n::{Catalogue, Message};
use crate::msg;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Where stand-ins for missing keys are: nowhere in the file.
const NOWHERE: Pos = Pos::new(0, 0);

/// The shape's findings, and the positions of the stand-ins put in.
pub(crate) struct Shape {
    pub findings: Vec<Diagnostic>,
    pub poisoned: HashSet<Pos>,
}

fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(super::raw::json_schema)
}

/// Checks and mends `root`.
pub(crate) fn check(root: &mut Node, layout: &Layout, file: &str) -> Shape {
    let mut w = Walker {
        file,
        layout,
        out: Vec::new(),
        poisoned: HashSet::new(),
        misplaced: HashMap::new(),
        text_keys: Vec::new(),
    };
    w.node(root, schema(), "");
    w.languages(root);
    Shape {
        findings: w.out,
        poisoned: w.poisoned,
    }
}

struct Walker<'a> {
    file: &'a str,
    layout: &'a Layout,
    out: Vec<Diagnostic>,
    poisoned: HashSet<Pos>,
    /// A missing key's finding (its index) and the finding that replaces it, by the
    /// position of the same key written further down at a smaller indentation: if that
    /// key is wrong where it landed, the two are one indentation mistake.
    misplaced: HashMap<Pos, (usize, Message)>,
    /// Language keys of texts, checked against `languages` at the end.
    text_keys: Vec<(String, Pos)>,
}

/// One form a value may take: the thing's name for messages (`indicator`, see
/// [`super::words::thing`]; empty when it has none) and its schema.
type Alt = (String, &'static Value);

impl Walker<'_> {
    fn err(&mut self, code: &'static str, at: Pos, words: Message) {
        self.out
            .push(Diagnostic::said(Severity::Error, self.file, at, words).with_code(code));
    }

    /// Checks one value against `schema`; `key` names it in messages.
    fn node(&mut self, node: &mut Node, schema: &'static Value, key: &str) {
        let alts = alternatives(schema);
        let fits: Vec<&Alt> = alts.iter().filter(|(_, a)| accepts(a, node)).collect();
        if fits.is_empty() {
            self.wrong_type(node, &alts, key);
            let at = node.at;
            self.mend(node, schema, at);
            return;
        }
        let (name, alt) = (fits[0].0.as_str(), fits[0].1);
        match &mut node.kind {
            Kind::Map(_) if fits.len() > 1 => self.one_of(node, &fits),
            Kind::Map(_) => self.map(node, name, alt),
            Kind::Seq(items) => {
                let item = alt.get("items").unwrap_or(&ANY);
                for i in items {
                    self.node(i, item, key);
                }
            }
            Kind::Scalar { .. } => {}
        }
    }

    /// Puts a stand-in for a faulty value at `at`.
    fn mend(&mut self, node: &mut Node, schema: &'static Value, at: Pos) {
        *node = stand_in(schema, at);
        self.poisoned.insert(at);
    }

    fn wrong_type(&mut self, node: &Node, alts: &[Alt], key: &str) {
        let types: Vec<&str> = alts.iter().flat_map(|(_, a)| types(a)).collect();
        let (code, words) = match &node.kind {
            Kind::Scalar { text, .. } if types.contains(&"number") && decimal_comma(text) => (
                "decimal-comma",
                msg!(
                    super::yaml::WORDS,
                    "decimal_comma",
                    number = text.replace(',', ".")
                ),
            ),
            Kind::Scalar { text, .. } if types.contains(&"integer") && float(text).is_some() => (
                "wrong-type",
                msg!(super::yaml::WORDS, "not_whole", key = key, value = text),
            ),
            _ => {
                let found = match &node.kind {
                    _ if node.is_null() => msg!(WORDS, "nothing"),
                    Kind::Scalar { text, .. } => {
                        msg!(WORDS, "value", value = crate::text::visible(text))
                    }
                    Kind::Seq(_) => msg!(WORDS, "array"),
                    Kind::Map(_) => msg!(WORDS, "a_mapping"),
                };
                let words = msg!(
                    WORDS,
                    "expected",
                    expected = expected(alts, &types),
                    found = found
                );
                (
                    "wrong-type",
                    if key.is_empty() {
                        words
                    } else {
                        msg!(WORDS, "keyed", key = key, text = words)
                    },
                )
            }
        };
        self.err(code, node.at, words);
    }

    /// A mapping of one known form: its keys are checked, wrong ones dropped, missing
    /// ones stood in for.
    fn map(&mut self, node: &mut Node, name: &str, alt: &'static Value) {
        let name = if name.is_empty() { "mapping" } else { name };
        let last = node.last();
        let at = node.at;
        let Kind::Map(entries) = &mut node.kind else {
            return;
        };
        let column = entries.first().map_or(at.col, |e| e.key_at.col);
        let props = alt.get("properties").and_then(Value::as_object);
        let other = match alt.get("additionalProperties") {
            Some(Value::Bool(false)) => None,
            Some(v) => Some(v),
            None => Some(&ANY),
        };
        let is_text = name == "text";
        let mut seen: HashMap<String, Pos> = HashMap::new();
        let mut kept = Vec::new();
        let mut meant: Vec<&str> = Vec::new();
        for mut e in std::mem::take(entries) {
            if let Some(first) = seen.get(&e.key) {
                let words = msg!(
                    WORDS,
                    "duplicate_key",
                    key = &e.key,
                    line = first.line.to_string(),
                    col = first.col.to_string()
                );
                self.misplaced_or("duplicate-key", e.key_at, words);
                continue;
            }
            seen.insert(e.key.clone(), e.key_at);
            if let Some(s) = props.and_then(|p| p.get(&e.key)) {
                self.node(&mut e.value, s, &e.key);
                kept.push(e);
            } else if let Some(s) = other {
                if is_text {
                    self.text_keys.push((e.key.clone(), e.key_at));
                }
                self.node(&mut e.value, s, &e.key);
                kept.push(e);
            } else {
                let names: Vec<&str> = props
                    .into_iter()
                    .flatten()
                    .map(|(k, _)| k.as_str())
                    .collect();
                let close = did_you_mean(&e.key, names.iter().copied());
                meant.extend(close);
                let words = msg!(
                    WORDS,
                    "unknown_key",
                    key = &e.key,
                    place = thing(IN, name),
                    hint = words::meant(close),
                    keys = names.join(", ")
                );
                self.misplaced_or("unknown-key", e.key_at, words);
            }
        }
        let required = alt
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten();
        for key in required.filter_map(Value::as_str) {
            if seen.contains_key(key) {
                continue;
            }
            if !meant.contains(&key) {
                self.missing(key, name, at, column, last);
            }
            let schema = props.and_then(|p| p.get(key)).unwrap_or(&ANY);
            let mut value = Node::scalar("", true, NOWHERE);
            self.mend(&mut value, schema, NOWHERE);
            kept.push(Entry {
                key: key.to_string(),
                key_at: NOWHERE,
                value,
            });
        }
        *entries = kept;
    }

    /// A missing key; when the same key follows the mapping indented less, that is
    /// where the finding will go if the key is wrong there (see `misplaced_or`).
    fn missing(&mut self, key: &str, name: &str, at: Pos, column: u32, last: Pos) {
        self.err(
            "missing-key",
            at,
            msg!(WORDS, "missing_key", name = thing(A, name), key = key),
        );
        let keys = &self.layout.keys;
        let next = keys.partition_point(|(_, p)| *p <= last);
        if let Some((k, p)) = keys.get(next)
            && k == key
            && p.col < column
        {
            let i = self.out.len() - 1;
            let words = msg!(
                WORDS,
                "missing_key_indented",
                name = thing(A, name),
                key = key,
                line = p.line.to_string(),
                col = p.col.to_string(),
                of_name = thing(OF, name),
                column = column.to_string()
            );
            self.out[i] =
                Diagnostic::said(Severity::Error, self.file, at, words).with_code("missing-key");
            let instead = msg!(
                WORDS,
                "indentation",
                key = key,
                of_name = thing(OF, name),
                line = at.line.to_string(),
                column = column.to_string()
            );
            self.misplaced.insert(*p, (i, instead));
        }
    }

    /// A wrong key's finding, or, when a mapping above misses it, one finding for both:
    /// the key's indentation.
    fn misplaced_or(&mut self, code: &'static str, at: Pos, words: Message) {
        let Some((i, instead)) = self.misplaced.remove(&at) else {
            return self.err(code, at, words);
        };
        self.out.remove(i);
        // Later indexes moved down by one.
        for (j, _) in self.misplaced.values_mut() {
            if *j > i {
                *j -= 1;
            }
        }
        self.err("indentation", at, instead);
    }

    /// A rule: one key, naming which kind of rule it is.
    fn one_of(&mut self, node: &mut Node, fits: &[&Alt]) {
        let at = node.at;
        let Kind::Map(entries) = &mut node.kind else {
            return;
        };
        let all: Vec<&str> = fits
            .iter()
            .flat_map(|(_, a)| {
                a.get("properties")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
            })
            .map(|(k, _)| k.as_str())
            .collect();
        let kind_of = |key: &str| {
            fits.iter()
                .find(|(_, a)| a.pointer(&format!("/properties/{key}")).is_some())
        };
        let mut chosen = None;
        let mut kept = Vec::new();
        let empty = entries.is_empty();
        for e in std::mem::take(entries) {
            match kind_of(&e.key) {
                Some(alt) if chosen.is_none() => {
                    chosen = Some(*alt);
                    kept.push(e);
                }
                Some(_) => self.err(
                    "rule-keys",
                    e.key_at,
                    msg!(WORDS, "one_key_per_rule", key = &e.key),
                ),
                None => {
                    let words = msg!(
                        WORDS,
                        "unknown_key",
                        key = &e.key,
                        place = thing(IN, &fits[0].0),
                        hint = hint(&e.key, all.iter().copied()),
                        keys = all.join(", ")
                    );
                    self.misplaced_or("unknown-key", e.key_at, words);
                }
            }
        }
        *entries = kept;
        match chosen {
            Some(chosen) => self.map(node, &chosen.0, chosen.1),
            None => {
                if empty {
                    self.err(
                        "rule-keys",
                        at,
                        msg!(WORDS, "no_condition", conditions = all.join(", ")),
                    );
                }
                self.mend(node, fits[0].1, at);
            }
        }
    }

    /// Text keys the grid's `languages` do not list.
    fn languages(&mut self, root: &Node) {
        let Kind::Map(entries) = &root.kind else {
            return;
        };
        let Some(Kind::Seq(items)) = entries
            .iter()
            .find(|e| e.key == "languages")
            .map(|e| &e.value.kind)
        else {
            return;
        };
        let declared: Vec<&str> = items
            .iter()
            .filter_map(|i| match &i.kind {
                Kind::Scalar { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        for (lang, at) in std::mem::take(&mut self.text_keys) {
            if !declared.contains(&lang.as_str()) {
                let words = crate::msg!(
                    WORDS,
                    "undeclared_language",
                    lang = lang.as_str(),
                    declared = declared.join(", ")
                );
                self.out.push(
                    Diagnostic::said(Severity::Warning, self.file, at, words)
                        .with_code("undeclared-language"),
                );
            }
        }
    }
}

/// `0,5` written for `0.5`.
fn decimal_comma(text: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    text.trim_start_matches('-')
        .split_once(',')
        .is_some_and(|(i, f)| digits(i) && digits(f))
}

/// What a value should have been, in words.
fn expected(alts: &[Alt], types: &[&str]) -> Message {
    if let Some((name, _)) = alts.first()
        && !name.is_empty()
        && alts.iter().all(|(n, _)| n == name || n.is_empty())
    {
        return if name == "text" {
            msg!(WORDS, "a_text")
        } else {
            thing(A, name)
        };
    }
    let mut keys: Vec<&'static str> = types
        .iter()
        .filter_map(|t| match *t {
            "string" => Some("string"),
            "number" => Some("number"),
            "integer" => Some("integer"),
            "boolean" => Some("boolean"),
            "array" => Some("array"),
            "object" => Some("object"),
            _ => None,
        })
        .collect();
    keys.dedup();
    either(keys.into_iter().map(|k| Message::new(WORDS, k)).collect())
}

/// The schema of a value the schema says nothing about.
static ANY: Value = Value::Bool(true);

/// JSON types an alternative allows (`object` when it only lists properties).
fn types(alt: &Value) -> Vec<&str> {
    match alt.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ if alt.get("properties").is_some() || alt.get("additionalProperties").is_some() => {
            vec!["object"]
        }
        _ => vec![
            "string", "number", "integer", "boolean", "array", "object", "null",
        ],
    }
}

/// Whether a node is of a type `alt` allows; a number or `true` written plainly may
/// also be read as a string, as serde-saphyr reads it.
fn accepts(alt: &Value, node: &Node) -> bool {
    let ts = types(alt);
    let has = |t: &str| ts.contains(&t);
    match &node.kind {
        Kind::Map(_) => has("object"),
        Kind::Seq(_) => has("array"),
        _ if node.is_null() => has("null"),
        Kind::Scalar { text, plain } => {
            has("string")
                || (has("number") && float(text).is_some())
                || (has("integer") && integer(text).is_some())
                || (has("boolean") && *plain && boolean(text).is_some())
        }
    }
}

/// A value of the first form `schema` allows, preferring nothing at all (`null`), at `at`.
fn stand_in(schema: &'static Value, at: Pos) -> Node {
    let alts = alternatives(schema);
    if alts.iter().any(|(_, a)| types(a).contains(&"null")) {
        return Node::scalar("", true, at);
    }
    let alt = alts.first().map_or(&ANY, |(_, a)| *a);
    let kind = match types(alt).first().copied() {
        Some("number") => return Node::scalar(".nan", true, at),
        Some("integer") => return Node::scalar("-1", true, at),
        Some("boolean") => return Node::scalar("false", true, at),
        Some("array") => Kind::Seq(Vec::new()),
        Some("object") => {
            let props = alt.get("properties").and_then(Value::as_object);
            let required = alt
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten();
            Kind::Map(
                required
                    .filter_map(Value::as_str)
                    .map(|k| Entry {
                        key: k.to_string(),
                        key_at: at,
                        value: stand_in(props.and_then(|p| p.get(k)).unwrap_or(&ANY), at),
                    })
                    .collect(),
            )
        }
        _ => return Node::scalar("", false, at),
    };
    Node { at, kind }
}

/// The forms a value may take: itself, or its `anyOf`/`oneOf` alternatives, with
/// `$ref`s followed and named after their definition ("an indicator").
fn alternatives(of: &'static Value) -> Vec<Alt> {
    fn go(s: &'static Value, name: String, out: &mut Vec<Alt>, depth: u8) {
        let root = schema();
        if depth > 8 {
            return;
        }
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let def = r.rsplit('/').next().unwrap_or(r);
            if let Some(target) = root.get("$defs").and_then(|d| d.get(def)) {
                go(target, def.to_lowercase(), out, depth + 1);
            }
            return;
        }
        let mut branched = false;
        for key in ["anyOf", "oneOf"] {
            for alt in s.get(key).and_then(Value::as_array).into_iter().flatten() {
                branched = true;
                go(alt, name.clone(), out, depth + 1);
            }
        }
        if !branched {
            out.push((name, s));
        }
    }
    let name = if std::ptr::eq(of, schema()) {
        "grid"
    } else {
        ""
    };
    let mut out = Vec::new();
    go(of, name.into(), &mut out, 0);
    out
}

/// What the shape check says in the reader's language.
const WORDS: Catalogue = &[
    (
        "undeclared_language",
        [
            "a `{lang}` text, but `languages` ({declared}) does not list `{lang}`; add it there or remove the text",
            "un texte `{lang}`, mais `languages` ({declared}) ne cite pas `{lang}`\u{202F}; ajoutez-le ou retirez ce texte",
            "un testo `{lang}`, ma `languages` ({declared}) non elenca `{lang}`; aggiungetelo lì o togliete il testo",
            "un texto `{lang}`, pero `languages` ({declared}) no incluye `{lang}`; añádanlo allí o quiten el texto",
            "tekst `{lang}`, ale `languages` ({declared}) nie wymienia `{lang}`; dodajcie go tam lub usuńcie tekst",
        ],
    ),
    (
        "keyed",
        [
            "`{key}`: {text}",
            "`{key}`\u{202f}: {text}",
            "`{key}`: {text}",
            "`{key}`: {text}",
            "`{key}`: {text}",
        ],
    ),
    (
        "expected",
        [
            "expected {expected}, found {found}",
            "attendu\u{202f}: {expected}, trouvé\u{202f}: {found}",
            "atteso: {expected}, trovato: {found}",
            "se esperaba {expected}, pero hay {found}",
            "oczekiwano: {expected}; jest: {found}",
        ],
    ),
    ("nothing", ["nothing", "rien", "niente", "nada", "nic"]),
    (
        "value",
        [
            "`{value}`",
            "`{value}`",
            "`{value}`",
            "`{value}`",
            "`{value}`",
        ],
    ),
    (
        "array",
        ["a list", "une liste", "una lista", "una lista", "lista"],
    ),
    (
        "a_mapping",
        [
            "a mapping (key: value lines)",
            "un bloc (lignes `clé: valeur`)",
            "un blocco (righe `chiave: valore`)",
            "un bloque (líneas `clave: valor`)",
            "blok (wiersze `klucz: wartość`)",
        ],
    ),
    (
        "object",
        ["a mapping", "un bloc", "un blocco", "un bloque", "blok"],
    ),
    (
        "string",
        [
            "a string",
            "une chaîne de caractères",
            "una stringa",
            "una cadena",
            "ciąg znaków",
        ],
    ),
    (
        "number",
        ["a number", "un nombre", "un numero", "un número", "liczba"],
    ),
    (
        "integer",
        [
            "a whole number",
            "un nombre entier",
            "un numero intero",
            "un número entero",
            "liczba całkowita",
        ],
    ),
    (
        "boolean",
        [
            "true or false",
            "true ou false",
            "true o false",
            "true o false",
            "true lub false",
        ],
    ),
    (
        "a_text",
        [
            "a text (a string, or a map language -> string such as {{fr: \"…\", en: \"…\"}})",
            "un texte (une chaîne, ou une correspondance langue -> texte comme `{{fr: \"…\", en: \"…\"}}`)",
            "un testo (una stringa, o una mappa lingua -> testo come `{{fr: \"…\", en: \"…\"}}`)",
            "un texto (una cadena, o un mapa idioma -> texto como `{{fr: \"…\", en: \"…\"}}`)",
            "tekst (ciąg znaków albo mapa język -> tekst, np. `{{fr: \"…\", en: \"…\"}}`)",
        ],
    ),
    (
        "duplicate_key",
        [
            "duplicate key `{key}` (first at line {line}, column {col}); a key may appear only once here",
            "clé `{key}` en double (déjà présente ligne {line}, colonne {col})\u{202f}; une clé ne peut figurer qu’une fois ici",
            "chiave `{key}` duplicata (già presente alla riga {line}, colonna {col}); qui una chiave può comparire una sola volta",
            "clave `{key}` duplicada (ya presente en la línea {line}, columna {col}); aquí una clave solo puede aparecer una vez",
            "powtórzony klucz `{key}` (pierwszy raz w wierszu {line}, kolumnie {col}); klucz może tu wystąpić tylko raz",
        ],
    ),
    (
        "unknown_key",
        [
            "unknown key `{key}` {place}; {hint}keys here: {keys}",
            "clé inconnue `{key}` {place}\u{202f}; {hint}clés possibles ici\u{202f}: {keys}",
            "chiave sconosciuta `{key}` {place}; {hint}chiavi possibili qui: {keys}",
            "clave desconocida `{key}` {place}; {hint}claves posibles aquí: {keys}",
            "nieznany klucz `{key}` {place}; {hint}możliwe klucze: {keys}",
        ],
    ),
    (
        "missing_key",
        [
            "{name} needs `{key}`; it is missing here",
            "{name} doit avoir `{key}`, qui manque ici",
            "{name} richiede `{key}`, che qui manca",
            "{name} necesita `{key}`, que aquí falta",
            "{name} wymaga klucza `{key}`, którego tu brakuje",
        ],
    ),
    (
        "missing_key_indented",
        [
            "{name} needs `{key}`; it is missing here (the `{key}` at line {line}, column {col} is indented less than the keys of {of_name}, at column {column})",
            "{name} doit avoir `{key}`, qui manque ici (le `{key}` de la ligne {line}, colonne {col}, est moins indenté que les clés {of_name}, en colonne {column})",
            "{name} richiede `{key}`, che qui manca (il `{key}` alla riga {line}, colonna {col}, è meno rientrato delle chiavi {of_name}, in colonna {column})",
            "{name} necesita `{key}`, que aquí falta (el `{key}` de la línea {line}, columna {col}, tiene menos sangría que las claves {of_name}, en la columna {column})",
            "{name} wymaga klucza `{key}`, którego tu brakuje (`{key}` w wierszu {line}, kolumnie {col} ma mniejsze wcięcie niż klucze {of_name}, w kolumnie {column})",
        ],
    ),
    (
        "indentation",
        [
            "indentation does not match the line above: this `{key}` belongs to {of_name} at line {line}, whose keys are at column {column}; indent it to that column",
            "l’indentation ne correspond pas à la ligne du dessus\u{202f}: ce `{key}` fait partie {of_name} à la ligne {line}, dont les clés sont en colonne {column}\u{202f}; indentez-le jusqu’à cette colonne",
            "il rientro non corrisponde alla riga sopra: questo `{key}` fa parte {of_name} alla riga {line}, le cui chiavi sono in colonna {column}; indentatelo fino a quella colonna",
            "la sangría no coincide con la línea de arriba: este `{key}` forma parte {of_name} de la línea {line}, cuyas claves están en la columna {column}; sángrenlo hasta esa columna",
            "wcięcie nie pasuje do wiersza powyżej: ten `{key}` należy do {of_name} z wiersza {line} (klucze w kolumnie {column}); wetnijcie go do tej kolumny",
        ],
    ),
    (
        "one_key_per_rule",
        [
            "one key per rule: `{key}` goes in a rule of its own, on a line starting with `- `",
            "une clé par règle\u{202f}: `{key}` va dans une règle à part, sur une ligne qui commence par `- `",
            "una chiave per regola: `{key}` va in una regola a sé, su una riga che inizia con `- `",
            "una clave por regla: `{key}` va en una regla aparte, en una línea que empiece por `- `",
            "jeden klucz na regułę: `{key}` trafia do osobnej reguły, w wierszu zaczynającym się od `- `",
        ],
    ),
    (
        "no_condition",
        [
            "a rule needs one condition, e.g. `min_overall: 70`; conditions: {conditions}",
            "une règle a besoin d’une condition, par ex. `min_overall: 70`\u{202f}; conditions possibles\u{202f}: {conditions}",
            "una regola ha bisogno di una condizione, ad es. `min_overall: 70`; condizioni possibili: {conditions}",
            "una regla necesita una condición, p. ej. `min_overall: 70`; condiciones posibles: {conditions}",
            "reguła potrzebuje jednego warunku, np. `min_overall: 70`; możliwe warunki: {conditions}",
        ],
    ),
];
