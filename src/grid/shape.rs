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
use crate::diagnostic::{Diagnostic, Pos, Severity, did_you_mean};
use crate::i18n::Catalogue;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// What the shape check says in the reader's language.
const WORDS: Catalogue = &[(
    "undeclared_language",
    [
        "a `{lang}` text, but `languages` ({declared}) does not list `{lang}`; add it there or remove the text",
        "un texte `{lang}`, mais `languages` ({declared}) ne cite pas `{lang}`\u{202F}; ajoutez-le ou retirez ce texte",
        "un testo `{lang}`, ma `languages` ({declared}) non elenca `{lang}`; aggiungilo lì o togli il testo",
        "un texto `{lang}`, pero `languages` ({declared}) no incluye `{lang}`; añádelo allí o quita el texto",
        "tekst `{lang}`, ale `languages` ({declared}) nie wymienia `{lang}`; dodaj go tam lub usuń tekst",
    ],
)];

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
    misplaced: HashMap<Pos, (usize, String)>,
    /// Language keys of texts, checked against `languages` at the end.
    text_keys: Vec<(String, Pos)>,
}

/// One form a value may take: the thing's name for messages ("an indicator") and its schema.
type Alt = (String, &'static Value);

impl Walker<'_> {
    fn err(&mut self, code: &'static str, at: Pos, message: String) {
        self.out
            .push(Diagnostic::error(self.file, at, message).with_code(code));
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
        let named = |s: &str| format!("`{key}`: {s}");
        let (code, message) = match &node.kind {
            Kind::Scalar { text, .. } if types.contains(&"number") && decimal_comma(text) => (
                "decimal-comma",
                format!(
                    "a decimal number is written with a dot: {}",
                    text.replace(',', ".")
                ),
            ),
            Kind::Scalar { text, .. } if types.contains(&"integer") && float(text).is_some() => (
                "wrong-type",
                format!("`{key}` is a count: expected a whole number, not {text}"),
            ),
            _ => {
                let found = match &node.kind {
                    _ if node.is_null() => "nothing".to_string(),
                    Kind::Scalar { text, .. } => format!("`{}`", text.escape_debug()),
                    Kind::Seq(_) => "a list".into(),
                    Kind::Map(_) => "a mapping (key: value lines)".into(),
                };
                let message = format!("expected {}, found {found}", expected(alts, &types));
                (
                    "wrong-type",
                    if key.is_empty() {
                        message
                    } else {
                        named(&message)
                    },
                )
            }
        };
        self.err(code, node.at, message);
    }

    /// A mapping of one known form: its keys are checked, wrong ones dropped, missing
    /// ones stood in for.
    fn map(&mut self, node: &mut Node, name: &str, alt: &'static Value) {
        let name = if name.is_empty() {
            "this mapping"
        } else {
            name
        };
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
        let is_text = name == "a text";
        let mut seen: HashMap<String, Pos> = HashMap::new();
        let mut kept = Vec::new();
        let mut meant: Vec<&str> = Vec::new();
        for mut e in std::mem::take(entries) {
            if let Some(first) = seen.get(&e.key) {
                let message = format!(
                    "duplicate key `{}` (first at line {}, column {}); a key may appear only once here",
                    e.key, first.line, first.col
                );
                self.misplaced_or("duplicate-key", e.key_at, message);
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
                let hint = did_you_mean(&e.key, names.iter().copied());
                meant.extend(hint);
                let hint = hint
                    .map(|c| format!("did you mean `{c}`? "))
                    .unwrap_or_default();
                let message = format!(
                    "unknown key `{}` in {name}; {hint}keys here: {}",
                    e.key,
                    names.join(", ")
                );
                self.misplaced_or("unknown-key", e.key_at, message);
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
            format!("{name} needs `{key}`; it is missing here"),
        );
        let keys = &self.layout.keys;
        let next = keys.partition_point(|(_, p)| *p <= last);
        if let Some((k, p)) = keys.get(next)
            && k == key
            && p.col < column
        {
            let i = self.out.len() - 1;
            self.out[i].message = format!(
                "{name} needs `{key}`; it is missing here (the `{key}` at line {}, column {} is indented less than the keys of {name}, at column {column})",
                p.line, p.col
            );
            let instead = format!(
                "indentation does not match the line above: this `{key}` belongs to {name} at line {}, whose keys are at column {column}; indent it to that column",
                at.line
            );
            self.misplaced.insert(*p, (i, instead));
        }
    }

    /// A wrong key's finding, or, when a mapping above misses it, one finding for both:
    /// the key's indentation.
    fn misplaced_or(&mut self, code: &'static str, at: Pos, message: String) {
        let Some((i, instead)) = self.misplaced.remove(&at) else {
            return self.err(code, at, message);
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
                    format!(
                        "one key per rule: `{}` goes in a rule of its own, on a line starting with `- `",
                        e.key
                    ),
                ),
                None => {
                    let hint = did_you_mean(&e.key, all.iter().copied())
                        .map(|c| format!("did you mean `{c}`? "))
                        .unwrap_or_default();
                    let name = &fits[0].0;
                    self.misplaced_or(
                        "unknown-key",
                        e.key_at,
                        format!("unknown key `{}` in {name}; {hint}keys here: {}", e.key, all.join(", ")),
                    );
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
                        format!(
                            "a rule needs one condition, e.g. `min_overall: 70`; conditions: {}",
                            all.join(", ")
                        ),
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
fn expected(alts: &[Alt], types: &[&str]) -> String {
    if let Some((name, _)) = alts.first()
        && !name.is_empty()
        && alts.iter().all(|(n, _)| n == name || n.is_empty())
    {
        return if name == "a text" {
            "a text (a string, or a map language -> string such as {fr: \"…\", en: \"…\"})".into()
        } else {
            name.clone()
        };
    }
    let mut words: Vec<&str> = types
        .iter()
        .filter_map(|t| match *t {
            "string" => Some("a string"),
            "number" => Some("a number"),
            "integer" => Some("a whole number"),
            "boolean" => Some("true or false"),
            "array" => Some("a list"),
            "object" => Some("a mapping"),
            _ => None,
        })
        .collect();
    words.dedup();
    words.join(" or ")
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
                let name = def.to_lowercase();
                let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                go(target, format!("{article} {name}"), out, depth + 1);
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
        "the grid"
    } else {
        ""
    };
    let mut out = Vec::new();
    go(of, name.into(), &mut out, 0);
    out
}
