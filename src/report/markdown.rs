//! The one markdown escaping rule every report follows.

/// Text safe inside markdown, in a table cell or a heading: characters markdown
/// would read as markup are escaped, line breaks become spaces (a cell is one line).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_is_escaped_and_lines_joined() {
        assert_eq!(
            super::escape("a|b *c* [d](e) <f>\r\n#g_h`"),
            "a\\|b \\*c\\* \\[d\\](e) \\<f\\>  \\#g\\_h\\`"
        );
    }
}
