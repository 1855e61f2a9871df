//! Reports for funders must not name structures: codes S01, S02… replace them.

use super::{Comparison, Who};
use serde::Serialize;
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};

/// One line of the key that maps codes back to structures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyEntry {
    pub code: String,
    pub id: String,
    pub name: String,
}

/// Replaces every structure id and name in `c` by a code and returns the key.
///
/// Codes are handed out in a random order (not by name nor input order), so a code
/// says nothing about which structure it stands for.
pub fn anonymize(c: &mut Comparison) -> Vec<KeyEntry> {
    let mut names: HashMap<String, String> = HashMap::new();
    let everyone = c
        .structures
        .iter()
        .map(|r| &r.structure)
        .chain(c.trends.iter().map(|t| &t.structure));
    for w in everyone {
        names.entry(w.id.clone()).or_insert_with(|| w.name.clone());
    }
    let salt = RandomState::new();
    let mut ids: Vec<(u64, String)> = names
        .keys()
        .map(|id| (salt.hash_one(id), id.clone()))
        .collect();
    ids.sort();
    let width = ids.len().to_string().len().max(2);
    let code_of: HashMap<String, String> = ids
        .iter()
        .enumerate()
        .map(|(n, (_, id))| (id.clone(), format!("S{:0width$}", n + 1)))
        .collect();
    let hide = |w: &mut Who| {
        let code = code_of[&w.id].clone();
        w.name = code.clone();
        w.id = code;
    };
    c.structures.iter_mut().for_each(|r| hide(&mut r.structure));
    c.trends.iter_mut().for_each(|t| hide(&mut t.structure));
    c.structures
        .sort_by(|a, b| (&a.structure.id, a.date).cmp(&(&b.structure.id, b.date)));
    c.trends.sort_by(|a, b| a.structure.id.cmp(&b.structure.id));
    let mut key: Vec<KeyEntry> = names
        .into_iter()
        .map(|(id, name)| KeyEntry {
            code: code_of[&id].clone(),
            id,
            name,
        })
        .collect();
    key.sort_by(|a, b| a.code.cmp(&b.code));
    for (_, text) in c.structures.iter_mut().flat_map(|r| r.comments.iter_mut()) {
        *text = redact(text, &key);
    }
    key
}

/// What people wrote may name a structure: each name and id in `text` becomes its
/// code, longest first so that a name holding another is replaced whole.
pub fn redact(text: &str, key: &[KeyEntry]) -> String {
    let mut known: Vec<(&str, &str)> = key
        .iter()
        .flat_map(|k| {
            [
                (k.name.as_str(), k.code.as_str()),
                (k.id.as_str(), k.code.as_str()),
            ]
        })
        .filter(|(t, _)| !t.is_empty())
        .collect();
    known.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    let mut out = text.to_string();
    for (name, code) in known {
        if out.contains(name) {
            out = out.replace(name, code);
        }
    }
    out
}
