//! Laid-out pages to PDF bytes with printpdf, the embedded font subset to the glyphs used.

use super::font::fonts;
use super::layout::{Color, Geometry, Item, Page};
use printpdf::{
    FontId, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};

/// The PDF file for `pages`, with `title` in its metadata.
pub fn write(pages: &[Page], geo: Geometry, title: &str) -> Vec<u8> {
    let f = fonts();
    let mut doc = PdfDocument::new(title);
    let regular = doc.add_font(&f.regular.parsed);
    let bold = doc.add_font(&f.bold.parsed);
    let pdf_pages = pages
        .iter()
        .map(|p| {
            PdfPage::new(
                Mm::from(Pt(geo.width)),
                Mm::from(Pt(geo.height)),
                ops(p, geo.height, &regular, &bold),
            )
        })
        .collect();
    doc.with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new())
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
