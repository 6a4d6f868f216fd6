//! The words a draft reads: a paragraph's words with their byte ranges,
//! and the slugs that ids are made of. What the words mean is `lexicon`'s.

/// The marks a quotation opens with, in every language the draft reads.
const OPENING: [char; 10] = ['“', '"', '‘', '«', '»', '„', '‚', '「', '『', '‹'];
/// The marks that may close one, before a word's punctuation.
const CLOSING: [char; 11] = ['”', '"', '’', '»', '«', '“', '‘', '」', '』', '›', '\''];

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

    /// The word as the lexicons list it: lowercase, and without Arabic's
    /// short vowels and its stretching stroke ("وفقاً" is "وفقا").
    pub(super) fn lower(&self) -> String {
        self.bare()
            .chars()
            .filter(|c| !matches!(c, '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{640}'))
            .flat_map(char::to_lowercase)
            .collect()
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
        self.text.trim_end_matches(CLOSING).ends_with([',', '،'])
    }

    /// Opens a quotation: its words are the quote's, not the article's.
    pub(super) fn opens_quote(&self) -> bool {
        self.text.starts_with(OPENING)
    }

    /// Ends a clause: a comma, colon or sentence end after the word.
    pub(super) fn ends_clause(&self) -> bool {
        let t = self.text.trim_end_matches(CLOSING);
        // "U.S." and "D.C." are abbreviations, not the end of a sentence.
        let abbreviation = t.ends_with('.') && t[..t.len() - 1].contains('.');
        t.ends_with([',', ';', ':', '.', '،', '؛', '؟', '。', '、']) && !abbreviation
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

/// The sentence of `paragraph` around the byte range `span`, as
/// `passage::sentence_around` finds it, and in every script the draft
/// reads: a sentence ends at ".", "?", "!", "؟" or "。" before a capital,
/// an opening quotation mark or a letter of a script without capitals.
pub(super) fn sentence_around(paragraph: &str, span: (usize, usize)) -> (usize, usize) {
    crate::passage::sentence_between(paragraph, span, &sentence_ends(paragraph))
}

fn sentence_ends(paragraph: &str) -> Vec<usize> {
    let starts_sentence =
        |n: char| OPENING.contains(&n) || (n.is_alphabetic() && !n.is_lowercase());
    let mut ends = Vec::new();
    for (i, c) in paragraph.char_indices() {
        if !matches!(c, '.' | '?' | '!' | '؟' | '。') {
            continue;
        }
        let word = paragraph[..i]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        // "U.S." and "A." are no sentence's end.
        if c == '.' && (word.contains('.') || word.chars().count() <= 1) {
            continue;
        }
        let rest = &paragraph[i + c.len_utf8()..];
        let closing = rest.len() - rest.trim_start_matches(CLOSING).len();
        let after = &rest[closing..];
        let spaced = after.starts_with(char::is_whitespace) || c == '。';
        if spaced
            && after
                .trim_start()
                .chars()
                .next()
                .is_some_and(starts_sentence)
        {
            ends.push(i + c.len_utf8() + closing);
        }
    }
    ends
}

/// A lowercase ASCII slug: "al-Assad" → "al-assad", "Tillerson’s spokesman"
/// → "tillerson-spokesman", "كمال الراشدي" → "kmal-alrashdy" (Arabic
/// letters spelled out, short vowels left unwritten as Arabic does).
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let text: String = text.chars().map(arabic_letter).collect();
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

/// An Arabic letter in Latin letters; any other character as it is.
fn arabic_letter(c: char) -> String {
    let latin = match c {
        'ا' | 'أ' | 'آ' | 'ى' | 'ة' => "a",
        'إ' | 'ئ' => "i",
        'ؤ' => "u",
        'ب' => "b",
        'ت' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' => "d",
        'ذ' => "dh",
        'ر' => "r",
        'ز' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'ض' => "d",
        'ط' => "t",
        'ظ' => "z",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'و' => "w",
        'ي' => "y",
        // The hamza alone, ain and the short vowels are not spelled.
        'ء' | 'ع' | '\u{640}'..='\u{65f}' => "",
        _ => return c.to_string(),
    };
    latin.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_ids() {
        assert_eq!(slug("al-Assad"), "al-assad");
        assert_eq!(slug("Tillerson’s spokesman"), "tillerson-spokesman");
        assert_eq!(slug("Łódź Ærø"), "lodz-aero");
        assert_eq!(slug("كمال الراشدي"), "kmal-alrashdy");
    }
}
