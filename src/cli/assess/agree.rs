//! `aqor assess DRAFT.yaml --consensus`: the group's agreement recorded in a consensus
//! draft (made by `aqor consensus`), only on the indicators marked to discuss; saved
//! after every agreement, resumable (docs/consensus.md).

use super::prompt::{Interrupted, Item, Prompt, Reply};
use super::{Args, STOPPED, plain, store, tty};
use crate::cli::{CheckFailed, input};
use aqor::assessment::{self, Assessment, Choice, NA};
use aqor::consensus::content;
use aqor::grid::Grid;
use aqor::i18n::Catalogue;
use std::io::{self, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let path = Path::new(&args.grid);
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).ok();
    let Some(grid_id) = text.as_deref().and_then(assessment::peek_grid_id) else {
        return Err(CheckFailed(say("not_a_draft", crate::cli::say::lang(), &file)).into());
    };
    let grid = input::grid(&grid_id)?;
    let stored = text.as_deref().and_then(assessment::peek_language);
    let lang = input::language(&grid, args.lang.as_deref().or(stored.as_deref()));
    let terminal = io::stdin().is_terminal() && io::stdout().is_terminal();
    if !args.plain && !terminal {
        anyhow::bail!("{}", say("no_terminal", &lang, &file));
    }
    let (mut store, draft) = store::Store::open(path, &grid, &lang)?;
    let Some(mut draft) = draft.filter(|a| a.consensus.is_some()) else {
        return Err(CheckFailed(say("not_a_draft", &lang, &file)).into());
    };
    let todo: Vec<String> = draft
        .answers
        .iter()
        .filter(|(_, a)| a.discuss)
        .map(|(id, _)| id.clone())
        .collect();
    if todo.is_empty() {
        eprintln!("{}", say("nothing_to_discuss", &lang, &file));
        return Ok(ExitCode::SUCCESS);
    }
    let outcome = if args.plain {
        let mut p = plain::Plain::new(io::stdin().lock(), io::stdout(), &lang);
        store.notices.drain(..).for_each(|n| p.show(&n));
        walk(&grid, &lang, &mut draft, &todo, &mut store, &mut p)
    } else {
        let mut p = tty::Tty::new(&lang);
        store.notices.drain(..).for_each(|n| p.show(&n));
        walk(&grid, &lang, &mut draft, &todo, &mut store, &mut p)
    };
    match outcome {
        Ok(()) => {
            let recorded = aqor::msg!(WORDS, "recorded", file = &file, n = todo.len());
            eprintln!("{}", recorded.say(&lang));
            Ok(ExitCode::SUCCESS)
        }
        Err(e) if e.is::<Interrupted>() => {
            eprintln!();
            eprintln!("{}", say("stopped", &lang, &file));
            Ok(ExitCode::from(STOPPED))
        }
        Err(e) => Err(e),
    }
}

/// Asks the agreed level and why for each indicator of `todo`, in order; `<`/Esc goes
/// back one question. Each agreement is saved at once.
fn walk(
    grid: &Grid,
    lang: &str,
    draft: &mut Assessment,
    todo: &[String],
    store: &mut store::Store,
    p: &mut dyn Prompt,
) -> anyhow::Result<()> {
    let mut i = 0;
    while i < todo.len() {
        let id = &todo[i];
        let Some((_, indicator)) = grid.indicator(id) else {
            i += 1;
            continue;
        };
        let shown = screen(grid, draft, id, lang, (i + 1, todo.len()));
        p.screen(&super::screen::Head::text(&shown), &shown);
        let scale = grid.scale_of(indicator);
        let mut items: Vec<Item> = scale
            .levels
            .iter()
            .map(|l| Item::new(&l.id, grid.text(&l.label, lang)))
            .collect();
        if scale.allow_na {
            items.push(Item::new(
                NA,
                content::level(grid, id, Some(&Choice::Na), lang),
            ));
        }
        let current = draft.answers[id].level.as_str().to_string();
        let start = items.iter().position(|it| it.key == current);
        let question = word("agreed_question", lang).replace("{id}", id);
        let chosen = match p.select(&question, &items, start, word("agreed_help", lang))? {
            Reply::Given(k) => k,
            Reply::Back => {
                i = i.saturating_sub(1);
                continue;
            }
        };
        let before = draft.answers[id].agreed.clone().unwrap_or_default();
        let needed = |t: &str| match t.trim() {
            "" => Err(word("why_needed", lang).to_string()),
            _ => Ok(()),
        };
        let why = match p.text(
            word("why_question", lang),
            &before,
            word("why_help", lang),
            &needed,
        )? {
            Reply::Given(t) => t.trim().to_string(),
            Reply::Back => continue,
        };
        let answer = draft
            .answers
            .get_mut(id)
            .expect("an indicator of the draft");
        answer.level = Choice::parse(&items[chosen].key);
        answer.agreed = Some(why);
        answer.discuss = false;
        store.save(draft)?;
        i += 1;
    }
    Ok(())
}

/// The indicator, each respondent's level and comment, and the draft's level.
fn screen(
    grid: &Grid,
    draft: &Assessment,
    id: &str,
    lang: &str,
    (n, of): (usize, usize),
) -> String {
    let answer = &draft.answers[id];
    let title = grid
        .indicator(id)
        .map(|(_, i)| grid.text(&i.title, lang).to_string())
        .unwrap_or_default();
    let mut out = format!(
        "{id} {title} — {}\n",
        word("to_discuss", lang)
            .replace("{n}", &n.to_string())
            .replace("{of}", &of.to_string())
    );
    let roles = draft.consensus.as_ref().map(|c| &c.respondents);
    for v in &answer.votes {
        let role = roles
            .and_then(|rs| rs.iter().find(|r| r.name == v.respondent))
            .and_then(|r| r.role)
            .map(|r| format!(" ({})", content::role(r, lang)))
            .unwrap_or_default();
        let mut line = format!(
            "  {}{role}: {}",
            v.respondent,
            content::level(grid, id, v.level.as_ref(), lang)
        );
        let notes = content::notes(v, lang);
        if !notes.is_empty() {
            line += &format!(" — {}", notes.join(" — "));
        }
        out += &line;
        out.push('\n');
    }
    out + &format!(
        "  {}: {}\n",
        word("draft_median", lang),
        content::level(grid, id, Some(&answer.level), lang)
    )
}

/// A resumed file holds another respondent's answers than `--respondent` names.
pub(super) fn other_respondent(lang: &str, file: &str, had: &str, asked: &str) -> String {
    aqor::msg!(
        WORDS,
        "other_respondent",
        file = file,
        had = had,
        asked = asked
    )
    .say(lang)
}

fn word(key: &str, lang: &str) -> &'static str {
    aqor::i18n::tr(WORDS, key, lang)
}

/// A message naming `file`.
fn say(key: &str, lang: &str, file: &str) -> String {
    word(key, lang).replace("{file}", file)
}

/// Words of `aqor assess --consensus` and `--respondent` (en, fr, it, es, pl).
const WORDS: Catalogue = &[
    (
        "other_respondent",
        [
            "{file} holds the answers of respondent {had:q}, not {asked:q}; each respondent answers in their own file: choose another -o FILE",
            "{file} contient les réponses du répondant {had:q}, pas de {asked:q}\u{202f}; chaque répondant répond dans son propre fichier\u{202f}: choisissez un autre -o FICHIER",
            "{file} contiene le risposte del rispondente {had:q}, non di {asked:q}; ogni rispondente risponde nel proprio file: scegliete un altro -o FILE",
            "{file} contiene las respuestas del encuestado {had:q}, no de {asked:q}; cada encuestado responde en su propio archivo: elijan otro -o ARCHIVO",
            "{file} zawiera odpowiedzi respondenta {had:q}, nie {asked:q}; każdy respondent odpowiada we własnym pliku: wybierzcie inny -o PLIK",
        ],
    ),
    (
        "to_discuss",
        [
            "to discuss ({n}/{of})",
            "à discuter ({n}/{of})",
            "da discutere ({n}/{of})",
            "a discutir ({n}/{of})",
            "do omówienia ({n}/{of})",
        ],
    ),
    (
        "draft_median",
        [
            "Draft (median)",
            "Brouillon (médiane)",
            "Bozza (mediana)",
            "Borrador (mediana)",
            "Projekt (mediana)",
        ],
    ),
    (
        "agreed_question",
        [
            "{id} — the level the group agreed on?",
            "{id} — le niveau retenu par le groupe\u{202f}?",
            "{id} — il livello concordato dal gruppo?",
            "{id} — ¿el nivel acordado por el grupo?",
            "{id} — poziom uzgodniony przez grupę?",
        ],
    ),
    (
        "agreed_help",
        [
            "Enter keeps the draft's level",
            "Entrée garde le niveau du brouillon",
            "Invio tiene il livello della bozza",
            "Intro conserva el nivel del borrador",
            "Enter zachowuje poziom z projektu",
        ],
    ),
    (
        "why_question",
        [
            "Why did the group agree on this level?",
            "Pourquoi le groupe a-t-il retenu ce niveau\u{202f}?",
            "Perché il gruppo ha concordato questo livello?",
            "¿Por qué el grupo acordó este nivel?",
            "Dlaczego grupa uzgodniła ten poziom?",
        ],
    ),
    (
        "why_help",
        [
            "one sentence for the record: what convinced the group",
            "une phrase pour la trace\u{202f}: ce qui a convaincu le groupe",
            "una frase per memoria: che cosa ha convinto il gruppo",
            "una frase para el registro: qué convenció al grupo",
            "jedno zdanie do protokołu: co przekonało grupę",
        ],
    ),
    (
        "why_needed",
        [
            "say in a few words why; it is kept in the file",
            "dites en quelques mots pourquoi\u{202f}; c’est gardé dans le fichier",
            "dite in poche parole perché; resta nel file",
            "digan en pocas palabras por qué; queda en el archivo",
            "napiszcie w kilku słowach dlaczego; zostanie to w pliku",
        ],
    ),
    (
        "nothing_to_discuss",
        [
            "{file}: nothing left to discuss; it is an ordinary assessment: aqor score {file}",
            "{file}\u{202f}: plus rien à discuter\u{202f}; c’est une évaluation ordinaire\u{202f}: aqor score {file}",
            "{file}: niente più da discutere; è una valutazione ordinaria: aqor score {file}",
            "{file}: nada más que discutir; es una evaluación ordinaria: aqor score {file}",
            "{file}: nic więcej do omówienia; to zwykła ocena: aqor score {file}",
        ],
    ),
    (
        "recorded",
        [
            "{file}: the group's agreement recorded on {n} {n|indicator|indicators}; nothing left to discuss; it is an ordinary assessment: aqor score {file}",
            "{file}\u{202f}: accord du groupe enregistré sur {n} {n|indicateur|indicateurs}\u{202f}; plus rien à discuter\u{202f}; c’est une évaluation ordinaire\u{202f}: aqor score {file}",
            "{file}: accordo del gruppo registrato su {n} {n|indicatore|indicatori}; niente più da discutere; è una valutazione ordinaria: aqor score {file}",
            "{file}: acuerdo del grupo registrado en {n} {n|indicador|indicadores}; nada más que discutir; es una evaluación ordinaria: aqor score {file}",
            "{file}: zapisano uzgodnienie grupy dla {n} {n|wskaźnika|wskaźników|wskaźników}; nic więcej do omówienia; to zwykła ocena: aqor score {file}",
        ],
    ),
    (
        "stopped",
        [
            "Stopped. Every agreement given is saved in {file}. To resume, run again:\n  aqor assess {file} --consensus",
            "Arrêté. Chaque accord donné est enregistré dans {file}. Pour reprendre, relancez\u{202f}:\n  aqor assess {file} --consensus",
            "Interrotto. Ogni accordo dato è salvato in {file}. Per riprendere, eseguite di nuovo:\n  aqor assess {file} --consensus",
            "Detenido. Cada acuerdo dado está guardado en {file}. Para continuar, ejecuten de nuevo:\n  aqor assess {file} --consensus",
            "Przerwano. Każde uzgodnienie jest zapisane w {file}. Aby wznowić, uruchomcie ponownie:\n  aqor assess {file} --consensus",
        ],
    ),
    (
        "not_a_draft",
        [
            "{file} is not a consensus draft (an assessment with `consensus:`); make one with `aqor consensus`",
            "{file} n’est pas un brouillon de consensus (une évaluation avec `consensus:`)\u{202f}; faites-en un avec `aqor consensus`",
            "{file} non è una bozza di consenso (una valutazione con `consensus:`); createne una con `aqor consensus`",
            "{file} no es un borrador de consenso (una evaluación con `consensus:`); creen uno con `aqor consensus`",
            "{file} nie jest projektem konsensusu (oceną z `consensus:`); utwórz go poleceniem `aqor consensus`",
        ],
    ),
    (
        "no_terminal",
        [
            "aqor assess --consensus asks its questions in a terminal, and stdin or stdout is not one; answer line by line with\n  aqor assess {file} --consensus --plain",
            "aqor assess --consensus pose ses questions dans un terminal, et stdin ou stdout n’en est pas un\u{202f}; répondez ligne à ligne avec\n  aqor assess {file} --consensus --plain",
            "aqor assess --consensus fa le domande in un terminale, e stdin o stdout non lo è; rispondete riga per riga con\n  aqor assess {file} --consensus --plain",
            "aqor assess --consensus hace sus preguntas en una terminal, y stdin o stdout no lo es; respondan línea a línea con\n  aqor assess {file} --consensus --plain",
            "aqor assess --consensus zadaje pytania w terminalu, a stdin lub stdout nim nie jest; odpowiadaj wiersz po wierszu:\n  aqor assess {file} --consensus --plain",
        ],
    ),
];
