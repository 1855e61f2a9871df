//! Assessments back to a campaign CSV: what `aqor migrate` writes for a campaign. The
//! template's columns (docs/score.md), with `territory`, `assessor`, `campaign`,
//! `respondent`, `role` and the detail and action columns only when some row fills
//! them, so nothing is lost.

use super::header::{grid_cell, template};
use crate::assessment::{Answer, Assessment};
use crate::grid::Grid;

/// The campaign CSV (`,`-separated, UTF-8) of `all`, answers under `grid`'s ids.
pub fn write(grid: &Grid, all: &[Assessment]) -> String {
    let answers = || all.iter().flat_map(|a| a.answers.values());
    let has = |f: fn(&Answer) -> bool| answers().any(f);
    let details = has(|x| x.comment.is_some() || x.evidence.is_some() || x.importance.is_some());
    let actions = has(|x| x.action.is_some());
    let mut names = template(grid, details, actions);
    let after_date = names.iter().position(|n| n == "date").map_or(0, |d| d + 1);
    let extra = [
        (
            "territory",
            all.iter().any(|a| a.structure.territory.is_some()),
        ),
        ("assessor", all.iter().any(|a| a.assessor.is_some())),
        ("campaign", all.iter().any(|a| a.campaign.is_some())),
        ("respondent", all.iter().any(|a| a.respondent.is_some())),
        ("role", all.iter().any(|a| a.role.is_some())),
    ];
    for (at, (name, _)) in extra.iter().filter(|(_, used)| *used).enumerate() {
        names.insert(after_date + at, name.to_string());
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&names).expect("writing to memory");
    for a in all {
        let cells = names.iter().map(|n| cell(grid, a, n));
        out.write_record(cells).expect("writing to memory");
    }
    String::from_utf8(out.into_inner().expect("writing to memory")).expect("UTF-8 cells")
}

/// The cell of column `name` for `a`.
fn cell(grid: &Grid, a: &Assessment, name: &str) -> String {
    let s = &a.structure;
    let text = |o: &Option<String>| o.clone().unwrap_or_default();
    match name {
        "structure_id" => return s.id.clone(),
        "structure_name" => return s.name.clone(),
        "network" => return text(&s.network),
        "territory" => return text(&s.territory),
        "assessor" => return text(&a.assessor),
        "campaign" => return text(&a.campaign),
        "respondent" => return text(&a.respondent),
        "role" => return a.role.map(|r| r.id().to_string()).unwrap_or_default(),
        "date" => return a.date.to_string(),
        "profiles" => return s.profiles.join(" "),
        "grid" => return grid_cell(grid),
        _ => {}
    }
    let (id, suffix) = name.split_once(':').unwrap_or((name, ""));
    let Some(x) = a.answers.get(id) else {
        return String::new();
    };
    let action = x.action.clone().unwrap_or_default();
    match suffix {
        "" => x.level.as_str().to_string(),
        "comment" => text(&x.comment),
        "evidence" => text(&x.evidence),
        "importance" => x.importance.map(|i| i.to_string()).unwrap_or_default(),
        "action" => text(&action.text),
        "owner" => text(&action.owner),
        "due" => action.due.map(|d| d.to_string()).unwrap_or_default(),
        "status" => action
            .status
            .map(|s| format!("{s:?}").to_lowercase())
            .unwrap_or_default(),
        _ => String::new(),
    }
}
