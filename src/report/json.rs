//! JSON documents written item by item, so a long list never sits in memory.

use serde::Serialize;
use std::io::{self, Write};

/// `{ <head fields>, "<key>": [ item, item, … ] }`, streamed.
pub struct ArrayWriter<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> ArrayWriter<W> {
    /// Starts the document with the fields of `head` (a struct or map) and opens array `key`.
    pub fn begin(mut out: W, head: &impl Serialize, key: &str) -> io::Result<Self> {
        let head = serde_json::to_string(head)?;
        let fields = head
            .strip_prefix('{')
            .and_then(|h| h.strip_suffix('}'))
            .ok_or_else(|| io::Error::other("a JSON document head must be an object"))?;
        let comma = if fields.is_empty() { "" } else { "," };
        write!(out, "{{{fields}{comma}{}:[", serde_json::to_string(key)?)?;
        Ok(ArrayWriter { out, first: true })
    }

    pub fn item(&mut self, item: &impl Serialize) -> io::Result<()> {
        if !self.first {
            self.out.write_all(b",")?;
        }
        self.first = false;
        self.out.write_all(b"\n")?;
        serde_json::to_writer(&mut self.out, item)?;
        Ok(())
    }

    /// Closes the array and the document.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(b"\n]}\n")?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_a_valid_document() {
        #[derive(Serialize)]
        struct Head {
            schema_version: u32,
        }
        let mut w = ArrayWriter::begin(Vec::new(), &Head { schema_version: 1 }, "items").unwrap();
        w.item(&1).unwrap();
        w.item(&"two").unwrap();
        let out = w.finish().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"schema_version": 1, "items": [1, "two"]})
        );
        let empty = ArrayWriter::begin(Vec::new(), &serde_json::json!({}), "x")
            .unwrap()
            .finish()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&empty).unwrap();
        assert_eq!(v, serde_json::json!({"x": []}));
    }
}
