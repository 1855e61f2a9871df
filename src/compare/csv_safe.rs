//! Spreadsheet cells that never run as formulas.

/// A cell text a spreadsheet shows as text: one starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return gets a leading `'` (the OWASP advice for CSV injection).
///
/// Numbers we write ourselves (e.g. a change of `-2.5`) are not passed through this.
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::neutralize;

    #[test]
    fn formulas_become_text() {
        for f in ["=1+1", "+A1", "-2+3", "@SUM(A1)", "\t=x", "\r=x"] {
            assert_eq!(neutralize(f), format!("'{f}"));
        }
        assert_eq!(neutralize("CIO de Blois"), "CIO de Blois");
        assert_eq!(neutralize(""), "");
    }
}
