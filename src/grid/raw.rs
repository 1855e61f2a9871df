//! The grid file as written (`aqor-grid/1`), with positions: what serde reads and
//! what `aqor grid schema` describes. The loader turns it into the checked model.

use crate::diagnostic::Pos;
use crate::text::Text;
use schemars::JsonSchema;
use serde::Deserialize;
use std::borrow::Cow;

/// The only grid format this version reads.
pub const FORMAT: &str = "aqor-grid/1";

/// The id grammar of criteria, indicators, scales, levels and profiles, as a JSON
/// Schema pattern: ASCII letters, digits, '.', '-' and '_', at least one.
pub const ID_PATTERN: &str = "^[A-Za-z0-9._-]+$";

/// Columns of a campaign file other than indicator ids: no indicator may be named so.
pub const RESERVED_COLUMNS: &[&str] = &[
    "structure_id",
    "structure_name",
    "network",
    "territory",
    "assessor",
    "date",
    "grid",
    "campaign",
    "school_year",
    "respondent",
    "role",
    "profiles",
];

/// A value with the line and column it was written at.
pub(crate) struct S<T> {
    pub value: T,
    pub at: Pos,
}

/// Read from the grid's node tree, which hands over the position first
/// ([`super::node_de::SPANNED`]).
impl<'de, T: Deserialize<'de>> Deserialize<'de> for S<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
            type Value = S<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a value with its position")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<S<T>, A::Error> {
                let missing = || serde::de::Error::custom("a position and a value");
                let line = seq.next_element()?.ok_or_else(missing)?;
                let col = seq.next_element()?.ok_or_else(missing)?;
                let value = seq.next_element()?.ok_or_else(missing)?;
                Ok(S {
                    value,
                    at: Pos::new(line, col),
                })
            }
        }
        d.deserialize_newtype_struct(super::node_de::SPANNED, Visit(std::marker::PhantomData))
    }
}

/// In the schema a positioned value is just the value.
impl<T: JsonSchema> JsonSchema for S<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        g.subschema_for::<T>()
    }
}

/// A quality-indicator grid (format `aqor-grid/1`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Grid")]
pub(crate) struct RawGrid {
    /// File format: always `aqor-grid/1`.
    pub format: S<String>,
    /// Stable id: lowercase letters, digits and '-'.
    pub id: S<String>,
    /// Semver of the content (MAJOR.MINOR.PATCH).
    pub version: S<String>,
    /// Languages the grid is written in; the first is the default.
    pub languages: S<Vec<S<String>>>,
    /// The grid's name, by language.
    pub title: S<Text>,
    /// What the grid is for, by language.
    pub description: Option<S<Text>>,
    /// Where the content comes from (document, year).
    pub source: Option<String>,
    /// Scales indicators are scored on; at least one.
    pub scales: S<Vec<RawScale>>,
    /// Criteria, each holding indicators; at least one.
    pub criteria: S<Vec<RawCriterion>>,
    /// Kinds of structure the grid distinguishes (see `applies_to`).
    #[serde(default)]
    pub profiles: Vec<RawProfile>,
    /// When a structure earns the grid's label.
    pub recognition: Option<RawRecognition>,
}

/// Ordered levels an indicator is scored on.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Scale")]
pub(crate) struct RawScale {
    /// Unique among scales; indicators name it in `scale`.
    pub id: S<String>,
    /// Whether "not applicable" (`na`) is an allowed answer.
    #[serde(default)]
    pub allow_na: bool,
    /// Lowest first, with increasing scores; at least two.
    pub levels: S<Vec<RawLevel>>,
}

/// One answer a scale offers.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Level")]
pub(crate) struct RawLevel {
    /// Level id as answers give it, e.g. "2" (quote digits).
    pub id: S<String>,
    /// Points of an answer at this level; higher than the level before.
    pub score: S<f64>,
    /// The level's name, by language.
    pub label: S<Text>,
    /// What an answer at this level means, by language.
    pub description: Option<S<Text>>,
}

/// A part of the grid, scored from its indicators.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Criterion")]
pub(crate) struct RawCriterion {
    /// Unique in the grid.
    pub id: S<String>,
    /// The criterion's name, by language.
    pub title: S<Text>,
    /// Weight in the overall score; default 1, >= 0.
    pub weight: Option<S<f64>>,
    /// At least one.
    pub indicators: S<Vec<RawIndicator>>,
}

/// One question a structure answers with a level of a scale.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Indicator")]
pub(crate) struct RawIndicator {
    /// Unique in the grid; not a campaign column's name.
    pub id: S<String>,
    /// The indicator's name, by language.
    pub title: S<Text>,
    /// What the assessor should look at.
    pub guidance: Option<S<Text>>,
    /// Examples of proof.
    #[serde(default)]
    pub evidence: Vec<S<Text>>,
    /// Id of a scale of this grid.
    pub scale: S<String>,
    /// Weight in its criterion; default 1, >= 0.
    pub weight: Option<S<f64>>,
    /// A level id of the scale; default: the top level.
    pub target: Option<S<String>>,
    /// Suggested improvement actions.
    #[serde(default)]
    pub actions: Vec<RawAction>,
    /// Ids this indicator had in earlier versions (used by `aqor migrate`).
    #[serde(default)]
    pub replaces: Vec<S<String>>,
    /// Only for structures with one of these profiles (default: all).
    #[serde(default)]
    pub applies_to: Vec<S<String>>,
}

/// An action offered when the answer is below level `below`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Action")]
pub(crate) struct RawAction {
    /// A level id of the indicator's scale: the action is offered below it.
    pub below: S<String>,
    /// What to do, by language.
    pub text: S<Text>,
}

/// A kind of structure (see `applies_to`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Profile")]
pub(crate) struct RawProfile {
    /// Unique among profiles; structures declare it, `applies_to` names it.
    pub id: S<String>,
    /// The profile's name, by language.
    pub label: S<Text>,
}

/// The grid's label and when a structure earns it.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Recognition")]
pub(crate) struct RawRecognition {
    /// The label's name, by language.
    pub label: S<Text>,
    /// Rules every structure must meet; at least one.
    pub rules: S<Vec<S<RawRule>>>,
    /// Further rules for structures of some profiles only.
    #[serde(default)]
    pub profile_rules: Vec<RawRuleset>,
}

/// Rules that only structures of some profiles must also meet.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Ruleset")]
pub(crate) struct RawRuleset {
    /// Profile ids of the grid; the rules apply to a structure declaring one of them.
    pub applies_to: S<Vec<S<String>>>,
    /// At least one.
    pub rules: S<Vec<S<RawRule>>>,
}

/// One condition of the grid's label.
#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[schemars(rename = "Rule")]
pub(crate) enum RawRule {
    /// Overall score >= this percentage.
    MinOverall(S<f64>),
    /// Every criterion >= this percentage.
    MinCriterion(S<f64>),
    /// Coverage >= this percentage.
    MinCoverage(S<f64>),
    /// At most this many indicators below their target.
    MaxBelowTarget(S<i64>),
    /// No answer at any of these level ids.
    NoLevel(Vec<S<String>>),
    /// At most `count` answers at level `level`.
    MaxLevelCount {
        /// A level id of a scale of the grid.
        level: S<String>,
        /// How many answers at that level are allowed.
        count: S<i64>,
    },
    /// These indicators must reach their target.
    AtTarget(Vec<S<String>>),
}

/// The JSON Schema of `aqor-grid/1`, derived from the types above, with the value
/// constraints the loader checks and a schema can say (`refine`).
pub fn json_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(RawGrid);
    schema.insert("title".into(), "aqor-grid/1".into());
    let mut value = schema.to_value();
    refine(&mut value);
    value
}

/// Adds to the derived schema what serde's types cannot say: id grammar, list
/// lengths, number ranges, the format constant and the schema's own `$id`.
fn refine(schema: &mut serde_json::Value) {
    use serde_json::json;
    let id = json!({"pattern": ID_PATTERN});
    let percent = json!({"minimum": 0, "maximum": 100});
    let count = json!({"minimum": 0, "maximum": u32::MAX});
    let at_least = |n: u32| json!({"minItems": n});
    let language = json!({"pattern": "^[a-z]{2,3}$"});
    let constraints = [
        ("", json!({"$id": "urn:aqor:schema:aqor-grid-1"})),
        ("/properties/format", json!({"const": FORMAT})),
        ("/properties/id", json!({"pattern": "^[a-z0-9][a-z0-9-]*$"})),
        (
            "/properties/version",
            json!({"pattern": "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"}),
        ),
        (
            "/properties/languages",
            json!({"minItems": 1, "uniqueItems": true}),
        ),
        ("/properties/languages/items", language),
        ("/properties/scales", at_least(1)),
        ("/properties/criteria", at_least(1)),
        ("/$defs/Scale/properties/id", id.clone()),
        ("/$defs/Scale/properties/levels", at_least(2)),
        (
            "/$defs/Level/properties/id",
            json!({"pattern": ID_PATTERN, "not": {"const": "na"}}),
        ),
        ("/$defs/Criterion/properties/id", id.clone()),
        ("/$defs/Criterion/properties/weight", json!({"minimum": 0})),
        ("/$defs/Criterion/properties/indicators", at_least(1)),
        (
            "/$defs/Indicator/properties/id",
            json!({"pattern": ID_PATTERN, "not": {"enum": RESERVED_COLUMNS}}),
        ),
        ("/$defs/Indicator/properties/weight", json!({"minimum": 0})),
        ("/$defs/Profile/properties/id", id.clone()),
        ("/$defs/Recognition/properties/rules", at_least(1)),
        ("/$defs/Ruleset/properties/applies_to", at_least(1)),
        ("/$defs/Ruleset/properties/applies_to/items", id.clone()),
        ("/$defs/Ruleset/properties/rules", at_least(1)),
        ("/$defs/Indicator/properties/applies_to/items", id),
        (
            "/$defs/Rule/oneOf/0/properties/min_overall",
            percent.clone(),
        ),
        (
            "/$defs/Rule/oneOf/1/properties/min_criterion",
            percent.clone(),
        ),
        ("/$defs/Rule/oneOf/2/properties/min_coverage", percent),
        (
            "/$defs/Rule/oneOf/3/properties/max_below_target",
            count.clone(),
        ),
        (
            "/$defs/Rule/oneOf/5/properties/max_level_count/properties/count",
            count,
        ),
    ];
    // A rule's one key says what its variant says.
    let rules = schema
        .pointer_mut("/$defs/Rule/oneOf")
        .and_then(serde_json::Value::as_array_mut);
    for variant in rules.into_iter().flatten() {
        let said = variant["description"].clone();
        for (_, property) in variant["properties"].as_object_mut().into_iter().flatten() {
            property["description"] = said.clone();
        }
    }
    for (pointer, extra) in constraints {
        let target = schema
            .pointer_mut(pointer)
            .and_then(serde_json::Value::as_object_mut)
            .unwrap_or_else(|| panic!("schema has no {pointer}"));
        for (k, v) in extra.as_object().into_iter().flatten() {
            target.insert(k.clone(), v.clone());
        }
    }
}
