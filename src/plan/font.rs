//! The typeface of every plan: DejaVu Sans Condensed, embedded in the binary.
//!
//! Parsed once per process; widths come from the font's own `hmtx` through the same
//! cmap printpdf uses to write glyph ids, so what we measure is what gets drawn.

use printpdf::ParsedFont;
use std::collections::HashMap;
use std::sync::OnceLock;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansCondensed.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansCondensed-Bold.ttf");

/// A parsed face with advance widths cached for the characters plans use most.
pub struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
    /// Advance in font units by character (Latin, Latin Extended, general punctuation).
    common: HashMap<char, u16>,
}

impl Face {
    fn load(bytes: &[u8]) -> Face {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .expect("the embedded DejaVu font parses");
        let units_per_em = f32::from(parsed.font_metrics.units_per_em.max(1));
        let common = (0x20u32..0x250)
            .chain(0x2000..0x2070)
            .chain([0x20AC])
            .filter_map(char::from_u32)
            .map(|c| (c, advance_of(&parsed, c)))
            .collect();
        Face {
            parsed,
            units_per_em,
            common,
        }
    }

    /// Width of `text` set at `size` points, in points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                u32::from(
                    self.common
                        .get(&c)
                        .copied()
                        .unwrap_or_else(|| advance_of(&self.parsed, c)),
                )
            })
            .sum();
        units as f32 * size / self.units_per_em
    }

    /// Ascent above the baseline at `size` points.
    pub fn ascent(&self, size: f32) -> f32 {
        self.parsed.font_metrics.ascent * size / self.units_per_em
    }
}

fn advance_of(font: &ParsedFont, c: char) -> u16 {
    let gid = font.lookup_glyph_index(c as u32).unwrap_or(0);
    font.get_horizontal_advance(gid)
}

/// Regular and bold faces.
pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    pub fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }
}

/// The embedded fonts, parsed on first use.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        regular: Face::load(REGULAR),
        bold: Face::load(BOLD),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_every_letter_plans_need() {
        for face in [&fonts().regular, &fonts().bold] {
            for c in "œŒ«»’łŁąężńśźćóÓŻŚĆàâçéèêëîïôûùüÿñ¿¡…—–€".chars()
            {
                assert!(
                    face.parsed
                        .lookup_glyph_index(c as u32)
                        .is_some_and(|g| g > 0),
                    "no glyph for {c}"
                );
            }
        }
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        let f = &fonts().regular;
        assert!(f.width("MM", 10.0) > f.width("ii", 10.0));
        assert!((f.width("Łódź", 20.0) - 2.0 * f.width("Łódź", 10.0)).abs() < 1e-3);
        assert!(f.ascent(10.0) > 5.0 && f.ascent(10.0) < 10.0);
    }
}
