//! Laid-out pages to PDF bytes with printpdf, the embedded font subset to the glyphs used.

use super::font::fonts;
use super::layout::{Color, Geometry, Item, Page};
use printpdf::{
    FontId, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};

/// The PDF file for `pages`, with `title` in its metadata; `geo` is the portrait page,
/// which a landscape page turns.
pub fn write(pages: &[Page], geo: Geometry, title: &str) -> Vec<u8> {
    let f = fonts();
    let mut doc = PdfDocument::new(title);
    let created = created();
    doc.metadata.info.creation_date = created;
    doc.metadata.info.modification_date = created;
    doc.metadata.info.metadata_date = created;
    let regular = doc.add_font(&f.regular.parsed);
    let regular = rename(&mut doc, regular, "AQORRG");
    let bold = doc.add_font(&f.bold.parsed);
    let bold = rename(&mut doc, bold, "AQORBD");
    let pdf_pages = pages
        .iter()
        .map(|p| {
            let geo = geo.oriented(p.orientation);
            PdfPage::new(
                Mm::from(Pt(geo.width)),
                Mm::from(Pt(geo.height)),
                ops(p, geo.height, &regular, &bold),
            )
        })
        .collect();
    // printpdf's own `optimize` deflates at the best (slowest) level, two thirds of the
    // time of a plan; the fast level costs a few percent in size.
    let opts = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut pdf = doc
        .with_pages(pdf_pages)
        .to_lopdf_document(&opts, &mut Vec::new());
    for object in pdf.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            compress(stream);
        }
    }
    // The file's ID from its content (printpdf draws it from a counter shared by the
    // threads writing plans, so it changed from run to run): same inputs, same bytes.
    let blank = lopdf::Object::String(vec![b'0'; 32], lopdf::StringFormat::Literal);
    pdf.trailer.set("ID", vec![blank.clone(), blank]);
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .expect("writing a PDF to memory cannot fail");
    let id = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&bytes));
    let blanks = format!("({0})({0})", "0".repeat(32));
    if let Some(at) = bytes
        .windows(blanks.len())
        .rposition(|w| w == blanks.as_bytes())
    {
        let ids = format!("({id})({id})");
        bytes[at..at + ids.len()].copy_from_slice(ids.as_bytes());
    }
    bytes
}

/// Gives the font printpdf registered under a random id (drawn from a counter shared
/// by threads, so it varied from run to run) a fixed name.
fn rename(doc: &mut PdfDocument, id: FontId, name: &str) -> FontId {
    let fonts = &mut doc.resources.fonts.map;
    let font = fonts.remove(&id).expect("the font just added");
    let id = FontId(name.to_string());
    fonts.insert(id.clone(), font);
    id
}

/// Now, or `SOURCE_DATE_EPOCH` when it is set, for files that are the same byte for byte
/// from the same inputs.
fn created() -> printpdf::OffsetDateTime {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    printpdf::OffsetDateTime::from_unix_timestamp(seconds)
        .unwrap_or_else(|_| printpdf::OffsetDateTime::now())
}

/// Deflates a stream that has no filter yet, when that makes it smaller.
fn compress(stream: &mut lopdf::Stream) {
    use flate2::{Compression, write::ZlibEncoder};
    use std::io::Write;
    if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
        return;
    }
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::fast());
    if encoder.write_all(&stream.content).is_err() {
        return;
    }
    if let Ok(packed) = encoder.finish()
        // The /Filter entry costs about 19 bytes.
        && packed.len() + 19 < stream.content.len()
    {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(packed);
    }
}

fn ops(page: &Page, height: f32, regular: &FontId, bold: &FontId) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.items.len() * 5);
    for item in &page.items {
        match item {
            Item::Text { x, y, text, style } => {
                let font = if style.bold { bold } else { regular };
                ops.extend([
                    Op::StartTextSection,
                    Op::SetFont {
                        font: PdfFontHandle::External(font.clone()),
                        size: Pt(style.size),
                    },
                    Op::SetFillColor {
                        col: rgb(style.color),
                    },
                    Op::SetTextCursor {
                        pos: point(*x, height - y),
                    },
                    Op::ShowText {
                        items: vec![TextItem::Text(text.clone())],
                    },
                    Op::EndTextSection,
                ]);
            }
            Item::Rect { x, y, w, h, color } => {
                ops.push(Op::SetFillColor { col: rgb(*color) });
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        mode: Some(PaintMode::Fill),
                        ..Rect::from_xywh(Pt(*x), Pt(height - y - h), Pt(*w), Pt(*h))
                    },
                });
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
            } => {
                ops.push(Op::SetOutlineColor { col: rgb(*color) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: point(*x1, height - y1),
                                bezier: false,
                            },
                            LinePoint {
                                p: point(*x2, height - y2),
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
        }
    }
    ops
}

fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

fn rgb(c: Color) -> printpdf::Color {
    printpdf::Color::Rgb(Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}
