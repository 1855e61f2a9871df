//! Where the input engine's problems and warnings go: stderr, warnings capped.

use super::WORDS;
use crate::cli::say;
use aqor::i18n::Message;
use aqor::input::Sink;
use aqor::msg;

/// Warnings shown before the rest are only counted.
pub const MAX_WARNINGS: usize = 20;

/// Problems and warnings on stderr, as the engine finds them; warnings are shown
/// on the first pass only, the first [`MAX_WARNINGS`] of it.
#[derive(Default)]
pub(crate) struct Stderr {
    warnings: usize,
    /// Passes over: later ones have shown their warnings already.
    passes: usize,
}

impl Sink for Stderr {
    fn problem(&mut self, text: &Message) {
        say::line(text.clone());
    }

    fn warning(&mut self, text: &Message) {
        self.warnings += 1;
        if self.passes == 0 && self.warnings <= MAX_WARNINGS {
            // A file's finding (`file:line:col: warning: …`) says its kind itself.
            if text.key() == "at_warning" {
                say::line(text.clone());
            } else {
                say::warning(text.clone());
            }
        }
    }

    fn shows_warnings(&self) -> bool {
        self.passes == 0 && self.warnings < MAX_WARNINGS
    }

    fn unworded(&mut self, count: usize) {
        self.warnings += count;
    }

    fn note(&mut self, text: &Message) {
        say::line(text.clone());
    }

    fn warnings_done(&mut self) {
        if self.passes == 0 && self.warnings > MAX_WARNINGS {
            say::line(msg!(
                WORDS,
                "more_warnings",
                n = self.warnings - MAX_WARNINGS
            ));
        }
        self.passes += 1;
        self.warnings = 0;
    }
}
