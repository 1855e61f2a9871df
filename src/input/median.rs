//! `--respondents median`: a read that brings each structure's respondents in a
//! campaign together at their median before anything is scored (docs/consensus.md).
//! Every answer is held until the groups are made (a campaign need not list a
//! structure's respondents together), as `aqor consensus` holds them.

use super::{Error, Inputs, Summary};
use crate::assessment::Assessment;
use crate::consensus::median::merge;
use crate::i18n::Catalogue;
use crate::msg;

impl Inputs {
    /// Reads every input, then hands `each` the assessments naming no respondent and
    /// one median assessment per group, in input order.
    pub(super) fn for_each_median<E: From<Error>>(
        &self,
        anonymize: bool,
        mut each: impl FnMut(Assessment) -> Result<(), E>,
    ) -> Result<Summary, E> {
        let mut all = Vec::new();
        let mut summary = self.read_mapped(
            |_, _| (),
            |a, ()| {
                all.push(a);
                Ok::<(), E>(())
            },
        )?;
        let merged = merge(&self.grid, all, anonymize);
        {
            let mut sink = self.sink.borrow_mut();
            for (id, campaign, n) in &merged.clashes {
                sink.problem(&msg!(
                    WORDS,
                    "clash",
                    id = id.as_str(),
                    campaign = campaign.as_str(),
                    n = *n
                ));
            }
            let clashes = merged.clashes.len();
            if clashes > 0 {
                summary.invalid += clashes;
                if !self.options.skip_invalid {
                    let failed = msg!(WORDS, "clash_failed", n = clashes);
                    return Err(Error::Failed(failed).into());
                }
            }
            if merged.groups > 0 {
                sink.note(&msg!(
                    WORDS,
                    "merged",
                    n = merged.groups,
                    respondents = merged.respondents
                ));
            }
        }
        summary.assessments = merged.assessments.len();
        for a in merged.assessments {
            each(a)?;
        }
        Ok(summary)
    }
}

/// What a `--respondents median` read says (en, fr, it, es, pl).
pub const WORDS: Catalogue = &[
    (
        "merged",
        [
            "note: --respondents median: the answers of {respondents} {respondents|respondent|respondents} brought together at their median into {n} {n|assessment|assessments} (one per structure and campaign)",
            "note\u{202f}: --respondents median\u{202f}: les réponses de {respondents} {respondents|répondant|répondants} réunies à leur médiane en {n} {n|évaluation|évaluations} (une par structure et campagne)",
            "nota: --respondents median: le risposte di {respondents} {respondents|rispondente|rispondenti} riunite alla loro mediana in {n} {n|valutazione|valutazioni} (una per struttura e campagna)",
            "nota: --respondents median: las respuestas de {respondents} {respondents|encuestado|encuestados} reunidas en su mediana en {n} {n|evaluación|evaluaciones} (una por estructura y campaña)",
            "uwaga: --respondents median: odpowiedzi {respondents} {respondents|respondenta|respondentów|respondentów} połączone medianą w {n} {n|ocenę|oceny|ocen} (jedna na podmiot i kampanię)",
        ],
    ),
    (
        "clash",
        [
            "{id:q} in campaign {campaign}: an assessment that names no respondent (a consensus file?) and the answers of {n} {n|respondent|respondents}; counted both, the structure would count twice: remove one or the other from the inputs",
            "{id:q} dans la campagne {campaign}\u{202f}: une évaluation sans répondant (un fichier de consensus\u{202f}?) et les réponses de {n} {n|répondant|répondants}\u{202f}; comptées toutes deux, la structure compterait deux fois\u{202f}: retirez l’une ou les autres des entrées",
            "{id:q} nella campagna {campaign}: una valutazione senza rispondente (un file di consenso?) e le risposte di {n} {n|rispondente|rispondenti}; contate entrambe, la struttura conterebbe due volte: togliete l’una o le altre dagli input",
            "{id:q} en la campaña {campaign}: una evaluación sin encuestado (¿un archivo de consenso?) y las respuestas de {n} {n|encuestado|encuestados}; contadas ambas, la estructura contaría dos veces: quiten una u otras de las entradas",
            "{id:q} w kampanii {campaign}: ocena bez respondenta (plik konsensusu?) i odpowiedzi {n} {n|respondenta|respondentów|respondentów}; liczone razem, podmiot liczyłby się dwa razy: usuńcie jedno lub drugie z danych wejściowych",
        ],
    ),
    (
        "clash_failed",
        [
            "{n} {n|structure|structures} both assessed and answered by respondents; fix the inputs, or use --skip-invalid to leave the respondents' answers out",
            "{n} {n|structure|structures} à la fois évaluées et répondues par des répondants\u{202f}; corrigez les entrées, ou utilisez --skip-invalid pour laisser de côté les réponses des répondants",
            "{n} {n|struttura|strutture} sia valutate sia con risposte di rispondenti; correggete gli input, o usate --skip-invalid per lasciare da parte le risposte dei rispondenti",
            "{n} {n|estructura|estructuras} a la vez evaluadas y respondidas por encuestados; corrijan las entradas, o usen --skip-invalid para dejar de lado las respuestas de los encuestados",
            "{n} {n|podmiot|podmioty|podmiotów} zarówno ocenione, jak i z odpowiedziami respondentów; poprawcie dane wejściowe lub użyjcie --skip-invalid, aby pominąć odpowiedzi respondentów",
        ],
    ),
];
