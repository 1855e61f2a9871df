//! Where problems and warnings go: the engine words them as [`Message`]s, the caller
//! says them in the reader's language.

use crate::i18n::Message;

/// Receives what a pass has to say, in the order it is found (as ripgrep's searcher
/// hands matches to a printer). The `aqor` binary says it on stderr in the reader's
/// language and caps the warnings; a library user may collect it ([`Collected`]).
pub trait Sink {
    /// A row or file that is not used, and why (with file, row and column).
    fn problem(&mut self, text: &Message);
    /// Something odd in a row or file that is used.
    fn warning(&mut self, text: &Message);
    /// Whether a further warning would be shown: when not, warnings the fast path
    /// only counted are passed to [`Sink::unworded`] instead of being worded (that
    /// costs building their row again).
    fn shows_warnings(&self) -> bool {
        true
    }
    /// Warnings counted but not worded.
    fn unworded(&mut self, count: usize);
    /// What the caller should know besides: carried answers, late duplicates, what was skipped.
    fn note(&mut self, text: &Message);
    /// The pass has reported every warning it will (a cap may say what it held back).
    fn warnings_done(&mut self) {}
}

/// A sink that keeps everything in English, for callers that show it later (and tests).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Collected {
    pub problems: Vec<String>,
    pub warnings: Vec<String>,
    pub unworded: usize,
    pub notes: Vec<String>,
}

impl Sink for Collected {
    fn problem(&mut self, text: &Message) {
        self.problems.push(text.to_string());
    }

    fn warning(&mut self, text: &Message) {
        self.warnings.push(text.to_string());
    }

    fn unworded(&mut self, count: usize) {
        self.unworded += count;
    }

    fn note(&mut self, text: &Message) {
        self.notes.push(text.to_string());
    }
}

/// A sink shared with the caller, who reads it after the pass.
impl<S: Sink> Sink for std::rc::Rc<std::cell::RefCell<S>> {
    fn problem(&mut self, text: &Message) {
        self.borrow_mut().problem(text);
    }

    fn warning(&mut self, text: &Message) {
        self.borrow_mut().warning(text);
    }

    fn shows_warnings(&self) -> bool {
        self.borrow().shows_warnings()
    }

    fn unworded(&mut self, count: usize) {
        self.borrow_mut().unworded(count);
    }

    fn note(&mut self, text: &Message) {
        self.borrow_mut().note(text);
    }

    fn warnings_done(&mut self) {
        self.borrow_mut().warnings_done();
    }
}
