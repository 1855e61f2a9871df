//! `--anonymize-respondents`: respondents become R1, R2… (in input order) in every
//! document, their names also taken out of what people wrote (a user's or a partner's
//! view can be sensitive).

use super::Group;

/// Replaces each respondent's name by its code, in the list, the votes and the texts.
pub fn anonymize(group: &mut Group) {
    let codes: Vec<(String, String)> = group
        .respondents
        .iter()
        .enumerate()
        .map(|(n, r)| (r.name.clone(), format!("R{}", n + 1)))
        .collect();
    // A full name, then each of its words of three letters or more, longest first.
    let mut known: Vec<(String, &str)> = Vec::new();
    for (name, code) in &codes {
        known.push((name.clone(), code));
        known.extend(
            name.split_whitespace()
                .filter(|w| w.chars().count() >= 3)
                .map(|w| (w.to_string(), code.as_str())),
        );
    }
    known.sort_by_key(|(t, _)| std::cmp::Reverse(t.chars().count()));
    let redact = |t: &mut String| {
        for (name, code) in &known {
            *t = replace_word(t, name, code);
        }
    };
    for r in &mut group.respondents {
        if let Some((_, code)) = codes.iter().find(|(n, _)| *n == r.name) {
            r.name = code.clone();
        }
    }
    for item in &mut group.items {
        for v in &mut item.votes {
            if let Some((_, code)) = codes.iter().find(|(n, _)| *n == v.respondent) {
                v.respondent = code.clone();
            }
            for t in [&mut v.comment, &mut v.evidence].into_iter().flatten() {
                redact(t);
            }
            if let Some(a) = &mut v.action {
                for t in [&mut a.text, &mut a.owner].into_iter().flatten() {
                    redact(t);
                }
            }
        }
    }
}

/// `text` with each whole-word `word` (not inside a longer word) made `by`.
fn replace_word(text: &str, word: &str, by: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + word.len()..].chars().next();
        let whole =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        out.push_str(&rest[..at]);
        out.push_str(if whole { by } else { word });
        rest = &rest[at + word.len()..];
    }
    out + rest
}

#[cfg(test)]
mod tests {
    use super::replace_word;

    #[test]
    fn only_whole_words_are_replaced() {
        assert_eq!(
            replace_word("Paul et Pauline, Paul.", "Paul", "R2"),
            "R2 et Pauline, R2."
        );
        assert_eq!(replace_word("l'avis de Zoé", "Zoé", "R1"), "l'avis de R1");
    }
}
