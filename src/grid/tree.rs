//! A grid file as a tree of YAML nodes with their positions.
//!
//! serde stops at the first wrong key or type; a tree lets the shape check
//! ([`super::shape`]) see every node, report all that is wrong and mend it, before
//! serde reads the mended tree ([`super::node_de`]). The tree honours the bounds of
//! [`crate::yaml::yaml_options`]; past them (or on a YAML syntax error) there is no
//! tree and the caller asks serde-saphyr for its words.

use crate::diagnostic::Pos;
use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};
use std::collections::HashMap;

/// Bounds of `yaml_options`: nodes, nesting, nodes copied through aliases.
const MAX_NODES: usize = 250_000;
const MAX_DEPTH: usize = 64;
const MAX_REPLAYED: usize = 20_000;

#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub at: Pos,
    pub kind: Kind,
}

#[derive(Debug, Clone)]
pub(crate) enum Kind {
    /// A scalar's text; `plain` when unquoted, so `~`, `true` or `12` may mean more than text.
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub key: String,
    pub key_at: Pos,
    pub value: Node,
}

/// Every key of the file in order: what the shape check needs to tell a key indented
/// too little from a missing one.
#[derive(Default)]
pub(crate) struct Layout {
    pub keys: Vec<(String, Pos)>,
}

impl Node {
    pub fn scalar(text: &str, plain: bool, at: Pos) -> Node {
        Node {
            at,
            kind: Kind::Scalar {
                text: text.to_string(),
                plain,
            },
        }
    }

    /// The last position inside this node (a mapping's last key or value).
    pub fn last(&self) -> Pos {
        match &self.kind {
            Kind::Scalar { .. } => self.at,
            Kind::Seq(items) => items.last().map_or(self.at, Node::last),
            Kind::Map(entries) => entries
                .last()
                .map_or(self.at, |e| e.value.last().max(e.key_at)),
        }
    }

    /// A plain `~`, `null` or nothing: YAML's null.
    pub fn is_null(&self) -> bool {
        matches!(&self.kind, Kind::Scalar { text, plain: true }
            if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }
}

/// The tree of `source`, or `None` when the YAML does not parse or is out of bounds.
pub(crate) fn read(source: &str) -> Option<(Node, Layout)> {
    let mut b = Builder::default();
    let mut documents = 0;
    for event in Parser::new_from_str(source) {
        let (event, span) = event.ok()?;
        let at = Pos::new(span.start.line() as u32, span.start.col() as u32 + 1);
        match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return None;
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                let forced = tag.is_some_and(|t| t.suffix() == "str");
                let plain = style == ScalarStyle::Plain && !forced;
                b.add(Node::scalar(&text, plain, at), anchor)?;
            }
            Event::SequenceStart(_, anchor, _) => b.open(Kind::Seq(Vec::new()), at, anchor)?,
            Event::MappingStart(_, anchor, _) => b.open(Kind::Map(Vec::new()), at, anchor)?,
            Event::SequenceEnd | Event::MappingEnd => b.close()?,
            Event::Alias(id) => {
                let node = b.anchors.get(&id)?.clone();
                b.replayed += count(&node);
                if b.replayed > MAX_REPLAYED {
                    return None;
                }
                b.add(Node { at, ..node }, 0)?;
            }
            _ => {}
        }
    }
    let root = b.root?;
    Some((root, b.layout))
}

/// A mapping key and where it is.
type Key = (String, Pos);

#[derive(Default)]
struct Builder {
    /// Open collections, with their anchor and, in a mapping, a key waiting for its value.
    stack: Vec<(Node, usize, Option<Key>)>,
    anchors: HashMap<usize, Node>,
    root: Option<Node>,
    nodes: usize,
    replayed: usize,
    layout: Layout,
}

impl Builder {
    fn open(&mut self, kind: Kind, at: Pos, anchor: usize) -> Option<()> {
        if self.stack.len() >= MAX_DEPTH {
            return None;
        }
        self.count()?;
        self.stack.push((Node { at, kind }, anchor, None));
        Some(())
    }

    fn close(&mut self) -> Option<()> {
        let (mut node, anchor, pending) = self.stack.pop()?;
        if pending.is_some() {
            return None;
        }
        if let Kind::Map(entries) = &mut node.kind {
            merge(entries);
        }
        self.place(node, anchor)
    }

    fn add(&mut self, node: Node, anchor: usize) -> Option<()> {
        self.count()?;
        self.place(node, anchor)
    }

    fn count(&mut self) -> Option<()> {
        self.nodes += 1;
        (self.nodes <= MAX_NODES).then_some(())
    }

    /// Puts a finished node where it belongs: the root, a sequence item, a key or a value.
    fn place(&mut self, node: Node, anchor: usize) -> Option<()> {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        let Some((parent, _, pending)) = self.stack.last_mut() else {
            self.root = Some(node);
            return Some(());
        };
        match &mut parent.kind {
            Kind::Seq(items) => items.push(node),
            Kind::Map(entries) => match pending.take() {
                Some((key, key_at)) => entries.push(Entry {
                    key,
                    key_at,
                    value: node,
                }),
                // Keys are words; a list or mapping as a key is not a grid.
                None => {
                    let Kind::Scalar { text, .. } = node.kind else {
                        return None;
                    };
                    self.layout.keys.push((text.clone(), node.at));
                    *pending = Some((text, node.at));
                }
            },
            Kind::Scalar { .. } => return None,
        }
        Some(())
    }
}

/// Resolves `<<` merge keys as serde-saphyr does: merged entries yield to explicit ones.
fn merge(entries: &mut Vec<Entry>) {
    if !entries.iter().any(|e| e.key == "<<") {
        return;
    }
    let (merges, mut own): (Vec<Entry>, Vec<Entry>) =
        entries.drain(..).partition(|e| e.key == "<<");
    for m in merges {
        let sources = match m.value.kind {
            Kind::Seq(items) => items,
            _ => vec![m.value],
        };
        for source in sources {
            if let Kind::Map(merged) = source.kind {
                for e in merged {
                    if !own.iter().any(|o| o.key == e.key) {
                        own.push(e);
                    }
                }
            }
        }
    }
    *entries = own;
}

fn count(node: &Node) -> usize {
    1 + match &node.kind {
        Kind::Scalar { .. } => 0,
        Kind::Seq(items) => items.iter().map(count).sum(),
        Kind::Map(entries) => entries.iter().map(|e| 1 + count(&e.value)).sum(),
    }
}
