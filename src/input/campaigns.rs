//! Which campaign each assessment belongs to, and what a pass checks per campaign:
//! one assessment per structure (see docs/compare.md, "What a campaign is") and
//! dates that belong together.
//!
//! A campaign is the one a row or file names (a `campaign` cell, a `campaign:` key),
//! else `--campaign`, else the campaign file's own name, else the period its date
//! falls in ([`Period`]). The engine writes the label it settled into every
//! assessment it hands over, so later stages never guess again.

use super::Options;
use crate::campaign::{Place, campaign_hash, fingerprint_in};
use crate::i18n::Catalogue;
use chrono::{Datelike, NaiveDate};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Days from the middle of its campaign after which a date gets a warning (six months).
const FAR: i64 = 183;

/// What the duplicate check needs of an assessment: worked out on a builder thread.
#[derive(Debug, Clone, Copy)]
pub(super) struct Who {
    /// Structure and campaign.
    pub key: u128,
    pub campaign: u64,
    pub date: NaiveDate,
}

impl Who {
    pub fn new(structure_id: &str, campaign: &str, date: NaiveDate) -> Who {
        let campaign = campaign_hash(campaign);
        Who {
            key: fingerprint_in(structure_id, campaign),
            campaign,
            date,
        }
    }
}

impl Options {
    /// Writes the settled campaign into `a`, read from a campaign file named `file`.
    pub(super) fn settle(&self, a: &mut crate::assessment::Assessment, file: Option<&str>) {
        let label = self
            .campaign_of(a.campaign.as_deref(), file, a.date)
            .into_owned();
        a.campaign = Some(label);
    }

    /// The duplicate check's view of an assessment whose campaign is settled; one
    /// respondent's answers are keyed on their respondent too (several respondents of
    /// a structure are a group self-assessment, not one assessment read twice).
    pub(super) fn who(&self, a: &crate::assessment::Assessment) -> Who {
        let campaign = self.campaign_of(a.campaign.as_deref(), None, a.date);
        let mut who = Who::new(&a.structure.id, &campaign, a.date);
        if let Some(r) = &a.respondent {
            who.key ^= xxhash_rust::xxh3::xxh3_128_with_seed(r.as_bytes(), 0x7e5d).rotate_left(17);
        }
        who
    }

    /// The campaign of an assessment naming `named` (or none), read from a campaign
    /// file named `file` (`None` for an assessment file or stdin).
    pub(super) fn campaign_of<'a>(
        &'a self,
        named: Option<&'a str>,
        file: Option<&'a str>,
        date: NaiveDate,
    ) -> Cow<'a, str> {
        match named.or(self.campaign.as_deref()).or(file) {
            Some(c) => Cow::Borrowed(c),
            None => Cow::Owned(self.period.label(date)),
        }
    }
}

/// Per day of a campaign (days since the common era), how many assessments and the
/// first place.
type Days = HashMap<i32, (u64, Place), BuildHasherDefault<DayHasher>>;

/// Day numbers are dense small integers: one multiplication spreads them (this runs
/// for every row; SipHash cost more than the rest of the check).
#[derive(Default)]
pub(super) struct DayHasher(u64);

impl Hasher for DayHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8 | u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_i32(&mut self, n: i32) {
        self.0 = u64::from(n.cast_unsigned()).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The dates of each campaign read so far: per day, how many and the first place.
/// Bounded by the days of a year or two, whatever the number of rows.
#[derive(Default)]
pub(super) struct Dates {
    /// Campaign hash, label and days; few campaigns, looked up from the last one used.
    campaigns: Vec<(u64, String, Days)>,
    last: usize,
}

impl Dates {
    /// Counts `who`'s date in its campaign; `label` names the campaign the first time.
    pub fn add(&mut self, who: &Who, at: Place, label: impl FnOnce() -> String) {
        if self
            .campaigns
            .get(self.last)
            .is_none_or(|c| c.0 != who.campaign)
        {
            self.last = match self.campaigns.iter().position(|c| c.0 == who.campaign) {
                Some(i) => i,
                None => {
                    self.campaigns
                        .push((who.campaign, label(), Days::default()));
                    self.campaigns.len() - 1
                }
            };
        }
        let days = &mut self.campaigns[self.last].2;
        days.entry(who.date.num_days_from_ce()).or_insert((0, at)).0 += 1;
    }

    /// Dates more than six months from the middle (median) of their campaign:
    /// (campaign, date, how many, first place, the middle date).
    pub fn far(&self) -> Vec<(&str, NaiveDate, u64, Place, NaiveDate)> {
        let date = |d: i32| NaiveDate::from_num_days_from_ce_opt(d).unwrap_or_default();
        let mut out = Vec::new();
        for (_, label, days) in &self.campaigns {
            let mut days: Vec<_> = days.iter().map(|(d, v)| (*d, *v)).collect();
            days.sort_unstable_by_key(|(d, _)| *d);
            let total: u64 = days.iter().map(|(_, (n, _))| n).sum();
            let mut passed = 0;
            let Some(middle) = days.iter().find_map(|(d, (n, _))| {
                passed += n;
                (2 * passed >= total).then_some(*d)
            }) else {
                continue;
            };
            for (d, (n, at)) in days {
                if i64::from(d - middle).abs() > FAR {
                    out.push((label.as_str(), date(d), n, at, date(middle)));
                }
            }
        }
        out.sort_by_key(|&(_, _, _, at, _)| at);
        out
    }
}

/// Messages of campaigns in a pass (en, fr, it, es, pl).
pub const WORDS: Catalogue = &[
    (
        "twice",
        [
            "{id:q} is assessed twice in campaign {campaign}: here and in {first}; keep one, or give --keep latest to use the later one",
            "{id:q} est évaluée deux fois dans la campagne {campaign}\u{202f}: ici et dans {first}\u{202f}; gardez-en une, ou donnez --keep latest pour retenir la plus récente",
            "{id:q} è valutata due volte nella campagna {campaign}: qui e in {first}; tenetene una, o date --keep latest per usare la più recente",
            "{id:q} se evalúa dos veces en la campaña {campaign}: aquí y en {first}; conserven una, o indiquen --keep latest para usar la más reciente",
            "{id:q} jest oceniana dwa razy w kampanii {campaign}: tutaj i w {first}; zostawcie jedną albo podajcie --keep latest, aby użyć późniejszej",
        ],
    ),
    (
        "left_out",
        [
            "{here}: left out: {id:q} has a later assessment in campaign {campaign} ({kept}) and --keep latest was given",
            "{here}\u{202f}: écartée\u{202f}: {id:q} a une évaluation plus récente dans la campagne {campaign} ({kept}) et --keep latest a été donné",
            "{here}: esclusa: {id:q} ha una valutazione più recente nella campagna {campaign} ({kept}) ed è stato dato --keep latest",
            "{here}: descartada: {id:q} tiene una evaluación más reciente en la campaña {campaign} ({kept}) y se indicó --keep latest",
            "{here}: pominięta: {id:q} ma późniejszą ocenę w kampanii {campaign} ({kept}), a podano --keep latest",
        ],
    ),
    (
        "far_date",
        [
            "{date} is more than six months from the rest of campaign {campaign} (its middle is {middle}){more}{school}; is the date right, or does it belong to another campaign? (a `campaign` column or key names campaigns yourself)",
            "{date} est à plus de six mois du reste de la campagne {campaign} (son milieu est le {middle}){more}{school}\u{202f}; la date est-elle juste, ou appartient-elle à une autre campagne\u{202f}? (une colonne ou une clé `campaign` nomme les campagnes vous-même)",
            "{date} dista più di sei mesi dal resto della campagna {campaign} (la sua metà è il {middle}){more}{school}; la data è giusta, o appartiene a un’altra campagna? (una colonna o chiave `campaign` nomina le campagne a mano)",
            "{date} está a más de seis meses del resto de la campaña {campaign} (su mitad es el {middle}){more}{school}; ¿es correcta la fecha, o pertenece a otra campaña? (una columna o clave `campaign` nombra las campañas a mano)",
            "{date} jest ponad sześć miesięcy od reszty kampanii {campaign} (jej środek to {middle}){more}{school}; czy data jest poprawna, czy należy do innej kampanii? (kolumna lub klucz `campaign` nazywa kampanie ręcznie)",
        ],
    ),
    (
        "far_school",
        [
            "; by school year (--period school) it would be in {school}",
            "\u{202f}; par année scolaire (--period school) elle serait dans {school}",
            "; per anno scolastico (--period school) sarebbe in {school}",
            "; por curso escolar (--period school) estaría en {school}",
            "; według roku szkolnego (--period school) należałaby do {school}",
        ],
    ),
    (
        "far_more",
        [
            ", like {n} more {n|row|rows}",
            ", comme {n} {n|autre ligne|autres lignes}",
            ", come {n} {n|altra riga|altre righe}",
            ", como {n} {n|fila más|filas más}",
            ", jak {n} {n|inny wiersz|inne wiersze|innych wierszy}",
        ],
    ),
    (
        "no_column",
        [
            "no column for {ids}: unanswered in this file ({n} {n|structure|structures}); {n|its|their} coverage is at most {coverage} (add the column, empty cells stay unanswered; --strict refuses such a file)",
            "aucune colonne pour {ids}\u{202f}: sans réponse dans ce fichier ({n} {n|structure|structures})\u{202f}; {n|sa|leur} couverture est d’au plus {coverage} (ajoutez la colonne, les cellules vides restent sans réponse\u{202f}; --strict refuse un tel fichier)",
            "nessuna colonna per {ids}: senza risposta in questo file ({n} {n|struttura|strutture}); la {n|sua|loro} copertura è al massimo {coverage} (aggiungete la colonna, le celle vuote restano senza risposta; --strict rifiuta un tale file)",
            "ninguna columna para {ids}: sin respuesta en este archivo ({n} {n|estructura|estructuras}); su cobertura es como mucho {coverage} (añadan la columna, las celdas vacías quedan sin respuesta; --strict rechaza tal archivo)",
            "brak kolumny dla {ids}: bez odpowiedzi w tym pliku ({n} {n|podmiot|podmioty|podmiotów}); {n|jego|ich|ich} pokrycie wynosi najwyżej {coverage} (dodajcie kolumnę, puste komórki pozostaną bez odpowiedzi; --strict odrzuca taki plik)",
        ],
    ),
    (
        "no_column_strict",
        [
            "no column for {ids}, which the grid asks; add them (empty cells stay unanswered), or leave out --strict",
            "aucune colonne pour {ids}, que la grille demande\u{202f}; ajoutez-les (les cellules vides restent sans réponse), ou retirez --strict",
            "nessuna colonna per {ids}, che la griglia chiede; aggiungetele (le celle vuote restano senza risposta), o togliete --strict",
            "ninguna columna para {ids}, que el referencial pide; añádanlas (las celdas vacías quedan sin respuesta), o quiten --strict",
            "brak kolumn dla {ids}, których wymaga siatka; dodajcie je (puste komórki pozostaną bez odpowiedzi) albo pomińcie --strict",
        ],
    ),
    (
        "more_twice",
        [
            "… and {n} more {n|assessment|assessments} read twice, not listed",
            "… et {n} {n|autre évaluation lue|autres évaluations lues} deux fois, non {n|listée|listées}",
            "… e altre {n} {n|valutazione letta|valutazioni lette} due volte, non {n|elencata|elencate}",
            "… y {n} {n|evaluación más leída|evaluaciones más leídas} dos veces, no {n|listada|listadas}",
            "… i {n} {n|kolejna ocena wczytana|kolejne oceny wczytane|kolejnych ocen wczytanych} dwa razy, niewymienionych",
        ],
    ),
    (
        "late_twice",
        [
            "{n} {n|assessment|assessments} read twice {n|was|were} found only after the whole input was scored (it has over {keys} structures and campaigns); remove {n|it|them} and run again",
            "{n} {n|évaluation lue|évaluations lues} deux fois {n|a été trouvée|ont été trouvées} seulement après l’évaluation de toute l’entrée (elle a plus de {keys} structures et campagnes)\u{202f}; {n|retirez-la|retirez-les} et relancez",
            "{n} {n|valutazione letta|valutazioni lette} due volte {n|è stata trovata|sono state trovate} solo dopo aver calcolato tutto l’input (ha più di {keys} strutture e campagne); {n|rimuovetela|rimuovetele} e rilanciate",
            "{n} {n|evaluación leída|evaluaciones leídas} dos veces {n|se encontró|se encontraron} solo después de puntuar toda la entrada (tiene más de {keys} estructuras y campañas); {n|quítenla|quítenlas} y vuelvan a ejecutar",
            "{n} {n|ocenę wczytaną|oceny wczytane|ocen wczytanych} dwa razy znaleziono dopiero po obliczeniu całego wejścia (ma ponad {keys} podmiotów i kampanii); usuńcie {n|ją|je|je} i uruchomcie ponownie",
        ],
    ),
    (
        "invalid",
        [
            "{n} invalid {n|row or file|rows or files}; fix {n|it|them}, or use --skip-invalid to leave {n|it|them} out",
            "{n} {n|ligne ou fichier invalide|lignes ou fichiers invalides}\u{202f}; {n|corrigez-le|corrigez-les}, ou ajoutez --skip-invalid pour {n|l’écarter|les écarter}",
            "{n} {n|riga o file non valido|righe o file non validi}; {n|correggetelo|correggeteli}, o usate --skip-invalid per {n|escluderlo|escluderli}",
            "{n} {n|fila o archivo no válido|filas o archivos no válidos}; {n|corríjanlo|corríjanlos}, o usen --skip-invalid para {n|descartarlo|descartarlos}",
            "{n} {n|nieprawidłowy wiersz lub plik|nieprawidłowe wiersze lub pliki|nieprawidłowych wierszy lub plików}; poprawcie {n|go|je|je} albo użyjcie --skip-invalid, aby {n|go|je|je} pominąć",
        ],
    ),
    (
        "skipped",
        [
            "skipped {n} invalid {n|row or file|rows or files}; used {used} {used|assessment|assessments}",
            "{n} {n|ligne ou fichier invalide écarté|lignes ou fichiers invalides écartés}\u{202f}; {used} {used|évaluation utilisée|évaluations utilisées}",
            "{n} {n|riga o file non valido saltato|righe o file non validi saltati}; {used} {used|valutazione usata|valutazioni usate}",
            "{n} {n|fila o archivo no válido omitido|filas o archivos no válidos omitidos}; {used} {used|evaluación usada|evaluaciones usadas}",
            "pominięto {n} {n|nieprawidłowy wiersz lub plik|nieprawidłowe wiersze lub pliki|nieprawidłowych wierszy lub plików}; użyto {used} {used|oceny|ocen|ocen}",
        ],
    ),
    (
        "header_blocks",
        [
            "{place}: no row of it is used until its header is fixed",
            "{place}\u{202f}: aucune de ses lignes n’est utilisée tant que son en-tête n’est pas corrigé",
            "{place}: nessuna sua riga è usata finché l’intestazione non è corretta",
            "{place}: no se usa ninguna de sus filas hasta que se corrija su encabezado",
            "{place}: żaden jego wiersz nie zostanie użyty, dopóki nagłówek nie zostanie poprawiony",
        ],
    ),
    (
        "answer_left_out",
        [
            "{file}: {id} is not in {grid} (nor replaced by one of its indicators); its answer is left out",
            "{file}\u{202f}: {id} n’est pas dans {grid} (ni remplacé par l’un de ses indicateurs)\u{202f}; sa réponse est écartée",
            "{file}: {id} non è in {grid} (né sostituito da uno dei suoi indicatori); la sua risposta è esclusa",
            "{file}: {id} no está en {grid} (ni lo sustituye uno de sus indicadores); su respuesta se descarta",
            "{file}: {id} nie występuje w {grid} (ani nie zastępuje go żaden z jej wskaźników); jego odpowiedź jest pominięta",
        ],
    ),
    (
        "answer_merged",
        [
            "{file}: {id} is merged into {into} in {grid}, which keeps the answer of {kept}; its answer is left out",
            "{file}\u{202f}: {id} est fusionné dans {into} dans {grid}, qui garde la réponse de {kept}\u{202f}; sa réponse est écartée",
            "{file}: {id} è fuso in {into} in {grid}, che tiene la risposta di {kept}; la sua risposta è esclusa",
            "{file}: {id} se fusiona en {into} en {grid}, que conserva la respuesta de {kept}; su respuesta se descarta",
            "{file}: {id} jest połączony z {into} w {grid}, który zachowuje odpowiedź {kept}; jego odpowiedź jest pominięta",
        ],
    ),
    (
        "spill_write",
        [
            "cannot write the temporary file of structures and dates",
            "impossible d’écrire le fichier temporaire des structures et des dates",
            "impossibile scrivere il file temporaneo di strutture e date",
            "no se puede escribir el archivo temporal de estructuras y fechas",
            "nie można zapisać pliku tymczasowego podmiotów i dat",
        ],
    ),
    (
        "spill_read",
        [
            "cannot read back the temporary file of structures and dates",
            "impossible de relire le fichier temporaire des structures et des dates",
            "impossibile rileggere il file temporaneo di strutture e date",
            "no se puede volver a leer el archivo temporal de estructuras y fechas",
            "nie można ponownie odczytać pliku tymczasowego podmiotów i dat",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn a_date_far_from_its_campaign_is_found_by_the_median() {
        let mut dates = Dates::default();
        let at = |row| Place { file: 0, row };
        for (row, day) in [(2, d(3, 3)), (3, d(3, 5)), (4, d(3, 9)), (5, d(10, 20))] {
            dates.add(&Who::new("s", "c", day), at(row), || "c".into());
        }
        let far = dates.far();
        assert_eq!(far.len(), 1);
        let (label, date, n, place, middle) = far[0];
        assert_eq!(
            (label, date, n, place, middle),
            ("c", d(10, 20), 1, at(5), d(3, 5))
        );
        // A school-year campaign from December to January is one campaign, no warning.
        let mut dates = Dates::default();
        for (row, day) in [(2, d(1, 10)), (3, d(1, 20))] {
            dates.add(&Who::new("s", "c", day), at(row), || "c".into());
        }
        dates.add(
            &Who::new("s", "c", NaiveDate::from_ymd_opt(2025, 12, 1).unwrap()),
            at(4),
            || "c".into(),
        );
        assert!(dates.far().is_empty());
    }
}
