//! One question in the terminal: drawn under the head of its screen (the whole screen
//! redrawn, refolded to the new size when the terminal is resized, nothing typed lost),
//! or inline below what came before (the first questions, which have no head).

use super::prompt::{Interrupted, Reply};
use super::screen::{self, Head};
use crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use crossterm::terminal;
use std::io::{self, Write};

/// What a key did to a question.
pub enum Key<T> {
    Editing,
    Done(T),
    Back,
    Stop,
}

/// A question: its lines and what keys do to it.
pub trait Body {
    type Out;
    /// The rows it takes when it has all the room it wants.
    fn want(&self) -> usize;
    /// Its lines in about `rows` rows of a terminal `cols` wide (a line longer than the
    /// terminal wraps), and the cursor: a line's index and a character in it.
    fn lines(&mut self, cols: usize, rows: usize) -> (Vec<String>, (usize, usize));
    fn key(&mut self, k: KeyEvent) -> Key<Self::Out>;
    /// The answer as it stays written once given (`> question answer`).
    fn said(&self, out: &Self::Out) -> String;
}

/// What is above a question: the screen's head (none: drawn inline) and notes under it.
pub struct Above<'a> {
    pub head: Option<&'a Head>,
    pub notes: &'a [String],
}

/// Where the question was last drawn, to draw it again or leave it.
#[derive(Clone, Copy)]
enum Drawn {
    /// Inline: rows from the question's first row down to the cursor's.
    Inline(usize),
    /// On a whole screen: the question's first row (1-based).
    Screen(usize),
}

/// Asks `body` until it is answered, left (Esc) or stopped (Ctrl-C).
pub fn ask<B: Body>(above: &Above, body: &mut B) -> anyhow::Result<Reply<B::Out>> {
    let _raw = Raw::on()?;
    let mut err = io::stderr();
    let mut drawn = Drawn::Inline(0);
    loop {
        drawn = match above.head {
            Some(head) => whole(&mut err, head, above.notes, body)?,
            None => inline(&mut err, drawn, body)?,
        };
        // Anything but a key (a resize) only draws the question again.
        let Event::Key(key) = event::read()? else {
            continue;
        };
        if key.kind == KeyEventKind::Release {
            continue;
        }
        let reply = match body.key(key) {
            Key::Editing => continue,
            Key::Done(v) => {
                let said = body.said(&v);
                leave(&mut err, drawn)?;
                write!(err, "{said}\r\n")?;
                Reply::Given(v)
            }
            Key::Back => {
                leave(&mut err, drawn)?;
                Reply::Back
            }
            Key::Stop => {
                leave(&mut err, drawn)?;
                return Err(Interrupted.into());
            }
        };
        err.flush()?;
        return Ok(reply);
    }
}

/// The terminal's columns and rows.
fn size() -> (usize, usize) {
    terminal::size().map_or((80, 24), |(c, r)| (usize::from(c), usize::from(r)))
}

/// Terminal rows a text of `chars` characters takes in `cols` columns.
pub fn rows(chars: usize, cols: usize) -> usize {
    chars.max(1).div_ceil(cols.max(1))
}

/// The whole screen from its top: the head in the rows the question and the notes
/// leave (the guidance gives way first), the notes, then the question.
fn whole<B: Body>(
    out: &mut impl Write,
    head: &Head,
    notes: &[String],
    body: &mut B,
) -> io::Result<Drawn> {
    let (cols, height) = size();
    let mut notes: Vec<String> = notes.iter().flat_map(|n| screen::fold(n, cols)).collect();
    let room = height.saturating_sub(head.least(cols) + notes.len());
    let (lines, (line, at)) = body.lines(cols, body.want().min(room).max(3));
    let taken: Vec<usize> = lines
        .iter()
        .map(|l| rows(l.chars().count(), cols))
        .collect();
    let used: usize = taken.iter().sum();
    notes.truncate(height.saturating_sub(used));
    let head = head.fit(cols, height.saturating_sub(used + notes.len()));
    write!(out, "\x1b[H")?;
    let all: Vec<&String> = head.iter().chain(&notes).chain(&lines).collect();
    for (i, l) in all.iter().enumerate() {
        let end = if i + 1 < all.len() { "\r\n" } else { "" };
        write!(out, "{l}\x1b[K{end}")?;
    }
    write!(out, "\x1b[J")?;
    let first = head.len() + notes.len() + 1;
    let row = first + taken[..line].iter().sum::<usize>() + at / cols.max(1);
    write!(out, "\x1b[{row};{}H", at % cols.max(1) + 1)?;
    out.flush()?;
    Ok(Drawn::Screen(first))
}

/// The question below what is already on the terminal, over its last drawing.
fn inline<B: Body>(out: &mut impl Write, drawn: Drawn, body: &mut B) -> io::Result<Drawn> {
    let (cols, _) = size();
    leave(out, drawn)?;
    let (lines, (line, at)) = body.lines(cols, body.want());
    let (mut total, mut cursor) = (0, 0);
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            write!(out, "\r\n")?;
        }
        write!(out, "{l}")?;
        // The cursor's line has a row for the cursor after its last character.
        let chars = l.chars().count() + usize::from(i == line);
        if i == line {
            cursor = total + at / cols.max(1);
        }
        total += rows(chars, cols);
    }
    // Up from the last row to the cursor's row, then to its column.
    let up = total.saturating_sub(1 + cursor);
    write!(out, "\r")?;
    if up > 0 {
        write!(out, "\x1b[{up}A")?;
    }
    let col = at % cols.max(1);
    if col > 0 {
        write!(out, "\x1b[{col}C")?;
    }
    out.flush()?;
    Ok(Drawn::Inline(cursor))
}

/// Clears the question's rows, the cursor at its first row.
fn leave(out: &mut impl Write, drawn: Drawn) -> io::Result<()> {
    match drawn {
        Drawn::Inline(up) => {
            write!(out, "\r")?;
            if up > 0 {
                write!(out, "\x1b[{up}A")?;
            }
        }
        Drawn::Screen(row) => write!(out, "\x1b[{row};1H")?,
    }
    write!(out, "\x1b[J")?;
    out.flush()
}

/// Puts the terminal in raw mode for as long as it lives.
struct Raw;

impl Raw {
    fn on() -> io::Result<Raw> {
        terminal::enable_raw_mode()?;
        Ok(Raw)
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}
