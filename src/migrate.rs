//! Carrying an assessment to a newer version of its grid.
//!
//! Each answer follows its indicator to the new version (same id, else the indicator
//! that `replaces` it). Where the indicator's scale changed, a level mapping says what
//! each old level becomes; without one the migration is refused rather than guessed.

use crate::assessment::{Answer, Assessment, Choice, GridRef, NA};
use crate::grid::diff::{Carry, Kind, carry, scale_change};
use crate::grid::{Grid, Scale};
use crate::i18n::{Arg, Catalogue, Message};
use crate::msg;
use indexmap::IndexMap;
use serde::Serialize;
use std::collections::HashMap;

/// A level map's NEW that drops the answer instead of carrying it.
pub const DROP: &str = "-";

/// Old level -> new level, for indicators whose scale changed.
///
/// Written `OLD=NEW,…` for every such indicator, or `ID:OLD=NEW` for one indicator
/// (old or new id), which wins over the general pairs. NEW `-` drops the answer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LevelMap {
    general: HashMap<String, String>,
    by_indicator: HashMap<(String, String), String>,
}

impl LevelMap {
    /// Reads `0=no,1=no,C2.2:2=yes`; adds to pairs already read (the option may repeat).
    pub fn add(&mut self, spec: &str) -> Result<(), MigrateError> {
        for pair in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (from, to) = pair
                .split_once('=')
                .filter(|(f, t)| !f.trim().is_empty() && !t.trim().is_empty())
                .ok_or_else(|| MigrateError::BadLevelMap(msg!(WORDS, "not_a_pair", pair = pair)))?;
            let (from, to) = (from.trim(), to.trim().to_string());
            match from.split_once(':') {
                Some((id, level)) => {
                    self.by_indicator
                        .insert((id.to_string(), level.to_string()), to);
                }
                None => {
                    self.general.insert(from.to_string(), to);
                }
            }
        }
        Ok(())
    }

    fn get(&self, ids: [&str; 2], level: &str) -> Option<&str> {
        ids.iter()
            .find_map(|id| self.by_indicator.get(&(id.to_string(), level.to_string())))
            .or_else(|| self.general.get(level))
            .map(String::as_str)
    }
}

/// An answer that moved to the new grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Carried {
    pub from: String,
    pub to: String,
    pub level_from: String,
    pub level_to: String,
}

/// An answer left behind, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dropped {
    pub id: String,
    pub level: String,
    pub reason: Message,
}

/// A new indicator with no answer (`added`: it did not exist in the old grid).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unanswered {
    pub id: String,
    pub added: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Migration {
    pub assessment: Assessment,
    pub carried: Vec<Carried>,
    pub dropped: Vec<Dropped>,
    pub unanswered: Vec<Unanswered>,
}

#[derive(Debug)]
pub enum MigrateError {
    WrongGrid(Message),
    /// What is wrong with `--level-map`.
    BadLevelMap(Message),
    /// Answers on a changed scale with no mapping; one line each, and a suggested mapping.
    NeedsLevelMap {
        lines: Vec<Message>,
        suggestion: String,
    },
}

impl MigrateError {
    /// Why the migration is refused, said later in the reader's language.
    pub fn message(&self) -> Message {
        match self {
            MigrateError::WrongGrid(m) => m.clone(),
            MigrateError::BadLevelMap(m) => msg!(WORDS, "bad_level_map", text = m.clone()),
            MigrateError::NeedsLevelMap { lines, suggestion } => {
                // One line after the other, each said in the reader's language.
                let listed = lines
                    .iter()
                    .cloned()
                    .reduce(|above, line| msg!(WORDS, "lines", above = above, line = line));
                msg!(
                    WORDS,
                    "needs_level_map",
                    n = lines.len(),
                    lines = listed.map_or_else(|| Arg::from(""), Arg::from),
                    suggestion = suggestion
                )
            }
        }
    }
}

impl std::fmt::Display for MigrateError {
    /// In English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for MigrateError {}

/// Carries `a` (an assessment of `old`) to `new`.
pub fn migrate(
    old: &Grid,
    new: &Grid,
    a: &Assessment,
    map: &LevelMap,
) -> Result<Migration, MigrateError> {
    if a.grid.id != old.id || a.grid.version != old.version.to_string() {
        return Err(MigrateError::WrongGrid(msg!(
            WORDS,
            "answers_other",
            id = &a.grid.id,
            version = &a.grid.version,
            grid = old.label()
        )));
    }
    if new.id != old.id {
        return Err(MigrateError::WrongGrid(msg!(
            WORDS,
            "not_a_version",
            new = new.label(),
            id = &old.id
        )));
    }
    if new.version <= old.version {
        return Err(MigrateError::WrongGrid(msg!(
            WORDS,
            "not_newer",
            new = new.label(),
            old = old.label()
        )));
    }
    let mut answers: HashMap<String, (String, Answer)> = HashMap::new();
    let (mut carried, mut dropped, mut unmapped) = (Vec::new(), Vec::new(), Vec::new());
    let mut suggestions: Vec<String> = Vec::new();
    let fates: HashMap<&str, Carry> = carry(new, a.answers.keys().map(String::as_str))
        .into_iter()
        .collect();
    for (old_id, answer) in &a.answers {
        let level = answer.level.as_str().to_string();
        let drop = |reason: Message| Dropped {
            id: old_id.clone(),
            level: level.clone(),
            reason,
        };
        let Some((_, oi)) = old.indicator(old_id) else {
            dropped.push(drop(msg!(WORDS, "not_in_old", grid = old.label())));
            continue;
        };
        let ni = match &fates[old_id.as_str()] {
            Carry::To(ni) => *ni,
            Carry::Removed => {
                dropped.push(drop(msg!(WORDS, "removed_in", grid = new.label())));
                continue;
            }
            Carry::Merged { into, kept } => {
                dropped.push(drop(msg!(WORDS, "merged_into", into = *into, kept = kept)));
                continue;
            }
        };
        let (os, ns) = (old.scale_of(oi), new.scale_of(ni));
        let mut answer = answer.clone();
        if scale_change(os, ns).is_some_and(|(k, _, _)| k == Kind::ScaleChanged)
            && !(answer.level == Choice::Na && ns.allow_na)
        {
            match map.get([old_id, &ni.id], &level) {
                Some(DROP) => {
                    dropped.push(drop(msg!(WORDS, "map_drops")));
                    continue;
                }
                Some(to) => answer.level = checked_level(ns, &ni.id, to)?,
                None => {
                    let id = if *old_id == ni.id {
                        ni.id.clone()
                    } else {
                        format!("{old_id} -> {}", ni.id)
                    };
                    unmapped.push(msg!(
                        WORDS,
                        "unmapped",
                        id = id,
                        level = &level,
                        old = &os.id,
                        old_choices = os.choices(),
                        new = &ns.id,
                        new_choices = ns.choices()
                    ));
                    let s = suggestion(os, ns);
                    if !suggestions.contains(&s) {
                        suggestions.push(s);
                    }
                    continue;
                }
            }
        }
        carried.push(Carried {
            from: old_id.clone(),
            to: ni.id.clone(),
            level_from: level,
            level_to: answer.level.as_str().to_string(),
        });
        answers.insert(ni.id.clone(), (old_id.clone(), answer));
    }
    if !unmapped.is_empty() {
        return Err(MigrateError::NeedsLevelMap {
            lines: unmapped,
            suggestion: suggestions.join(","),
        });
    }
    let mut ordered = IndexMap::new();
    let mut unanswered = Vec::new();
    for (_, i) in new.indicators() {
        match answers.remove(&i.id) {
            Some((_, answer)) => {
                ordered.insert(i.id.clone(), answer);
            }
            None if i.applies(&a.structure.profiles) => unanswered.push(Unanswered {
                id: i.id.clone(),
                added: old.indicator(&i.id).is_none()
                    && !i.replaces.iter().any(|r| old.indicator(r).is_some()),
            }),
            None => {}
        }
    }
    let assessment = Assessment {
        grid: GridRef {
            id: new.id.clone(),
            version: new.version.to_string(),
            sha256: Some(new.sha256.clone()),
        },
        answers: ordered,
        ..a.clone()
    };
    Ok(Migration {
        assessment,
        carried,
        dropped,
        unanswered,
    })
}

fn checked_level(scale: &Scale, id: &str, to: &str) -> Result<Choice, MigrateError> {
    let choice = Choice::parse(to);
    let ok = match &choice {
        Choice::Na => scale.allow_na,
        Choice::Level(l) => scale.level(l).is_some(),
    };
    if ok {
        Ok(choice)
    } else {
        Err(MigrateError::BadLevelMap(msg!(
            WORDS,
            "not_on_scale",
            to = to,
            scale = &scale.id,
            id = id,
            choices = scale.choices()
        )))
    }
}

/// Each old level to the new level of nearest relative score: `0=no,1=no,2=yes,3=yes`.
fn suggestion(old: &Scale, new: &Scale) -> String {
    let mut pairs: Vec<String> = old
        .levels
        .iter()
        .map(|l| {
            let x = old.normalized(l);
            let nearest = new
                .levels
                .iter()
                .min_by(|a, b| {
                    (new.normalized(a) - x)
                        .abs()
                        .total_cmp(&(new.normalized(b) - x).abs())
                })
                .map_or("", |n| n.id.as_str());
            format!("{}={nearest}", l.id)
        })
        .collect();
    if old.allow_na && !new.allow_na {
        pairs.push(format!("{NA}={DROP}"));
    }
    pairs.join(",")
}

/// Why answers are dropped or a migration refused (en, fr, it, es, pl).
pub const WORDS: Catalogue = &[
    (
        "not_a_pair",
        [
            "{pair:q} is not OLD=NEW (e.g. 2=yes, or C2.2:2=yes for one indicator)",
            "{pair:q} n’est pas de la forme ANCIEN=NOUVEAU (p. ex. 2=yes, ou C2.2:2=yes pour un seul indicateur)",
            "{pair:q} non è nella forma VECCHIO=NUOVO (es. 2=yes, o C2.2:2=yes per un solo indicatore)",
            "{pair:q} no tiene la forma ANTIGUO=NUEVO (p. ej. 2=yes, o C2.2:2=yes para un solo indicador)",
            "{pair:q} nie ma postaci STARY=NOWY (np. 2=yes albo C2.2:2=yes dla jednego wskaźnika)",
        ],
    ),
    (
        "bad_level_map",
        [
            "bad --level-map: {text}",
            "--level-map incorrect\u{202f}: {text}",
            "--level-map errato: {text}",
            "--level-map incorrecto: {text}",
            "błędne --level-map: {text}",
        ],
    ),
    (
        "lines",
        [
            "{above}\n{line}",
            "{above}\n{line}",
            "{above}\n{line}",
            "{above}\n{line}",
            "{above}\n{line}",
        ],
    ),
    (
        "needs_level_map",
        [
            "the scale changed for {n} {n|answer|answers} and the level map does not say what {n|it becomes|they become}:\n{lines}\ngive the mapping with --level-map, e.g. --level-map {suggestion}",
            "l’échelle a changé pour {n} {n|réponse|réponses} et la correspondance des niveaux ne dit pas {n|ce qu’elle devient|ce qu’elles deviennent}\u{202f}:\n{lines}\ndonnez la correspondance avec --level-map, p. ex. --level-map {suggestion}",
            "la scala è cambiata per {n} {n|risposta|risposte} e la corrispondenza dei livelli non dice che cosa {n|diventa|diventano}:\n{lines}\nindicate la corrispondenza con --level-map, es. --level-map {suggestion}",
            "la escala cambió para {n} {n|respuesta|respuestas} y la correspondencia de niveles no dice en qué se {n|convierte|convierten}:\n{lines}\nindiquen la correspondencia con --level-map, p. ej. --level-map {suggestion}",
            "skala zmieniła się dla {n} {n|odpowiedzi|odpowiedzi|odpowiedzi}, a mapa poziomów nie mówi, czym się {n|staje|stają|stają}:\n{lines}\npodajcie mapowanie przez --level-map, np. --level-map {suggestion}",
        ],
    ),
    (
        "answers_other",
        [
            "the assessment answers {id} {version}, not {grid}",
            "l’évaluation répond à {id} {version}, pas à {grid}",
            "la valutazione risponde a {id} {version}, non a {grid}",
            "la evaluación responde a {id} {version}, no a {grid}",
            "ocena odpowiada na {id} {version}, a nie na {grid}",
        ],
    ),
    (
        "not_a_version",
        [
            "{new} is not a version of grid {id:q}; migrate carries answers between versions of one grid",
            "{new} n’est pas une version de la grille {id:q}\u{202f}; migrate reporte les réponses entre versions d’une même grille",
            "{new} non è una versione della griglia {id:q}; migrate riporta le risposte tra versioni di una stessa griglia",
            "{new} no es una versión del referencial {id:q}; migrate traslada respuestas entre versiones de un mismo referencial",
            "{new} nie jest wersją siatki {id:q}; migrate przenosi odpowiedzi między wersjami jednej siatki",
        ],
    ),
    (
        "not_newer",
        [
            "{new} is not newer than {old}",
            "{new} n’est pas plus récente que {old}",
            "{new} non è più recente di {old}",
            "{new} no es más reciente que {old}",
            "{new} nie jest nowsza niż {old}",
        ],
    ),
    (
        "not_in_old",
        [
            "not an indicator of {grid}",
            "pas un indicateur de {grid}",
            "non è un indicatore di {grid}",
            "no es un indicador de {grid}",
            "to nie jest wskaźnik {grid}",
        ],
    ),
    (
        "removed_in",
        [
            "removed in {grid}",
            "supprimé dans {grid}",
            "rimosso in {grid}",
            "eliminado en {grid}",
            "usunięty w {grid}",
        ],
    ),
    (
        "merged_into",
        [
            "merged into {into}, which keeps the answer of {kept}",
            "fusionné dans {into}, qui garde la réponse de {kept}",
            "fuso in {into}, che tiene la risposta di {kept}",
            "fusionado en {into}, que conserva la respuesta de {kept}",
            "połączony z {into}, który zachowuje odpowiedź {kept}",
        ],
    ),
    (
        "map_drops",
        [
            "the level map drops it",
            "la correspondance des niveaux l’écarte",
            "la corrispondenza dei livelli lo scarta",
            "la correspondencia de niveles lo descarta",
            "mapa poziomów go pomija",
        ],
    ),
    (
        "unmapped",
        [
            "  {id}: answer {level:q} on {old} ({old_choices}), new scale {new} ({new_choices})",
            "  {id}\u{202f}: réponse {level:q} sur {old} ({old_choices}), nouvelle échelle {new} ({new_choices})",
            "  {id}: risposta {level:q} su {old} ({old_choices}), nuova scala {new} ({new_choices})",
            "  {id}: respuesta {level:q} en {old} ({old_choices}), nueva escala {new} ({new_choices})",
            "  {id}: odpowiedź {level:q} na {old} ({old_choices}), nowa skala {new} ({new_choices})",
        ],
    ),
    (
        "not_on_scale",
        [
            "{to:q} is not an answer on scale {scale} of {id} ({choices})",
            "{to:q} n’est pas une réponse de l’échelle {scale} de {id} ({choices})",
            "{to:q} non è una risposta della scala {scale} di {id} ({choices})",
            "{to:q} no es una respuesta de la escala {scale} de {id} ({choices})",
            "{to:q} nie jest odpowiedzią na skali {scale} dla {id} ({choices})",
        ],
    ),
];
