//! Writes validated data as the page's data block: the JSON array that a
//! story's page carries in `<script type="application/json" id="qe-data">`
//! and the app reads when it starts (`src/model/payload.rs`, whose comment
//! gives the layout field by field; a test in `tests/payload.rs` reads what
//! this writes, for every fixture). Positional arrays of strings, integers
//! and `null`, with what the app would otherwise work out at start (spans,
//! initials, dates in words) worked out here; the folded search text, as
//! large again as the statements, the app makes as it reads (less to load).

use crate::date::{day_and_date, long_date};
use crate::{Article, Data};
use qe_core::i18n::{Catalogue, IN_APP};

/// The layout's version, the array's first element: the app refuses a
/// block of another version with a message, never a wrong page.
pub const PAYLOAD_VERSION: u32 = 3;

/// `s` as a JSON string that is also safe inside `<script>`: `<` is
/// written `\u003c`, so no `</script>` or `<!--` can end or bend the block.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn opt(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.push_str("null"),
    }
}

fn number(out: &mut String, n: impl std::fmt::Display) {
    out.push_str(&n.to_string());
}

/// `[a,b,…]` of `items`, each written by `write`.
fn list<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut write: impl FnMut(&mut String, T),
) {
    out.push('[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

/// The page's data block for `data`, published at `story_url` (the
/// address the embed code points at; `None`: where the page is served).
pub fn payload(data: &Data, story_url: Option<&str>) -> String {
    let mut out = String::with_capacity(1024 + data.statements.len() * 800);
    out.push('[');
    number(&mut out, PAYLOAD_VERSION);
    out.push(',');
    article(&mut out, &data.article);
    out.push(',');
    list(&mut out, &data.sides, |out, s| {
        list(out, [&s.id, &s.label], |out, t| string(out, t));
    });
    out.push(',');
    list(&mut out, &data.speakers, |out, s| {
        out.push('[');
        for text in [&s.id, &s.name, &s.role] {
            string(out, text);
            out.push(',');
        }
        match s.side {
            Some(side) => number(out, side),
            None => out.push_str("null"),
        }
        out.push(',');
        string(out, &qe_core::card::initials(&s.name));
        out.push(']');
    });
    out.push(',');
    list(&mut out, &data.topics, |out, t| {
        list(out, [&t.id, &t.label], |out, t| string(out, t));
    });
    out.push(',');
    list(&mut out, &data.statements, statement);
    out.push(',');
    string(&mut out, &search_hint(data));
    out.push(',');
    opt(&mut out, story_url);
    out.push(',');
    catalogue(&mut out, qe_core::i18n::current());
    out.push(']');
    out
}

/// `[language, right to left (1) or not (0), plurals, group separator,
/// decimal separator, minimum grouping, secondary group, zero digit,
/// [message…]]`: the story's interface words and how its language counts
/// and writes numbers, the catalogue installed on this thread (the
/// story's language, `l10n::install`), each message compiled to one
/// string (`qe_core::i18n::catalogue`), the plurals as a table of digits
/// (`qe_core::i18n::plural::table`). The words only a page's writing uses
/// (`page.ftl`: the title, the share card, dates in words) are left out,
/// each an empty string.
fn catalogue(out: &mut String, c: &Catalogue) {
    out.push('[');
    string(out, c.lang);
    out.push(',');
    number(out, u8::from(c.rtl));
    out.push(',');
    let n = &c.numbers;
    for text in [c.plurals, n.group, n.decimal] {
        string(out, text);
        out.push(',');
    }
    for digits in [n.min_grouping, n.secondary] {
        number(out, digits);
        out.push(',');
    }
    string(out, n.zero.encode_utf8(&mut [0; 4]));
    out.push(',');
    let shown = (c.messages.iter().zip(IN_APP)).map(|(m, in_app)| if in_app { *m } else { "" });
    list(out, shown, string);
    out.push(']');
}

/// `[id, speaker, kind, text, paragraph, span start, span end, sentence
/// start, sentence end, [topics], stance, responds_to, relation, when,
/// note]`, the vocabulary's values as their format words.
fn statement(out: &mut String, s: &crate::Statement) {
    out.push('[');
    string(out, &s.id);
    out.push(',');
    number(out, s.speaker);
    out.push(',');
    string(out, s.kind.id());
    out.push(',');
    string(out, &s.text);
    for n in [s.paragraph, s.span.0, s.span.1, s.sentence.0, s.sentence.1] {
        out.push(',');
        number(out, n);
    }
    out.push(',');
    list(out, &s.topics, number);
    out.push(',');
    string(out, s.stance.id());
    out.push(',');
    match s.responds_to {
        Some(i) => number(out, i),
        None => out.push_str("null"),
    }
    out.push(',');
    string(out, s.relation.id());
    out.push(',');
    opt(out, s.when.as_deref());
    out.push(',');
    opt(out, s.note.as_deref());
    out.push(']');
}

/// A checked date: as written and in words, or two `null`s.
fn day(out: &mut String, iso: &Option<String>, words: fn(&str) -> Option<String>) {
    match iso.as_deref().and_then(|iso| Some((iso, words(iso)?))) {
        Some((iso, words)) => {
            string(out, iso);
            out.push(',');
            string(out, &words);
        }
        None => out.push_str("null,null"),
    }
}

/// `[headline, dek, publisher, byline, published, published in words,
/// place, no-response label, event date, event date in words, source url,
/// [paragraphs]]`.
fn article(out: &mut String, a: &Article) {
    out.push('[');
    string(out, &a.headline);
    for text in [&a.dek, &a.publisher, &a.byline] {
        out.push(',');
        opt(out, text.as_deref());
    }
    out.push(',');
    day(out, &a.published, long_date);
    out.push(',');
    opt(out, a.place.as_deref());
    out.push(',');
    string(
        out,
        a.no_response_label
            .as_deref()
            .unwrap_or(qe_core::vocab::no_response()),
    );
    out.push(',');
    day(out, &a.event_date, day_and_date);
    out.push(',');
    opt(out, a.source_url.as_deref());
    out.push(',');
    list(out, &a.paragraphs, |out, p| string(out, p));
    out.push(']');
}

/// The search box's placeholder, from the article's own words: its most
/// discussed one-word topic (any topic if none is one word) and its most
/// quoted speaker's last name ("e.g. Syria, Lavrov"; never the narrator),
/// short enough to show, in the installed catalogue's words (`search-hint`,
/// `search-hint-two`).
pub fn search_hint(data: &Data) -> String {
    let most = |len: usize, count: &dyn Fn(usize) -> usize| {
        (0..len).max_by_key(|&i| (count(i), std::cmp::Reverse(i)))
    };
    let topic = most(data.topics.len(), &|t| {
        let one_word = !data.topics[t].label.contains(char::is_whitespace);
        let discussed = data
            .statements
            .iter()
            .filter(|s| s.topics.contains(&t))
            .count();
        usize::from(one_word) * 1_000_000 + discussed
    })
    .map(|t| data.topics[t].label.as_str());
    // The narrator is the article itself, not a name to search for.
    let speaker = most(data.speakers.len(), &|p| {
        let on_a_side = !data.speakers[p].is_narrator();
        usize::from(on_a_side) * data.statements.iter().filter(|s| s.speaker == p).count()
    })
    .filter(|&p| !data.speakers[p].is_narrator())
    .and_then(|p| data.speakers[p].name.split_whitespace().last());
    match (topic, speaker) {
        (Some(topic), Some(speaker)) => qe_core::i18n::m::search_hint_two(speaker, topic),
        (one, other) => qe_core::i18n::m::search_hint(one.or(other).unwrap_or("")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Kind, Relation, Side, Speaker, Stance, Statement, Topic};

    fn speaker(id: &str, name: &str, side: Option<usize>) -> Speaker {
        Speaker {
            id: id.into(),
            name: name.into(),
            role: "R".into(),
            side,
        }
    }

    fn statement(i: usize, speaker: usize) -> Statement {
        Statement {
            id: format!("s-{i}"),
            speaker,
            kind: Kind::Paraphrase,
            text: "T".into(),
            paragraph: 0,
            span: (0, 1),
            sentence: (0, 1),
            topics: vec![0],
            stance: Stance::Unchallenged,
            responds_to: None,
            relation: Relation::Disputes,
            when: None,
            note: None,
        }
    }

    /// The built-in article's narrator as data: more statements than anyone.
    fn narrated() -> Data {
        Data {
            language: "en".into(),
            article: Article {
                headline: "H".into(),
                place: Some("Moscow".into()),
                event_date: Some("2017-04-12".into()),
                published: Some("2017-04-13".into()),
                paragraphs: vec!["P".into()],
                ..Article::default()
            },
            sides: vec![Side {
                id: "us".into(),
                label: "U.S.".into(),
            }],
            speakers: vec![
                speaker("tillerson", "Rex Tillerson", Some(0)),
                speaker("article", "The article", None),
            ],
            topics: vec![Topic {
                id: "syria".into(),
                label: "Syria".into(),
            }],
            statements: vec![statement(0, 0), statement(1, 1), statement(2, 1)],
        }
    }

    #[test]
    fn the_narrator_is_never_the_search_hint_and_has_no_side() {
        let data = narrated();
        assert_eq!(search_hint(&data), "e.g. Syria, Tillerson");
        let block = payload(&data, None);
        assert!(
            block.contains(r#"["article","The article","R",null,""]"#),
            "{block}"
        );
        assert!(
            block.contains(r#"["tillerson","Rex Tillerson","R",0,"RT"]"#),
            "{block}"
        );
    }

    #[test]
    fn a_statement_nobody_answers_is_called_what_the_editor_chose_or_no_response_reported() {
        let mut data = narrated();
        assert!(payload(&data, None).contains(r#""Moscow","No response reported","#));
        data.article.no_response_label = Some("No reply in the article".into());
        assert!(payload(&data, None).contains(r#""Moscow","No reply in the article","#));
    }

    #[test]
    fn the_default_label_and_the_search_hint_are_in_the_storys_language() {
        let compiled = qe_core::i18n::ftl::catalogue("es", &[]).expect("es");
        qe_core::i18n::install(Box::leak(Box::new(compiled.catalogue)));
        let data = narrated();
        let block = payload(&data, None);
        assert!(
            block.contains(r#""Moscow","No consta respuesta","#),
            "{block}"
        );
        assert!(block.contains(r#""13 de abril de 2017""#), "{block}");
        assert!(
            search_hint(&data).starts_with("p. ej. "),
            "{}",
            search_hint(&data)
        );
        qe_core::i18n::install(qe_core::i18n::ftl::english());
    }

    #[test]
    fn dates_are_written_as_given_and_in_words() {
        let block = payload(&narrated(), None);
        assert!(
            block.contains(r#""2017-04-13","13 April 2017","Moscow""#),
            "{block}"
        );
        assert!(
            block.contains(r#""2017-04-12","Wednesday, 12 April 2017""#),
            "{block}"
        );
    }

    #[test]
    fn the_block_is_json_that_no_text_can_close_or_bend() {
        let mut data = narrated();
        data.article.headline = "</script><!-- \"quoted\" \\ \u{7}".into();
        let block = payload(&data, Some("https://news.example/q/"));
        assert!(!block.contains('<'), "{block}");
        let read: serde_json::Value = serde_json::from_str(&block).unwrap();
        assert_eq!(read[0], PAYLOAD_VERSION);
        assert_eq!(read[1][0], "</script><!-- \"quoted\" \\ \u{7}");
        assert_eq!(read[7], "https://news.example/q/");
    }
}
