//! The JSON Schema of grids (`schemas/aqor-grid-1.schema.json`, what `aqor grid schema`
//! prints) against the loader: an independent validator (the `jsonschema` crate) and the
//! loader agree on a corpus of good
//! and bad grids wherever a schema can decide, and every property of the schema says
//! what it is for.

mod common;
use serde_json::Value;

const FIX: &str = "tests/fixtures/grid";

/// What the loader and the schema should say of a grid.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Verdict {
    /// Both accept it.
    Good,
    /// Both refuse it.
    Bad,
    /// Only the loader refuses it: what is wrong (a duplicate id, a reference to
    /// nothing, an order of scores) is beyond what a schema says.
    Semantic,
}

/// The verdict of an independent validator (the `jsonschema` crate, draft 2020-12) on
/// each instance against `aqor grid schema`.
fn validate(instances: &[Value]) -> Vec<bool> {
    let out = common::run(&["grid", "schema"], |_| {});
    assert_eq!(out.code, 0, "{}", out.stderr);
    let schema: Value = serde_json::from_str(&out.stdout).unwrap();
    let validator = jsonschema::draft202012::new(&schema).expect("aqor's schema compiles");
    instances.iter().map(|i| validator.is_valid(i)).collect()
}

/// `small.yaml` with `from` replaced by `to` (which must be there).
fn small(from: &str, to: &str) -> String {
    let src = std::fs::read_to_string(format!("{FIX}/small.yaml")).unwrap();
    assert!(src.contains(from), "{from:?} not in small.yaml");
    src.replacen(from, to, 1)
}

/// The corpus: (name, grid text, verdict).
fn corpus() -> Vec<(String, String, Verdict)> {
    use Verdict::*;
    let mut out: Vec<(String, String, Verdict)> = Vec::new();
    for (id, _, src) in aqor::grid::builtin::SOURCES {
        out.push((format!("built-in {id}"), src.to_string(), Good));
    }
    for f in ["small", "profiles", "demo-1.0", "demo-1.1", "demo-2.0"] {
        let text = std::fs::read_to_string(format!("{FIX}/{f}.yaml")).unwrap();
        out.push((f.to_string(), text, Good));
    }
    let rule = "recognition:\n  label: {fr: L, en: L}\n  rules:\n";
    let edits: &[(&str, &str, &str, Verdict)] = &[
        ("weight 1.5", "weight: 2", "weight: 1.5", Good),
        ("allow_na false", "allow_na: true", "allow_na: false", Good),
        ("format", "aqor-grid/1", "aqor-grid/2", Bad),
        ("grid id", "id: small", "id: Small_Grid", Bad),
        ("version", "version: 1.0.0", "version: 1.0", Bad),
        ("no language", "languages: [fr, en]", "languages: []", Bad),
        (
            "language twice",
            "languages: [fr, en]",
            "languages: [fr, fr]",
            Bad,
        ),
        (
            "language form",
            "languages: [fr, en]",
            "languages: [fr, EN]",
            Bad,
        ),
        ("id with a space", "- id: C1.2", "- id: C1 2", Bad),
        ("id with ;", "- id: C1.2", "- id: \"C1;2\"", Bad),
        ("id with :", "- id: C1.2", "- id: \"C1.2:comment\"", Bad),
        ("empty id", "- id: C1.2", "- id: \"\"", Bad),
        ("reserved id", "- id: C1.2", "- id: date", Bad),
        ("na level", "{id: \"3\", score: 3", "{id: na, score: 3", Bad),
        ("negative weight", "weight: 2", "weight: -1", Bad),
        ("weight as text", "weight: 2", "weight: two", Bad),
        ("unknown key", "source:", "sources:", Bad),
        (
            "missing title",
            "title: {fr: \"Petite grille\", en: \"Small grid\"}\n",
            "",
            Bad,
        ),
        ("no scale", "scales:\n", "scales: []\nunused:\n", Bad),
        (
            "one level",
            "      - {id: \"1\", score: 1, label: {fr: \"En cours\", en: \"In progress\"}}\n      - {id: \"2\", score: 2, label: {fr: \"Réalisé\", en: \"Done\"}}\n      - {id: \"3\", score: 3, label: {fr: \"Maîtrisé\", en: \"Mastered\"}}\n",
            "",
            Bad,
        ),
        ("duplicate id", "- id: C1.2", "- id: C1.1", Semantic),
        (
            "unknown scale",
            "        scale: level4\n        target: \"1\"",
            "        scale: level5\n        target: \"1\"",
            Semantic,
        ),
        (
            "target not a level",
            "target: \"2\"",
            "target: \"7\"",
            Semantic,
        ),
        ("scores not increasing", "score: 3", "score: 1", Semantic),
        (
            "no default-language text",
            "title: {fr: \"Partenariats\", en: \"Partnerships\"}",
            "title: {en: \"Partnerships\"}",
            Semantic,
        ),
    ];
    for (name, from, to, verdict) in edits {
        out.push((name.to_string(), small(from, to), *verdict));
    }
    let rules: &[(&str, &str, Verdict)] = &[
        (
            "rules",
            "    - min_overall: 70\n    - {max_level_count: {level: \"0\", count: 1}}\n",
            Good,
        ),
        ("rules empty", "    []\n", Bad),
        ("percentage over 100", "    - min_overall: 150\n", Bad),
        ("negative count", "    - max_below_target: -1\n", Bad),
        ("fraction count", "    - max_below_target: 1.5\n", Bad),
        (
            "two conditions",
            "    - {min_overall: 70, min_coverage: 80}\n",
            Bad,
        ),
        ("unknown condition", "    - min_overal: 70\n", Bad),
        ("unknown level", "    - no_level: [\"9\"]\n", Semantic),
        ("unknown indicator", "    - at_target: [C9.9]\n", Semantic),
    ];
    for (name, rules, verdict) in rules {
        let text = small("source:", "source: x\nx_:").replace("x_: \"aqor test fixture\"\n", "");
        out.push((name.to_string(), format!("{text}{rule}{rules}"), *verdict));
    }
    for e in std::fs::read_dir(format!("{FIX}/bad")).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let semantic = [
            "bad-target",
            "duplicate-id",
            "missing-default-text",
            "profiles",
            "unknown-scale",
        ];
        let verdict = if semantic.contains(&name.as_str()) {
            Semantic
        } else {
            Bad
        };
        out.push((
            format!("bad/{name}"),
            std::fs::read_to_string(&path).unwrap(),
            verdict,
        ));
    }
    out
}

#[test]
fn schema_and_loader_agree() {
    let corpus = corpus();
    // A file YAML itself refuses (a duplicate key) never reaches a schema: it stands
    // for a file the schema refuses too (its key would be there twice).
    let values: Vec<Option<Value>> = corpus
        .iter()
        .map(|(_, text, _)| serde_saphyr::from_str(text).ok())
        .collect();
    let readable: Vec<Value> = values.iter().flatten().cloned().collect();
    let mut verdicts = validate(&readable).into_iter();
    let mut wrong = Vec::new();
    for ((name, text, verdict), value) in corpus.iter().zip(&values) {
        let loader = aqor::grid::parse(text, name).is_ok();
        let schema = match value {
            Some(_) => verdicts.next().unwrap(),
            None => false,
        };
        let expected = match verdict {
            Verdict::Good => (true, true),
            Verdict::Bad => (false, false),
            Verdict::Semantic => (false, true),
        };
        if (loader, schema) != expected {
            wrong.push(format!(
                "{name}: loader accepts: {loader}, schema accepts: {schema}, expected {verdict:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every property says what it is for, in the schema editors show as you type.
#[test]
fn every_property_is_described() {
    let text = std::fs::read_to_string("schemas/aqor-grid-1.schema.json").unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(schema["$id"], "urn:aqor:schema:aqor-grid-1");
    assert_eq!(schema["properties"]["format"]["const"], "aqor-grid/1");
    fn walk(v: &Value, at: String, missing: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    for (key, p) in props {
                        if p.get("description").is_none() {
                            missing.push(format!("{at}/properties/{key}"));
                        }
                    }
                }
                for (k, child) in map {
                    walk(child, format!("{at}/{k}"), missing);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, format!("{at}/{i}"), missing);
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(&schema, String::new(), &mut missing);
    assert!(missing.is_empty(), "no description: {missing:?}");
}
