//! The first questions: which structure is assessed, by whom, with which profiles.

use super::prompt::{Item, Prompt, Reply, anything};
use super::words::w;
use aqor::assessment::Structure;
use aqor::grid::Grid;

/// What the command line already says; only the rest is asked.
#[derive(Debug, Default, Clone)]
pub struct Known {
    pub id: Option<String>,
    pub name: Option<String>,
    pub network: Option<String>,
    pub assessor: Option<String>,
    pub profiles: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Field {
    Name,
    Id,
    Network,
    Assessor,
    Profiles,
}

/// Asks what `known` lacks; Esc on the first question gives `Back` (nothing decided).
pub fn ask(
    p: &mut dyn Prompt,
    grid: &Grid,
    lang: &str,
    known: &Known,
) -> anyhow::Result<Reply<(Structure, Option<String>)>> {
    let mut s = Structure {
        id: known.id.clone().unwrap_or_default(),
        name: known.name.clone().unwrap_or_default(),
        network: known.network.clone(),
        profiles: known.profiles.clone().unwrap_or_default(),
        ..Structure::default()
    };
    let mut assessor = known.assessor.clone();
    let fields: Vec<Field> = [
        (Field::Name, known.name.is_none()),
        (Field::Id, known.id.is_none()),
        (Field::Network, known.network.is_none()),
        (Field::Assessor, known.assessor.is_none()),
        (
            Field::Profiles,
            known.profiles.is_none() && !grid.profiles.is_empty(),
        ),
    ]
    .into_iter()
    .filter_map(|(f, ask)| ask.then_some(f))
    .collect();
    let required = |t: &str| {
        if t.trim().is_empty() {
            Err(w("err_required", lang).to_string())
        } else {
            Ok(())
        }
    };
    let mut k = 0;
    while let Some(field) = fields.get(k) {
        let reply = match field {
            Field::Id => {
                let check = |t: &str| check_id(t, lang);
                if s.id.is_empty() {
                    // An id made from the name, ready to be accepted or edited.
                    let help = format!(
                        "{} · {}",
                        w("id_suggested", lang),
                        w("help_structure_id", lang)
                    );
                    p.edit(w("q_structure_id", lang), &id_from(&s.name), &help, &check)?
                } else {
                    p.text(
                        w("q_structure_id", lang),
                        &s.id,
                        w("help_structure_id", lang),
                        &check,
                    )?
                }
                .map(|t| s.id = t.trim().to_string())
            }
            Field::Name => p
                .text(w("q_structure_name", lang), &s.name, "", &required)?
                .map(|t| s.name = t.trim().to_string()),
            Field::Network => {
                let now = s.network.clone().unwrap_or_default();
                p.text(
                    w("q_network", lang),
                    &now,
                    w("help_optional", lang),
                    &anything,
                )?
                .map(|t| s.network = non_empty(t))
            }
            Field::Assessor => {
                let now = assessor.clone().unwrap_or_default();
                p.text(
                    w("q_assessor", lang),
                    &now,
                    w("help_optional", lang),
                    &anything,
                )?
                .map(|t| assessor = non_empty(t))
            }
            Field::Profiles => profiles(p, grid, lang, &mut s.profiles)?,
        };
        match reply {
            Reply::Given(()) => k += 1,
            Reply::Back if k == 0 => return Ok(Reply::Back),
            Reply::Back => k -= 1,
        }
    }
    Ok(Reply::Given((s, assessor)))
}

fn profiles(
    p: &mut dyn Prompt,
    grid: &Grid,
    lang: &str,
    chosen: &mut Vec<String>,
) -> anyhow::Result<Reply<()>> {
    let items: Vec<Item> = grid
        .profiles
        .iter()
        .map(|q| Item::new(&q.id, grid.text(&q.label, lang)))
        .collect();
    let ticked: Vec<usize> = grid
        .profiles
        .iter()
        .enumerate()
        .filter(|(_, q)| chosen.contains(&q.id))
        .map(|(i, _)| i)
        .collect();
    let reply = p.multi(
        w("q_profiles", lang),
        &items,
        &ticked,
        w("help_profiles", lang),
    )?;
    Ok(reply.map(|picked| {
        *chosen = picked
            .into_iter()
            .map(|i| grid.profiles[i].id.clone())
            .collect()
    }))
}

/// A structure id: letters, digits, `-` and `_`, nothing else (it names files and rows).
fn check_id(t: &str, lang: &str) -> Result<(), String> {
    let t = t.trim();
    if t.is_empty() {
        Err(w("err_required", lang).to_string())
    } else if t
        .chars()
        .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        Ok(())
    } else {
        Err(format!("“{t}”: {}", w("err_structure_id", lang)))
    }
}

/// An id made from a name: `Mission Locale de Blois` → `mission-locale-de-blois`.
pub fn id_from(name: &str) -> String {
    let mut id = String::new();
    for c in name.to_lowercase().chars() {
        match fold(c) {
            Some(f) => id.push_str(f),
            None if c.is_ascii_alphanumeric() => id.push(c),
            None if !id.is_empty() && !id.ends_with('-') => id.push('-'),
            None => {}
        }
    }
    id.trim_end_matches('-').to_string()
}

/// The plain letters of an accented one (French, Italian, Spanish, Polish).
fn fold(c: char) -> Option<&'static str> {
    const FOLDS: [(&str, &str); 12] = [
        ("àáâäãąå", "a"),
        ("çćč", "c"),
        ("èéêëę", "e"),
        ("ìíîï", "i"),
        ("ł", "l"),
        ("ñń", "n"),
        ("òóôöõ", "o"),
        ("ùúûü", "u"),
        ("śš", "s"),
        ("źżž", "z"),
        ("œ", "oe"),
        ("æ", "ae"),
    ];
    FOLDS
        .iter()
        .find(|(from, _)| from.contains(c))
        .map(|(_, to)| *to)
}

fn non_empty(t: String) -> Option<String> {
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_checked_and_made_from_names() {
        assert_eq!(
            id_from("Mission Locale de Blois"),
            "mission-locale-de-blois"
        );
        assert_eq!(
            id_from("  Łódź — Centrum Kariery! "),
            "lodz-centrum-kariery"
        );
        assert_eq!(id_from("CIO d'Évreux"), "cio-d-evreux");
        assert!(check_id("cio-blois_2", "en").is_ok());
        assert!(check_id("Mission Locale Blois", "fr").is_err());
        assert!(check_id(" ", "pl").is_err());
    }
}
