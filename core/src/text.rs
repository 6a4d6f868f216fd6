//! Search text: folding for case- and accent-insensitive matching, query
//! terms, and the `<mark>` ranges of a match in the original text.
//!
//! Folding maps each character on its own (lowercase, accents and
//! typographic quotes removed; Greek, Cyrillic and Arabic by the tables of
//! [`scripts`]), so a match in folded text maps back to exact byte ranges
//! of the original for highlighting.

mod scripts;

/// Base letters of Latin Extended-A (U+0100..=U+017F), in code point order.
const LATIN_EXTENDED_A: &[u8] = concat!(
    "aaaaaa",
    "cccccccc",
    "dddd",
    "eeeeeeeeee",
    "gggggggg",
    "hhhh",
    "iiiiiiiiii",
    "ii",
    "jj",
    "kkk",
    "llllllllll",
    "nnnnnnnnn",
    "oooooooo",
    "rrrrrr",
    "ssssssss",
    "tttttt",
    "uuuuuuuuuuuu",
    "ww",
    "yyy",
    "zzzzzz",
    "s"
)
.as_bytes();

/// Appends the folded form of `c` to `out`.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        // Quotation marks, apostrophes and periods vanish, as search boxes
        // treat them: "whats" finds "what’s", "us" finds "U.S.", and a
        // pasted "“unified" finds "unified" (and "«да" finds "да").
        '\'' | '"' | '.' | '\u{ab}' | '\u{bb}' | '\u{2018}' | '\u{2019}' | '\u{201a}'
        | '\u{2032}' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' | '\u{2039}'
        | '\u{203a}' => {}
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        '\0'..='\x7f' => out.push(c),
        'À'..='Å' | 'à'..='å' => out.push('a'),
        'Æ' | 'æ' => out.push_str("ae"),
        'Ç' | 'ç' => out.push('c'),
        'È'..='Ë' | 'è'..='ë' => out.push('e'),
        'Ì'..='Ï' | 'ì'..='ï' => out.push('i'),
        'Ð' | 'ð' => out.push('d'),
        'Ñ' | 'ñ' => out.push('n'),
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' => out.push('o'),
        'Ù'..='Ü' | 'ù'..='ü' => out.push('u'),
        'Ý' | 'ý' | 'ÿ' => out.push('y'),
        'ß' => out.push_str("ss"),
        'Þ' | 'þ' => out.push_str("th"),
        '\u{100}'..='\u{17f}' => out.push(
            LATIN_EXTENDED_A
                .get(c as usize - 0x100)
                .map_or(c, |&b| char::from(b)),
        ),
        // Combining accents vanish, so decomposed "é" folds like composed.
        '\u{300}'..='\u{36f}' => {}
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        '\u{a0}' => out.push(' '),
        // Invisible formatting (zero widths, direction marks, the soft
        // hyphen, the byte order mark), which Arabic text is rich in.
        '\u{ad}'
        | '\u{61c}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}' => {}
        _ => {
            if !scripts::fold(c, out) {
                lowercase(c, out);
            }
        }
    }
}

/// Appends `c` lowercased: the browser's own lowercasing in the
/// WebAssembly, which then carries no Unicode case tables (about 5 KB);
/// Rust's natively. Only for the characters no table here folds.
fn lowercase(c: char, out: &mut String) {
    #[cfg(target_arch = "wasm32")]
    out.push_str(&String::from(js_sys::JsString::from(c).to_lower_case()));
    #[cfg(not(target_arch = "wasm32"))]
    out.extend(c.to_lowercase());
}

pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends the folded form of `text` to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        fold_char(c, out);
    }
}

/// What a query scans for one statement: its folded text and note, each
/// ending in `\n` (which no query term contains). Made once as the app
/// reads its story (`model::payload`), so no query folds the text.
pub fn search_text_into(out: &mut String, text: &str, note: Option<&str>) {
    fold_into(text, out);
    out.push('\n');
    if let Some(note) = note {
        fold_into(note, out);
        out.push('\n');
    }
}

/// The search text of statements given as (text, note), one after another:
/// what the app searches (`model::SearchData`).
pub struct SearchText {
    pub haystack: String,
    /// Where each statement's search text starts, then `haystack.len()`.
    pub starts: Vec<usize>,
    /// Each statement's byte-pair bits ([`pair_bits`]).
    pub pairs: Vec<[u64; 4]>,
}

pub fn search_text<'a>(
    statements: impl ExactSizeIterator<Item = (&'a str, Option<&'a str>)>,
) -> SearchText {
    let mut built = SearchText {
        haystack: String::with_capacity(statements.len() * 200),
        starts: Vec::with_capacity(statements.len() + 1),
        pairs: Vec::with_capacity(statements.len()),
    };
    for (text, note) in statements {
        let start = built.haystack.len();
        built.starts.push(start);
        search_text_into(&mut built.haystack, text, note);
        built.pairs.push(pair_bits(&built.haystack[start..]));
    }
    built.starts.push(built.haystack.len());
    built
}

/// The folded "name\nrole" of a speaker, which a query also matches.
pub fn speaker_search_text(name: &str, role: &str) -> String {
    let mut out = fold(name);
    out.push('\n');
    fold_into(role, &mut out);
    out
}

/// The byte pairs `text` contains, hashed into 256 bits: a text lacking one
/// of a term's pairs cannot contain the term, so most statements are ruled
/// out without a substring search.
pub fn pair_bits(text: &str) -> [u64; 4] {
    let mut set = [0u64; 4];
    for pair in text.as_bytes().windows(2) {
        let key = u32::from(pair[0]) << 8 | u32::from(pair[1]);
        let bit = (key.wrapping_mul(0x9E37_79B1) >> 24) as usize;
        set[bit / 64] |= 1 << (bit % 64);
    }
    set
}

/// At most this many terms of at most this many bytes are searched: a pasted
/// essay in `q` must not turn every keystroke into a long scan.
pub const MAX_TERMS: usize = 8;
pub const MAX_TERM_BYTES: usize = 64;

/// The folded, distinct words of a query; every one must match.
pub fn terms(query: &str) -> Vec<String> {
    let folded = fold(query);
    let mut out: Vec<String> = Vec::new();
    for word in folded.split_whitespace() {
        let mut end = word.len().min(MAX_TERM_BYTES);
        while !word.is_char_boundary(end) {
            end -= 1;
        }
        let word = &word[..end];
        if !out.iter().any(|w| w == word) && out.len() < MAX_TERMS {
            out.push(word.to_owned());
        }
    }
    out
}

/// The marks left off either end of a typed term: double quotation marks
/// and guillemets (single closing marks stay, as they may be apostrophes).
const QUOTATION_MARKS: [char; 9] = [
    '"', '\u{ab}', '\u{bb}', '\u{201c}', '\u{201d}', '\u{201e}', '\u{2033}', '\u{2039}', '\u{203a}',
];

/// The query's words as the reader typed them, one for each of [`terms`]
/// (the same words in the same order): what a sentence about the search
/// quotes back ("No statement has ‘Zebra’"). Quotation marks around a word
/// are left off, since the sentence quotes it (`“unified` → `unified`).
pub fn typed_terms(query: &str) -> Vec<&str> {
    let mut folded: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for word in query.split_whitespace() {
        let mut term = fold(word);
        let mut end = term.len().min(MAX_TERM_BYTES);
        while !term.is_char_boundary(end) {
            end -= 1;
        }
        term.truncate(end);
        if term.is_empty() || folded.contains(&term) || out.len() == MAX_TERMS {
            continue;
        }
        folded.push(term);
        let shown = word
            .trim_matches(QUOTATION_MARKS)
            .trim_start_matches(['\'', '\u{2018}', '\u{201a}']);
        out.push(if shown.is_empty() { word } else { shown });
    }
    out
}

/// Whether the folded byte at `at` of `hay` starts a word: it is the first,
/// or follows a character that is not part of a word.
pub fn starts_word(hay: &str, at: usize) -> bool {
    hay[..at].chars().next_back().is_none_or(|c| !in_word(c))
}

/// Whether a character of folded text belongs to a word: an ASCII letter or
/// digit, or a non-ASCII character but for the punctuation, symbols and
/// spaces of the blocks below (Latin-1's, Greek's, Arabic's, general
/// punctuation to arrows and shapes, emoji). Letters of every script are
/// word characters, and no Unicode tables are needed in the WebAssembly.
fn in_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(
        c,
        '\u{a0}'..='\u{bf}'
            | '\u{d7}'
            | '\u{f7}'
            | '\u{37e}'
            | '\u{387}'
            | '\u{60c}'
            | '\u{61b}'
            | '\u{61f}'
            | '\u{66a}'..='\u{66d}'
            | '\u{6d4}'
            | '\u{2000}'..='\u{2bff}'
            | '\u{2e00}'..='\u{2e7f}'
            | '\u{3000}'..='\u{303f}'
            | '\u{fd3e}'
            | '\u{fd3f}'
            | '\u{1f000}'..='\u{1faff}'
    )
}

/// The option nearest to `word` by edit distance, when it is close enough
/// to be a typo (about one edit in three characters, and at least one): its
/// distance and its value. Equal distances go to the alphabetically first
/// option. An empty search's suggestion in the app, the data checker's "did
/// you mean" in `qe-data`. A word longer than 64 bytes (a broken file's
/// megabyte field name) is nobody's typo.
pub fn nearest<'a, T>(
    word: &str,
    options: impl Iterator<Item = (&'a str, T)>,
) -> Option<(usize, T)> {
    if word.len() > 64 {
        return None;
    }
    let limit = word.chars().count().div_ceil(3).max(1);
    options
        .map(|(option, value)| (edit_distance(word, option), option, value))
        .filter(|&(d, _, _)| d <= limit)
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)))
        .map(|(d, _, value)| (d, value))
}

/// Levenshtein distance in characters, one row at a time.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let replaced = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = replaced.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

/// A piece of text, marked when it matches a query term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub marked: bool,
}

/// Splits `text` into pieces so that every occurrence of every term is a
/// marked piece; overlapping matches merge.
pub fn highlight<'a>(text: &'a str, terms: &[String]) -> Vec<Segment<'a>> {
    if terms.is_empty() {
        return vec![Segment {
            text,
            marked: false,
        }];
    }
    // For each byte of the folded text, the original char's byte range; a
    // combining mark joins the range of the letter it sits on, so a mark
    // ends with its letter ("أَحْمَدُ", not "أَحْمَد" and a stray damma).
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let before = folded.len();
        fold_char(c, &mut folded);
        let end = start + c.len_utf8();
        match origin.last_mut() {
            Some(last) if folded.len() == before && scripts::is_mark(c) => last.1 = end,
            _ => origin.extend(std::iter::repeat_n((start, end), folded.len() - before)),
        }
    }
    let mut ranges: Vec<(usize, usize)> = terms
        .iter()
        .filter(|t| !t.is_empty())
        .flat_map(|term| {
            let origin = &origin;
            let folded = &folded;
            folded
                .match_indices(term.as_str())
                .filter(move |&(at, _)| starts_word(folded, at))
                .map(move |(at, m)| (origin[at].0, origin[at + m.len() - 1].1))
        })
        .collect();
    sort_pairs(&mut ranges);
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut out = Vec::with_capacity(merged.len() * 2 + 1);
    let mut at = 0;
    for (s, e) in merged {
        if s > at {
            out.push(Segment {
                text: &text[at..s],
                marked: false,
            });
        }
        out.push(Segment {
            text: &text[s..e],
            marked: true,
        });
        at = e;
    }
    if at < text.len() {
        out.push(Segment {
            text: &text[at..],
            marked: false,
        });
    }
    out
}

/// The byte ranges of `text` that [`highlight`] marks, in order: where a
/// view that marks the words in pieces of its own (the article view, around
/// its quotes) puts its `<mark>`s.
pub fn marked_ranges(text: &str, terms: &[String]) -> Vec<(usize, usize)> {
    let mut at = 0;
    highlight(text, terms)
        .into_iter()
        .filter_map(|piece| {
            let start = at;
            at += piece.text.len();
            piece.marked.then_some((start, at))
        })
        .collect()
}

/// Sorts a few pairs in place, by insertion. The lists sorted in the app
/// are short (a card's highlights, a paragraph's quotes), and the standard
/// library's sort would link about 1 KB brotli of code into the wasm for them.
pub fn sort_pairs(pairs: &mut [(usize, usize)]) {
    for i in 1..pairs.len() {
        let mut j = i;
        while j > 0 && pairs[j - 1] > pairs[j] {
            pairs.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests;
