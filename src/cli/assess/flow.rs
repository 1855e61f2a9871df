//! The walk through a grid: one indicator at a time, with back / skip / go to /
//! review / finish, and every answer saved the moment it is given.

use super::details::{self, Step};
use super::prompt::{CLEAR, Item, Prompt, Reply};
use super::screen::{self, Head, Look, Place};
use super::words::w;
use aqor::assessment::{Answer, Assessment, Choice, NA};
use aqor::diagnostic::did_you_mean;
use aqor::grid::{Criterion, Grid, Indicator};

/// Writes the assessment where it lives (the file; a log in tests).
pub type Save<'s> = &'s mut dyn FnMut(&Assessment) -> anyhow::Result<()>;

/// Where the user can go from an indicator, and the key that takes them there.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Nav {
    Back,
    Skip,
    Goto,
    Review,
    Finish,
}

const NAV: [(Nav, &str, &str); 5] = [
    (Nav::Back, "<", "nav_back"),
    (Nav::Skip, ">", "nav_skip"),
    (Nav::Goto, "/", "nav_goto"),
    (Nav::Review, "?", "nav_review"),
    (Nav::Finish, ".", "nav_finish"),
];

/// The key that ends the session on the review screen.
const FINISH: &str = ".";
/// The key that shows an indicator's full texts in a pager.
const MORE: &str = "i";

/// What to do after an indicator.
enum Move {
    /// The indicator was answered.
    Answered,
    /// Skipped, or left as it was.
    Next,
    Back,
    Jump(usize),
    Review,
    Finish,
}

pub struct Session<'g, 's> {
    pub grid: &'g Grid,
    pub assessment: Assessment,
    pub lang: String,
    pub bold: bool,
    save: Save<'s>,
    /// Indicators in the structure's scope, in grid order.
    scope: Vec<(&'g Criterion, &'g Indicator)>,
}

impl<'g, 's> Session<'g, 's> {
    pub fn new(grid: &'g Grid, assessment: Assessment, lang: &str, save: Save<'s>) -> Self {
        let profiles = &assessment.structure.profiles;
        let scope = grid
            .indicators()
            .filter(|(_, i)| i.applies(profiles))
            .collect();
        Session {
            grid,
            assessment,
            lang: lang.to_string(),
            bold: false,
            save,
            scope,
        }
    }

    pub fn save(&mut self) -> anyhow::Result<()> {
        (self.save)(&self.assessment)
    }

    pub fn in_scope(&self) -> usize {
        self.scope.len()
    }

    pub fn answered(&self) -> usize {
        self.scope
            .iter()
            .filter(|(_, i)| self.assessment.answers.contains_key(&i.id))
            .count()
    }

    /// Position (in scope) of the first indicator without an answer.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.scope
            .iter()
            .position(|(_, i)| !self.assessment.answers.contains_key(&i.id))
    }

    pub fn indicator_id(&self, at: usize) -> &str {
        &self.scope[at].1.id
    }

    fn w(&self, key: &str) -> &'static str {
        w(key, &self.lang)
    }

    /// Walks from indicator `start` (the review screen when `None`) until the user finishes.
    ///
    /// After an answer the walk goes on to the next unanswered indicator (so changing
    /// one answer does not walk through those already given), and to the review when
    /// none is left after it; skipping goes to the very next one.
    pub fn walk(&mut self, p: &mut dyn Prompt, start: Option<usize>) -> anyhow::Result<()> {
        let n = self.scope.len();
        let mut at = start.filter(|&i| i < n);
        let mut last = at.unwrap_or(n.saturating_sub(1));
        loop {
            let Some(i) = at else {
                match self.review(p)? {
                    Reply::Given(Some(i)) => at = Some(i),
                    Reply::Given(None) => return Ok(()),
                    Reply::Back if n > 0 => at = Some(last),
                    Reply::Back => {}
                }
                continue;
            };
            last = i;
            at = match self.indicator(p, i)? {
                Move::Finish => return Ok(()),
                Move::Review => None,
                Move::Jump(j) => Some(j),
                Move::Answered => self.unanswered_after(i),
                Move::Next => (i + 1 < n).then_some(i + 1),
                Move::Back => Some(i.saturating_sub(1)),
            };
        }
    }

    /// The first indicator after `i` without an answer.
    fn unanswered_after(&self, i: usize) -> Option<usize> {
        (i + 1..self.scope.len())
            .find(|&j| !self.assessment.answers.contains_key(&self.scope[j].1.id))
    }

    /// What stays in view above indicator `i`'s questions.
    fn head(&self, i: usize) -> Head {
        let look = Look {
            lang: &self.lang,
            bold: self.bold,
        };
        Head::indicator(self.grid, &self.assessment, &self.place(i), &look)
    }

    fn place(&self, i: usize) -> Place<'g> {
        let (c, ind) = self.scope[i];
        let mut criteria: Vec<&str> = self.scope.iter().map(|(c, _)| c.id.as_str()).collect();
        criteria.dedup();
        let c_at = criteria.iter().position(|id| *id == c.id).unwrap_or(0);
        Place {
            criterion: c,
            criterion_at: (c_at + 1, criteria.len()),
            indicator: ind,
            at: (i + 1, self.scope.len()),
            answered: self.answered(),
        }
    }

    /// One indicator: its screen, then a level (or na, or a way to move) and the details.
    fn indicator(&mut self, p: &mut dyn Prompt, i: usize) -> anyhow::Result<Move> {
        let ind = self.scope[i].1;
        let scale = self.grid.scale_of(ind);
        let target = self.w("target_word");
        let mut items: Vec<Item> = scale
            .levels
            .iter()
            .map(|l| {
                let label = self.grid.text(&l.label, &self.lang);
                match l.id == ind.target {
                    true => Item::new(&l.id, format!("{label}  ◀ {target}")),
                    false => Item::new(&l.id, label),
                }
            })
            .collect();
        if scale.allow_na {
            items.push(Item::new(NA, self.w("na")));
        }
        let choices = items.len();
        items.push(Item::new(MORE, self.w("nav_more")));
        let answered = self.assessment.answers.contains_key(&ind.id);
        items.extend(NAV.iter().map(|(nav, key, word)| {
            let word = match nav {
                Nav::Skip if answered => "nav_next_keep",
                _ => word,
            };
            Item::new(*key, self.w(word))
        }));
        let look = Look {
            lang: &self.lang,
            bold: self.bold,
        };
        let full = screen::indicator(self.grid, &self.assessment, &self.place(i), &look);
        let question = format!("{} — {}", ind.id, self.w("your_level"));
        loop {
            // Built again each time: it shows the answer given so far.
            p.screen(&self.head(i), &full);
            let start = self
                .assessment
                .choice(&ind.id)
                .and_then(|c| items[..choices].iter().position(|it| it.key == c.as_str()));
            let k = match p.select(&question, &items, start, self.w("help_select"))? {
                Reply::Back => return Ok(Move::Back),
                Reply::Given(k) => k,
            };
            if k < choices {
                self.set_level(ind, Choice::parse(&items[k].key))?;
                match self.details(p, i)? {
                    Reply::Given(()) => return Ok(Move::Answered),
                    Reply::Back => continue,
                }
            }
            if k == choices {
                p.page(&full)?;
                continue;
            }
            match NAV[k - choices - 1].0 {
                Nav::Back => return Ok(Move::Back),
                Nav::Skip => return Ok(Move::Next),
                Nav::Review => return Ok(Move::Review),
                Nav::Finish => return Ok(Move::Finish),
                Nav::Goto => {
                    if let Reply::Given(j) = self.goto(p)? {
                        return Ok(Move::Jump(j));
                    }
                }
            }
        }
    }

    /// Records a level (or na) at once. Nothing given before is dropped: an action
    /// stays when the level reaches the target (its status is asked next).
    fn set_level(&mut self, ind: &Indicator, choice: Choice) -> anyhow::Result<()> {
        match self.assessment.answers.get_mut(&ind.id) {
            Some(answer) => answer.level = choice,
            None => {
                let answer = Answer::new(choice);
                self.assessment.answers.insert(ind.id.clone(), answer);
            }
        }
        self.save()
    }

    /// The questions after a level, one at a time, under the indicator and the answer
    /// so far; Esc goes back one question.
    fn details(&mut self, p: &mut dyn Prompt, i: usize) -> anyhow::Result<Reply<()>> {
        let ind = self.scope[i].1;
        let mut k = 0;
        loop {
            p.head(&self.head(i));
            let answer = &self.assessment.answers[&ind.id];
            let steps = details::steps(self.grid, ind, answer);
            let Some(step) = steps.get(k).copied() else {
                return Ok(Reply::Given(()));
            };
            match self.step(p, ind, step)? {
                Reply::Given(()) => k += 1,
                Reply::Back if k == 0 => return Ok(Reply::Back),
                Reply::Back => k -= 1,
            }
        }
    }

    fn step(
        &mut self,
        p: &mut dyn Prompt,
        ind: &Indicator,
        step: Step,
    ) -> anyhow::Result<Reply<()>> {
        let answer = &self.assessment.answers[&ind.id];
        let date = self.assessment.date;
        let lang = self.lang.clone();
        let check = move |s: &str| details::check(step, s, date, &lang);
        let typed = match step {
            Step::Status => return self.status(p, ind),
            Step::Action if answer.action.is_none() => self.new_action(p, ind, &check)?,
            _ => p.text(
                self.w(step.question()),
                &details::get(answer, step),
                self.w(step.help()),
                &check,
            )?,
        };
        let Reply::Given(value) = typed else {
            return Ok(Reply::Back);
        };
        if let Some(answer) = self.assessment.answers.get_mut(&ind.id) {
            details::set(answer, step, &value);
        }
        self.save()?;
        Ok(Reply::Given(()))
    }

    /// A first action: one of the grid's suggestions, edited, or the user's own words.
    fn new_action(
        &self,
        p: &mut dyn Prompt,
        ind: &Indicator,
        check: crate::cli::assess::prompt::Check,
    ) -> anyhow::Result<Reply<String>> {
        let answer = &self.assessment.answers[&ind.id];
        let (question, help) = (self.w("q_action"), self.w("help_optional"));
        let suggested = details::suggested(self.grid, ind, answer, &self.lang);
        if suggested.is_empty() {
            return p.text(question, "", help, check);
        }
        let mut items: Vec<Item> = suggested
            .iter()
            .enumerate()
            .map(|(k, s)| Item::new((k + 1).to_string(), screen::clip(s, 66)))
            .collect();
        items.push(Item::new("+", self.w("own_action")));
        items.push(Item::new(CLEAR, self.w("no_action")));
        loop {
            let k = match p.select(self.w("q_pick_action"), &items, Some(0), "")? {
                Reply::Given(k) => k,
                Reply::Back => return Ok(Reply::Back),
            };
            let typed = match suggested.get(k) {
                Some(s) => p.edit(question, s, help, check)?,
                None if k == suggested.len() => p.text(question, "", help, check)?,
                None => return Ok(Reply::Given(String::new())),
            };
            if let Reply::Given(t) = typed {
                return Ok(Reply::Given(t));
            }
        }
    }

    /// The action's status: todo, doing, done, or removed (only ever on this choice).
    fn status(&mut self, p: &mut dyn Prompt, ind: &Indicator) -> anyhow::Result<Reply<()>> {
        let answer = &self.assessment.answers[&ind.id];
        let text = answer
            .action
            .as_ref()
            .and_then(|a| a.text.as_deref())
            .unwrap_or("");
        let q = match details::below_target(self.grid, ind, &answer.level) {
            true => self.w("q_status"),
            false => self.w("q_status_reached"),
        };
        let question = match text {
            "" => q.to_string(),
            t => format!("{q}  “{}”", screen::clip(t, 40)),
        };
        let items: Vec<Item> = details::STATUSES
            .iter()
            .map(|(k, word)| Item::new(*k, self.w(word)))
            .collect();
        let start = details::status_start(self.grid, ind, answer);
        let Reply::Given(k) = p.select(&question, &items, Some(start), "")? else {
            return Ok(Reply::Back);
        };
        if let Some(answer) = self.assessment.answers.get_mut(&ind.id) {
            details::set_status(answer, details::STATUSES[k].0);
        }
        self.save()?;
        Ok(Reply::Given(()))
    }

    /// Asks for an indicator id; its position in scope, or Back.
    fn goto(&self, p: &mut dyn Prompt) -> anyhow::Result<Reply<usize>> {
        let check = |s: &str| self.find(s).map(|_| ());
        // The example is an indicator of the grid at hand (`I01` under qualiopi).
        let first = self.scope.first().map_or("", |(_, i)| i.id.as_str());
        let example = aqor::msg!(super::words::WORDS, "help_goto", id = first).say(&self.lang);
        match p.text(self.w("goto_question"), "", &example, &check)? {
            Reply::Given(id) => Ok(Reply::Given(self.find(&id).unwrap_or(0))),
            Reply::Back => Ok(Reply::Back),
        }
    }

    /// The position of an indicator typed by the user (any case), or why there is none.
    fn find(&self, typed: &str) -> Result<usize, String> {
        let typed = typed.trim();
        if let Some(i) = self
            .scope
            .iter()
            .position(|(_, i)| i.id.eq_ignore_ascii_case(typed))
        {
            return Ok(i);
        }
        if self
            .grid
            .indicators()
            .any(|(_, i)| i.id.eq_ignore_ascii_case(typed))
        {
            return Err(format!("{typed}: {}", self.w("out_of_scope")));
        }
        let ids = self.scope.iter().map(|(_, i)| i.id.as_str());
        Err(match did_you_mean(typed, ids) {
            Some(c) => format!("{typed}: {} `{c}`?", self.w("did_you_mean")),
            None => format!("{typed}: {}", self.w("no_such_indicator")),
        })
    }

    /// Every indicator with its answer; picking one changes it. `None` means finish.
    fn review(&mut self, p: &mut dyn Prompt) -> anyhow::Result<Reply<Option<usize>>> {
        let (n, answered) = (self.scope.len(), self.answered());
        let title = format!(
            "{}  {answered}/{n} {}",
            self.w("review_title"),
            self.w("answered")
        );
        p.screen(
            &Head::text(&title),
            &format!("\n{}\n{title}", "─".repeat(60)),
        );
        let labels: Vec<String> = self
            .scope
            .iter()
            .map(|(_, ind)| match self.assessment.choice(&ind.id) {
                Some(c) => screen::choice_label(self.grid, ind, c, &self.lang),
                None => "—".to_string(),
            })
            .collect();
        let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        let mut items = vec![Item::new(FINISH, self.w("nav_finish"))];
        items.extend(self.scope.iter().zip(&labels).map(|((_, ind), label)| {
            let title = screen::clip(self.grid.text(&ind.title, &self.lang), 48);
            Item::new(&ind.id, format!("{label:<width$}  {title}"))
        }));
        // The cursor starts on what most likely needs work: the first unanswered
        // indicator, else the first below its target, else "finish".
        let below = |ind: &Indicator| {
            self.assessment
                .choice(&ind.id)
                .is_some_and(|c| details::below_target(self.grid, ind, c))
        };
        let start = self
            .scope
            .iter()
            .position(|(_, i)| self.assessment.choice(&i.id).is_none())
            .or_else(|| self.scope.iter().position(|(_, i)| below(i)))
            .map_or(0, |k| k + 1);
        match p.select(
            self.w("review_question"),
            &items,
            Some(start),
            self.w("help_review"),
        )? {
            Reply::Given(0) => Ok(Reply::Given(None)),
            Reply::Given(k) => Ok(Reply::Given(Some(k - 1))),
            Reply::Back => Ok(Reply::Back),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::assess::prompt::Check;
    use aqor::assessment::Structure;
    use std::collections::VecDeque;

    const GRID: &str = include_str!("../../../tests/fixtures/assess/small.yaml");

    /// What the scripted user does at each question.
    #[derive(Debug)]
    enum Key {
        Pick(&'static str),
        Type(&'static str),
        /// Enter: keep the text there, or take the item under the cursor (if any).
        Enter,
        Esc,
    }
    use Key::*;

    struct Script {
        keys: VecDeque<Key>,
        shown: String,
        rejected: Vec<String>,
    }

    impl Prompt for Script {
        fn show(&mut self, text: &str) {
            self.shown.push_str(text);
        }
        fn select(
            &mut self,
            q: &str,
            items: &[Item],
            start: Option<usize>,
            _: &str,
        ) -> anyhow::Result<Reply<usize>> {
            loop {
                return match self.keys.pop_front() {
                    Some(Pick(k)) => Ok(Reply::Given(
                        items
                            .iter()
                            .position(|i| i.key == k)
                            .unwrap_or_else(|| panic!("no {k} at {q}")),
                    )),
                    Some(Enter) => match start {
                        Some(i) => Ok(Reply::Given(i)),
                        None => {
                            self.rejected.push(format!("{q}: Enter alone"));
                            continue;
                        }
                    },
                    Some(Esc) => Ok(Reply::Back),
                    other => panic!("{q}: a choice, but the script has {other:?}"),
                };
            }
        }
        fn text(
            &mut self,
            q: &str,
            initial: &str,
            _: &str,
            check: Check,
        ) -> anyhow::Result<Reply<String>> {
            loop {
                let typed = match self.keys.pop_front() {
                    Some(Type(t)) => t.to_string(),
                    Some(Enter) => initial.to_string(),
                    Some(Esc) => return Ok(Reply::Back),
                    other => panic!("{q}: a text, but the script has {other:?}"),
                };
                match check(&typed) {
                    Ok(()) => return Ok(Reply::Given(typed)),
                    Err(m) => self.rejected.push(m),
                }
            }
        }
        fn multi(
            &mut self,
            q: &str,
            _: &[Item],
            _: &[usize],
            _: &str,
        ) -> anyhow::Result<Reply<Vec<usize>>> {
            panic!("{q}: not expected here")
        }
    }

    /// Runs the flow from `start` with profile `cio` (C1.3 out of scope); returns the
    /// script (what was shown and rejected) and every saved state, in order.
    fn run(start: Option<usize>, keys: Vec<Key>) -> (Script, Vec<Assessment>) {
        let grid = aqor::grid::parse(GRID, "small.yaml").unwrap();
        let structure = Structure {
            id: "s".into(),
            profiles: vec!["cio".into()],
            ..Structure::default()
        };
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let a = Assessment::new(&grid, structure, date);
        let mut saved = Vec::new();
        let mut save = |a: &Assessment| {
            saved.push(a.clone());
            Ok(())
        };
        let mut script = Script {
            keys: keys.into(),
            shown: String::new(),
            rejected: Vec::new(),
        };
        let mut s = Session::new(&grid, a, "en", &mut save);
        s.walk(&mut script, start).unwrap();
        assert!(script.keys.is_empty(), "left over: {:?}", script.keys);
        (script, saved)
    }

    fn level(a: &Assessment, id: &str) -> Option<String> {
        a.choice(id).map(|c| c.as_str().to_string())
    }

    #[test]
    fn answers_are_saved_one_by_one_and_back_changes_one() {
        let (script, saved) = run(
            Some(0),
            vec![
                // C1.1 below target: details, a bad importance, an action.
                Pick("1"),
                Type("Tuesdays only"),
                Enter,
                Type("9"),
                Type("3"),
                // Not the grid's suggestion: one's own words.
                Pick("+"),
                Type("Open on Tuesdays"),
                Type("Zoé"),
                Type("31/02/2099"),
                Type("31/03/2099"),
                Enter,
                // C1.2: back to C1.1, now at target: the action stays, marked done.
                Pick("<"),
                Pick("2"),
                Enter,
                Enter,
                Enter,
                Pick("done"),
                Pick(">"),
                // C2.1: na needs a reason.
                Pick("na"),
                Type(""),
                Type("closed for works"),
                Pick("yes"),
                Enter,
                Enter,
                Enter,
                Pick("."),
            ],
        );
        assert_eq!(script.rejected.len(), 3, "{:?}", script.rejected);
        assert!(script.shown.contains("Indicator 4/4"));
        assert!(!script.shown.contains("C1.3"), "out of scope");
        let with_due = saved
            .iter()
            .find(|a| {
                a.answers["C1.1"]
                    .action
                    .as_ref()
                    .is_some_and(|x| x.due.is_some())
            })
            .expect("the due date was saved");
        assert_eq!(
            with_due.answers["C1.1"]
                .action
                .as_ref()
                .unwrap()
                .owner
                .as_deref(),
            Some("Zoé")
        );
        let last = saved.last().unwrap();
        let c11 = &last.answers["C1.1"];
        assert_eq!(level(last, "C1.1").as_deref(), Some("2"));
        assert_eq!(
            (c11.comment.as_deref(), c11.importance),
            (Some("Tuesdays only"), Some(3))
        );
        let action = c11.action.as_ref().expect("the action stays at the target");
        assert_eq!(action.text.as_deref(), Some("Open on Tuesdays"));
        assert_eq!(action.owner.as_deref(), Some("Zoé"));
        assert_eq!(action.status, Some(aqor::assessment::ActionStatus::Done));
        assert_eq!(level(last, "C1.2"), None);
        assert_eq!(
            last.answers["C2.1"].comment.as_deref(),
            Some("closed for works")
        );
        assert_eq!(level(last, "C2.2").as_deref(), Some("yes"));
        // Every answer was on disk before the next question: answers never shrink.
        assert!(
            saved
                .windows(2)
                .all(|p| p[0].answers.len() <= p[1].answers.len())
        );
    }

    #[test]
    fn esc_steps_back_through_details_then_to_the_level() {
        let (_, saved) = run(
            Some(0),
            vec![
                Pick("0"),
                Type("first"),
                Esc,
                Esc,
                Pick("3"),
                Enter,
                Type("binder"),
                Enter,
                Pick("."),
            ],
        );
        let a = &saved.last().unwrap().answers["C1.1"];
        assert_eq!(a.level.as_str(), "3");
        assert_eq!(
            (a.comment.as_deref(), a.evidence.as_deref()),
            (Some("first"), Some("binder"))
        );
    }

    #[test]
    fn review_and_goto_change_answers_then_come_back() {
        let (script, saved) = run(
            None,
            vec![
                Pick("C2.2"),
                Pick("no"),
                Enter,
                Enter,
                Enter,
                Type(""),
                // Back on the review screen; go to C1.2 by id from there.
                Pick("C1.1"),
                Pick("/"),
                Type("c1.3"),
                Type("C9"),
                Type("c1.2"),
                Pick("3"),
                Enter,
                Enter,
                Enter,
                Pick("."),
            ],
        );
        assert_eq!(script.rejected.len(), 2, "{:?}", script.rejected);
        assert!(script.rejected[0].contains("does not apply"));
        let last = saved.last().unwrap();
        assert_eq!(level(last, "C2.2").as_deref(), Some("no"));
        assert_eq!(level(last, "C1.2").as_deref(), Some("3"));
        assert_eq!(level(last, "C1.1"), None);
        assert_eq!(script.shown.matches("Review").count(), 2);
    }

    #[test]
    fn enter_alone_answers_nothing_and_an_action_goes_only_when_asked() {
        let (script, saved) = run(
            Some(0),
            vec![
                Enter,
                Pick("0"),
                Enter,
                Enter,
                Enter,
                // The grid's suggestion, then edited; a date with dots.
                Pick("1"),
                Type("Open one walk-in half-day a week"),
                Enter,
                Type("31.03.2099"),
                Pick("doing"),
                // C1.2: back to C1.1, at target now; the action is removed on purpose.
                Pick("<"),
                Pick("3"),
                Enter,
                Enter,
                Enter,
                Pick("x"),
                Pick("."),
            ],
        );
        assert_eq!(script.rejected, ["C1.1 — your level?: Enter alone"]);
        assert!(
            saved[0].answers.contains_key("C1.1"),
            "the first save is the level"
        );
        let kept = saved
            .iter()
            .find(|a| level(a, "C1.1").as_deref() == Some("3"))
            .unwrap();
        let action = kept.answers["C1.1"].action.as_ref().unwrap();
        assert_eq!(
            action.text.as_deref(),
            Some("Open one walk-in half-day a week")
        );
        assert_eq!(action.due.unwrap().to_string(), "2099-03-31");
        assert_eq!(action.status, Some(aqor::assessment::ActionStatus::Doing));
        assert_eq!(saved.last().unwrap().answers["C1.1"].action, None);
    }
}
