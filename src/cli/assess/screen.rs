//! What the user sees of an indicator before answering it, as plain text.

use super::words::w;
use aqor::assessment::{Assessment, Choice};
use aqor::grid::{Criterion, Grid, Indicator};
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
        let _ = writeln!(
            s,
            "\n{}: {}",
            w("current_answer", lang),
            choice_label(grid, ind, &answer.level, lang)
        );
    }
    s
}

/// An indicator's screen for a terminal `cols` wide, in at most `rows` lines (the list
/// of choices goes below): where we are, the criterion, the indicator, and as much of
/// its guidance as fits, folded at word boundaries; the key `i` shows the rest.
pub fn compact(
    grid: &Grid,
    a: &Assessment,
    place: &Place,
    look: &Look,
    cols: usize,
    rows: usize,
) -> String {
    let lang = look.lang;
    let (c, ind) = (place.criterion, place.indicator);
    // One column spare: a line that fills the last column would wrap on some terminals.
    let width = cols.saturating_sub(1).clamp(20, WIDTH);
    let fold = |text: &str| -> Vec<String> {
        wrap_to(text, "", "", width)
            .lines()
            .map(str::to_string)
            .collect()
    };
    let mut head = fold(&format!(
        "{} {} — {}  ({}/{})",
        w("criterion", lang),
        c.id,
        grid.text(&c.title, lang),
        place.criterion_at.0,
        place.criterion_at.1
    ));
    head.extend(fold(&format!(
        "{} {}/{}  {}  {}/{} {}",
        w("indicator", lang),
        place.at.0,
        place.at.1,
        bar(place.answered, place.at.1),
        place.answered,
        place.at.1,
        w("answered", lang)
    )));
    head.push(String::new());
    head.extend(
        fold(&format!("{}  {}", ind.id, grid.text(&ind.title, lang)))
            .iter()
            .map(|l| look.bold(l)),
    );
    let mut tail = Vec::new();
    if let Some(answer) = a.answers.get(&ind.id) {
        tail.push(String::new());
        tail.extend(fold(&format!(
            "{}: {}",
            w("current_answer", lang),
            choice_label(grid, ind, &answer.level, lang)
        )));
    }
    let guidance = ind
        .guidance
        .as_ref()
        .map(|g| fold(grid.text(g, lang)))
        .unwrap_or_default();
    let room = rows.saturating_sub(head.len() + tail.len() + 1).max(1);
    let mut lines = head;
    if guidance.len() <= room {
        lines.extend(guidance);
    } else {
        lines.extend(guidance.into_iter().take(room - 1));
        lines.push(w("more_below", lang).to_string());
    }
    lines.extend(tail);
    lines.push(String::new());
    lines.join("\n")
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
    wrap_to(text, first, rest, WIDTH)
}

/// [`wrap`] to `width` columns.
pub fn wrap_to(text: &str, first: &str, rest: &str, width: usize) -> String {
    let mut out = String::new();
    let mut prefix = first;
    for paragraph in text.lines() {
        let mut line = String::from(prefix);
        let mut empty = true;
        for word in paragraph.split_whitespace() {
            if !empty && line.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&line);
                out.push('\n');
                line = String::from(rest);
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        out.push_str(line.trim_end());
        out.push('\n');
        prefix = rest;
    }
    out
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
    fn clip_cuts_long_text() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }
}
