//! What may follow a level: why `na`, comment, evidence, importance and, below the
//! target, an action with its owner, due date and status. An action stays when the
//! answer reaches its target: the user is offered to mark it done, or to remove it.

use super::words::w;
use aqor::assessment::{ActionStatus, Answer, Choice, PlannedAction};
use aqor::grid::{Grid, Indicator};
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    /// Why the indicator does not apply (kept as the comment).
    Reason,
    Comment,
    Evidence,
    Importance,
    Action,
    Owner,
    Due,
    /// todo, doing, done, or remove the action: a choice, not a text.
    Status,
}

impl Step {
    /// Key of the question in the words catalogue.
    pub fn question(self) -> &'static str {
        match self {
            Step::Reason => "q_reason",
            Step::Comment => "q_comment",
            Step::Evidence => "q_evidence",
            Step::Importance => "q_importance",
            Step::Action => "q_action",
            Step::Owner => "q_owner",
            Step::Due => "q_due",
            Step::Status => "q_status",
        }
    }

    /// Key of the help line shown under the question.
    pub fn help(self) -> &'static str {
        match self {
            Step::Reason => "help_reason",
            Step::Importance => "help_importance",
            Step::Due => "help_due",
            _ => "help_optional",
        }
    }
}

/// Whether `choice` is a level below the indicator's target.
pub fn below_target(grid: &Grid, ind: &Indicator, choice: &Choice) -> bool {
    let scale = grid.scale_of(ind);
    match choice {
        Choice::Na => false,
        Choice::Level(l) => scale.position(l) < scale.position(&ind.target),
    }
}

/// The questions this answer calls for now; owner, due date and status only once there
/// is an action. At or above the target an action is not asked for, but one already
/// there is kept and its status asked (done, most likely).
pub fn steps(grid: &Grid, ind: &Indicator, answer: &Answer) -> Vec<Step> {
    let mut steps = if answer.level == Choice::Na {
        vec![Step::Reason]
    } else {
        vec![Step::Comment, Step::Evidence, Step::Importance]
    };
    if below_target(grid, ind, &answer.level) {
        steps.push(Step::Action);
        if answer.action.is_some() {
            steps.extend([Step::Owner, Step::Due]);
        }
    }
    if answer.action.is_some() {
        steps.push(Step::Status);
    }
    steps
}

/// The choices of the status step, as (key, word); `REMOVE` removes the action.
pub const STATUSES: [(&str, &str); 4] = [
    ("todo", "status_todo"),
    ("doing", "status_doing"),
    ("done", "status_done"),
    (REMOVE, "status_remove"),
];

/// The status step's key that removes the action: only ever an explicit choice.
pub const REMOVE: &str = "x";

/// Where the status question's cursor starts: the action's status, or `done` once the
/// answer reaches its target.
pub fn status_start(grid: &Grid, ind: &Indicator, answer: &Answer) -> usize {
    let now = answer.action.as_ref().and_then(|a| a.status);
    let key = match now {
        Some(ActionStatus::Done) => "done",
        _ if !below_target(grid, ind, &answer.level) => "done",
        Some(ActionStatus::Doing) => "doing",
        _ => "todo",
    };
    STATUSES.iter().position(|(k, _)| *k == key).unwrap_or(0)
}

/// Applies a status choice (a key of `STATUSES`).
pub fn set_status(answer: &mut Answer, key: &str) {
    let status = match key {
        "todo" => ActionStatus::Todo,
        "doing" => ActionStatus::Doing,
        "done" => ActionStatus::Done,
        _ => {
            answer.action = None;
            return;
        }
    };
    if let Some(a) = answer.action.as_mut() {
        a.status = Some(status);
    }
}

/// The grid's suggested actions for this answer, as plain texts.
pub fn suggested(grid: &Grid, ind: &Indicator, answer: &Answer, lang: &str) -> Vec<String> {
    ind.actions_for(grid.scale_of(ind), answer.level.as_str())
        .iter()
        .map(|a| grid.text(&a.text, lang).to_string())
        .collect()
}

/// The current value of a step, as the question starts from it.
pub fn get(answer: &Answer, step: Step) -> String {
    let action = answer.action.as_ref();
    let text = match step {
        Step::Reason | Step::Comment => answer.comment.clone(),
        Step::Evidence => answer.evidence.clone(),
        Step::Importance => answer.importance.map(|i| i.to_string()),
        Step::Action => action.and_then(|a| a.text.clone()),
        Step::Owner => action.and_then(|a| a.owner.clone()),
        Step::Due => action.and_then(|a| a.due).map(|d| d.to_string()),
        Step::Status => None,
    };
    text.unwrap_or_default()
}

/// Whether a typed value is acceptable for a step; the message says what would be.
pub fn check(step: Step, typed: &str, date: NaiveDate, lang: &str) -> Result<(), String> {
    let t = typed.trim();
    match step {
        Step::Reason if t.is_empty() => Err(w("err_reason", lang).to_string()),
        Step::Importance if !t.is_empty() && importance(t).is_none() => {
            Err(format!("“{t}”: {}", w("err_importance", lang)))
        }
        Step::Due if !t.is_empty() => match parse_date(t) {
            None => Err(format!("“{t}”: {}", w("err_date", lang))),
            Some(d) if d < date => Err(format!("{d}: {} ({date})", w("err_date_past", lang))),
            Some(_) => Ok(()),
        },
        _ => Ok(()),
    }
}

fn importance(t: &str) -> Option<u8> {
    t.parse().ok().filter(|i| (1..=4).contains(i))
}

/// A date as people type it: `2027-03-31`, `31/03/2027` or `31.03.2027`.
pub fn parse_date(t: &str) -> Option<NaiveDate> {
    aqor::date::parse(&t.replace('.', "/")).ok()
}

/// Stores a checked value; an empty one removes what was there.
pub fn set(answer: &mut Answer, step: Step, typed: &str) {
    let t = typed.trim();
    let value = (!t.is_empty()).then(|| t.to_string());
    match step {
        Step::Reason | Step::Comment => answer.comment = value,
        Step::Evidence => answer.evidence = value,
        Step::Importance => answer.importance = importance(t),
        Step::Status => set_status(answer, t),
        Step::Action | Step::Owner | Step::Due => {
            let action = answer.action.get_or_insert_with(|| PlannedAction {
                status: Some(ActionStatus::Todo),
                ..PlannedAction::default()
            });
            match step {
                Step::Action => action.text = value,
                Step::Owner => action.owner = value,
                _ => action.due = parse_date(t),
            }
            if action.text.is_none() && action.owner.is_none() && action.due.is_none() {
                answer.action = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn dates_in_both_usual_forms_and_not_in_the_past() {
        assert_eq!(day("31/03/2027"), day("2027-03-31"));
        assert_eq!(day("31.03.2027"), day("2027-03-31"));
        let today = day("2026-11-24");
        assert!(check(Step::Due, "2027-03-31", today, "en").is_ok());
        assert!(check(Step::Due, "", today, "en").is_ok());
        assert!(check(Step::Due, "31/02/2027", today, "en").is_err());
        assert!(check(Step::Due, "2026-01-01", today, "en").is_err());
    }

    #[test]
    fn importance_is_one_to_four() {
        let today = day("2026-11-24");
        assert!(check(Step::Importance, "4", today, "en").is_ok());
        assert!(check(Step::Importance, "5", today, "en").is_err());
        assert!(check(Step::Importance, "x", today, "fr").is_err());
    }

    #[test]
    fn an_emptied_action_disappears() {
        let mut a = Answer::new(Choice::Level("0".into()));
        set(&mut a, Step::Action, "Open on Saturdays");
        assert_eq!(a.action.as_ref().unwrap().status, Some(ActionStatus::Todo));
        set(&mut a, Step::Due, "31/03/2027");
        assert_eq!(get(&a, Step::Due), "2027-03-31");
        set(&mut a, Step::Action, "");
        set(&mut a, Step::Due, " ");
        assert_eq!(a.action, None);
    }
}
