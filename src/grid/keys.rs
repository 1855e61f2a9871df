//! Every unknown and duplicate key of a grid file, in one run.
//!
//! serde stops at the first such key. This pass walks the YAML events once against
//! the grid's JSON Schema (derived from the raw types, so the two cannot drift) and
//! reports them all. It runs only when serde has already failed on such a key.

use crate::diagnostic::{Diagnostic, Pos, did_you_mean};
use serde_json::Value;
use serde_saphyr::granit_parser::{Event, Parser};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Deeper files are left to serde's own depth limit.
const MAX_DEPTH: usize = 128;

fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(super::raw::json_schema)
}

/// The schema of a value the schema says nothing about.
static ANY: Value = Value::Bool(true);

/// What a mapping may hold, from the schema.
struct MapShape<'s> {
    /// Singular name of the thing ("indicator"), for messages.
    name: String,
    keys: Vec<(&'s str, &'s Value)>,
    /// Schema of keys not listed (`None`: such keys are unknown).
    other: Option<&'s Value>,
}

enum Frame<'s> {
    Map {
        shape: Option<MapShape<'s>>,
        seen: HashMap<String, Pos>,
        /// `Some(schema)` when the next node is a value, `None` when it is a key.
        value: Option<Option<&'s Value>>,
    },
    Seq {
        item: Option<&'s Value>,
    },
}

/// Unknown and duplicate keys of `source`, in file order.
pub(crate) fn problems(source: &str, file: &str) -> Vec<Diagnostic> {
    let root = schema();
    let mut out = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    for event in Parser::new_from_str(source) {
        let Ok((event, span)) = event else { break };
        let at = Pos::new(span.start.line() as u32, span.start.col() as u32 + 1);
        let node_schema = match &event {
            Event::MappingStart(..)
            | Event::SequenceStart(..)
            | Event::Scalar(..)
            | Event::Alias(..) => match stack.last_mut() {
                None => Some(root),
                Some(Frame::Seq { item }) => *item,
                Some(Frame::Map { value, .. }) if value.is_some() => value.take().flatten(),
                Some(Frame::Map { shape, seen, value }) => {
                    // This node is a key.
                    *value = Some(match &event {
                        Event::Scalar(key, ..) => key_schema(shape, seen, key, at, file, &mut out),
                        _ => None,
                    });
                    if !matches!(event, Event::MappingStart(..) | Event::SequenceStart(..)) {
                        continue;
                    }
                    None
                }
            },
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                continue;
            }
            _ => continue,
        };
        match event {
            Event::MappingStart(..) => stack.push(Frame::Map {
                shape: node_schema.and_then(|s| map_shape(s, root)),
                seen: HashMap::new(),
                value: None,
            }),
            Event::SequenceStart(..) => stack.push(Frame::Seq {
                item: node_schema.and_then(|s| items(s, root)),
            }),
            _ => {}
        }
        if stack.len() > MAX_DEPTH {
            break;
        }
    }
    out
}

/// Checks one key; returns the schema of its value.
fn key_schema<'s>(
    shape: &Option<MapShape<'s>>,
    seen: &mut HashMap<String, Pos>,
    key: &str,
    at: Pos,
    file: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<&'s Value> {
    if let Some(first) = seen.get(key) {
        out.push(Diagnostic::error(
            file,
            at,
            format!(
                "duplicate key `{key}` (first at line {}, column {}); a key may appear only once here",
                first.line, first.col
            ),
        ).with_code("duplicate-key"));
    } else {
        seen.insert(key.to_string(), at);
    }
    let shape = shape.as_ref()?;
    if let Some((_, s)) = shape.keys.iter().find(|(k, _)| *k == key) {
        return Some(s);
    }
    if shape.other.is_some() {
        return shape.other;
    }
    let names: Vec<&str> = shape.keys.iter().map(|(k, _)| *k).collect();
    let hint = did_you_mean(key, names.iter().copied())
        .map(|c| format!("did you mean `{c}`? "))
        .unwrap_or_default();
    out.push(
        Diagnostic::error(
            file,
            at,
            format!(
                "unknown key `{key}` in {}; {hint}keys here: {}",
                shape.name,
                names.join(", ")
            ),
        )
        .with_code("unknown-key"),
    );
    None
}

/// The schemas a node may match: itself, or its `anyOf`/`oneOf` alternatives, with `$ref`s followed.
fn alternatives<'s>(schema: &'s Value, root: &'s Value, out: &mut Vec<(String, &'s Value)>) {
    fn go<'s>(
        s: &'s Value,
        root: &'s Value,
        name: String,
        out: &mut Vec<(String, &'s Value)>,
        depth: u8,
    ) {
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
                go(target, root, format!("{article} {name}"), out, depth + 1);
            }
            return;
        }
        let mut branched = false;
        for key in ["anyOf", "oneOf"] {
            for alt in s.get(key).and_then(Value::as_array).into_iter().flatten() {
                branched = true;
                go(alt, root, name.clone(), out, depth + 1);
            }
        }
        if !branched {
            out.push((name, s));
        }
    }
    let name = if std::ptr::eq(schema, root) {
        "the grid"
    } else {
        "this mapping"
    };
    go(schema, root, name.into(), out, 0);
}

fn map_shape<'s>(schema: &'s Value, root: &'s Value) -> Option<MapShape<'s>> {
    let mut alts = Vec::new();
    alternatives(schema, root, &mut alts);
    let mut shape: Option<MapShape> = None;
    for (name, alt) in alts {
        let props = alt.get("properties").and_then(Value::as_object);
        let extra = alt.get("additionalProperties");
        if props.is_none() && extra.is_none() {
            continue;
        }
        let s = shape.get_or_insert_with(|| MapShape {
            name,
            keys: Vec::new(),
            other: None,
        });
        for (k, v) in props.into_iter().flatten() {
            s.keys.push((k.as_str(), v));
        }
        match extra {
            Some(Value::Bool(false)) => {}
            Some(v) => s.other = Some(v),
            None => s.other = Some(&ANY),
        }
    }
    shape
}

fn items<'s>(schema: &'s Value, root: &'s Value) -> Option<&'s Value> {
    let mut alts = Vec::new();
    alternatives(schema, root, &mut alts);
    alts.into_iter().find_map(|(_, a)| a.get("items"))
}
