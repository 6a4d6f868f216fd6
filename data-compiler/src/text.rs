//! Locating a verbatim quote in its paragraph.
//!
//! A quote counts as verbatim when it appears in the paragraph character for
//! character, except that curly and straight quotation marks are the same
//! and the quote's own leading/trailing quotation marks and final
//! punctuation (`, . ; : ! ?`) may be left out or kept.

/// Curly quotation marks and apostrophes compare equal to straight ones.
fn same_quote_mark(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
        other => other,
    }
}

fn is_trimmable(c: char) -> bool {
    matches!(
        same_quote_mark(c),
        '"' | '\'' | ',' | '.' | ';' | ':' | '!' | '?'
    ) || c.is_whitespace()
}

/// The byte range of `quote` inside `paragraph`, trimmed of the marks that
/// may differ, or `None` when the quote is not there.
pub fn locate_quote(paragraph: &str, quote: &str) -> Option<(usize, usize)> {
    let core = quote.trim_matches(is_trimmable);
    if core.is_empty() {
        return None;
    }
    let needle: Vec<char> = core.chars().map(same_quote_mark).collect();
    let hay: Vec<(usize, char)> = paragraph
        .char_indices()
        .map(|(i, c)| (i, same_quote_mark(c)))
        .collect();
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find_map(|start| {
        let window = &hay[start..start + needle.len()];
        if window.iter().map(|&(_, c)| c).eq(needle.iter().copied()) {
            let end = hay
                .get(start + needle.len())
                .map_or(paragraph.len(), |&(i, _)| i);
            Some((hay[start].0, end))
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::locate_quote;

    #[test]
    fn finds_a_quote_whose_curly_marks_and_final_comma_differ() {
        let p = "“There is a low level of trust,” he said.";
        let (s, e) = locate_quote(p, "\"There is a low level of trust.\"").unwrap();
        assert_eq!(&p[s..e], "There is a low level of trust");
    }

    #[test]
    fn apostrophes_compare_equal() {
        let p = "The world’s two powers";
        assert!(locate_quote(p, "world's two").is_some());
    }

    #[test]
    fn a_changed_word_is_not_found() {
        assert_eq!(
            locate_quote("no agreement was reached", "an agreement was reached"),
            None
        );
    }

    #[test]
    fn punctuation_alone_is_not_a_quote() {
        assert_eq!(locate_quote("a, b.", ",."), None);
    }
}
