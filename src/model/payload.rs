//! Reads the page's data block into the model: the JSON array that
//! qe-data's `emit.rs` writes into each story's page
//! (`<script type="application/json" id="qe-data">`), read once when the
//! app starts, so one app serves every story of a site.
//!
//! The layout, each element positional (`null` where the data has none):
//!
//! ```text
//! [version,
//!  [headline, dek, publisher, byline, published, published in words, place,
//!   no-response label, event date, event date in words, source url, [paragraph…]],
//!  [[side id, label]…],
//!  [[speaker id, name, role, side index, initials]…],
//!  [[topic id, label]…],
//!  [[id, speaker, kind, text, paragraph, span start, span end, sentence start,
//!    sentence end, [topic…], stance, responds_to, relation, when, note]…],
//!  search hint,
//!  story url,
//!  [language, right to left (1 or 0), plurals, group separator, decimal
//!   separator, minimum grouping, secondary group, zero digit, [message…]]]
//! ```
//!
//! The last element is the interface's words in the story's language
//! (`qe_core::i18n`), one message per entry of the app's list, in its
//! order, each compiled to one string (`qe_core::i18n::catalogue`: its
//! text, with braces marking arguments and choices), and how the language
//! counts (`plurals`, `qe_core::i18n::plural::table`) and writes numbers
//! (`qe_core::i18n::number`).
//!
//! ```text
//! ```
//!
//! A reader of just that: arrays, strings, unsigned integers and `null`,
//! no general JSON (no objects, no floats), small in the wasm. The
//! search text is made here, not loaded ([`search_data`]). Strings
//! without escapes are borrowed from the block; the block and what is read
//! from it live as long as the page (leaked, once). The build checked the
//! data; what is checked here is only that the block is what the build
//! writes, so a damaged page says so instead of showing a wrong view.

use super::{Article, Dataset, Day, SearchData, Side, Speaker, Statement, Topic, Vocabulary};
use qe_core::i18n::{self, number::NumberFormat, Catalogue};

/// The layout this app reads (qe-data's `PAYLOAD_VERSION`).
pub const VERSION: u64 = 3;

type Read<T> = Result<T, String>;

struct Reader {
    text: &'static str,
    at: usize,
}

// `fail`, `expect`, `number` and `string` are read from many places:
// `#[inline(never)]` keeps one copy of each (92 B brotli less wasm).
impl Reader {
    #[inline(never)]
    fn fail<T>(&self, what: &str) -> Read<T> {
        Err(format!(
            "the page's data block is damaged: {what} at byte {}",
            self.at
        ))
    }

    fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.text.as_bytes().get(self.at) {
            if !b.is_ascii_whitespace() {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    #[inline(never)]
    fn expect(&mut self, byte: u8) -> Read<()> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            self.fail(&format!("expected '{}'", byte as char))
        }
    }

    /// `null`, taken if it is next.
    fn null(&mut self) -> bool {
        let null = self.peek() == Some(b'n') && self.text[self.at..].starts_with("null");
        if null {
            self.at += 4;
        }
        null
    }

    #[inline(never)]
    fn number(&mut self) -> Read<u64> {
        self.peek();
        let digits = self.text.as_bytes()[self.at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let value = self.text[self.at..self.at + digits].parse();
        self.at += digits;
        value.or_else(|_| self.fail("expected a number"))
    }

    fn index(&mut self) -> Read<usize> {
        self.number().map(|n| n as usize)
    }

    fn opt_index(&mut self) -> Read<Option<usize>> {
        if self.null() {
            Ok(None)
        } else {
            self.index().map(Some)
        }
    }

    #[inline(never)]
    fn string(&mut self) -> Read<&'static str> {
        self.expect(b'"')?;
        let start = self.at;
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            match b {
                b'"' => {
                    self.at += 1;
                    return Ok(&self.text[start..self.at - 1]);
                }
                b'\\' => return self.escaped(start),
                _ => self.at += 1,
            }
        }
        self.fail("unterminated string")
    }

    /// The rest of a string that has escapes, from `start`, as a new string.
    fn escaped(&mut self, start: usize) -> Read<&'static str> {
        let mut out = String::from(&self.text[start..self.at]);
        loop {
            let Some(c) = self.text[self.at..].chars().next() else {
                return self.fail("unterminated string");
            };
            self.at += c.len_utf8();
            match c {
                '"' => return Ok(out.leak()),
                '\\' => {
                    let escape = self.text.as_bytes().get(self.at).copied();
                    self.at += 1;
                    out.push(match escape {
                        Some(b'n') => '\n',
                        Some(b't') => '\t',
                        Some(b'r') => '\r',
                        Some(b'u') => self.unicode()?,
                        Some(b @ (b'"' | b'\\' | b'/')) => b as char,
                        _ => return self.fail("unknown escape"),
                    });
                }
                c => out.push(c),
            }
        }
    }

    /// The character of a `\u` escape (its four hex digits next), a
    /// surrogate pair's two escapes together.
    fn unicode(&mut self) -> Read<char> {
        let first = self.hex();
        let code = match first {
            Some(high @ 0xD800..=0xDBFF) if self.text[self.at..].starts_with("\\u") => {
                self.at += 2;
                // Only a low surrogate completes the pair; anything else
                // is a damaged block, refused below.
                self.hex()
                    .filter(|low| (0xDC00..=0xDFFF).contains(low))
                    .map(|low| 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            other => other,
        };
        match code.and_then(char::from_u32) {
            Some(c) => Ok(c),
            None => self.fail("bad \\u escape"),
        }
    }

    /// Four hex digits.
    fn hex(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4);
        self.at += 4;
        digits.and_then(|d| u32::from_str_radix(d, 16).ok())
    }

    fn opt_string(&mut self) -> Read<Option<&'static str>> {
        if self.null() {
            Ok(None)
        } else {
            self.string().map(Some)
        }
    }

    /// The next element's comma.
    fn next(&mut self) -> Read<()> {
        self.expect(b',')
    }

    /// `[item, …]`, each read by `item`.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(items);
        }
        loop {
            items.push(item(self)?);
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(items);
                }
                _ => return self.fail("expected ',' or ']'"),
            }
        }
    }

    /// One of a vocabulary's words.
    fn word<V: Vocabulary>(&mut self) -> Read<V> {
        let id = self.string()?;
        V::from_id(id).map_or_else(|| self.fail(&format!("unknown word \"{id}\"")), Ok)
    }

    fn day(&mut self) -> Read<Option<Day>> {
        let iso = self.opt_string()?;
        self.next()?;
        let words = self.opt_string()?;
        Ok(iso.zip(words).map(|(iso, words)| Day { iso, words }))
    }

    fn article(&mut self) -> Read<Article> {
        self.expect(b'[')?;
        let headline = self.string()?;
        let mut texts = [None; 3];
        for text in &mut texts {
            self.next()?;
            *text = self.opt_string()?;
        }
        let [dek, publisher, byline] = texts;
        self.next()?;
        let published = self.day()?;
        self.next()?;
        let place = self.opt_string()?;
        self.next()?;
        let no_response_label = self.string()?;
        self.next()?;
        let event_date = self.day()?;
        self.next()?;
        let source_url = self.opt_string()?;
        self.next()?;
        let paragraphs = self.list(Self::string)?.leak();
        self.expect(b']')?;
        Ok(Article {
            headline,
            dek,
            publisher,
            byline,
            published,
            place,
            no_response_label,
            event_date,
            source_url,
            paragraphs,
        })
    }

    fn speaker(&mut self) -> Read<Speaker> {
        self.expect(b'[')?;
        let id = self.string()?;
        self.next()?;
        let name = self.string()?;
        self.next()?;
        let role = self.string()?;
        self.next()?;
        let side = self.opt_index()?;
        self.next()?;
        let initials = self.string()?;
        self.expect(b']')?;
        Ok(Speaker {
            id,
            name,
            role,
            side,
            initials,
        })
    }

    /// `[id, label]`, a side's or a topic's.
    fn pair(&mut self) -> Read<(&'static str, &'static str)> {
        self.expect(b'[')?;
        let id = self.string()?;
        self.next()?;
        let label = self.string()?;
        self.expect(b']')?;
        Ok((id, label))
    }

    /// The story's catalogue: exactly one message for each the app names.
    fn catalogue(&mut self) -> Read<&'static Catalogue> {
        self.expect(b'[')?;
        let lang = self.string()?;
        self.next()?;
        let rtl = self.number()? == 1;
        let mut strings = [""; 3];
        for s in &mut strings {
            self.next()?;
            *s = self.string()?;
        }
        let [plurals, group, decimal] = strings;
        self.next()?;
        let min_grouping = self.number()? as u8;
        self.next()?;
        let secondary = self.number()? as u8;
        self.next()?;
        let zero = self.string()?.chars().next().unwrap_or('0');
        self.next()?;
        let messages = self.list(Self::string)?;
        self.expect(b']')?;
        if messages.len() != i18n::COUNT {
            return self.fail("a catalogue written for another version of the app");
        }
        Ok(Box::leak(Box::new(Catalogue {
            lang,
            rtl,
            numbers: NumberFormat {
                group,
                decimal,
                min_grouping,
                secondary,
                zero,
            },
            plurals,
            messages,
        })))
    }

    fn statement(&mut self) -> Read<Statement> {
        self.expect(b'[')?;
        let id = self.string()?;
        self.next()?;
        let speaker = self.index()?;
        self.next()?;
        let kind = self.word()?;
        self.next()?;
        let text = self.string()?;
        let mut at = [0; 5];
        for n in &mut at {
            self.next()?;
            *n = self.index()?;
        }
        self.next()?;
        let topics = self.list(Self::index)?.leak();
        self.next()?;
        let stance = self.word()?;
        self.next()?;
        let responds_to = self.opt_index()?;
        self.next()?;
        let relation = self.word()?;
        self.next()?;
        let when = self.opt_string()?;
        self.next()?;
        let note = self.opt_string()?;
        self.expect(b']')?;
        let [paragraph, s0, s1, t0, t1] = at;
        Ok(Statement {
            id,
            speaker,
            kind,
            text,
            paragraph,
            span: (s0, s1),
            sentence: (t0, t1),
            topics,
            stance,
            responds_to,
            relation,
            when,
            note,
        })
    }
}

/// What a query scans: the statements' folded text and note, and the
/// speakers' folded name and role, folded once as the app starts by the
/// functions the tests hold to the app's own folding.
fn search_data(statements: &[Statement], speakers: &[Speaker]) -> SearchData {
    let built = crate::text::search_text(statements.iter().map(|s| (s.text, s.note)));
    SearchData {
        haystack: built.haystack.leak(),
        starts: built.starts.leak(),
        pairs: built.pairs.leak(),
        speakers: speakers
            .iter()
            .map(|s| &*crate::text::speaker_search_text(s.name, s.role).leak())
            .collect::<Vec<_>>()
            .leak(),
    }
}

/// The dataset in `block` (the page's data block, kept for the page's
/// life), or what is wrong with the block.
pub fn read(block: &'static str) -> Result<Dataset, String> {
    let r = &mut Reader { text: block, at: 0 };
    r.expect(b'[')?;
    let version = r.number()?;
    if version != VERSION {
        return Err(format!("the page's data block is of layout {version}; this app reads layout {VERSION}: publish the story again with this app"));
    }
    r.next()?;
    let article = r.article()?;
    r.next()?;
    let sides = r.list(|r| r.pair().map(|(id, label)| Side { id, label }))?;
    r.next()?;
    let speakers = r.list(Reader::speaker)?;
    r.next()?;
    let topics = r.list(|r| r.pair().map(|(id, label)| Topic { id, label }))?;
    r.next()?;
    let statements = r.list(Reader::statement)?;
    r.next()?;
    let search_hint = r.string()?;
    r.next()?;
    let story_url = r.opt_string()?;
    r.next()?;
    let catalogue = r.catalogue()?;
    r.expect(b']')?;
    let data = Dataset {
        article,
        search: search_data(&statements, &speakers),
        sides: sides.leak(),
        speakers: speakers.leak(),
        topics: topics.leak(),
        statements: statements.leak(),
        search_hint,
        story_url,
        catalogue,
    };
    consistent(&data)
        .map(|()| data)
        .or_else(|what| r.fail(what))
}

/// Every index in range, so that no view can panic on a damaged block.
fn consistent(d: &Dataset) -> Result<(), &'static str> {
    let n = d.statements.len();
    let fits = |range: (usize, usize), text: &str| {
        range.0 <= range.1
            && text.is_char_boundary(range.0)
            && text.is_char_boundary(range.1)
            && range.1 <= text.len()
    };
    let speakers_ok = d
        .speakers
        .iter()
        .all(|s| s.side.is_none_or(|side| side < d.sides.len()));
    let statements_ok = d.statements.iter().all(|s| {
        s.speaker < d.speakers.len()
            && s.responds_to.is_none_or(|j| j < n)
            && s.topics.iter().all(|&t| t < d.topics.len())
            && d.article.paragraphs.get(s.paragraph).is_some_and(|p| {
                fits(s.span, p)
                    && fits(s.sentence, p)
                    && s.sentence.0 <= s.span.0
                    && s.span.1 <= s.sentence.1
            })
    });
    if speakers_ok && statements_ok {
        Ok(())
    } else {
        Err("an index out of range")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leak(s: &str) -> &'static str {
        String::from(s).leak()
    }

    #[test]
    fn strings_borrow_or_unescape() {
        let mut r = Reader {
            text: leak(r#""plain" "a\"b\\c\u003c\n\u00e9\ud83d\ude00/\/""#),
            at: 0,
        };
        assert_eq!(r.string().unwrap(), "plain");
        assert_eq!(r.string().unwrap(), "a\"b\\c<\né😀//");
    }

    #[test]
    fn a_damaged_block_is_refused_with_where() {
        for (block, says) in [
            ("", "expected '['"),
            ("[1,", "layout 1"),
            ("[2,", "layout 2"),
            ("[3,[\"H\"", "expected ','"),
            ("[3,[\"unterminated", "unterminated string"),
            ("[3,[\"bad \\x\"", "unknown escape"),
            ("[3,[\"half a pair \\ud83d\\u0041\"", "bad \\u escape"),
        ] {
            let err = read(leak(block)).unwrap_err();
            assert!(err.contains(says), "{block}: {err}");
        }
    }
}
