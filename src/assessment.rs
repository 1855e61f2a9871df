//! One structure's answers to one grid version on one date (`aqor-assessment/1`).

use crate::diagnostic::{Diagnostic, Pos, Severity, did_you_mean};
use crate::grid::{Grid, Scale};
use crate::i18n::{Arg, Message};
use crate::msg;
use chrono::NaiveDate;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "aqor-assessment/1";
pub use crate::grid::NA;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub format: String,
    pub grid: GridRef,
    pub structure: Structure,
    #[serde(deserialize_with = "crate::date::deserialize")]
    pub date: NaiveDate,
    /// The campaign it belongs to (`2025-2026`), when the file names one; otherwise
    /// the period its date falls in (see [`crate::campaign::Period`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<String>,
    /// Whose answers these are when a group self-assesses (each member answers
    /// alone, then `aqor consensus` brings the answers together; docs/consensus.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Set on a consensus draft or record: how it was made and from whose answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consensus: Option<Consensus>,
    /// The language (fr, en, it, es, pl) the answers were given in: `aqor assess`
    /// resumes in it, and `score` and `plan` speak it unless told otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// By indicator id, in the order they were given; a missing id is unanswered.
    #[serde(default)]
    pub answers: IndexMap<String, Answer>,
}

/// Which grid version the answers were given to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GridRef {
    pub id: String,
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territory: Option<String>,
    /// Profile ids of the grid this structure has (e.g. `cfa`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub level: Choice,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// 1..4: how much this indicator matters to the public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<PlannedAction>,
    /// A consensus draft's mark: the respondents disagree here (split), the meeting decides.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub discuss: bool,
    /// Why the group agreed on this level (recorded by `aqor assess --consensus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<String>,
    /// Provenance in a consensus file: each respondent's own answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<Vote>,
}

/// Who a respondent speaks for in a group self-assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Team,
    Management,
    Partner,
    User,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Team, Role::Management, Role::Partner, Role::User];

    /// `team`, `management`, `partner` or `user`, whatever the case and blanks around it.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        Role::ALL
            .into_iter()
            .find(|r| r.id().eq_ignore_ascii_case(s))
    }

    pub fn id(self) -> &'static str {
        match self {
            Role::Team => "team",
            Role::Management => "management",
            Role::Partner => "partner",
            Role::User => "user",
        }
    }
}

/// One respondent's answer to an indicator, kept in a consensus file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    pub respondent: String,
    /// `None`: the respondent left the indicator unanswered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Choice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<u8>,
    /// The action the respondent proposed: the meeting decides which to plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<PlannedAction>,
}

/// How a consensus file was made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consensus {
    /// `median` (docs/consensus.md: the lower middle level for an even count).
    pub method: String,
    /// Every respondent whose answers it brings together, in input order.
    pub respondents: Vec<RespondentRef>,
}

/// A respondent of a consensus file: who, in which role, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RespondentRef {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// When the respondent answered.
    #[serde(deserialize_with = "crate::date::deserialize")]
    pub date: NaiveDate,
}

/// A level id of the indicator's scale, or "not applicable".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Choice {
    Level(String),
    Na,
}

/// What the structure commits to do about an indicator.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlannedAction {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::date::deserialize_opt"
    )]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ActionStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    Todo,
    Doing,
    Done,
}

impl ActionStatus {
    /// `todo`, `doing` or `done`, whatever the case and blanks around it.
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "todo" => Some(ActionStatus::Todo),
            "doing" => Some(ActionStatus::Doing),
            "done" => Some(ActionStatus::Done),
            _ => None,
        }
    }
}

impl Answer {
    /// An answer with a level (or `na`) and nothing else.
    pub fn new(level: Choice) -> Self {
        Answer {
            level,
            comment: None,
            evidence: None,
            importance: None,
            action: None,
            discuss: false,
            agreed: None,
            votes: Vec::new(),
        }
    }
}

impl Choice {
    /// Reads what a user or a spreadsheet cell wrote: `na` (any case) or a level id.
    pub fn parse(s: &str) -> Choice {
        let s = s.trim();
        if s.eq_ignore_ascii_case(NA) {
            Choice::Na
        } else {
            Choice::Level(s.to_string())
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Choice::Level(l) => l,
            Choice::Na => NA,
        }
    }
}

impl Serialize for Choice {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Choice {
    /// Accepts `"2"`, `2`, `na` and plain `yes`/`no`: asking for a string keeps the
    /// scalar's own text, so YAML 1.1 booleans and numbers stay level ids.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct LevelId;
        impl serde::de::Visitor<'_> for LevelId {
            type Value = Choice;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a level id of the indicator's scale, or na")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Choice, E> {
                Ok(Choice::parse(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Choice, E> {
                Ok(Choice::Level(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Choice, E> {
                Ok(Choice::Level(v.to_string()))
            }
        }
        d.deserialize_str(LevelId)
    }
}

impl Assessment {
    /// An empty assessment of `grid` for a structure, dated `date`.
    pub fn new(grid: &Grid, structure: Structure, date: NaiveDate) -> Self {
        Assessment {
            format: FORMAT.to_string(),
            grid: GridRef {
                id: grid.id.clone(),
                version: grid.version.to_string(),
                sha256: Some(grid.sha256.clone()),
            },
            structure,
            date,
            campaign: None,
            assessor: None,
            respondent: None,
            role: None,
            consensus: None,
            language: None,
            answers: IndexMap::new(),
        }
    }

    pub fn choice(&self, indicator: &str) -> Option<&Choice> {
        self.answers.get(indicator).map(|a| &a.level)
    }
}

/// What "not applicable" is typed as, beyond `na` (folded by [`crate::text::fold`]).
const NA_WORDS: [&str; 9] = [
    "n/a",
    "n.a.",
    "not applicable",
    "non applicable",
    "non applicabile",
    "no aplicable",
    "nie dotyczy",
    "sans objet",
    "s.o.",
];

/// Reads a level as people type it: a level id, or a level's label in any of the
/// grid's languages, or `na`/`N/A`/`Non applicable`, whatever the case, accents and
/// blanks around it. `None` when nothing matches (the caller keeps the text, which
/// [`check_answer`] refuses with the levels written out).
pub fn read_level(scale: &Scale, cell: &str) -> Option<Choice> {
    let cell = cell.trim();
    if let Some(l) = scale.level(cell) {
        return Some(Choice::Level(l.id.clone()));
    }
    let key = crate::text::fold(cell);
    if key == NA || NA_WORDS.contains(&key.as_str()) {
        return Some(Choice::Na);
    }
    scale
        .levels
        .iter()
        .find(|l| {
            crate::text::fold(&l.id) == key
                || l.label.0.values().any(|t| crate::text::fold(t) == key)
        })
        .map(|l| Choice::Level(l.id.clone()))
}

/// "“Realisee” is not a level; allowed: 0 Non engagé, 1 En cours, …, na; did you mean …?"
fn not_a_level(grid: &Grid, scale: &Scale, typed: &str) -> Message {
    // The levels with their labels in each of the grid's languages: said in the
    // reader's, else the grid's default one.
    let allowed_in = |lang: &str| {
        let mut allowed: Vec<String> = scale
            .levels
            .iter()
            .map(|l| format!("{} {}", l.id, grid.text(&l.label, lang)))
            .collect();
        if scale.allow_na {
            allowed.push(NA.to_string());
        }
        allowed.join(", ")
    };
    let allowed = crate::text::Text(
        grid.languages
            .iter()
            .map(|lang| (lang.clone(), allowed_in(lang)))
            .collect(),
    );
    let key = crate::text::fold(typed);
    // The closest id or label, in any of the grid's languages: "2 Réalisé".
    let close = scale
        .levels
        .iter()
        .flat_map(|l| {
            let labels = l
                .label
                .0
                .values()
                .map(|t| (t.as_str(), format!("{} {t}", l.id)));
            std::iter::once((l.id.as_str(), l.id.clone())).chain(labels)
        })
        .map(|(t, shown)| (strsim::jaro_winkler(&key, &crate::text::fold(t)), shown))
        .filter(|(s, _)| *s > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, shown)| shown);
    let hint: Arg = match close {
        Some(level) => msg!(WORDS, "did_you_mean", level = level).into(),
        None => "".into(),
    };
    msg!(
        WORDS,
        "not_a_level",
        // Control characters stay visible (`\0`, `\t`) inside the quotation marks.
        typed = crate::text::visible(typed),
        allowed = Arg::Texts(allowed, grid.default_language().to_string()),
        hint = hint
    )
}

/// An unknown profile, with the grid's profiles.
pub(crate) fn unknown_profile(grid: &Grid, profile: &str) -> Message {
    let ids: Vec<&str> = grid.profiles.iter().map(|q| q.id.as_str()).collect();
    msg!(
        WORDS,
        "unknown_profile",
        profile = profile,
        grid = &grid.id,
        ids = ids.join(", ")
    )
}

/// Messages about answers (en, fr, it, es, pl).
pub const WORDS: crate::i18n::Catalogue = &[
    (
        "votes_without_consensus",
        [
            "votes, discuss or agreed belong to a consensus file, and this one has no `consensus:`; make the draft with `aqor consensus`",
            "votes, discuss ou agreed appartiennent à un fichier de consensus, et celui-ci n’a pas de `consensus:`\u{202f}; faites le brouillon avec `aqor consensus`",
            "votes, discuss o agreed appartengono a un file di consenso, e questo non ha `consensus:`; fate la bozza con `aqor consensus`",
            "votes, discuss o agreed pertenecen a un archivo de consenso, y este no tiene `consensus:`; hagan el borrador con `aqor consensus`",
            "votes, discuss lub agreed należą do pliku konsensusu, a ten nie ma `consensus:`; przygotuj projekt poleceniem `aqor consensus`",
        ],
    ),
    (
        "still_to_discuss",
        [
            "still marked to discuss: the group has not agreed yet; record the agreed level with `aqor assess FILE --consensus`",
            "encore à discuter\u{202f}: le groupe ne s’est pas encore accordé\u{202f}; enregistrez le niveau retenu avec `aqor assess FICHIER --consensus`",
            "ancora da discutere: il gruppo non si è ancora accordato; registrate il livello concordato con `aqor assess FILE --consensus`",
            "aún por discutir: el grupo todavía no se ha puesto de acuerdo; registren el nivel acordado con `aqor assess ARCHIVO --consensus`",
            "nadal do omówienia: grupa jeszcze się nie porozumiała; zapiszcie uzgodniony poziom poleceniem `aqor assess PLIK --consensus`",
        ],
    ),
    (
        "unknown_voter",
        [
            "a vote of {respondent:q}, who is not among the respondents of `consensus:` ({listed})",
            "un vote de {respondent:q}, qui n’est pas parmi les répondants de `consensus:` ({listed})",
            "un voto di {respondent:q}, che non è tra i rispondenti di `consensus:` ({listed})",
            "un voto de {respondent:q}, que no está entre los encuestados de `consensus:` ({listed})",
            "głos {respondent:q}, którego nie ma wśród respondentów `consensus:` ({listed})",
        ],
    ),
    (
        "empty_respondent",
        [
            "respondent is empty; write whose answers these are, or remove the line",
            "respondent est vide\u{202f}; indiquez de qui sont ces réponses, ou supprimez la ligne",
            "respondent è vuoto; scrivete di chi sono queste risposte, o togliete la riga",
            "respondent está vacío; escriban de quién son estas respuestas, o quiten la línea",
            "respondent jest pusty; wpiszcie, czyje to odpowiedzi, albo usuńcie wiersz",
        ],
    ),
    (
        "role_without_respondent",
        [
            "a role without a respondent; write whose answers these are in `respondent:`",
            "un rôle sans répondant\u{202f}; indiquez dans `respondent:` de qui sont ces réponses",
            "un ruolo senza rispondente; scrivete in `respondent:` di chi sono queste risposte",
            "un rol sin encuestado; escriban en `respondent:` de quién son estas respuestas",
            "rola bez respondenta; wpiszcie w `respondent:`, czyje to odpowiedzi",
        ],
    ),
    (
        "not_a_level",
        [
            "{typed:q} is not a level; allowed: {allowed}{hint}",
            "{typed:q} n’est pas un niveau\u{202f}; possibles\u{202f}: {allowed}{hint}",
            "{typed:q} non è un livello; ammessi: {allowed}{hint}",
            "{typed:q} no es un nivel; admitidos: {allowed}{hint}",
            "{typed:q} nie jest poziomem; dozwolone: {allowed}{hint}",
        ],
    ),
    (
        "did_you_mean",
        [
            "; did you mean {level}?",
            "\u{202f}; vouliez-vous dire {level}\u{202f}?",
            "; forse intendevate {level}?",
            "; ¿querían decir {level}?",
            "; czy chodziło o {level}?",
        ],
    ),
    (
        "bad_format",
        [
            "format {format:q} is not one aqor reads; expected {expected:q}",
            "le format {format:q} n’est pas un format que lit aqor\u{202f}; attendu {expected:q}",
            "il formato {format:q} non è uno di quelli che aqor legge; atteso {expected:q}",
            "el formato {format:q} no es uno que aqor lea; se espera {expected:q}",
            "format {format:q} nie jest formatem czytanym przez aqor; oczekiwano {expected:q}",
        ],
    ),
    (
        "other_grid",
        [
            "this assessment answers grid {answered:q}, not {grid:q}",
            "cette évaluation répond à la grille {answered:q}, pas à {grid:q}",
            "questa valutazione risponde alla griglia {answered:q}, non a {grid:q}",
            "esta evaluación responde al referencial {answered:q}, no a {grid:q}",
            "ta ocena odpowiada na siatkę {answered:q}, a nie {grid:q}",
        ],
    ),
    (
        "other_version",
        [
            "this assessment answers {id} {version}, not version {want}{hint}",
            "cette évaluation répond à {id} {version}, pas à la version {want}{hint}",
            "questa valutazione risponde a {id} {version}, non alla versione {want}{hint}",
            "esta evaluación responde a {id} {version}, no a la versión {want}{hint}",
            "ta ocena odpowiada na {id} {version}, a nie na wersję {want}{hint}",
        ],
    ),
    (
        "migrate_hint",
        [
            "; carry it over with `aqor migrate {file} --to {grid}`",
            "\u{202f}; reportez-la avec `aqor migrate {file} --to {grid}`",
            "; riportatela con `aqor migrate {file} --to {grid}`",
            "; trasládenla con `aqor migrate {file} --to {grid}`",
            "; przenieście ją poleceniem `aqor migrate {file} --to {grid}`",
        ],
    ),
    (
        "grid_changed",
        [
            "grid {grid} changed without a new version: the assessment was made with content sha256 {sha}, the grid now has {now}; give the changed grid a new version",
            "la grille {grid} a changé sans nouvelle version\u{202f}: l’évaluation a été faite avec le contenu sha256 {sha}, la grille a maintenant {now}\u{202f}; donnez une nouvelle version à la grille modifiée",
            "la griglia {grid} è cambiata senza una nuova versione: la valutazione è stata fatta con il contenuto sha256 {sha}, la griglia ora ha {now}; date una nuova versione alla griglia modificata",
            "el referencial {grid} cambió sin una nueva versión: la evaluación se hizo con el contenido sha256 {sha}, el referencial tiene ahora {now}; den una nueva versión al referencial modificado",
            "siatka {grid} zmieniła się bez nowej wersji: ocenę wykonano przy treści sha256 {sha}, a siatka ma teraz {now}; nadaj zmienionej siatce nową wersję",
        ],
    ),
    (
        "no_structure_id",
        [
            "structure.id is empty; every assessment needs the structure's id",
            "structure.id est vide\u{202f}; toute évaluation a besoin de l’identifiant de la structure",
            "structure.id è vuoto; ogni valutazione richiede l’identificativo della struttura",
            "structure.id está vacío; toda evaluación necesita el identificador de la estructura",
            "structure.id jest pusty; każda ocena potrzebuje identyfikatora podmiotu",
        ],
    ),
    (
        "unknown_profile",
        [
            "unknown profile {profile:q}; profiles of {grid}: {ids}",
            "profil inconnu {profile:q}\u{202f}; profils de {grid}\u{202f}: {ids}",
            "profilo sconosciuto {profile:q}; profili di {grid}: {ids}",
            "perfil desconocido {profile:q}; perfiles de {grid}: {ids}",
            "nieznany profil {profile:q}; profile {grid}: {ids}",
        ],
    ),
    (
        "unknown_profile_close",
        [
            "unknown profile {profile:q}; did you mean {close:q}?",
            "profil inconnu {profile:q}\u{202f}; vouliez-vous dire {close:q}\u{202f}?",
            "profilo sconosciuto {profile:q}; forse intendevate {close:q}?",
            "perfil desconocido {profile:q}; ¿querían decir {close:q}?",
            "nieznany profil {profile:q}; czy chodziło o {close:q}?",
        ],
    ),
    (
        "nothing_applies_row",
        [
            "no indicator of {grid} applies to this structure; give its profiles in the `profiles` column: {ids}",
            "aucun indicateur de {grid} ne s’applique à cette structure\u{202f}; indiquez ses profils dans la colonne `profiles`\u{202f}: {ids}",
            "nessun indicatore di {grid} si applica a questa struttura; indicate i suoi profili nella colonna `profiles`: {ids}",
            "ningún indicador de {grid} se aplica a esta estructura; indiquen sus perfiles en la columna `profiles`: {ids}",
            "żaden wskaźnik {grid} nie dotyczy tego podmiotu; podaj jego profile w kolumnie `profiles`: {ids}",
        ],
    ),
    (
        "nothing_applies",
        [
            "no indicator of {grid} applies to this structure; declare its profiles in structure.profiles: {ids}",
            "aucun indicateur de {grid} ne s’applique à cette structure\u{202f}; déclarez ses profils dans structure.profiles\u{202f}: {ids}",
            "nessun indicatore di {grid} si applica a questa struttura; dichiarate i suoi profili in structure.profiles: {ids}",
            "ningún indicador de {grid} se aplica a esta estructura; declaren sus perfiles en structure.profiles: {ids}",
            "żaden wskaźnik {grid} nie dotyczy tego podmiotu; zadeklaruj jego profile w structure.profiles: {ids}",
        ],
    ),
    (
        "answer_finding",
        [
            "{indicator}: {text}",
            "{indicator}\u{202f}: {text}",
            "{indicator}: {text}",
            "{indicator}: {text}",
            "{indicator}: {text}",
        ],
    ),
    (
        "unknown_indicator",
        [
            "unknown indicator {id:q} in grid {grid}",
            "indicateur inconnu {id:q} dans la grille {grid}",
            "indicatore sconosciuto {id:q} nella griglia {grid}",
            "indicador desconocido {id:q} en el referencial {grid}",
            "nieznany wskaźnik {id:q} w siatce {grid}",
        ],
    ),
    (
        "unknown_indicator_close",
        [
            "unknown indicator {id:q} in grid {grid}; did you mean {close:q}?",
            "indicateur inconnu {id:q} dans la grille {grid}\u{202f}; vouliez-vous dire {close:q}\u{202f}?",
            "indicatore sconosciuto {id:q} nella griglia {grid}; forse intendevate {close:q}?",
            "indicador desconocido {id:q} en el referencial {grid}; ¿querían decir {close:q}?",
            "nieznany wskaźnik {id:q} w siatce {grid}; czy chodziło o {close:q}?",
        ],
    ),
    (
        "na_not_allowed",
        [
            "`na` is not allowed on scale {scale} ({choices})",
            "`na` n’est pas permis sur l’échelle {scale} ({choices})",
            "`na` non è ammesso sulla scala {scale} ({choices})",
            "`na` no está permitido en la escala {scale} ({choices})",
            "`na` nie jest dozwolone na skali {scale} ({choices})",
        ],
    ),
    (
        "na_without_comment",
        [
            "`na` without a comment; say why it does not apply",
            "`na` sans commentaire\u{202f}; dites pourquoi il ne s’applique pas",
            "`na` senza commento; spiegate perché non si applica",
            "`na` sin comentario; digan por qué no se aplica",
            "`na` bez komentarza; napiszcie, dlaczego nie dotyczy",
        ],
    ),
    (
        "importance_range",
        [
            "importance {importance} is out of range; use 1 to 4",
            "l’importance {importance} est hors limites\u{202f}; utilisez 1 à 4",
            "l’importanza {importance} è fuori intervallo; usate da 1 a 4",
            "la importancia {importance} está fuera de rango; usen de 1 a 4",
            "ważność {importance} jest poza zakresem; użyjcie wartości od 1 do 4",
        ],
    ),
    (
        "not_for_profiles",
        [
            "does not apply to this structure's profiles; the answer is ignored",
            "ne s’applique pas aux profils de cette structure\u{202f}; la réponse est ignorée",
            "non si applica ai profili di questa struttura; la risposta è ignorata",
            "no se aplica a los perfiles de esta estructura; la respuesta se ignora",
            "nie dotyczy profili tego podmiotu; odpowiedź jest pomijana",
        ],
    ),
];

/// An assessment read from a file, with where each answer stands in it.
#[derive(Debug, Clone)]
pub struct Located {
    pub assessment: Assessment,
    /// Line and column of each answer, by indicator id.
    pub answer_at: std::collections::HashMap<String, Pos>,
}

/// The grid id an assessment names, even when the rest of the file is wrong
/// (a bad date, an unknown key): enough to pick the grid to report against.
pub fn peek_grid_id(source: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Peek {
        grid: PeekGrid,
    }
    #[derive(Deserialize)]
    struct PeekGrid {
        id: String,
    }
    serde_saphyr::from_str_with_options::<Peek>(source, crate::yaml::yaml_options())
        .ok()
        .map(|p| p.grid.id)
}

/// The language an assessment was given in, read without checking the rest, so
/// commands can speak it by default.
pub fn peek_language(source: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Peek {
        language: Option<String>,
    }
    serde_saphyr::from_str_with_options::<Peek>(source, crate::yaml::yaml_options())
        .ok()
        .and_then(|p| p.language)
}

/// Reads an `aqor-assessment/1` YAML text. `file` names the source in findings.
pub fn parse(source: &str, file: &str) -> Result<Located, Diagnostic> {
    #[derive(Deserialize)]
    struct Positions {
        #[serde(default)]
        answers: IndexMap<String, serde_saphyr::Spanned<serde::de::IgnoredAny>>,
    }
    let opts = crate::yaml::yaml_options;
    let assessment: Assessment = serde_saphyr::from_str_with_options(source, opts())
        .map_err(|e| crate::yaml::yaml_error(&e, file))?;
    let positions: Positions = serde_saphyr::from_str_with_options(source, opts())
        .map_err(|e| crate::yaml::yaml_error(&e, file))?;
    let answer_at = positions
        .answers
        .into_iter()
        .map(|(id, s)| {
            (
                id,
                Pos::new(s.referenced.line() as u32, s.referenced.column() as u32),
            )
        })
        .collect();
    Ok(Located {
        assessment,
        answer_at,
    })
}

/// The assessment as `aqor-assessment/1` YAML; `parse` reads back the same data.
pub fn to_yaml(assessment: &Assessment) -> String {
    serde_saphyr::to_string(assessment).expect("an assessment always serializes")
}

/// Everything wrong with an assessment against the grid it claims to answer.
///
/// Errors make it unusable for scoring; warnings (an `na` without a comment, an
/// answer outside the structure's profiles) are worth fixing but do not block.
pub fn check(located: &Located, grid: &Grid, file: &str) -> Vec<Diagnostic> {
    let a = &located.assessment;
    let mut out = Vec::new();
    let top = Pos::new(1, 1);
    let error = |m: Message| Diagnostic::said(Severity::Error, file, top, m);
    if a.format != FORMAT {
        out.push(error(msg!(
            WORDS,
            "bad_format",
            format = &a.format,
            expected = FORMAT
        )));
    }
    if a.grid.id != grid.id {
        out.push(error(msg!(
            WORDS,
            "other_grid",
            answered = &a.grid.id,
            grid = &grid.id
        )));
        return out;
    }
    if a.grid.version != grid.version.to_string() {
        let older = semver::Version::parse(&a.grid.version).is_ok_and(|v| v < grid.version);
        let hint: Arg = if older {
            msg!(WORDS, "migrate_hint", file = file, grid = &grid.id).into()
        } else {
            "".into()
        };
        out.push(error(msg!(
            WORDS,
            "other_version",
            id = &a.grid.id,
            version = &a.grid.version,
            want = grid.version.to_string(),
            hint = hint
        )));
        return out;
    }
    if let Some(sha) = &a.grid.sha256
        && *sha != grid.sha256
    {
        out.push(error(msg!(
            WORDS,
            "grid_changed",
            grid = grid.label(),
            sha = sha,
            now = &grid.sha256
        )));
    }
    if a.date > crate::date::today() {
        out.push(Diagnostic::said(
            Severity::Warning,
            file,
            top,
            crate::date::future(a.date),
        ));
    }
    if a.structure.id.trim().is_empty() {
        out.push(error(msg!(WORDS, "no_structure_id")));
    }
    if a.respondent.as_deref().is_some_and(|r| r.trim().is_empty()) {
        out.push(error(msg!(WORDS, "empty_respondent")));
    }
    if a.role.is_some() && a.respondent.is_none() {
        out.push(error(msg!(WORDS, "role_without_respondent")));
    }
    for p in &a.structure.profiles {
        if !grid.profiles.iter().any(|q| &q.id == p) {
            out.push(error(unknown_profile(grid, p)));
        }
    }
    let scope = out_of_scope(grid, &a.structure.profiles, "nothing_applies");
    if let Some(m) = &scope {
        out.push(error(m.clone()));
    }
    // Once the structure is out of every indicator's scope, each answer need not say so.
    let profiles = scope.is_none().then_some(a.structure.profiles.as_slice());
    for (id, answer) in &a.answers {
        let at = located.answer_at.get(id).copied().unwrap_or(top);
        out.extend(
            check_answer(grid, id, answer, profiles)
                .into_iter()
                .chain(check_consensus(grid, a, id, answer))
                .map(|f| Diagnostic::said(f.severity, file, at, f.sentence())),
        );
    }
    out
}

/// A consensus file's marks on one answer: each vote by a respondent the file lists,
/// at a level of the scale; a `discuss` mark still there is a warning.
fn check_consensus(grid: &Grid, a: &Assessment, id: &str, answer: &Answer) -> Vec<AnswerFinding> {
    let mut out = Vec::new();
    if answer.votes.is_empty() && !answer.discuss && answer.agreed.is_none() {
        return out;
    }
    let Some(consensus) = &a.consensus else {
        out.push(AnswerFinding::error(
            id,
            msg!(WORDS, "votes_without_consensus"),
        ));
        return out;
    };
    if answer.discuss {
        out.push(AnswerFinding::warning(id, msg!(WORDS, "still_to_discuss")));
    }
    let scale = grid.indicator(id).map(|(_, i)| grid.scale_of(i));
    for v in &answer.votes {
        if !consensus.respondents.iter().any(|r| r.name == v.respondent) {
            let listed: Vec<&str> = consensus
                .respondents
                .iter()
                .map(|r| r.name.as_str())
                .collect();
            out.push(AnswerFinding::error(
                id,
                msg!(
                    WORDS,
                    "unknown_voter",
                    respondent = &v.respondent,
                    listed = listed.join(", ")
                ),
            ));
        }
        if let (Some(Choice::Level(l)), Some(scale)) = (&v.level, scale)
            && scale.level(l).is_none()
        {
            out.push(AnswerFinding::error(id, not_a_level(grid, scale, l)));
        }
    }
    out
}

/// Something wrong with one answer: an error keeps the assessment out, a warning
/// is shown and the assessment used.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerFinding {
    pub severity: Severity,
    /// The indicator answered (a campaign names it as the column).
    pub indicator: String,
    /// What is wrong, without the indicator's id.
    pub message: Message,
}

impl AnswerFinding {
    fn error(indicator: &str, message: Message) -> Self {
        AnswerFinding {
            severity: Severity::Error,
            indicator: indicator.to_string(),
            message,
        }
    }

    fn warning(indicator: &str, message: Message) -> Self {
        AnswerFinding {
            severity: Severity::Warning,
            ..Self::error(indicator, message)
        }
    }
}

impl AnswerFinding {
    /// `C1.2: …`, said later in the reader's language.
    pub fn sentence(&self) -> Message {
        msg!(
            WORDS,
            "answer_finding",
            indicator = &self.indicator,
            text = self.message.clone()
        )
    }
}

impl std::fmt::Display for AnswerFinding {
    /// In English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.sentence().fmt(f)
    }
}

/// The error of a structure no indicator applies to (every indicator needs a profile
/// it did not declare), naming the profiles to choose from; said once, by `key`'s
/// sentence (where profiles are declared differs between files and campaign rows).
pub(crate) fn out_of_scope(grid: &Grid, profiles: &[String], key: &'static str) -> Option<Message> {
    if grid.indicators().any(|(_, i)| i.applies(profiles)) {
        return None;
    }
    let ids: Vec<&str> = grid.profiles.iter().map(|q| q.id.as_str()).collect();
    Some(msg!(WORDS, key, grid = &grid.id, ids = ids.join(", ")))
}

/// Problems of one answer; shared with the campaign reader. `profiles` are the
/// structure's, `None` when its scope was already refused as a whole.
pub fn check_answer(
    grid: &Grid,
    id: &str,
    answer: &Answer,
    profiles: Option<&[String]>,
) -> Vec<AnswerFinding> {
    let Some((_, indicator)) = grid.indicator(id) else {
        let m = match did_you_mean(id, grid.indicators().map(|(_, i)| i.id.as_str())) {
            Some(close) => msg!(
                WORDS,
                "unknown_indicator_close",
                id = id,
                grid = grid.label(),
                close = close
            ),
            None => msg!(WORDS, "unknown_indicator", id = id, grid = grid.label()),
        };
        return vec![AnswerFinding::error(id, m)];
    };
    check_indicator_answer(grid, indicator, answer, profiles)
}

/// `check_answer` for an indicator already looked up: the campaign reader checks
/// every row against the same columns, so it looks each indicator up once.
pub fn check_indicator_answer(
    grid: &Grid,
    indicator: &crate::grid::Indicator,
    answer: &Answer,
    profiles: Option<&[String]>,
) -> Vec<AnswerFinding> {
    let id = indicator.id.as_str();
    let mut out = Vec::new();
    let scale = grid.scale_of(indicator);
    match &answer.level {
        Choice::Na if !scale.allow_na => out.push(AnswerFinding::error(
            id,
            msg!(
                WORDS,
                "na_not_allowed",
                scale = &scale.id,
                choices = scale.choices()
            ),
        )),
        Choice::Na
            if answer
                .comment
                .as_deref()
                .is_none_or(|c| c.trim().is_empty()) =>
        {
            out.push(AnswerFinding::warning(
                id,
                msg!(WORDS, "na_without_comment"),
            ))
        }
        Choice::Level(l) if scale.level(l).is_none() => {
            out.push(AnswerFinding::error(id, not_a_level(grid, scale, l)))
        }
        _ => {}
    }
    if let Some(i) = answer.importance
        && !(1..=4).contains(&i)
    {
        out.push(AnswerFinding::error(
            id,
            msg!(WORDS, "importance_range", importance = i),
        ));
    }
    if profiles.is_some_and(|p| !indicator.applies(p)) {
        out.push(AnswerFinding::warning(id, msg!(WORDS, "not_for_profiles")));
    }
    out
}
