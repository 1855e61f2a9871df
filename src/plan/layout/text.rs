//! Measuring and wrapping text: greedy line filling on measured glyph advances.

/// Widths of text as it will be drawn (the embedded font, or a stand-in in tests).
pub trait Measure {
    /// Width of `text` at `size` points, in points.
    fn width(&self, text: &str, size: f32, bold: bool) -> f32;
    /// Height of the font's ascent at `size` points.
    fn ascent(&self, size: f32) -> f32;
    /// `text` as it can be drawn: characters the font lacks replaced by a visible mark.
    fn visible<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        std::borrow::Cow::Borrowed(text)
    }
}

impl Measure for crate::plan::font::Fonts {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.face(bold).width(text, size)
    }

    fn ascent(&self, size: f32) -> f32 {
        self.regular.ascent(size)
    }

    fn visible<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        self.visible(text)
    }
}

/// Breaks `text` into lines no wider than `max` points.
///
/// Spaces and tabs separate words (a no-break space does not); a newline starts a new line; a word wider than a whole line
/// (a URL, a long id) is cut between characters rather than overflowing its box.
pub fn wrap(m: &dyn Measure, text: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let space = m.width(" ", size, bold);
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut width = 0.0;
        for word in words(paragraph) {
            let w = m.width(word, size, bold);
            if line.is_empty() && w <= max {
                line.push_str(word);
                width = w;
            } else if !line.is_empty() && width + space + w <= max {
                line.push(' ');
                line.push_str(word);
                width += space + w;
            } else {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if w <= max {
                    line.push_str(word);
                    width = w;
                } else {
                    let mut pieces = cut_word(m, word, size, bold, max);
                    let last = pieces.pop().unwrap_or_default();
                    lines.extend(pieces);
                    width = m.width(&last, size, bold);
                    line = last;
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// Words of a line: split at spaces and tabs only, so "55.6\u{a0}%" stays together.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split([' ', '\t', '\r']).filter(|w| !w.is_empty())
}

/// Cuts one over-long word into pieces that each fit in `max` (at least one character each).
fn cut_word(m: &dyn Measure, word: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for c in word.chars() {
        piece.push(c);
        if m.width(&piece, size, bold) > max && piece.chars().count() > 1 {
            piece.pop();
            pieces.push(std::mem::take(&mut piece));
            piece.push(c);
        }
    }
    pieces.push(piece);
    pieces
}

/// A stand-in font for tests: every character is half the size wide.
#[cfg(test)]
pub struct Mono;

#[cfg(test)]
impl Measure for Mono {
    fn width(&self, text: &str, size: f32, _bold: bool) -> f32 {
        text.chars().count() as f32 * size / 2.0
    }
    fn ascent(&self, size: f32) -> f32 {
        size * 0.8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_lines_greedily() {
        // 10 pt: 5 pt per character; 50 pt holds 10 characters.
        let lines = wrap(&Mono, "Équipe d’accueil du réseau", 10.0, false, 50.0);
        assert_eq!(lines, ["Équipe", "d’accueil", "du réseau"]);
    }

    #[test]
    fn keeps_newlines_and_cuts_long_words() {
        let lines = wrap(&Mono, "a\nhttps://example.org/x", 10.0, false, 50.0);
        assert_eq!(lines, ["a", "https://ex", "ample.org/", "x"]);
        assert_eq!(wrap(&Mono, "", 10.0, false, 50.0), [""]);
    }

    #[test]
    fn no_break_spaces_hold_words_together() {
        let lines = wrap(&Mono, "gap 100.0\u{a0}%", 10.0, false, 40.0);
        assert_eq!(lines, ["gap", "100.0\u{a0}%"]);
    }

    #[test]
    fn every_line_fits() {
        let text = "Przygotować ankietę satysfakcji użytkowników i omówić wyniki z zespołem";
        for line in wrap(&Mono, text, 9.0, false, 80.0) {
            assert!(Mono.width(&line, 9.0, false) <= 80.0, "{line}");
        }
    }
}
