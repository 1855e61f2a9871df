//! What the user sees of an indicator before answering it, as plain text.

use super::words::{WORDS, w};
use aqor::assessment::{Assessment, Choice};
use aqor::grid::{Criterion, Grid, Indicator};
use aqor::msg;
use std::fmt::Write;

/// Width of the progress bar, in cells.
const BAR: usize = 20;
/// Long texts are wrapped to this many columns: readable, and fits an 80-column terminal.
const WIDTH: usize = 78;

/// How a screen is drawn: in which language, with bold titles or not.
pub struct Look<'a> {
    pub lang: &'a str,
    pub bold: bool,
}

impl Look<'_> {
    pub fn bold(&self, s: &str) -> String {
        if self.bold {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// `████░░░░` for `done` of `total`.
pub fn bar(done: usize, total: usize) -> String {
    let filled = (done * BAR).checked_div(total).unwrap_or(0);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

/// Where we are, what the indicator asks, how it is scored, and the answer so far.
pub struct Place<'a> {
    pub criterion: &'a Criterion,
    /// 1-based position of the criterion among those in scope, and how many there are.
    pub criterion_at: (usize, usize),
    pub indicator: &'a Indicator,
    /// 1-based position of the indicator in scope, and how many there are.
    pub at: (usize, usize),
    pub answered: usize,
}

pub fn indicator(grid: &Grid, a: &Assessment, place: &Place, look: &Look) -> String {
    let lang = look.lang;
    let (c, ind) = (place.criterion, place.indicator);
    let scale = grid.scale_of(ind);
    let mut s = String::new();
    let _ = writeln!(s, "\n{}", "─".repeat(60));
    let _ = writeln!(
        s,
        "{} {} — {}  ({}/{})",
        w("criterion", lang),
        c.id,
        grid.text(&c.title, lang),
        place.criterion_at.0,
        place.criterion_at.1
    );
    let _ = writeln!(
        s,
        "{} {}/{}  {}  {}/{} {}",
        w("indicator", lang),
        place.at.0,
        place.at.1,
        bar(place.answered, place.at.1),
        place.answered,
        place.at.1,
        w("answered", lang)
    );
    let _ = writeln!(
        s,
        "\n{}",
        look.bold(&format!("{}  {}", ind.id, grid.text(&ind.title, lang)))
    );
    if let Some(g) = &ind.guidance {
        s.push_str(&wrap(grid.text(g, lang), "", ""));
    }
    if !ind.evidence.is_empty() {
        let _ = writeln!(s, "\n{}", w("evidence_examples", lang));
        for e in &ind.evidence {
            s.push_str(&wrap(grid.text(e, lang), "  • ", "    "));
        }
    }
    let _ = writeln!(s, "\n{}", w("levels", lang));
    let width = scale
        .levels
        .iter()
        .map(|l| l.id.chars().count())
        .max()
        .unwrap_or(0);
    let width = if scale.allow_na { width.max(2) } else { width };
    for l in &scale.levels {
        let target = if l.id == ind.target {
            format!("  ◀ {}", w("target_word", lang))
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "  {:<width$}  {}{target}",
            l.id,
            grid.text(&l.label, lang)
        );
        if let Some(d) = &l.description {
            let indent = " ".repeat(width + 6);
            s.push_str(&wrap(grid.text(d, lang), &indent, &indent));
        }
    }
    if scale.allow_na {
        let _ = writeln!(s, "  {:<width$}  {}", "na", w("na", lang));
    }
    if let Some(answer) = a.answers.get(&ind.id) {
        let _ = writeln!(s, "\n{}", answer_now(grid, ind, &answer.level, lang));
    }
    s
}

/// What stays at the top of the terminal while an indicator's questions are asked
/// below it, refolded to the terminal's size each time it is drawn (and when resized):
/// lines kept whole, guidance that gives way, lines kept whole again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Head {
    /// Texts above the guidance, each with whether it is a title (bold).
    top: Vec<(String, bool)>,
    /// Cut to the rows left, at word boundaries, ending with `more`.
    guidance: String,
    more: String,
    bottom: Vec<String>,
    bold: bool,
}

impl Head {
    /// A head of fixed text only (a review's title, a consensus screen).
    pub fn text(text: &str) -> Head {
        Head {
            top: text.lines().map(|l| (l.to_string(), false)).collect(),
            ..Head::default()
        }
    }

    /// Where we are, the criterion, the indicator and its guidance; below them the
    /// answer so far and its action, if any.
    pub fn indicator(grid: &Grid, a: &Assessment, place: &Place, look: &Look) -> Head {
        let lang = look.lang;
        let (c, ind) = (place.criterion, place.indicator);
        let top = vec![
            (
                format!(
                    "{} {} — {}  ({}/{})",
                    w("criterion", lang),
                    c.id,
                    grid.text(&c.title, lang),
                    place.criterion_at.0,
                    place.criterion_at.1
                ),
                false,
            ),
            (
                format!(
                    "{} {}/{}  {}  {}/{} {}",
                    w("indicator", lang),
                    place.at.0,
                    place.at.1,
                    bar(place.answered, place.at.1),
                    place.answered,
                    place.at.1,
                    w("answered", lang)
                ),
                false,
            ),
            (String::new(), false),
            (format!("{}  {}", ind.id, grid.text(&ind.title, lang)), true),
        ];
        let mut bottom = Vec::new();
        if let Some(answer) = a.answers.get(&ind.id) {
            bottom.push(String::new());
            bottom.push(answer_now(grid, ind, &answer.level, lang));
            if let Some(text) = answer.action.as_ref().and_then(|x| x.text.as_deref()) {
                bottom.push(msg!(WORDS, "action_now", text = text).say(lang));
            }
        }
        Head {
            top,
            guidance: ind
                .guidance
                .as_ref()
                .map(|g| grid.text(g, lang).to_string())
                .unwrap_or_default(),
            more: w("more_below", lang).to_string(),
            bottom,
            bold: look.bold,
        }
    }

    /// The rows it takes at least in a terminal `cols` wide: all but the guidance's
    /// third row and after (two show its start and that there is more).
    pub fn least(&self, cols: usize) -> usize {
        let (top, bottom) = self.fixed(cols);
        let guidance = match self.guidance.as_str() {
            "" => 0,
            g => fold(g, cols).len().min(2),
        };
        top.len() + bottom.len() + guidance
    }

    /// Its lines for a terminal `cols` wide, in at most `rows` rows (one row each).
    pub fn fit(&self, cols: usize, rows: usize) -> Vec<String> {
        let (top, bottom) = self.fixed(cols);
        let guidance = match self.guidance.as_str() {
            "" => Vec::new(),
            g => fold(g, cols),
        };
        let room = rows.saturating_sub(top.len() + bottom.len());
        let mut lines: Vec<String> = top
            .into_iter()
            .map(|(l, title)| match title && self.bold {
                true => format!("\x1b[1m{l}\x1b[0m"),
                false => l,
            })
            .collect();
        if guidance.len() <= room {
            lines.extend(guidance);
        } else if room > 0 {
            lines.extend(guidance.into_iter().take(room - 1));
            lines.push(clip(&self.more, width(cols)));
        }
        lines.extend(bottom);
        lines.truncate(rows);
        lines
    }

    /// The top texts folded to the terminal's width, with the titles marked, and the
    /// bottom ones clipped to it.
    fn fixed(&self, cols: usize) -> (Vec<(String, bool)>, Vec<String>) {
        let top = self
            .top
            .iter()
            .flat_map(|(t, title)| fold(t, cols).into_iter().map(|l| (l, *title)))
            .collect();
        // One row each: the answer and the action are reminders, not to be read whole.
        let bottom = self.bottom.iter().map(|t| clip(t, width(cols))).collect();
        (top, bottom)
    }
}

/// Columns a text is folded to in a terminal `cols` wide: one spare (a line that fills
/// the last column wraps on some terminals), and never wider than is easy to read.
pub fn width(cols: usize) -> usize {
    cols.saturating_sub(1).clamp(20, WIDTH)
}

/// `text` folded at word boundaries for a terminal `cols` wide, one row a line (a word
/// too long for it is clipped; `i` shows it whole).
pub fn fold(text: &str, cols: usize) -> Vec<String> {
    let lines: Vec<String> = aqor::text::wrap(text, "", "", width(cols))
        .lines()
        .map(|l| clip(l, width(cols)))
        .collect();
    match lines.is_empty() {
        true => vec![String::new()],
        false => lines,
    }
}

/// "Current answer: 2 Done".
fn answer_now(grid: &Grid, ind: &Indicator, choice: &Choice, lang: &str) -> String {
    let answer = choice_label(grid, ind, choice, lang);
    msg!(WORDS, "current_answer", answer = answer).say(lang)
}

/// "2 Done", "na not applicable": an answer as lists show it.
pub fn choice_label(grid: &Grid, ind: &Indicator, choice: &Choice, lang: &str) -> String {
    match choice {
        Choice::Na => format!("na {}", w("na", lang)),
        Choice::Level(id) => match grid.scale_of(ind).level(id) {
            Some(l) => format!("{id} {}", grid.text(&l.label, lang)),
            None => id.clone(),
        },
    }
}

/// `text` wrapped at word boundaries to `WIDTH` columns, line breaks kept; the first
/// line starts with `first`, the others with `rest`.
pub fn wrap(text: &str, first: &str, rest: &str) -> String {
    aqor::text::wrap(text, first, rest, WIDTH)
}

/// At most `max` characters, with an ellipsis when cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_fills_in_proportion() {
        assert_eq!(bar(0, 4).chars().filter(|c| *c == '█').count(), 0);
        assert_eq!(bar(1, 4).chars().filter(|c| *c == '█').count(), 5);
        assert_eq!(bar(4, 4).chars().filter(|c| *c == '░').count(), 0);
        assert_eq!(bar(0, 0).chars().count(), BAR);
    }

    #[test]
    fn wrap_breaks_between_words_and_keeps_paragraphs() {
        let long = "word ".repeat(40);
        let text = format!("{long}\nsecond");
        let wrapped = wrap(&text, "  • ", "    ");
        assert!(wrapped.lines().all(|l| l.chars().count() <= WIDTH));
        assert!(wrapped.starts_with("  • word"));
        assert!(wrapped.lines().skip(1).all(|l| l.starts_with("    ")));
        assert_eq!(wrapped.lines().last(), Some("    second"));
        assert_eq!(wrapped.matches("word").count(), 40);
    }

    #[test]
    fn a_head_folds_to_the_terminal_and_its_guidance_gives_way() {
        let head = Head {
            top: vec![("Criterion C1 — Welcome".into(), false), ("".into(), false)],
            guidance: "word ".repeat(60),
            more: "… (i: read all)".into(),
            bottom: vec![format!("Action: {}", "long ".repeat(30))],
            bold: false,
        };
        let wide = head.fit(100, 30);
        assert_eq!(wide.len(), 2 + 4 + 1, "{wide:#?}");
        assert!(wide.iter().all(|l| l.chars().count() <= WIDTH));
        let narrow = head.fit(40, 6);
        assert_eq!(narrow[1], "");
        assert_eq!(narrow[4], "… (i: read all)");
        assert!(narrow.iter().all(|l| l.chars().count() < 40), "{narrow:#?}");
        assert_eq!(head.least(40), 2 + 2 + 1);
    }

    #[test]
    fn no_break_spaces_stay() {
        let text = "Réponse actuelle\u{202f}: 1 En cours";
        assert_eq!(aqor::text::wrap(text, "", "", 40), format!("{text}\n"));
    }

    #[test]
    fn clip_cuts_long_text() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }
}
