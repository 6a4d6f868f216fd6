//! The words a draft reads: a paragraph's words with their byte ranges,
//! and the slugs that ids are made of. What the words mean is `lexicon`'s.

/// A word of a paragraph, with its byte range.
#[derive(Debug, Clone, Copy)]
pub(super) struct Token<'a> {
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl<'a> Token<'a> {
    /// The word without outer punctuation or a possessive ending.
    pub(super) fn bare(&self) -> &'a str {
        let t = self.text.trim_matches(|c: char| !c.is_alphanumeric());
        t.strip_suffix("’s")
            .or_else(|| t.strip_suffix("'s"))
            .unwrap_or(t)
    }

    pub(super) fn lower(&self) -> String {
        self.bare().to_lowercase()
    }

    pub(super) fn possessive(&self) -> bool {
        let t = self.text.trim_end_matches(|c: char| !c.is_alphanumeric());
        t.ends_with("’s") || t.ends_with("'s")
    }

    pub(super) fn capitalized(&self) -> bool {
        self.bare().chars().next().is_some_and(char::is_uppercase)
    }

    /// Ends with a comma (before any closing quotation mark).
    pub(super) fn ends_comma(&self) -> bool {
        self.text.trim_end_matches(['”', '"', '’']).ends_with(',')
    }

    /// Opens a quotation: its words are the quote's, not the article's.
    pub(super) fn opens_quote(&self) -> bool {
        self.text.starts_with(['“', '"', '‘'])
    }

    /// Ends a clause: a comma, colon or sentence end after the word.
    pub(super) fn ends_clause(&self) -> bool {
        let t = self.text.trim_end_matches(['”', '"', '’']);
        // "U.S." and "D.C." are abbreviations, not the end of a sentence.
        let abbreviation = t.ends_with('.') && t[..t.len() - 1].contains('.');
        t.ends_with([',', ';', ':', '.']) && !abbreviation
    }
}

pub(super) fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(Token {
                    text: &text[s..i],
                    start: s,
                    end: i,
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

/// A lowercase ASCII slug: "al-Assad" → "al-assad", "Tillerson’s spokesman"
/// → "tillerson-spokesman".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let text = qe_core::text::fold(&text.replace("’s", "").replace("'s", ""));
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_ids() {
        assert_eq!(slug("al-Assad"), "al-assad");
        assert_eq!(slug("Tillerson’s spokesman"), "tillerson-spokesman");
        assert_eq!(slug("Łódź Ærø"), "lodz-aero");
    }
}
