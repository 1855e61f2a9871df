//! serde reading a [`Node`] tree: the raw grid types deserialize from the tree the
//! shape check has mended, with positions for `S<T>`.
//!
//! Scalars resolve as serde-saphyr resolves them (YAML 1.2 core schema for plain
//! scalars; any scalar but null may be read as a string), so a grid reads the same.

use super::tree::{Entry, Kind, Node};
use crate::diagnostic::Pos;
use serde::de::{self, IntoDeserializer, Visitor};

/// The name `S<T>` asks for to get its value's position (see [`super::raw::S`]).
pub(crate) const SPANNED: &str = "$aqor::spanned";

/// A deserialization error, at the node it happened at when known.
#[derive(Debug)]
pub(crate) struct Error {
    pub message: String,
    pub at: Option<Pos>,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error {
            message: msg.to_string(),
            at: None,
        }
    }
}

pub(crate) struct NodeDe<'n>(pub &'n Node);

impl NodeDe<'_> {
    fn here<T>(&self, r: Result<T, Error>) -> Result<T, Error> {
        r.map_err(|e| Error {
            at: e.at.or(Some(self.0.at)),
            ..e
        })
    }

    fn scalar(&self) -> Option<(&str, bool)> {
        match &self.0.kind {
            Kind::Scalar { text, plain } => Some((text, *plain)),
            _ => None,
        }
    }

    fn unexpected(&self) -> de::Unexpected<'_> {
        match &self.0.kind {
            Kind::Scalar { text, .. } => de::Unexpected::Str(text),
            Kind::Seq(_) => de::Unexpected::Seq,
            Kind::Map(_) => de::Unexpected::Map,
        }
    }
}

/// A plain `true`/`false` in any of YAML's three spellings.
pub(crate) fn boolean(s: &str) -> Option<bool> {
    match s {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// A YAML 1.2 integer (decimal, `0x…`, `0o…`).
pub(crate) fn integer(s: &str) -> Option<i64> {
    let (sign, digits) = match s.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, s.strip_prefix('+').unwrap_or(s)),
    };
    let value = if let Some(hex) = digits.strip_prefix("0x") {
        i64::from_str_radix(hex, 16).ok()?
    } else if let Some(oct) = digits.strip_prefix("0o") {
        i64::from_str_radix(oct, 8).ok()?
    } else if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()?
    } else {
        return None;
    };
    Some(sign * value)
}

/// A YAML 1.2 float: an integer, a decimal or exponent form, `.inf` or `.nan`.
pub(crate) fn float(s: &str) -> Option<f64> {
    if let Some(n) = integer(s) {
        return Some(n as f64);
    }
    let unsigned = s.trim_start_matches(['-', '+']);
    match unsigned {
        ".inf" | ".Inf" | ".INF" => {
            return Some(if s.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            });
        }
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ => {}
    }
    // Rust also reads `inf` and `NaN`; YAML does not.
    let numeric = unsigned
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'));
    if !numeric || !unsigned.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl<'de> de::Deserializer<'de> for NodeDe<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let r = match &self.0.kind {
            _ if self.0.is_null() => v.visit_unit(),
            Kind::Scalar { text, plain: true } => {
                if let Some(b) = boolean(text) {
                    v.visit_bool(b)
                } else if let Some(n) = integer(text) {
                    v.visit_i64(n)
                } else if let Some(x) = float(text) {
                    v.visit_f64(x)
                } else {
                    v.visit_str(text)
                }
            }
            Kind::Scalar { text, .. } => v.visit_str(text),
            Kind::Seq(items) => v.visit_seq(Items(items.iter())),
            Kind::Map(entries) => v.visit_map(Entries {
                entries: entries.iter(),
                value: None,
            }),
        };
        self.here(r)
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let r = match self.scalar() {
            Some((text, _)) if !self.0.is_null() => v.visit_str(text),
            _ => Err(de::Error::invalid_type(self.unexpected(), &v)),
        };
        self.here(r)
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let r = match self.scalar().and_then(|(s, _)| float(s)) {
            Some(x) => v.visit_f64(x),
            None => Err(de::Error::invalid_type(self.unexpected(), &v)),
        };
        self.here(r)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let r = match self.scalar().and_then(|(s, _)| integer(s)) {
            Some(n) => v.visit_i64(n),
            None => Err(de::Error::invalid_type(self.unexpected(), &v)),
        };
        self.here(r)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let r = match self.scalar().and_then(|(s, _)| boolean(s)) {
            Some(b) => v.visit_bool(b),
            None => Err(de::Error::invalid_type(self.unexpected(), &v)),
        };
        self.here(r)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        if self.0.is_null() {
            v.visit_none()
        } else {
            v.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        v: V,
    ) -> Result<V::Value, Error> {
        if name == SPANNED {
            let at = self.0.at;
            let r = v.visit_seq(Spanned {
                node: self.0,
                parts: [at.line, at.col],
                next: 0,
            });
            self.here(r)
        } else {
            v.visit_newtype_struct(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        let r = match &self.0.kind {
            Kind::Map(entries) if entries.len() == 1 => v.visit_enum(Variant(&entries[0])),
            Kind::Scalar { text, .. } => v.visit_enum(text.as_str().into_deserializer()),
            _ => Err(de::Error::invalid_type(self.unexpected(), &v)),
        };
        self.here(r)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u32 u64 u128 f32 char bytes byte_buf unit unit_struct
        seq tuple tuple_struct map struct identifier
    }
}

struct Items<'n>(std::slice::Iter<'n, Node>);

impl<'de> de::SeqAccess<'de> for Items<'_> {
    type Error = Error;
    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.0
            .next()
            .map(|n| seed.deserialize(NodeDe(n)))
            .transpose()
    }
}

struct Entries<'n> {
    entries: std::slice::Iter<'n, Entry>,
    value: Option<&'n Node>,
}

impl<'de> de::MapAccess<'de> for Entries<'_> {
    type Error = Error;
    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(e) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some(&e.value);
        seed.deserialize(e.key.as_str().into_deserializer())
            .map(Some)
            .map_err(|err: Error| Error {
                at: Some(e.key_at),
                ..err
            })
    }
    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let node = self.value.take().expect("a value follows its key");
        seed.deserialize(NodeDe(node))
    }
}

/// The value of `S<T>`: its line, its column, then the value itself.
struct Spanned<'n> {
    node: &'n Node,
    parts: [u32; 2],
    next: usize,
}

impl<'de> de::SeqAccess<'de> for Spanned<'_> {
    type Error = Error;
    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.next += 1;
        match self.next {
            1 | 2 => seed
                .deserialize(self.parts[self.next - 1].into_deserializer())
                .map(Some),
            3 => seed.deserialize(NodeDe(self.node)).map(Some),
            _ => Ok(None),
        }
    }
}

/// An externally tagged enum variant: `{name: value}`.
struct Variant<'n>(&'n Entry);

impl<'de, 'n> de::EnumAccess<'de> for Variant<'n> {
    type Error = Error;
    type Variant = NodeDe<'n>;
    fn variant_seed<V: de::DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, NodeDe<'n>), Error> {
        let key: de::value::StrDeserializer<Error> = self.0.key.as_str().into_deserializer();
        let name = seed.deserialize(key)?;
        Ok((name, NodeDe(&self.0.value)))
    }
}

impl<'de> de::VariantAccess<'de> for NodeDe<'_> {
    type Error = Error;
    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }
    fn newtype_variant_seed<T: de::DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, v: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self, v)
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_map(self, v)
    }
}
