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
    /// Advance in font units by character (Latin, Latin Extended, general punctuation),
    /// for the characters the face has.
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
            .filter(|c| parsed.lookup_glyph_index(*c as u32).is_some_and(|g| g > 0))
            .map(|c| (c, advance_of(&parsed, c)))
            .collect();
        Face {
            parsed,
            units_per_em,
            common,
        }
    }

    /// Whether the face has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        self.common.contains_key(&c)
            || self
                .parsed
                .lookup_glyph_index(c as u32)
                .is_some_and(|g| g > 0)
    }

    /// Width of `text` set at `size` points, in points (a missing glyph counts as the
    /// mark that replaces it).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                u32::from(self.common.get(&c).copied().unwrap_or_else(|| {
                    let c = if self.has(c) { c } else { MISSING };
                    advance_of(&self.parsed, c)
                }))
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

/// Drawn instead of a character the font lacks (an emoji, a CJK ideograph): visible,
/// where an empty box would hide that something is missing.
pub const MISSING: char = '\u{FFFD}';

/// Regular and bold faces.
pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    pub fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }

    /// The characters of `text` the fonts cannot draw, in order, without repeats.
    pub fn missing(&self, text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            if !self.draws(c) && !out.contains(c) {
                out.push(c);
            }
        }
        out
    }

    /// `text` with every character the fonts lack replaced by [`MISSING`].
    pub fn visible<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if text.chars().all(|c| self.draws(c)) {
            return std::borrow::Cow::Borrowed(text);
        }
        text.chars()
            .map(|c| if self.draws(c) { c } else { MISSING })
            .collect()
    }

    /// Whether both faces draw `c` (control characters are layout's business).
    fn draws(&self, c: char) -> bool {
        c.is_control() || (self.regular.has(c) && self.bold.has(c))
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
    fn characters_the_font_lacks_become_a_visible_mark() {
        let f = fonts();
        assert!(f.regular.has(MISSING) && f.bold.has(MISSING));
        assert_eq!(f.visible("Accueil 🎉 中"), "Accueil \u{FFFD} \u{FFFD}");
        assert_eq!(f.missing("a🎉b中🎉"), "🎉中");
        assert_eq!(f.missing("Łódź — « ok »"), "");
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        let f = &fonts().regular;
        assert!(f.width("MM", 10.0) > f.width("ii", 10.0));
        assert!((f.width("Łódź", 20.0) - 2.0 * f.width("Łódź", 10.0)).abs() < 1e-3);
        assert!(f.ascent(10.0) > 5.0 && f.ascent(10.0) < 10.0);
    }
}
