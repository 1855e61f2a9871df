//! Workbooks to fill in: a campaign (one row per structure) and a form (one
//! structure, one indicator per row). Level cells take a level from a drop-down
//! list ("id · label", or `na`) and refuse anything else.

use super::WriteError;
use super::words::WORDS;
use crate::campaign::LEVEL_SEPARATOR;
use crate::grid::{Grid, Scale};
use crate::i18n::tr;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatAlign,
    Formula, Note, Workbook, Worksheet,
};

/// Rows of a campaign template that get the grid pre-filled and the drop-down lists.
pub const CAMPAIGN_ROWS: u32 = 500;

/// The hidden sheet the drop-down lists point at (one column per scale).
const LEVELS_SHEET: &str = "levels";

/// Keys of the form's top block, in the order they are written and read. `campaign`,
/// `respondent` and `role`: the forms of a group self-assessment (docs/consensus.md),
/// one per respondent, name the same campaign.
pub const FORM_FIELDS: [&str; 8] = [
    "structure_id",
    "structure_name",
    "network",
    "date",
    "campaign",
    "respondent",
    "role",
    "grid",
];

/// Columns a campaign workbook adds after `date`: several respondents of one structure
/// answer on rows of their own (docs/consensus.md); left empty otherwise.
const RESPONDENT_COLUMNS: [&str; 2] = ["respondent", "role"];

/// Columns of a form's indicator table (its header row holds these ids).
pub const FORM_COLUMNS: [&str; 11] = [
    "criterion",
    "indicator",
    "title",
    "guidance",
    "level",
    "comment",
    "evidence",
    "importance",
    "action",
    "owner",
    "due",
];

/// The campaign workbook of a grid: `details` adds each indicator's comment,
/// evidence and importance columns, `actions` its action, owner and due columns.
pub fn campaign(
    grid: &Grid,
    lang: &str,
    details: bool,
    actions: bool,
) -> Result<Vec<u8>, WriteError> {
    let mut book = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7));
    let mut names = crate::campaign::template(grid, details, actions);
    let after_date = names.iter().position(|n| n == "date").map_or(0, |d| d + 1);
    names.splice(after_date..after_date, RESPONDENT_COLUMNS.map(String::from));
    let lists = level_lists(grid, lang);
    let sheet = book.add_worksheet();
    sheet.set_name(tr(WORDS, "campaign", lang))?;
    let grid_label = grid.label();
    for (col, name) in names.iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, name, &head)?;
        let width = if name == "structure_name" { 30.0 } else { 14.0 };
        sheet.set_column_width(col, width)?;
        if let Some((_, ind)) = grid.indicator(name) {
            let scale = grid.scale_of(ind);
            let note = format!(
                "{}\n{}",
                grid.text(&ind.title, lang),
                level_lines(grid, scale, lang)
            );
            sheet.insert_note(
                0,
                col,
                &Note::new(note)
                    .add_author_prefix(false)
                    .set_width(400)
                    .set_height(200),
            )?;
            let list = level_validation(&lists, scale, lang)?;
            sheet.add_data_validation(1, col, CAMPAIGN_ROWS, col, &list)?;
        } else if name == "grid" {
            for row in 1..=CAMPAIGN_ROWS {
                sheet.write_string(row, col, &grid_label)?;
            }
        } else if name.ends_with(":importance") {
            sheet.add_data_validation(1, col, CAMPAIGN_ROWS, col, &importance_validation(lang)?)?;
        } else if name.ends_with(":status") {
            sheet.add_data_validation(1, col, CAMPAIGN_ROWS, col, &status_validation(lang)?)?;
        } else if name == "role" {
            sheet.add_data_validation(1, col, CAMPAIGN_ROWS, col, &role_validation(lang)?)?;
        }
    }
    sheet.set_freeze_panes(1, 2)?;
    // Too wide for one page: printed landscape, the header row on every page.
    sheet.set_landscape();
    sheet.set_repeat_rows(0, 0)?;
    grid_sheet(book.add_worksheet(), grid, lang)?;
    howto_sheet(
        book.add_worksheet(),
        lang,
        &[
            "howto_rows",
            "howto_ids",
            "howto_levels",
            "howto_respondents",
            "howto_grid",
            "howto_score",
        ],
    )?;
    levels_sheet(book.add_worksheet(), &lists)?;
    Ok(book.save_to_buffer()?)
}

/// The form of one structure: its details on top, then one indicator per row.
pub fn form(
    grid: &Grid,
    lang: &str,
    structure_id: &str,
    structure_name: &str,
) -> Result<Vec<u8>, WriteError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7));
    let key = Format::new()
        .set_italic()
        .set_font_color(Color::RGB(0x808080));
    // Indicator rows are tall (guidance): their cells read from the top.
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let id = bold.clone().set_align(FormatAlign::Top);
    let fill = wrap.clone().set_background_color(Color::RGB(0xFFF2CC));
    let date = Format::new()
        .set_num_format("yyyy-mm-dd")
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xFFF2CC));
    let lists = level_lists(grid, lang);
    let sheet = book.add_worksheet();
    sheet.set_name(tr(WORDS, "form", lang))?;
    let values = FORM_FIELDS.map(|f| match f {
        "structure_id" => structure_id.to_string(),
        "structure_name" => structure_name.to_string(),
        "grid" => grid.label(),
        _ => String::new(),
    });
    for (row, (field, value)) in FORM_FIELDS.iter().zip(values).enumerate() {
        let row = row as u32;
        sheet.write_string_with_format(row, 0, *field, &key)?;
        if *field == "date" {
            sheet.write_blank(row, 1, &date)?;
        } else if value.is_empty() {
            if *field == "role" {
                sheet.add_data_validation(row, 1, row, 1, &role_validation(lang)?)?;
            }
            sheet.write_blank(row, 1, &fill)?;
        } else {
            sheet.write_string_with_format(row, 1, &value, &bold)?;
        }
    }
    let top = FORM_FIELDS.len() as u32 + 1;
    sheet.write_string(top, 0, tr(WORDS, "howto_form", lang))?;
    // Headings in the reader's language, then the column ids the reader goes by.
    let widths = [
        14.0, 10.0, 45.0, 45.0, 26.0, 35.0, 30.0, 12.0, 35.0, 18.0, 12.0,
    ];
    for (col, (id, width)) in FORM_COLUMNS.iter().zip(widths).enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(top + 1, col, tr(WORDS, id, lang), &head)?;
        sheet.write_string_with_format(top + 2, col, *id, &key)?;
        sheet.set_column_width(col, width)?;
    }
    let importance = importance_validation(lang)?;
    for (i, (c, ind)) in grid.indicators().enumerate() {
        let row = top + 3 + i as u32;
        sheet.write_string_with_format(row, 0, &c.id, &wrap)?;
        sheet.write_string_with_format(row, 1, &ind.id, &id)?;
        sheet.write_string_with_format(row, 2, grid.text(&ind.title, lang), &wrap)?;
        let guidance = ind.guidance.as_ref().map_or("", |g| grid.text(g, lang));
        sheet.write_string_with_format(row, 3, guidance, &wrap)?;
        let title = grid.text(&ind.title, lang);
        sheet.set_row_height(
            row,
            fitted_height([(title, widths[2]), (guidance, widths[3])]),
        )?;
        for col in [4, 5, 6, 7, 8, 9] {
            sheet.write_blank(row, col, &fill)?;
        }
        sheet.write_blank(row, 10, &date)?;
        let list = level_validation(&lists, grid.scale_of(ind), lang)?;
        sheet.add_data_validation(row, 4, row, 4, &list)?;
        sheet.add_data_validation(row, 7, row, 7, &importance)?;
    }
    sheet.set_freeze_panes(top + 3, 2)?;
    printed_across(sheet, top + 2)?;
    grid_sheet(book.add_worksheet(), grid, lang)?;
    levels_sheet(book.add_worksheet(), &lists)?;
    Ok(book.save_to_buffer()?)
}

/// Each scale's drop-down entries: "id · label", then `na` when allowed.
struct Lists {
    scales: Vec<(String, Vec<String>)>,
}

fn level_lists(grid: &Grid, lang: &str) -> Lists {
    let scales = grid
        .scales
        .iter()
        .map(|s| {
            let mut items: Vec<String> = s
                .levels
                .iter()
                .map(|l| format!("{}{LEVEL_SEPARATOR}{}", l.id, grid.text(&l.label, lang)))
                .collect();
            if s.allow_na {
                items.push(crate::assessment::NA.to_string());
            }
            (s.id.clone(), items)
        })
        .collect();
    Lists { scales }
}

fn level_validation(
    lists: &Lists,
    scale: &Scale,
    lang: &str,
) -> Result<DataValidation, WriteError> {
    let col = lists
        .scales
        .iter()
        .position(|(id, _)| *id == scale.id)
        .unwrap_or(0);
    let len = lists.scales[col].1.len();
    let letters = super::column_letters(col as u32);
    let range = format!("={LEVELS_SHEET}!${letters}$1:${letters}${len}");
    Ok(DataValidation::new()
        .allow_list_formula(Formula::new(range))
        .set_error_style(DataValidationErrorStyle::Stop)
        .set_error_title(tr(WORDS, "not_a_level", lang))?
        .set_error_message(tr(WORDS, "pick_level", lang))?)
}

/// An action's status: the words the campaign reader knows (`assessment::ActionStatus`).
fn status_validation(lang: &str) -> Result<DataValidation, WriteError> {
    Ok(DataValidation::new()
        .allow_list_strings(&["todo", "doing", "done"])?
        .set_error_style(DataValidationErrorStyle::Stop)
        .set_error_title(tr(WORDS, "status", lang))?
        .set_error_message(tr(WORDS, "pick_status", lang))?)
}

/// A respondent's role: the words the readers know (`assessment::Role`).
fn role_validation(lang: &str) -> Result<DataValidation, WriteError> {
    Ok(DataValidation::new()
        .allow_list_strings(&crate::assessment::Role::ALL.map(|r| r.id()))?
        .set_error_style(DataValidationErrorStyle::Stop)
        .set_error_title(tr(WORDS, "role", lang))?
        .set_error_message(tr(WORDS, "pick_role", lang))?)
}

fn importance_validation(lang: &str) -> Result<DataValidation, WriteError> {
    Ok(DataValidation::new()
        .allow_whole_number(DataValidationRule::Between(1, 4))
        .set_error_title(tr(WORDS, "importance", lang))?
        .set_error_message(tr(WORDS, "pick_importance", lang))?)
}

/// "id · label: description" of each level, one a line.
fn level_lines(grid: &Grid, scale: &Scale, lang: &str) -> String {
    let lines: Vec<String> = scale
        .levels
        .iter()
        .map(|l| {
            let mut line = format!("{}{LEVEL_SEPARATOR}{}", l.id, grid.text(&l.label, lang));
            if let Some(d) = &l.description {
                line.push_str(": ");
                line.push_str(grid.text(d, lang));
            }
            line
        })
        .collect();
    lines.join("\n")
}

/// The grid itself: criteria, indicators, guidance, evidence, levels.
fn grid_sheet(sheet: &mut Worksheet, grid: &Grid, lang: &str) -> Result<(), WriteError> {
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7));
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    sheet.set_name(tr(WORDS, "grid", lang))?;
    sheet.write_string_with_format(
        0,
        0,
        format!("{} — {}", grid.label(), grid.text(&grid.title, lang)),
        &Format::new().set_bold(),
    )?;
    let cols = [
        "criterion",
        "title",
        "indicator",
        "title",
        "guidance",
        "evidence",
        "levels",
    ];
    let widths = [10.0, 30.0, 10.0, 45.0, 45.0, 35.0, 50.0];
    for (i, (w, width)) in cols.iter().zip(widths).enumerate() {
        sheet.write_string_with_format(1, i as u16, tr(WORDS, w, lang), &head)?;
        sheet.set_column_width(i as u16, width)?;
    }
    for (i, (c, ind)) in grid.indicators().enumerate() {
        let row = 2 + i as u32;
        let evidence: Vec<&str> = ind.evidence.iter().map(|e| grid.text(e, lang)).collect();
        let evidence = evidence.join("\n");
        let levels = level_lines(grid, grid.scale_of(ind), lang);
        let cells = [
            c.id.as_str(),
            grid.text(&c.title, lang),
            ind.id.as_str(),
            grid.text(&ind.title, lang),
            ind.guidance.as_ref().map_or("", |g| grid.text(g, lang)),
            evidence.as_str(),
            levels.as_str(),
        ];
        for (col, cell) in cells.iter().enumerate() {
            sheet.write_string_with_format(row, col as u16, *cell, &wrap)?;
        }
        sheet.set_row_height(row, fitted_height(cells.iter().copied().zip(widths)))?;
    }
    sheet.set_freeze_panes(2, 3)?;
    printed_across(sheet, 1)
}

/// Row height (points) that shows each (text, column width) cell wrapped in full:
/// LibreOffice keeps a workbook's row heights as they are in the file.
fn fitted_height<'a>(cells: impl IntoIterator<Item = (&'a str, f64)>) -> f64 {
    let lines = cells
        .into_iter()
        .map(|(text, width)| {
            // A column of width w holds about 1.2 w characters of running text.
            let per_line = (width * 1.2).max(1.0);
            text.split('\n')
                .map(|l| (l.chars().count() as f64 / per_line).ceil().max(1.0))
                .sum::<f64>()
        })
        .fold(1.0, f64::max);
    // 15 points a line; a spreadsheet row is at most 409 points high.
    (lines * 15.0).min(409.0)
}

/// Printed landscape and as wide as one page, rows up to `heading` on every page.
fn printed_across(sheet: &mut Worksheet, heading: u32) -> Result<(), WriteError> {
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, heading)?;
    Ok(())
}

fn howto_sheet(sheet: &mut Worksheet, lang: &str, keys: &[&str]) -> Result<(), WriteError> {
    sheet.set_name(tr(WORDS, "howto", lang))?;
    let width = 100.0;
    sheet.set_column_width(0, width)?;
    let wrap = Format::new().set_text_wrap();
    for (row, key) in keys.iter().enumerate() {
        let text = tr(WORDS, key, lang);
        sheet.write_string_with_format(row as u32, 0, text, &wrap)?;
        sheet.set_row_height(row as u32, fitted_height([(text, width)]))?;
    }
    printed_across(sheet, 0)
}

fn levels_sheet(sheet: &mut Worksheet, lists: &Lists) -> Result<(), WriteError> {
    sheet.set_name(LEVELS_SHEET)?;
    for (col, (_, items)) in lists.scales.iter().enumerate() {
        for (row, item) in items.iter().enumerate() {
            sheet.write_string(row as u32, col as u16, item)?;
        }
    }
    sheet.set_hidden(true);
    Ok(())
}
