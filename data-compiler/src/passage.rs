//! Where a quote is in the article: its place in a paragraph, the sentence
//! around it, and the closest passage when it is not there.
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

/// A word of a text with its byte range, compared folded: quotation marks
/// straightened, lowercase, outer punctuation left out.
struct Word {
    range: (usize, usize),
    folded: String,
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    let push = |from: usize, to: usize, out: &mut Vec<Word>| {
        let raw = &text[from..to];
        let trimmed = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if trimmed.is_empty() {
            return;
        }
        let offset = from + raw.find(trimmed).unwrap_or(0);
        out.push(Word {
            range: (offset, offset + trimmed.len()),
            folded: trimmed
                .chars()
                .map(same_quote_mark)
                .flat_map(char::to_lowercase)
                .collect(),
        });
    };
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(from)) => {
                push(from, i, &mut out);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(from) = start {
        push(from, text.len(), &mut out);
    }
    out
}

/// The passage of a paragraph closest to a quote that is not in it verbatim,
/// word for word, and the words that differ.
pub struct Closest {
    pub passage: String,
    /// How many of the quote's words are in place.
    pub same: usize,
    /// `(the quote's word, the article's word)` where they differ.
    pub differs: Vec<(String, String)>,
}

impl Closest {
    /// `; closest passage: “…” (the article has “x” where the quote has “y”)`.
    pub fn describe(&self) -> String {
        let differs: Vec<String> = self
            .differs
            .iter()
            .take(3)
            .map(
                |(quote, article)| match (quote.is_empty(), article.is_empty()) {
                    (true, _) => format!("“{article}” that the quote leaves out"),
                    (_, true) => format!("no “{quote}”"),
                    _ => format!("“{article}” where the quote has “{quote}”"),
                },
            )
            .collect();
        format!(
            "; closest passage: “{}” (the article has {})",
            self.passage,
            differs.join(", ")
        )
    }
}

/// Longest common subsequence of two word lists, as aligned index pairs.
fn common_words(a: &[Word], b: &[Word]) -> Vec<(usize, usize)> {
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i][j] = if a[i].folded == b[j].folded {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        if a[i].folded == b[j].folded {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// The passage of `paragraph` that shares the most words, in order, with
/// `quote` (a few words longer or shorter than it), when at least half of
/// the quote's words are there; and the runs of words that differ.
pub fn closest_passage(paragraph: &str, quote: &str) -> Option<Closest> {
    let hay = words(paragraph);
    let needle = words(quote);
    let n = needle.len();
    if n == 0 || hay.is_empty() {
        return None;
    }
    // The best window so far: its start, and its words aligned with the quote's.
    let mut best: Option<(usize, Vec<(usize, usize)>)> = None;
    for len in n.saturating_sub(2).max(1)..=n + 3 {
        for start in 0..=hay.len().saturating_sub(len) {
            let window = &hay[start..(start + len).min(hay.len())];
            let pairs = common_words(&needle, window);
            if best.as_ref().is_none_or(|(_, b)| pairs.len() > b.len()) {
                best = Some((start, pairs));
            }
        }
    }
    let (start, pairs) = best?;
    let same = pairs.len();
    if same * 2 < n || same == n && pairs.windows(2).all(|w| w[1].1 == w[0].1 + 1) {
        return None;
    }
    let (first, last) = (pairs.first()?.1, pairs.last()?.1);
    // The passage spans the matched words, and any differing word at either
    // end of the quote.
    let lead = pairs[0].0.min(first);
    let tail = (n - 1 - pairs[same - 1].0).min(hay.len() - 1 - (start + last));
    let window = &hay[start + first - lead..=start + last + tail];
    // The pairs' positions in `window` rather than in the searched one.
    let aligned: Vec<(usize, usize)> = pairs.iter().map(|&(q, h)| (q, h - first + lead)).collect();
    let mut differs = Vec::new();
    let (mut q, mut h) = (0, 0);
    let text_of = |ws: &[Word], from: usize, to: usize, src: &str| -> String {
        if from >= to {
            String::new()
        } else {
            src[ws[from].range.0..ws[to - 1].range.1].to_owned()
        }
    };
    for &(qa, ha) in aligned.iter().chain(std::iter::once(&(n, window.len()))) {
        let ha = ha.min(window.len());
        if qa > q || ha > h {
            differs.push((
                text_of(&needle, q, qa, quote),
                text_of(window, h, ha, paragraph),
            ));
        }
        q = qa + 1;
        h = ha + 1;
    }
    Some(Closest {
        passage: paragraph[window[0].range.0..window[window.len() - 1].range.1].to_owned(),
        same,
        differs,
    })
}

/// Byte offsets just past each sentence end in `paragraph`: `.`, `?` or
/// `!` (with any closing quotation marks), then a space and a capital or an
/// opening quotation mark. "U.S." and "D.C." are abbreviations, not ends.
fn sentence_ends(paragraph: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    for (i, c) in paragraph.char_indices() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let word = paragraph[..i]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if c == '.' && (word.contains('.') || word.chars().count() <= 1) {
            continue;
        }
        let rest = &paragraph[i + 1..];
        let closing = rest.len() - rest.trim_start_matches(['”', '’', '"', '\'']).len();
        let after = &rest[closing..];
        let next = after.trim_start().chars().next();
        if after.starts_with(char::is_whitespace)
            && next.is_some_and(|n| n.is_uppercase() || matches!(n, '“' | '‘' | '"'))
        {
            ends.push(i + 1 + closing);
        }
    }
    ends
}

/// The sentence of `paragraph` that holds the byte range `span` (a quote's
/// words): from the end of the sentence before it to the first sentence end
/// after the quote, as the article wrote it.
pub fn sentence_around(paragraph: &str, span: (usize, usize)) -> (usize, usize) {
    sentence_between(paragraph, span, &sentence_ends(paragraph))
}

/// The sentence of `paragraph` that holds `span`, given where its
/// sentences end (`ends`, ascending byte offsets): from the last end at or
/// before the span to the first after it, blanks trimmed.
pub fn sentence_between(paragraph: &str, span: (usize, usize), ends: &[usize]) -> (usize, usize) {
    let start = ends.iter().copied().rfind(|&e| e <= span.0).unwrap_or(0);
    let end = ends
        .iter()
        .copied()
        .find(|&e| e > span.1)
        .unwrap_or(paragraph.len());
    let text = &paragraph[start..end];
    let lead = text.len() - text.trim_start().len();
    (start + lead, start + text.trim_end().len())
}

/// Words too common to say whether a paraphrase is about its paragraph.
const COMMON: [&str; 36] = [
    "about", "after", "also", "been", "before", "being", "could", "from", "have", "into", "more",
    "most", "only", "other", "over", "said", "says", "some", "such", "than", "that", "their",
    "them", "then", "there", "these", "they", "this", "told", "very", "were", "what", "when",
    "which", "while", "with",
];

/// Whether a paraphrase and its paragraph share a word of four letters or
/// more that is not a common one (compared by its first five letters, so
/// "relations" meets "relation").
pub fn shares_a_significant_word(paraphrase: &str, paragraph: &str) -> bool {
    let stems = |text: &str| -> Vec<String> {
        words(text)
            .into_iter()
            .filter(|w| w.folded.chars().count() >= 4 && !COMMON.contains(&w.folded.as_str()))
            .map(|w| w.folded.chars().take(5).collect())
            .collect()
    };
    let theirs = stems(paragraph);
    stems(paraphrase).iter().any(|s| theirs.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_changed_word_is_shown_beside_the_closest_passage() {
        let p = "Topics included the increasingly unstable situation in North Korea.";
        let closest = closest_passage(p, "the increasingly unsteady situation").unwrap();
        assert_eq!(closest.passage, "the increasingly unstable situation");
        assert_eq!(
            closest.differs,
            [("unsteady".to_owned(), "unstable".to_owned())]
        );
        assert_eq!(
            closest.describe(),
            "; closest passage: “the increasingly unstable situation” (the article has “unstable” where the quote has “unsteady”)"
        );
        assert!(closest_passage(p, "nothing like this at all").is_none());
    }

    #[test]
    fn a_paraphrase_about_another_paragraph_shares_no_significant_word() {
        let p = "Tillerson painted a grim picture of relations between Washington and Moscow.";
        assert!(shares_a_significant_word("Relations are grim.", p));
        assert!(!shares_a_significant_word("They said that it was over.", p));
    }

    #[test]
    fn a_quote_is_shown_in_its_sentence() {
        let p = "He met Lavrov in the U.S. capital. They agreed to work toward a “unified, stable Syria,” Tillerson said. Later, “no deal.”";
        let (s, e) = locate_quote(p, "unified, stable Syria").unwrap();
        let (a, b) = sentence_around(p, (s, e));
        assert_eq!(
            &p[a..b],
            "They agreed to work toward a “unified, stable Syria,” Tillerson said."
        );
        let (s, e) = locate_quote(p, "no deal.").unwrap();
        let (a, b) = sentence_around(p, (s, e));
        assert_eq!(&p[a..b], "Later, “no deal.”");
        let q = "“There is a low level of trust,” he said. “The powers cannot.” More.";
        let (s, e) = locate_quote(q, "The powers cannot.").unwrap();
        assert_eq!(
            &q[sentence_around(q, (s, e)).0..sentence_around(q, (s, e)).1],
            "“The powers cannot.”"
        );
    }

    #[test]
    fn punctuation_alone_is_not_a_quote() {
        assert_eq!(locate_quote("a, b.", ",."), None);
    }
}
