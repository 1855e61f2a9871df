//! Every rule kind at, just below and just above its threshold; missing steps.

use super::*;
use crate::assessment;
use crate::grid::Grid;

/// A: A.1, A.2 (target 2 on 0..3), A.3 (cfa only); B: B.1, B.2 (conformity scale,
/// target `ok`), B.3 (0..3, target 2).
fn grid(rules: &str) -> Grid {
    let src = format!(
        r#"
format: aqor-grid/1
id: t
version: 1.0.0
languages: [en]
title: T
scales:
  - id: l4
    allow_na: true
    levels:
      - {{id: "0", score: 0, label: a}}
      - {{id: "1", score: 1, label: b}}
      - {{id: "2", score: 2, label: c}}
      - {{id: "3", score: 3, label: d}}
  - id: conf
    levels:
      - {{id: nc_major, score: 0, label: major}}
      - {{id: nc_minor, score: 1, label: minor}}
      - {{id: ok, score: 2, label: ok}}
profiles:
  - {{id: cfa, label: CFA}}
criteria:
  - id: A
    title: A
    indicators:
      - {{id: A.1, title: x, scale: l4, target: "2"}}
      - {{id: A.2, title: x, scale: l4, target: "2"}}
      - {{id: A.3, title: x, scale: l4, target: "2", applies_to: [cfa]}}
  - id: B
    title: B
    indicators:
      - {{id: B.1, title: x, scale: conf}}
      - {{id: B.2, title: x, scale: conf}}
      - {{id: B.3, title: x, scale: l4, target: "2"}}
recognition:
  label: {{en: Label}}
  rules:
{rules}
"#
    );
    crate::grid::parse(&src, "t.yaml").unwrap()
}

fn assess(answers: &[(&str, &str)], profiles: &str) -> Assessment {
    let lines: String = answers
        .iter()
        .map(|(id, level)| format!("  {id}: {{level: \"{level}\", comment: c}}\n"))
        .collect();
    let lines = if lines.is_empty() {
        " {}\n".to_string()
    } else {
        format!("\n{lines}")
    };
    let src = format!(
        "format: aqor-assessment/1\ngrid: {{id: t, version: 1.0.0}}\nstructure: {{id: s, name: S, profiles: [{profiles}]}}\ndate: 2026-11-24\nanswers:{lines}"
    );
    assessment::parse(&src, "a.yaml").unwrap().assessment
}

fn verdict(rules: &str, answers: &[(&str, &str)]) -> Verdict {
    verdict_for(rules, answers, "")
}

fn verdict_for(rules: &str, answers: &[(&str, &str)], profiles: &str) -> Verdict {
    let g = grid(rules);
    let a = assess(answers, profiles);
    let v = evaluate(&g, &a, &score::score(&g, &a)).unwrap();
    assert_eq!(v.met, v.failures.is_empty());
    if !v.met && v.steps_suffice {
        assert_steps_work(&g, &a, &v);
    }
    v
}

/// Applying the steps and scoring again meets every rule.
fn assert_steps_work(g: &Grid, a: &Assessment, v: &Verdict) {
    let mut raised = a.clone();
    for s in &v.steps {
        let current = a
            .answers
            .get(&s.indicator)
            .map(|x| x.level.as_str().to_string());
        assert_eq!(current, s.from, "step {s:?} starts from the current answer");
        raised.answers.insert(
            s.indicator.clone(),
            Answer::new(Choice::Level(s.to.clone())),
        );
    }
    let again = evaluate(g, &raised, &score::score(g, &raised)).unwrap();
    assert!(
        again.met,
        "still failing after {:?}: {:?}",
        v.steps, again.failures
    );
}

/// Reasons in English (level labels from the test grid's scales).
fn reasons(v: &Verdict) -> Vec<String> {
    let g = grid("    - {min_overall: 0}");
    v.failures.iter().map(|f| f.reason(&g, "en")).collect()
}

/// A = 50 % (A.1 at 3, A.2 at 0), B = 50 % (B.1 ok, B.2 nc_major, B.3 na): overall 50 %.
const HALF: &[(&str, &str)] = &[
    ("A.1", "3"),
    ("A.2", "0"),
    ("B.1", "ok"),
    ("B.2", "nc_major"),
    ("B.3", "na"),
];

#[test]
fn min_overall_around_threshold() {
    assert!(verdict("    - {min_overall: 50}", HALF).met);
    assert!(verdict("    - {min_overall: 49.9}", HALF).met);
    let v = verdict("    - {min_overall: 50.1}", HALF);
    assert!(!v.met);
    assert_eq!(reasons(&v), ["overall 50.0% < 50.1%"]);
    assert!(v.steps_suffice);
}

#[test]
fn min_overall_without_any_score() {
    let v = verdict("    - {min_overall: 10}", &[("B.3", "na")]);
    assert_eq!(
        reasons(&v),
        ["no overall score (nothing scored), minimum 10%"]
    );
    assert!(verdict("    - {min_overall: 0}", &[]).met);
}

#[test]
fn nothing_in_scope_fails_min_coverage() {
    // Every indicator restricted to cfa, structure without it: nothing to show.
    let g = crate::grid::parse(
        "format: aqor-grid/1\nid: t\nversion: 1.0.0\nlanguages: [en]\ntitle: T\nscales:\n  - {id: s, levels: [{id: a, score: 0, label: a}, {id: b, score: 1, label: b}]}\nprofiles: [{id: cfa, label: CFA}]\ncriteria:\n  - {id: A, title: A, indicators: [{id: A.1, title: x, scale: s, applies_to: [cfa]}]}\nrecognition: {label: L, rules: [{min_coverage: 100}]}\n",
        "t.yaml",
    )
    .unwrap();
    let a = assess(&[], "");
    let v = evaluate(&g, &a, &score::score(&g, &a)).unwrap();
    assert!(!v.met);
    assert!(!v.steps_suffice);
    assert!(v.steps.is_empty());
    assert_eq!(
        reasons(&v),
        ["no indicator applies to this structure (check its profiles), minimum coverage 100%"]
    );
    let a = assess(&[], "cfa");
    assert!(
        !evaluate(&g, &a, &score::score(&g, &a))
            .unwrap()
            .steps
            .is_empty()
    );
}

#[test]
fn floating_noise_does_not_fail_an_exact_threshold() {
    // A = 1/3, B = 1/3: overall is 100/3 up to rounding in the weighted means.
    let answers = [("A.1", "1"), ("B.3", "1")];
    assert!(verdict(&format!("    - {{min_overall: {}}}", 100.0 / 3.0), &answers).met);
    assert!(reaches(70.0 - 1e-12, 70.0));
    assert!(!reaches(69.99, 70.0));
}

#[test]
fn a_value_that_rounds_to_the_threshold_shows_more_decimals() {
    assert_eq!(shown(69.96, 70.0), "69.96");
    assert_eq!(shown(69.9996, 70.0), "69.9996");
    assert_eq!(shown(62.24, 70.0), "62.2");
    assert_eq!(number(70.0), "70");
    assert_eq!(number(62.5), "62.5");
    let f = Failure {
        rule: RuleKind::MinOverall(70.0),
        facts: FailureFacts::Overall {
            value: Some(69.96),
            min: 70.0,
        },
    };
    assert_eq!(
        f.reason(&grid("    - {min_overall: 0}"), "en"),
        "overall 69.96% < 70%"
    );
}

#[test]
fn min_criterion_around_threshold() {
    // B has nothing scored (B.3 na, others unanswered): it is left out.
    let answers = [("A.1", "3"), ("A.2", "0"), ("B.3", "na")];
    assert!(verdict("    - {min_criterion: 50}", &answers).met);
    assert!(verdict("    - {min_criterion: 49.9}", &answers).met);
    let v = verdict("    - {min_criterion: 50.1}", &answers);
    assert_eq!(reasons(&v), ["criterion A at 50.0% < 50.1%"]);
    let v = verdict("    - {min_criterion: 60}", HALF);
    assert_eq!(
        reasons(&v),
        ["criterion A at 50.0% < 60%; criterion B at 50.0% < 60%"]
    );
}

#[test]
fn min_coverage_around_threshold() {
    // 4 of the 5 indicators in scope answered (na counts); A.3 is out of scope.
    let answers = [("A.1", "3"), ("A.2", "0"), ("B.1", "ok"), ("B.3", "na")];
    assert!(verdict("    - {min_coverage: 80}", &answers).met);
    assert!(verdict("    - {min_coverage: 79.9}", &answers).met);
    let v = verdict("    - {min_coverage: 80.1}", &answers);
    assert_eq!(
        reasons(&v),
        ["coverage 80.0% < 80.1% (answers still needed: 1)"]
    );
    assert_eq!(
        v.steps,
        [Step {
            indicator: "B.2".into(),
            from: None,
            to: "ok".into()
        }]
    );
}

#[test]
fn out_of_scope_indicators_are_not_needed() {
    assert!(verdict("    - {min_coverage: 100}", HALF).met);
    // With the cfa profile, A.3 is in scope and unanswered: 5 of 6.
    let v = verdict_for("    - {min_coverage: 100}", HALF, "cfa");
    assert!(!v.met);
    assert_eq!(v.steps.len(), 1);
    assert_eq!(v.steps[0].indicator, "A.3");
    // An out-of-scope answer at a forbidden level does not count.
    let answers = [("A.3", "0"), ("A.1", "2")];
    assert!(verdict("    - {no_level: [\"0\"]}", &answers).met);
    assert!(!verdict_for("    - {no_level: [\"0\"]}", &answers, "cfa").met);
    assert!(verdict("    - {at_target: [A.3]}", &answers).met);
}

#[test]
fn max_below_target_around_threshold() {
    // Below target: A.1, A.2, B.1; B.3 na and B.2 unanswered are not counted.
    let answers = [
        ("A.1", "1"),
        ("A.2", "1"),
        ("B.1", "nc_minor"),
        ("B.3", "na"),
    ];
    assert!(verdict("    - {max_below_target: 3}", &answers).met);
    assert!(verdict("    - {max_below_target: 4}", &answers).met);
    let v = verdict("    - {max_below_target: 2}", &answers);
    assert_eq!(
        reasons(&v),
        ["3 indicators below target, at most 2: A.1, A.2, B.1"]
    );
    assert_eq!(v.steps.len(), 1);
    let v = verdict("    - {max_below_target: 0}", &[("A.1", "1")]);
    assert_eq!(reasons(&v), ["1 indicator below target, at most 0: A.1"]);
}

#[test]
fn no_level_at_zero_one_and_two_hits() {
    let rule = "    - {no_level: [nc_major]}";
    assert!(verdict(rule, &[("B.1", "nc_minor"), ("B.2", "ok")]).met);
    let v = verdict(rule, &[("B.1", "nc_major"), ("B.2", "ok")]);
    assert_eq!(reasons(&v), ["1 answer at level “major”: B.1"]);
    let v = verdict(rule, &[("B.1", "nc_major"), ("B.2", "nc_major")]);
    assert_eq!(reasons(&v), ["2 answers at level “major”: B.1, B.2"]);
    assert_eq!(v.steps.len(), 2);
    assert!(v.steps.iter().all(|s| s.to == "ok"));
}

#[test]
fn max_level_count_around_threshold() {
    let rule = "    - {max_level_count: {level: nc_minor, count: 1}}";
    assert!(verdict(rule, &[]).met);
    assert!(verdict(rule, &[("B.1", "nc_minor")]).met);
    let v = verdict(rule, &[("B.1", "nc_minor"), ("B.2", "nc_minor")]);
    assert_eq!(
        reasons(&v),
        ["2 answers at level “minor”, at most 1: B.1, B.2"]
    );
    assert_eq!(v.steps.len(), 1);
}

#[test]
fn at_target_below_at_above_unanswered_na() {
    let rule = "    - {at_target: [A.1, B.3]}";
    assert!(verdict(rule, &[("A.1", "2"), ("B.3", "na")]).met);
    assert!(verdict(rule, &[("A.1", "3"), ("B.3", "2")]).met);
    let v = verdict(rule, &[("A.1", "1"), ("B.3", "2")]);
    assert_eq!(reasons(&v), ["A.1 at level “b”, target “c”"]);
    let v = verdict(rule, &[("A.1", "1")]);
    assert_eq!(
        reasons(&v),
        ["A.1 at level “b”, target “c”; B.3 unanswered, target “c”"]
    );
    assert_eq!(
        v.steps,
        [
            Step {
                indicator: "A.1".into(),
                from: Some("1".into()),
                to: "2".into()
            },
            Step {
                indicator: "B.3".into(),
                from: None,
                to: "2".into()
            },
        ]
    );
}

#[test]
fn steps_meet_every_failed_rule_at_once() {
    let rules = "    - {min_overall: 60}\n    - {min_coverage: 100}\n    - {no_level: [nc_major]}\n    - {max_below_target: 1}\n    - {at_target: [A.2]}";
    let answers = [
        ("A.1", "0"),
        ("A.2", "1"),
        ("B.1", "nc_major"),
        ("B.2", "nc_minor"),
    ];
    let v = verdict(rules, &answers);
    assert!(!v.met);
    assert_eq!(v.failures.len(), 5);
    assert!(v.steps_suffice);
    let ids: Vec<&str> = v.steps.iter().map(|s| s.indicator.as_str()).collect();
    for needed in ["A.2", "B.1", "B.3"] {
        assert!(ids.contains(&needed), "{needed} missing from {ids:?}");
    }
}

#[test]
fn only_the_needed_steps_for_overall() {
    // Overall 50 %; raising B.2 (nc_major -> ok) alone gives A 50 %, B 100 % = 75 %.
    let v = verdict("    - {min_overall: 75}", HALF);
    assert_eq!(v.steps.len(), 1);
    assert_eq!(v.steps[0].indicator, "B.2");
}

#[test]
fn impossible_rule_is_reported() {
    // Every target is below the top level: 100 % cannot be reached by reaching targets.
    let v = verdict("    - {min_overall: 100}", &[("A.1", "0"), ("B.3", "0")]);
    assert!(!v.met);
    assert!(!v.steps_suffice);
}

#[test]
fn no_recognition_block_means_no_verdict() {
    let g = crate::grid::parse(
        "format: aqor-grid/1\nid: t\nversion: 1.0.0\nlanguages: [en]\ntitle: T\nscales:\n  - {id: s, levels: [{id: a, score: 0, label: a}, {id: b, score: 1, label: b}]}\ncriteria:\n  - {id: A, title: A, indicators: [{id: A.1, title: x, scale: s}]}\n",
        "t.yaml",
    )
    .unwrap();
    let a = assess(&[], "");
    assert_eq!(evaluate(&g, &a, &score::score(&g, &a)), None);
}

#[test]
fn reasons_in_every_language() {
    // A.1 at 3 is above its target 2, so only the first two rules fail.
    let v = verdict(
        "    - {min_overall: 90}\n    - {no_level: [nc_major]}\n    - {at_target: [A.1]}",
        HALF,
    );
    let g = grid("    - {min_overall: 0}");
    let fr: Vec<String> = v.failures.iter().map(|f| f.reason(&g, "fr")).collect();
    assert_eq!(
        fr,
        [
            "score global 50,0\u{a0}% < 90\u{a0}%",
            "1 réponse au niveau «\u{202f}major\u{202f}»\u{202f}: B.2"
        ]
    );
    for lang in crate::lang::LANGUAGES {
        let [overall, level] = [0, 1].map(|i| v.failures[i].reason(&g, lang));
        assert!(
            overall.contains("50") && overall.contains("90") && !overall.contains('{'),
            "{overall}"
        );
        assert!(
            level.contains("major") && level.contains("B.2") && !level.contains('{'),
            "{level}"
        );
    }
    let step = Step {
        indicator: "C1.1".into(),
        from: None,
        to: "2".into(),
    };
    assert_eq!(step.describe(&g, "fr"), "C1.1\u{202f}: sans réponse → c");
    let step = Step {
        indicator: "A.1".into(),
        from: Some("0".into()),
        to: "2".into(),
    };
    assert_eq!(step.describe(&g, "en"), "A.1: a → c");
    assert_eq!(
        rule_sentence(
            &g,
            &RuleKind::NoLevel(vec!["nc_major".into(), "0".into()]),
            "fr"
        ),
        "aucun indicateur au niveau «\u{202f}major\u{202f}» ou «\u{202f}a\u{202f}»"
    );
    assert_eq!(
        rule_sentence(&g, &RuleKind::MaxBelowTarget(5), "pl"),
        "najwyżej 5 wskaźników poniżej celu"
    );
    assert_eq!(
        rule_sentence(&g, &RuleKind::MinOverall(62.5), "fr"),
        "score global d’au moins 62,5\u{a0}%"
    );
}

#[test]
fn catalogue_is_complete_with_the_same_placeholders() {
    let problems = crate::i18n::problems("recognition", WORDS);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn verdict_serializes_to_json() {
    let v = verdict("    - {no_level: [nc_major]}", HALF);
    let json = serde_json::to_value(&v).unwrap();
    assert_eq!(json["met"], false);
    assert_eq!(json["failures"][0]["rule"]["no_level"][0], "nc_major");
    assert_eq!(json["failures"][0]["facts"]["kind"], "levels");
    assert_eq!(json["steps"][0]["indicator"], "B.2");
}

/// The shipped grids' labels can be earned: from nothing answered, the steps reach
/// every rule, for every profile a structure may declare.
#[test]
fn shipped_labels_are_reachable_from_scratch() {
    for g in crate::grid::builtin::all() {
        let Some(recognition) = &g.recognition else {
            continue;
        };
        assert!(!recognition.rules.is_empty(), "{}", g.id);
        let mut profiles: Vec<String> = g.profiles.iter().map(|p| p.id.clone()).collect();
        profiles.insert(0, String::new());
        for profile in profiles {
            let mut a = assess(&[], "");
            a.structure.profiles = (!profile.is_empty())
                .then(|| profile.clone())
                .into_iter()
                .collect();
            let s = score::score(&g, &a);
            let v = evaluate(&g, &a, &s).unwrap();
            assert!(!v.met, "{} {profile}: met with nothing answered", g.id);
            // A structure no indicator applies to cannot earn a label.
            let in_scope = s.coverage.is_some();
            assert_eq!(
                v.steps_suffice, in_scope,
                "{} {profile}: {:?}",
                g.id, v.failures
            );
            if in_scope {
                assert_steps_work(&g, &a, &v);
            }
        }
    }
}

/// Over every way of answering the fixture grid: the search's shortfall is 0 exactly
/// when the check finds nothing, and a reachable rule set is always met by the steps.
#[test]
fn every_answer_combination() {
    let rules = "    - {min_overall: 60}\n    - {min_criterion: 60}\n    - {min_coverage: 100}\n    - {max_below_target: 1}\n    - {no_level: [nc_major]}\n    - {max_level_count: {level: nc_minor, count: 0}}\n    - {at_target: [A.1]}";
    let g = grid(rules);
    let kinds: Vec<&RuleKind> = g
        .recognition
        .as_ref()
        .unwrap()
        .rules
        .iter()
        .map(|r| &r.kind)
        .collect();
    let l4 = ["", "na", "0", "1", "2", "3"];
    let conf = ["", "nc_major", "nc_minor", "ok"];
    let base = assess(&[], "");
    let mut met = 0;
    for a1 in l4 {
        for a2 in l4 {
            for b1 in conf {
                for b2 in conf {
                    for b3 in l4 {
                        let answers: Vec<(&str, &str)> = [
                            ("A.1", a1),
                            ("A.2", a2),
                            ("B.1", b1),
                            ("B.2", b2),
                            ("B.3", b3),
                        ]
                        .into_iter()
                        .filter(|(_, l)| !l.is_empty())
                        .collect();
                        let mut a = base.clone();
                        a.answers = answers
                            .iter()
                            .map(|(id, l)| (id.to_string(), Answer::new(Choice::parse(l))))
                            .collect();
                        let s = score::score(&g, &a);
                        for rule in &kinds {
                            let failed = check(&g, rule, &s).is_some();
                            assert_eq!(failed, shortfall(rule, &s) > 0.0, "{rule:?} {answers:?}");
                        }
                        let v = evaluate(&g, &a, &s).unwrap();
                        assert!(v.met || v.steps_suffice, "{answers:?}: {:?}", v.failures);
                        if !v.met {
                            assert_steps_work(&g, &a, &v);
                        }
                        met += usize::from(v.met);
                    }
                }
            }
        }
    }
    assert!(met > 0);
}
