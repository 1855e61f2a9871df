//! The end screen: scores, the highest priorities, and what to run next.

use super::screen::{clip, wrap};
use super::words::w;
use aqor::assessment::Assessment;
use aqor::grid::Grid;
use aqor::recognition::Verdict;
use aqor::score::{self, Status, percent};
use std::fmt::Write;

/// How many priorities the end screen lists.
const TOP: usize = 5;
/// How many steps towards the label it lists (the plan has them all).
const STEPS: usize = 8;

pub fn render(grid: &Grid, a: &Assessment, lang: &str, file: &str) -> String {
    let s = score::score(grid, a);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n{} — {} ({})",
        w("summary_title", lang),
        a.structure.name,
        a.structure.id
    );
    let _ = writeln!(out, "{} {}", grid.text(&grid.title, lang), grid.version);
    let pct = |v: Option<f64>| match v {
        Some(_) => format!("{:>5} %", percent(v)),
        None => format!("{:>5}  ", "—"),
    };
    let _ = writeln!(out, "  {:<40} {}", w("overall", lang), pct(s.overall));
    for (c, cs) in grid.criteria.iter().zip(&s.criteria) {
        if cs.in_scope == 0 {
            continue;
        }
        let name = clip(&format!("{} {}", c.id, grid.text(&c.title, lang)), 40);
        let _ = writeln!(
            out,
            "  {name:<40} {}   {}/{}",
            pct(cs.score),
            cs.answered,
            cs.in_scope
        );
    }
    let _ = writeln!(out, "  {:<40} {}", w("coverage", lang), pct(s.coverage));
    let priorities = s.priorities();
    let _ = writeln!(out, "\n{}", w("priorities", lang));
    if priorities.is_empty() {
        let _ = writeln!(out, "  {}", w("no_priorities", lang));
    }
    for (n, p) in priorities.iter().take(TOP).enumerate() {
        let Some((_, ind)) = grid.indicator(&p.id) else {
            continue;
        };
        let level = match &p.status {
            Status::Scored { level, .. } => level.as_str(),
            _ => "",
        };
        let _ = writeln!(
            out,
            "  {}. {:<6} {}  ({level} → {})",
            n + 1,
            p.id,
            clip(grid.text(&ind.title, lang), 50),
            ind.target
        );
    }
    if let Some(v) = aqor::recognition::evaluate(grid, a, &s) {
        out.push_str(&verdict(grid, &v, lang));
    }
    let unanswered = s
        .indicators
        .iter()
        .filter(|i| i.status == Status::Unanswered)
        .count();
    if unanswered > 0 {
        let left = aqor::msg!(super::words::WORDS, "unanswered_left", n = unanswered);
        let _ = writeln!(out, "\n{}", left.say(lang));
    }
    // The file keeps its language: these commands speak it without --lang.
    let file = super::shell_word(file);
    let _ = writeln!(
        out,
        "\n{}\n  aqor score {file} --explain\n{}\n  aqor plan {file} -o plan.pdf",
        w("score_hint", lang),
        w("plan_hint", lang),
    );
    out
}

/// "Label: met", or "not met" with each failed rule's reason and the steps to meet it.
fn verdict(grid: &Grid, v: &Verdict, lang: &str) -> String {
    let mut out = String::new();
    let state = if v.met { "met" } else { "not_met" };
    let _ = writeln!(
        out,
        "\n{} — {} — {}",
        w("recognition", lang),
        grid.text(&v.label, lang),
        w(state, lang)
    );
    for f in &v.failures {
        let _ = writeln!(out, "  • {}", f.reason(grid, lang));
    }
    if !v.steps.is_empty() {
        let mut steps: Vec<String> = v
            .steps
            .iter()
            .take(STEPS)
            .map(|s| s.describe(grid, lang))
            .collect();
        if v.steps.len() > STEPS {
            steps.push(format!("… (+{})", v.steps.len() - STEPS));
        }
        let note = if v.steps_suffice {
            ""
        } else {
            w("steps_not_enough", lang)
        };
        let line = format!("{} {}{note}", w("to_earn_it", lang), steps.join(", "));
        out.push_str(&wrap(&line, "  ", "    "));
    }
    out
}
