//! Tables for people: aligned in a terminal (coloured only when asked) or as markdown.

use comfy_table::{Attribute, CellAlignment, Color, ContentArrangement, presets};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// How a cell reads at a glance: a colour in a terminal (bold for `Strong`, also
/// in markdown), nothing elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    #[default]
    Plain,
    Good,
    Fair,
    Poor,
    /// A total or a heading cell: bold.
    Strong,
}

impl Tone {
    /// A score's tone: 75 % and up good, 50 % and up fair, below poor.
    pub fn of_percent(value: Option<f64>) -> Tone {
        match value {
            None => Tone::Plain,
            Some(v) if v >= 75.0 => Tone::Good,
            Some(v) if v >= 50.0 => Tone::Fair,
            Some(_) => Tone::Poor,
        }
    }
}

/// Where a terminal table goes: its width and whether it may use colour.
#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub width: u16,
    pub colour: bool,
}

/// Rows of text cells under a header, each column aligned one way. Every table aqor
/// shows people (score, compare, grid list and show, explain) is one of these, so
/// they share one style and one markdown escaping rule.
#[derive(Debug, Clone, Default)]
pub struct Table {
    header: Vec<String>,
    align: Vec<Align>,
    rows: Vec<Vec<(String, Tone)>>,
}

impl Table {
    pub fn new(header: Vec<String>, align: Vec<Align>) -> Self {
        Table {
            header,
            align,
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<(String, Tone)>) {
        self.rows.push(row);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// For a terminal; `colour` styles tones (only when stdout is a terminal).
    pub fn to_text(&self, colour: bool) -> String {
        self.fit(colour.then(|| Terminal {
            width: comfy_table::Table::new().width().unwrap_or(100),
            colour,
        }))
    }

    /// Fitted to a terminal's width, coloured when it allows (`Some`), or plain
    /// for a pipe (`None`).
    pub fn fit(&self, terminal: Option<Terminal>) -> String {
        let mut t = comfy_table::Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED);
        match terminal {
            Some(term) => {
                t.set_width(term.width)
                    .set_content_arrangement(ContentArrangement::Dynamic);
                if term.colour {
                    t.enforce_styling();
                } else {
                    t.force_no_tty();
                }
            }
            None => {
                t.force_no_tty();
            }
        }
        let colour = terminal.is_some_and(|t| t.colour);
        t.set_header(self.header.iter().map(comfy_table::Cell::new));
        for row in &self.rows {
            t.add_row(row.iter().map(|(text, tone)| {
                let cell = comfy_table::Cell::new(text);
                match (colour, tone) {
                    (true, Tone::Good) => cell.fg(Color::Green),
                    (true, Tone::Fair) => cell.fg(Color::Yellow),
                    (true, Tone::Poor) => cell.fg(Color::Red),
                    (true, Tone::Strong) => cell.add_attribute(Attribute::Bold),
                    _ => cell,
                }
            }));
        }
        for (i, a) in self.align.iter().enumerate() {
            if let (Align::Right, Some(c)) = (a, t.column_mut(i)) {
                c.set_cell_alignment(CellAlignment::Right);
            }
        }
        t.to_string() + "\n"
    }

    /// A GitHub-flavoured markdown table, cells escaped by [`super::markdown::escape`],
    /// `Strong` cells in bold.
    pub fn to_markdown(&self) -> String {
        let cell = super::markdown::escape;
        let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        let mut out = line(self.header.iter().map(|h| cell(h)).collect());
        out += &line(
            self.align
                .iter()
                .map(|a| match a {
                    Align::Left => "---".to_string(),
                    Align::Right => "---:".to_string(),
                })
                .collect(),
        );
        for row in &self.rows {
            out += &line(
                row.iter()
                    .map(|(t, tone)| match tone {
                        Tone::Strong if !t.is_empty() => format!("**{}**", cell(t)),
                        _ => cell(t),
                    })
                    .collect(),
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_and_text() {
        let mut t = Table::new(
            vec!["Name".into(), "Score".into()],
            vec![Align::Left, Align::Right],
        );
        t.push(vec![
            ("a|b".into(), Tone::Plain),
            ("55.6".into(), Tone::Fair),
        ]);
        assert_eq!(
            t.to_markdown(),
            "| Name | Score |\n| --- | ---: |\n| a\\|b | 55.6 |\n"
        );
        let text = t.to_text(false);
        assert!(text.contains("a|b") && text.contains("55.6"));
        assert!(!text.contains('\u{1b}'), "no colour codes off a terminal");
        assert!(t.to_text(true).contains('\u{1b}'));
    }
}
