//! Respondents of a group self-assessment in the input engine: required in group
//! mode (`aqor consensus`), brought together at their median with
//! `--respondents median`, refused elsewhere (docs/consensus.md).

use crate::assessment::Assessment;
use crate::i18n::Message;
use crate::msg;

/// What a read does with one respondent's answers ([`super::Options::respondents`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Respondents {
    /// Refused: scored alone, one voice would stand for the whole structure, and a
    /// structure would count once per respondent.
    #[default]
    Refused,
    /// Required: a group's answers brought together (`aqor consensus`).
    Required,
    /// Each structure's respondents in a campaign brought together at their median
    /// (`--respondents median`; `anonymize`: named R1, R2…); assessments naming no
    /// respondent are used as they are.
    Median { anonymize: bool },
}

/// What is wrong with an assessment's respondent: named where answers are scored
/// (one voice would stand for the whole structure), or missing where a group's
/// answers are brought together.
pub(super) fn respondent_problem(mode: Respondents, a: &Assessment) -> Option<Message> {
    match (&a.respondent, mode) {
        (Some(r), Respondents::Refused) => Some(msg!(WORDS, "one_voice", respondent = r)),
        (None, Respondents::Required) => Some(msg!(WORDS, "no_respondent")),
        _ => None,
    }
}

/// Messages about respondents (en, fr, it, es, pl).
pub const WORDS: crate::i18n::Catalogue = &[
    (
        "no_respondent",
        [
            "no respondent: `aqor consensus` brings together the answers of several respondents; write whose answers these are (`respondent:` in an assessment file, the respondent column in a campaign)",
            "pas de répondant\u{202f}: `aqor consensus` rassemble les réponses de plusieurs répondants\u{202f}; indiquez de qui sont ces réponses (`respondent:` dans un fichier d’évaluation, la colonne respondent dans une campagne)",
            "nessun rispondente: `aqor consensus` riunisce le risposte di più rispondenti; scrivete di chi sono queste risposte (`respondent:` in un file di valutazione, la colonna respondent in una campagna)",
            "sin encuestado: `aqor consensus` reúne las respuestas de varios encuestados; escriban de quién son estas respuestas (`respondent:` en un archivo de evaluación, la columna respondent en una campaña)",
            "brak respondenta: `aqor consensus` zbiera odpowiedzi kilku respondentów; wpiszcie, czyje to odpowiedzi (`respondent:` w pliku oceny, kolumna respondent w kampanii)",
        ],
    ),
    (
        "respondent_twice",
        [
            "respondent {respondent:q} already answered for {id:q} in campaign {campaign} ({place}); keep one",
            "le répondant {respondent:q} a déjà répondu pour {id:q} dans la campagne {campaign} ({place})\u{202f}; gardez-en une",
            "il rispondente {respondent:q} ha già risposto per {id:q} nella campagna {campaign} ({place}); tenetene una",
            "el encuestado {respondent:q} ya respondió por {id:q} en la campaña {campaign} ({place}); conserven una",
            "respondent {respondent:q} już odpowiedział za {id:q} w kampanii {campaign} ({place}); zostawcie jedną",
        ],
    ),
    (
        "one_voice",
        [
            "these are the answers of respondent {respondent:q}, one voice of a group self-assessment: scored alone they would stand for the whole structure; bring the group's answers together with `aqor consensus` and use its consensus file (docs/consensus.md)",
            "ce sont les réponses du répondant {respondent:q}, une voix d’une autoévaluation en groupe\u{202f}: comptées seules, elles vaudraient pour toute la structure\u{202f}; rassemblez les réponses du groupe avec `aqor consensus` et utilisez son fichier de consensus (docs/consensus.md)",
            "sono le risposte del rispondente {respondent:q}, una voce di un’autovalutazione di gruppo: contate da sole varrebbero per tutta la struttura; riunite le risposte del gruppo con `aqor consensus` e usate il suo file di consenso (docs/consensus.md)",
            "son las respuestas del encuestado {respondent:q}, una voz de una autoevaluación en grupo: contadas solas valdrían por toda la estructura; reúnan las respuestas del grupo con `aqor consensus` y usen su archivo de consenso (docs/consensus.md)",
            "to odpowiedzi respondenta {respondent:q}, jeden głos samooceny grupowej: liczone osobno reprezentowałyby cały podmiot; zbierzcie odpowiedzi grupy poleceniem `aqor consensus` i użyjcie jego pliku konsensusu (docs/consensus.md)",
        ],
    ),
];
