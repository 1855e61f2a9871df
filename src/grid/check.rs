//! Lints: things a valid grid would do better (warnings, for `aqor grid check`).
//!
//! The loader rejects what cannot be used; these flag what is usable but likely an
//! oversight: a missing translation, an indicator with no guidance or no action for
//! an answer below its target, a scale or profile nothing uses.

use super::model::*;
use super::words::joined;
use crate::diagnostic::{Diagnostic, Pos, Severity};
use crate::i18n::{Catalogue, Message};
use crate::msg;
use crate::text::Text;

/// Every finding of a grid file in one run: errors, the warnings of its text and the
/// lints of the grid read from it, in file order. Lints run on a grid with errors too
/// (an error must not hide a warning), except where the reading put a stand-in.
pub fn all(source: &str, file: &str) -> Vec<Diagnostic> {
    let reading = super::load::read(source, file);
    let mut findings = reading.findings;
    if let Some(grid) = &reading.grid {
        findings.extend(
            lints(grid, file)
                .into_iter()
                .filter(|d| !reading.poisoned.contains(&Pos::new(d.line, d.col))),
        );
    }
    findings.sort_by_key(|d| (d.line, d.col));
    findings
}

/// Warnings about a grid, in file order.
pub fn lints(grid: &Grid, file: &str) -> Vec<Diagnostic> {
    let mut l = Linter {
        grid,
        file,
        out: Vec::new(),
    };
    l.texts();
    l.indicators();
    l.unused();
    l.out.sort_by_key(|d| (d.line, d.col));
    l.out
}

/// Named texts of one grid item ("guidance", …).
type Texts<'a> = Vec<(Message, &'a Text)>;

struct Linter<'g> {
    grid: &'g Grid,
    file: &'g str,
    out: Vec<Diagnostic>,
}

impl<'g> Linter<'g> {
    fn warn(&mut self, code: &'static str, at: Pos, words: Message) {
        self.out
            .push(Diagnostic::said(Severity::Warning, self.file, at, words).with_code(code));
    }

    /// Every text in every declared language, and in no other.
    fn texts(&mut self) {
        let g = self.grid;
        let top = Pos::new(1, 1);
        let name = |key: &'static str| msg!(WORDS, key);
        let mut items: Vec<(Pos, Message, Texts)> = Vec::new();
        let mut grid_texts = vec![(name("title"), &g.title)];
        grid_texts.extend(g.description.iter().map(|d| (name("description"), d)));
        if let Some(r) = &g.recognition {
            grid_texts.push((name("recognition_label"), &r.label));
        }
        items.push((top, name("the_grid"), grid_texts));
        for s in &g.scales {
            for lv in &s.levels {
                let mut t = vec![(name("label"), &lv.label)];
                t.extend(lv.description.iter().map(|d| (name("description"), d)));
                let what = msg!(WORDS, "level_of_scale", level = &lv.id, scale = &s.id);
                items.push((lv.at, what, t));
            }
        }
        for p in &g.profiles {
            items.push((
                p.at,
                msg!(WORDS, "profile", id = &p.id),
                vec![(name("label"), &p.label)],
            ));
        }
        for c in &g.criteria {
            items.push((
                c.at,
                msg!(WORDS, "criterion", id = &c.id),
                vec![(name("title"), &c.title)],
            ));
            for i in &c.indicators {
                let mut t = vec![(name("title"), &i.title)];
                t.extend(i.guidance.iter().map(|x| (name("guidance"), x)));
                t.extend(
                    i.evidence
                        .iter()
                        .enumerate()
                        .map(|(n, x)| (msg!(WORDS, "evidence", n = n + 1), x)),
                );
                t.extend(
                    i.actions
                        .iter()
                        .map(|a| (msg!(WORDS, "action_below", level = &a.below), &a.text)),
                );
                items.push((i.at, msg!(WORDS, "indicator", id = &i.id), t));
            }
        }
        for (at, what, texts) in items {
            self.languages_of(at, what, &texts);
        }
    }

    /// Texts missing in a declared language. The default language is the loader's
    /// (an error there), so is a text with no words at all (a stand-in for a wrong one).
    fn languages_of(&mut self, at: Pos, what: Message, texts: &[(Message, &Text)]) {
        let declared = &self.grid.languages;
        let texts: Vec<&(Message, &Text)> = texts
            .iter()
            .filter(|(_, t)| t.0.values().any(|s| !s.trim().is_empty()))
            .collect();
        for lang in declared.iter().skip(1) {
            let missing: Vec<Message> = texts
                .iter()
                .filter(|(_, t)| t.get(lang).is_none_or(|s| s.trim().is_empty()))
                .map(|(name, _)| name.clone())
                .collect();
            if !missing.is_empty() {
                self.warn(
                    "missing-translation",
                    at,
                    msg!(
                        WORDS,
                        "missing_translation",
                        what = what.clone(),
                        lang = lang,
                        missing = joined(missing),
                        declared = declared.join(", ")
                    ),
                );
            }
        }
    }

    fn indicators(&mut self) {
        let g = self.grid;
        for (_, i) in g.indicators() {
            // An unknown scale or target is an error already; nothing to add.
            let Some(scale) = g.scale(&i.scale) else {
                continue;
            };
            let Some(target) = scale.position(&i.target) else {
                continue;
            };
            if i.guidance.is_none() {
                self.warn("no-guidance", i.at, msg!(WORDS, "no_guidance", id = &i.id));
            }
            if target == 0 {
                self.warn(
                    "target-lowest",
                    i.at,
                    msg!(WORDS, "target_lowest", id = &i.id, target = &i.target),
                );
            }
            // An action below an unknown level is an error already; then it says nothing here.
            let actions_known = i.actions.iter().all(|a| scale.position(&a.below).is_some());
            let uncovered: Vec<String> = scale.levels[..target]
                .iter()
                .filter(|l| i.actions_for(scale, &l.id).is_empty())
                .map(|l| format!("`{}`", l.id))
                .collect();
            if actions_known && !uncovered.is_empty() {
                self.warn(
                    "no-action",
                    i.at,
                    msg!(
                        WORDS,
                        "no_action",
                        id = &i.id,
                        n = uncovered.len(),
                        levels = uncovered.join(", "),
                        target = &i.target
                    ),
                );
            }
            for a in &i.actions {
                if scale.position(&a.below) == Some(0) {
                    self.warn(
                        "action-never-applies",
                        a.at,
                        msg!(WORDS, "action_never_applies", id = &i.id, below = &a.below),
                    );
                }
            }
            for old in &i.replaces {
                if g.indicator(old).is_some() {
                    self.warn(
                        "replaces-current",
                        i.at,
                        msg!(WORDS, "replaces_current", id = &i.id, old = old),
                    );
                }
            }
        }
    }

    /// Scales and profiles that nothing uses.
    fn unused(&mut self) {
        let g = self.grid;
        for s in &g.scales {
            if !g.indicators().any(|(_, i)| i.scale == s.id) {
                self.warn(
                    "unused-scale",
                    s.at,
                    msg!(WORDS, "unused_scale", id = &s.id),
                );
            }
        }
        for p in &g.profiles {
            let mut rules = g.recognition.iter().flat_map(|r| &r.rules);
            if !g.indicators().any(|(_, i)| i.applies_to.contains(&p.id))
                && !rules.any(|r| r.applies_to.contains(&p.id))
            {
                self.warn(
                    "unused-profile",
                    p.at,
                    msg!(WORDS, "unused_profile", id = &p.id),
                );
            }
        }
    }
}

/// What the lints say (en, fr, it, es, pl).
const WORDS: Catalogue = &[
    (
        "missing_translation",
        [
            "{what} has no `{lang}` text for: {missing}; the grid declares {declared}",
            "{what}\u{202f}: pas de texte `{lang}` pour {missing}\u{202f}; la grille déclare {declared}",
            "{what}: manca il testo `{lang}` per {missing}; la griglia dichiara {declared}",
            "{what}: falta el texto `{lang}` de {missing}; el referencial declara {declared}",
            "{what}: brak tekstu `{lang}` dla: {missing}; siatka deklaruje {declared}",
        ],
    ),
    (
        "the_grid",
        [
            "the grid",
            "la grille",
            "la griglia",
            "el referencial",
            "siatka",
        ],
    ),
    (
        "level_of_scale",
        [
            "level `{level}` of scale `{scale}`",
            "le niveau `{level}` de l’échelle `{scale}`",
            "il livello `{level}` della scala `{scale}`",
            "el nivel `{level}` de la escala `{scale}`",
            "poziom `{level}` skali `{scale}`",
        ],
    ),
    (
        "profile",
        [
            "profile `{id}`",
            "le profil `{id}`",
            "il profilo `{id}`",
            "el perfil `{id}`",
            "profil `{id}`",
        ],
    ),
    (
        "criterion",
        [
            "criterion `{id}`",
            "le critère `{id}`",
            "il criterio `{id}`",
            "el criterio `{id}`",
            "kryterium `{id}`",
        ],
    ),
    (
        "indicator",
        [
            "indicator `{id}`",
            "l’indicateur `{id}`",
            "l’indicatore `{id}`",
            "el indicador `{id}`",
            "wskaźnik `{id}`",
        ],
    ),
    ("title", ["title", "titre", "titolo", "título", "tytuł"]),
    (
        "description",
        [
            "description",
            "description",
            "descrizione",
            "descripción",
            "opis",
        ],
    ),
    (
        "recognition_label",
        [
            "recognition label",
            "libellé de la reconnaissance",
            "etichetta del riconoscimento",
            "etiqueta del reconocimiento",
            "etykieta uznania",
        ],
    ),
    (
        "label",
        ["label", "libellé", "etichetta", "etiqueta", "etykieta"],
    ),
    (
        "guidance",
        [
            "guidance",
            "repères",
            "indicazioni",
            "orientación",
            "wskazówki",
        ],
    ),
    (
        "evidence",
        [
            "evidence {n}",
            "preuve {n}",
            "evidenza {n}",
            "evidencia {n}",
            "dowód {n}",
        ],
    ),
    (
        "action_below",
        [
            "action below `{level}`",
            "action sous `{level}`",
            "azione sotto `{level}`",
            "acción por debajo de `{level}`",
            "działanie poniżej `{level}`",
        ],
    ),
    (
        "no_guidance",
        [
            "indicator `{id}` has no guidance; say what the assessor should look at",
            "l’indicateur `{id}` n’a pas de repères\u{202f}; dites ce que l’évaluateur doit regarder",
            "l’indicatore `{id}` non ha indicazioni; dite cosa deve guardare il valutatore",
            "el indicador `{id}` no tiene orientación; digan qué debe observar el evaluador",
            "wskaźnik `{id}` nie ma wskazówek; napiszcie, na co oceniający ma patrzeć",
        ],
    ),
    (
        "target_lowest",
        [
            "indicator `{id}` targets its lowest level `{target}`, so no answer is ever below target",
            "l’indicateur `{id}` vise son niveau le plus bas, `{target}`, donc aucune réponse n’est jamais sous la cible",
            "l’indicatore `{id}` ha come obiettivo il suo livello più basso, `{target}`, quindi nessuna risposta è mai sotto l’obiettivo",
            "el indicador `{id}` tiene como objetivo su nivel más bajo, `{target}`, así que ninguna respuesta queda nunca por debajo del objetivo",
            "celem wskaźnika `{id}` jest jego najniższy poziom, `{target}`, więc żadna odpowiedź nigdy nie jest poniżej celu",
        ],
    ),
    (
        "no_action",
        [
            "indicator `{id}` offers no action for an answer at {n|level|levels} {levels}, below its target `{target}`; add an action with `below: \"{target}\"`",
            "l’indicateur `{id}` ne propose aucune action pour une réponse {n|au niveau|aux niveaux} {levels}, sous sa cible `{target}`\u{202f}; ajoutez une action avec `below: \"{target}\"`",
            "l’indicatore `{id}` non offre alcuna azione per una risposta {n|al livello|ai livelli} {levels}, sotto il suo obiettivo `{target}`; aggiungete un’azione con `below: \"{target}\"`",
            "el indicador `{id}` no ofrece ninguna acción para una respuesta en {n|el nivel|los niveles} {levels}, por debajo de su objetivo `{target}`; añadan una acción con `below: \"{target}\"`",
            "wskaźnik `{id}` nie proponuje działania dla odpowiedzi na {n|poziomie|poziomach|poziomach} {levels}, poniżej celu `{target}`; dodajcie działanie z `below: \"{target}\"`",
        ],
    ),
    (
        "action_never_applies",
        [
            "action of `{id}` below `{below}` never applies: no level is below the lowest one",
            "l’action de `{id}` sous `{below}` ne s’applique jamais\u{202f}: aucun niveau n’est sous le plus bas",
            "l’azione di `{id}` sotto `{below}` non si applica mai: nessun livello è sotto il più basso",
            "la acción de `{id}` por debajo de `{below}` nunca se aplica: ningún nivel está por debajo del más bajo",
            "działanie do `{id}` poniżej `{below}` nigdy nie ma zastosowania: żaden poziom nie jest niższy od najniższego",
        ],
    ),
    (
        "replaces_current",
        [
            "indicator `{id}` replaces `{old}`, which is still an indicator of this grid; `replaces` lists ids of earlier versions",
            "l’indicateur `{id}` remplace `{old}`, qui est encore un indicateur de cette grille\u{202f}; `replaces` liste des identifiants de versions antérieures",
            "l’indicatore `{id}` sostituisce `{old}`, che è ancora un indicatore di questa griglia; `replaces` elenca identificativi di versioni precedenti",
            "el indicador `{id}` sustituye a `{old}`, que sigue siendo un indicador de este referencial; `replaces` enumera identificadores de versiones anteriores",
            "wskaźnik `{id}` zastępuje `{old}`, który nadal jest wskaźnikiem tej siatki; `replaces` wymienia identyfikatory z wcześniejszych wersji",
        ],
    ),
    (
        "unused_scale",
        [
            "scale `{id}` is not used by any indicator; remove it or use it",
            "l’échelle `{id}` n’est utilisée par aucun indicateur\u{202f}; retirez-la ou utilisez-la",
            "la scala `{id}` non è usata da nessun indicatore; toglietela o usatela",
            "ningún indicador usa la escala `{id}`; quítenla o úsenla",
            "żaden wskaźnik nie używa skali `{id}`; usuńcie ją albo jej użyjcie",
        ],
    ),
    (
        "unused_profile",
        [
            "profile `{id}` is not named in any `applies_to`; it selects nothing",
            "le profil `{id}` n’est nommé dans aucun `applies_to`\u{202f}; il ne sélectionne rien",
            "il profilo `{id}` non compare in nessun `applies_to`; non seleziona nulla",
            "el perfil `{id}` no aparece en ningún `applies_to`; no selecciona nada",
            "profil `{id}` nie występuje w żadnym `applies_to`; niczego nie wybiera",
        ],
    ),
];
