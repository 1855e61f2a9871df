//! The kinds of finding `grid check` reports, by code: what CI tools group by
//! (SARIF rule ids, JUnit types, annotation titles), each described in five languages.

use crate::i18n::{Catalogue, tr};

/// (code, [en, fr, it, es, pl]): errors first, then warnings.
pub const RULES: Catalogue = &[
    (
        "yaml",
        [
            "The file is not valid YAML",
            "Le fichier n’est pas du YAML valide",
            "Il file non è YAML valido",
            "El archivo no es YAML válido",
            "Plik nie jest poprawnym YAML-em",
        ],
    ),
    (
        "tab",
        [
            "A tab indents a line",
            "Une tabulation indente une ligne",
            "Una tabulazione indenta una riga",
            "Un tabulador sangra una línea",
            "Tabulator wcina wiersz",
        ],
    ),
    (
        "indentation",
        [
            "Indentation does not match the lines above",
            "L’indentation ne correspond pas aux lignes précédentes",
            "Il rientro non corrisponde alle righe precedenti",
            "La sangría no coincide con las líneas anteriores",
            "Wcięcie nie pasuje do wierszy powyżej",
        ],
    ),
    (
        "unknown-key",
        [
            "A key the format does not have",
            "Une clé que le format ne connaît pas",
            "Una chiave che il formato non prevede",
            "Una clave que el formato no tiene",
            "Klucz, którego format nie zna",
        ],
    ),
    (
        "duplicate-key",
        [
            "A key given twice in one mapping",
            "Une clé donnée deux fois",
            "Una chiave data due volte",
            "Una clave dada dos veces",
            "Klucz podany dwa razy",
        ],
    ),
    (
        "missing-key",
        [
            "A required key is missing",
            "Une clé obligatoire manque",
            "Manca una chiave obbligatoria",
            "Falta una clave obligatoria",
            "Brak wymaganego klucza",
        ],
    ),
    (
        "wrong-type",
        [
            "A value of the wrong type",
            "Une valeur du mauvais type",
            "Un valore del tipo sbagliato",
            "Un valor del tipo incorrecto",
            "Wartość złego typu",
        ],
    ),
    (
        "decimal-comma",
        [
            "A decimal number written with a comma",
            "Un nombre décimal écrit avec une virgule",
            "Un numero decimale scritto con la virgola",
            "Un número decimal escrito con coma",
            "Liczba dziesiętna zapisana przecinkiem",
        ],
    ),
    (
        "rule-keys",
        [
            "A recognition rule with more or less than one key",
            "Une règle de reconnaissance sans exactement une clé",
            "Una regola di riconoscimento senza esattamente una chiave",
            "Una regla de reconocimiento sin exactamente una clave",
            "Reguła uznania bez dokładnie jednego klucza",
        ],
    ),
    (
        "too-large",
        [
            "The file is too large or too nested",
            "Le fichier est trop gros ou trop imbriqué",
            "Il file è troppo grande o annidato",
            "El archivo es demasiado grande o anidado",
            "Plik jest za duży lub zbyt zagnieżdżony",
        ],
    ),
    (
        "not-utf8",
        [
            "The file is not UTF-8 text",
            "Le fichier n’est pas du texte UTF-8",
            "Il file non è testo UTF-8",
            "El archivo no es texto UTF-8",
            "Plik nie jest tekstem UTF-8",
        ],
    ),
    (
        "empty-file",
        [
            "The file is empty",
            "Le fichier est vide",
            "Il file è vuoto",
            "El archivo está vacío",
            "Plik jest pusty",
        ],
    ),
    (
        "unreadable",
        [
            "The file cannot be read",
            "Le fichier ne peut pas être lu",
            "Il file non può essere letto",
            "El archivo no se puede leer",
            "Nie można odczytać pliku",
        ],
    ),
    (
        "bad-format",
        [
            "The format is not aqor-grid/1",
            "Le format n’est pas aqor-grid/1",
            "Il formato non è aqor-grid/1",
            "El formato no es aqor-grid/1",
            "Format nie jest aqor-grid/1",
        ],
    ),
    (
        "grid-id",
        [
            "The grid id is not of the right form",
            "L’identifiant de la grille n’a pas la bonne forme",
            "L’identificativo della griglia non ha la forma giusta",
            "El identificador del referencial no tiene la forma correcta",
            "Identyfikator siatki ma złą postać",
        ],
    ),
    (
        "bad-version",
        [
            "The version is not semver",
            "La version n’est pas au format semver",
            "La versione non è semver",
            "La versión no es semver",
            "Wersja nie jest w formacie semver",
        ],
    ),
    (
        "bad-language",
        [
            "A language code is not of the right form",
            "Un code de langue n’a pas la bonne forme",
            "Un codice di lingua non ha la forma giusta",
            "Un código de idioma no tiene la forma correcta",
            "Kod języka ma złą postać",
        ],
    ),
    (
        "id-grammar",
        [
            "An id is not of the right form or is reserved",
            "Un identifiant n’a pas la bonne forme ou est réservé",
            "Un identificativo non ha la forma giusta o è riservato",
            "Un identificador no tiene la forma correcta o está reservado",
            "Identyfikator ma złą postać lub jest zastrzeżony",
        ],
    ),
    (
        "duplicate-id",
        [
            "An id given twice",
            "Un identifiant donné deux fois",
            "Un identificativo dato due volte",
            "Un identificador dado dos veces",
            "Identyfikator podany dwa razy",
        ],
    ),
    (
        "missing-text",
        [
            "A text is missing in the default language",
            "Un texte manque dans la langue par défaut",
            "Manca un testo nella lingua predefinita",
            "Falta un texto en el idioma por defecto",
            "Brak tekstu w języku domyślnym",
        ],
    ),
    (
        "empty-list",
        [
            "A list that needs items is empty",
            "Une liste qui doit avoir des éléments est vide",
            "Un elenco che richiede elementi è vuoto",
            "Una lista que necesita elementos está vacía",
            "Lista, która wymaga elementów, jest pusta",
        ],
    ),
    (
        "unknown-reference",
        [
            "A name that refers to nothing in the grid",
            "Un nom qui ne désigne rien dans la grille",
            "Un nome che non rimanda a nulla nella griglia",
            "Un nombre que no remite a nada en el referencial",
            "Nazwa, która nie wskazuje niczego w siatce",
        ],
    ),
    (
        "reserved-level",
        [
            "The level id na is reserved",
            "L’identifiant de niveau na est réservé",
            "L’identificativo di livello na è riservato",
            "El identificador de nivel na está reservado",
            "Identyfikator poziomu na jest zastrzeżony",
        ],
    ),
    (
        "level-order",
        [
            "Level scores do not increase",
            "Les scores des niveaux ne croissent pas",
            "I punteggi dei livelli non crescono",
            "Las puntuaciones de los niveles no aumentan",
            "Punkty poziomów nie rosną",
        ],
    ),
    (
        "bad-number",
        [
            "A number out of its range",
            "Un nombre hors de sa plage",
            "Un numero fuori dal suo intervallo",
            "Un número fuera de su rango",
            "Liczba poza swoim zakresem",
        ],
    ),
    (
        "missing-translation",
        [
            "A text is missing in a declared language",
            "Un texte manque dans une langue déclarée",
            "Manca un testo in una lingua dichiarata",
            "Falta un texto en un idioma declarado",
            "Brak tekstu w zadeklarowanym języku",
        ],
    ),
    (
        "undeclared-language",
        [
            "A text in a language the grid does not declare",
            "Un texte dans une langue que la grille ne déclare pas",
            "Un testo in una lingua che la griglia non dichiara",
            "Un texto en un idioma que el referencial no declara",
            "Tekst w języku, którego siatka nie deklaruje",
        ],
    ),
    (
        "no-guidance",
        [
            "An indicator without guidance",
            "Un indicateur sans consigne",
            "Un indicatore senza indicazioni",
            "Un indicador sin orientación",
            "Wskaźnik bez wskazówek",
        ],
    ),
    (
        "target-lowest",
        [
            "A target at the lowest level",
            "Une cible au niveau le plus bas",
            "Un obiettivo al livello più basso",
            "Un objetivo en el nivel más bajo",
            "Cel na najniższym poziomie",
        ],
    ),
    (
        "no-action",
        [
            "A level below target with no action",
            "Un niveau sous la cible sans action",
            "Un livello sotto l’obiettivo senza azione",
            "Un nivel bajo el objetivo sin acción",
            "Poziom poniżej celu bez działania",
        ],
    ),
    (
        "action-never-applies",
        [
            "An action that never applies",
            "Une action qui ne s’applique jamais",
            "Un’azione che non si applica mai",
            "Una acción que nunca se aplica",
            "Działanie, które nigdy nie ma zastosowania",
        ],
    ),
    (
        "replaces-current",
        [
            "replaces names an id still in the grid",
            "replaces nomme un identifiant encore dans la grille",
            "replaces nomina un identificativo ancora nella griglia",
            "replaces nombra un identificador aún en el referencial",
            "replaces wskazuje identyfikator wciąż obecny w siatce",
        ],
    ),
    (
        "replaces-unknown",
        [
            "replaces names an id the older version never had",
            "replaces nomme un identifiant absent de l’ancienne version",
            "replaces nomina un identificativo assente nella versione precedente",
            "replaces nombra un identificador ausente de la versión anterior",
            "replaces wskazuje identyfikator, którego starsza wersja nie miała",
        ],
    ),
    (
        "unused-scale",
        [
            "A scale no indicator uses",
            "Une échelle qu’aucun indicateur n’utilise",
            "Una scala che nessun indicatore usa",
            "Una escala que ningún indicador usa",
            "Skala, której nie używa żaden wskaźnik",
        ],
    ),
    (
        "unused-profile",
        [
            "A profile no indicator or rule names",
            "Un profil qu’aucun indicateur ni règle ne nomme",
            "Un profilo che nessun indicatore o regola nomina",
            "Un perfil que ningún indicador ni regla nombra",
            "Profil, którego nie wskazuje żaden wskaźnik ani reguła",
        ],
    ),
    (
        "version-bump",
        [
            "The version is bumped less than the changes need",
            "La version augmente moins que ne l’exigent les changements",
            "La versione cresce meno di quanto richiedono le modifiche",
            "La versión sube menos de lo que exigen los cambios",
            "Wersja rośnie mniej, niż wymagają zmiany",
        ],
    ),
];

/// A finding kind's short description in `lang` (English by default).
pub fn describe(code: &str, lang: &str) -> &'static str {
    tr(RULES, code, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code the grid code attaches to a finding is described, in every language.
    #[test]
    fn every_code_is_described_in_five_languages() {
        for (code, words) in RULES {
            assert!(words.iter().all(|w| !w.is_empty()), "{code}");
        }
        let sources = [
            include_str!("load.rs"),
            include_str!("check.rs"),
            include_str!("yaml.rs"),
            include_str!("shape.rs"),
            include_str!("mod.rs"),
            include_str!("../cli/grid/check.rs"),
            include_str!("../cli/grid/diff.rs"),
        ];
        let mut used = 0;
        for src in sources {
            for pat in ["err(", "warn(", "with_code(", "misplaced_or("] {
                for piece in src.split(pat).skip(1) {
                    // The code is the call's first argument, on its line or the next.
                    let Some(piece) = piece.trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let code = &piece[..piece.find('"').unwrap()];
                    assert!(
                        !describe(code, "en").is_empty(),
                        "code `{code}` has no description"
                    );
                    used += 1;
                }
            }
        }
        // The code-scan floor: the scan must find the code sites, wherever rustfmt
        // breaks the call's line (54 when every grid finding came from a catalogue).
        assert!(used >= 54, "found {used} codes");
    }
}
