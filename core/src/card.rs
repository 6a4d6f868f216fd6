//! One statement card as HTML text, as the app shows it in its list (and,
//! rendered at build time, in the static first view). `qe-data` uses
//! [`initials`] to compute each speaker's at build time.
//!
//! Writing a card as one string is also what keeps the list fast: the
//! browser parses a card in one call instead of the app creating its fifty
//! nodes one by one. Its links and buttons carry `data-show` /
//! `data-in-article` (the statement's index) and the list handles their
//! clicks in one listener.

use crate::html::escape_into;
use crate::i18n::{self, m, Msg, Piece};
use crate::vocab::Kind;

/// A statement that a card links to: "Rex Tillerson: “…”", and how the
/// response relates to its claim ([`crate::Relation`]'s words).
pub struct Link<'a> {
    /// "Disputes" / "Confirms" on a response, "Disputed by" / "Confirmed
    /// by" on the statement it answers.
    pub relation: &'static str,
    pub index: usize,
    pub id: &'a str,
    pub speaker: &'a str,
    pub text: &'a str,
    /// The speaker's own words (in quotation marks), or a paraphrase.
    pub quote: bool,
}

/// What the interactive card adds to the static one.
pub struct Actions<'a> {
    /// Index of the statement in the data.
    pub index: usize,
    /// Where "Link to this statement" leads: the fragment, or in an embed
    /// the full view's address with it.
    pub permalink: &'a str,
    /// Open the permalink in a new tab (the embed's way out).
    pub new_tab: bool,
    /// The statement the reader navigated to: marked.
    pub target: bool,
    /// Opened whole in the compact list (its one line tapped).
    pub expanded: bool,
}

/// Everything a card shows, as text; [`write`] escapes it.
pub struct Card<'a> {
    pub id: &'a str,
    pub speaker: &'a str,
    pub role: &'a str,
    /// See [`initials`]; empty for a group, which gets an icon instead.
    pub initials: &'a str,
    /// The side's class in the palette (`side-0` … `side-7`), and its label;
    /// `None` for the narrator (the article's own framing): no side colour,
    /// no avatar, the card marked `is-narrator`.
    pub side: Option<(&'a str, &'a str)>,
    /// `agreed`, `disputed`, `unchallenged`, its label and icon.
    pub stance: (&'a str, String, &'a str),
    /// For a verbatim quote, the sentence it comes from as the paragraph
    /// has it: the words before the quote, the quoted words, the words
    /// after. `None` for a paraphrase, shown as [`Card::text`].
    pub quote: Option<(&'a str, &'a str, &'a str)>,
    pub text: &'a str,
    /// When the article places the statement ("before the meetings").
    pub when: Option<&'a str>,
    pub note: Option<&'a str>,
    pub topics: Vec<&'a str>,
    pub answers: Option<Link<'a>>,
    pub answered_by: Vec<Link<'a>>,
    /// `None` for the static card, which has no script behind it: its
    /// "In the article" button is disabled.
    pub actions: Option<Actions<'a>>,
}

/// Appends the card for `card` to `out`. `words` writes the statement's
/// text and note, escaped: the app marks the search terms in them.
pub fn write(out: &mut String, card: &Card<'_>, words: &dyn Fn(&mut String, &str)) {
    write_head(out, card);
    write_words(out, card, words);
    write_exchange(out, card);
    if let Some(note) = card.note {
        out.push_str("<p class=\"note\">");
        words(out, note);
        out.push_str("</p>");
    }
    write_foot(out, card);
}

/// The card's opening tag and header: who speaks, their side, the stance.
fn write_head(out: &mut String, card: &Card<'_>) {
    let side = card.side.map_or("is-narrator", |(class, _)| class);
    let (stance, stance_label, icon) = (card.stance.0, card.stance.1.as_str(), card.stance.2);
    let put = |out: &mut String, parts: &[&str]| parts.iter().for_each(|p| out.push_str(p));
    put(out, &["<article id=\"statement-"]);
    escape_into(out, card.id);
    put(out, &["\" data-statement-id=\""]);
    escape_into(out, card.id);
    put(out, &["\" tabindex=\"-1\" aria-labelledby=\"statement-"]);
    escape_into(out, card.id);
    put(out, &["-speaker\" class=\"card stance-", stance, " ", side]);
    if card.actions.as_ref().is_some_and(|a| a.target) {
        out.push_str(" is-target");
    }
    let expanded = card.actions.as_ref().is_some_and(|a| a.expanded);
    if expanded {
        out.push_str(" is-open");
    }
    out.push_str("\"><header class=\"card-head\">");
    // A group's avatar is an icon the stylesheet draws; a person's, initials;
    // the narrator, who is no person and on no side, has none.
    if card.side.is_some() {
        let group = if card.initials.is_empty() {
            " is-group"
        } else {
            ""
        };
        put(
            out,
            &[
                "<span class=\"avatar ",
                side,
                group,
                "\" aria-hidden=\"true\">",
            ],
        );
        escape_into(out, card.initials);
        out.push_str("</span>");
    }
    put(out, &["<div class=\"who\"><h3 id=\"statement-"]);
    escape_into(out, card.id);
    put(out, &["-speaker\" class=\"speaker\">"]);
    escape_into(out, card.speaker);
    put(out, &["</h3><p class=\"role\">"]);
    escape_into(out, card.role);
    if let Some((_, side_label)) = card.side {
        out.push_str(" · <span class=\"side\">");
        escape_into(out, side_label);
        out.push_str("</span>");
    }
    put(
        out,
        &[
            "</p></div><span class=\"stance-badge stance-",
            stance,
            "\"><span aria-hidden=\"true\" class=\"stance-icon\">",
            icon,
            "</span>",
        ],
    );
    // The badge names speakers ("Disputed by …"): data, escaped as any.
    escape_into(out, stance_label);
    out.push_str("</span>");
    // In the compact list, the card is one line that this opens whole (the
    // stylesheet stretches its target over the card); hidden otherwise.
    // The static card's is worked by boot.js, the app's by the list.
    out.push_str("<button type=\"button\" class=\"card-expand\" aria-expanded=\"");
    out.push_str(if expanded { "true" } else { "false" });
    if let Some(actions) = &card.actions {
        out.push_str("\" data-expand=\"");
        push_number(out, actions.index);
    }
    out.push_str("\"><span class=\"visually-hidden\">");
    escape_into(out, m::card_whole_statement());
    out.push_str("</span></button></header>");
}

/// The statement's words: a quote in its sentence, or the paraphrase.
fn write_words(out: &mut String, card: &Card<'_>, words: &dyn Fn(&mut String, &str)) {
    // The quote in its sentence, the quoted words marked; the card says
    // "Quote" or "Paraphrase" in one word (the list's legend says what
    // each means), and when the article places it.
    match card.quote {
        Some((before, quoted, after)) => {
            out.push_str("<blockquote class=\"words quote\"><p>");
            escape_into(out, before);
            out.push_str("<strong class=\"quoted\">");
            words(out, quoted);
            out.push_str("</strong>");
            escape_into(out, after);
            out.push_str("</p></blockquote><p class=\"kind\">");
            out.push_str(Kind::Quote.label());
        }
        None => {
            out.push_str("<p class=\"words paraphrase\">");
            words(out, card.text);
            out.push_str("</p><p class=\"kind\">");
            out.push_str(Kind::Paraphrase.label());
        }
    }
    if let Some(when) = card.when {
        out.push_str(" · ");
        escape_into(out, when);
    }
    out.push_str("</p>");
}

/// Which way an exchange goes, in words on both of its cards.
fn write_exchange(out: &mut String, card: &Card<'_>) {
    if let Some(claim) = &card.answers {
        out.push_str("<p class=\"responds\">");
        out.push_str(claim.relation);
        out.push(' ');
        link(out, claim);
        out.push_str("</p>");
    }
    let mut relations: Vec<&str> = Vec::new();
    for l in &card.answered_by {
        if !relations.contains(&l.relation) {
            relations.push(l.relation);
        }
    }
    for relation in relations {
        out.push_str("<p class=\"answered\">");
        out.push_str(relation);
        out.push(' ');
        card.answered_by
            .iter()
            .filter(|l| l.relation == relation)
            .for_each(|l| link(out, l));
        out.push_str("</p>");
    }
}

/// The topics and the card's two actions.
fn write_foot(out: &mut String, card: &Card<'_>) {
    out.push_str("<footer class=\"card-foot\"><ul class=\"tags\" aria-label=\"");
    escape_into(out, m::card_topics());
    out.push_str("\">");
    for topic in &card.topics {
        out.push_str("<li class=\"tag\">");
        escape_into(out, topic);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    out.push_str("<div class=\"card-actions\"><button type=\"button\" class=\"link-button\"");
    match &card.actions {
        Some(actions) => {
            out.push_str(" data-in-article=\"");
            push_number(out, actions.index);
            out.push_str("\">");
            escape_into(out, m::card_in_the_article());
            out.push_str("</button><a href=\"");
            escape_into(out, actions.permalink);
            out.push_str("\" class=\"permalink\"");
            if actions.new_tab {
                out.push_str(" target=\"_blank\" rel=\"noopener\"");
            }
        }
        // The same place, so nothing moves when the app takes over; the
        // button needs the app, the permalink does not.
        None => {
            out.push_str(" disabled>");
            escape_into(out, m::card_in_the_article());
            out.push_str("</button><a href=\"#statement-");
            escape_into(out, card.id);
            out.push_str("\" class=\"permalink\"");
        }
    }
    out.push('>');
    escape_into(out, m::card_link_to_statement());
    out.push_str("</a></div></footer></article>");
}

/// A link to another statement's card, which the list opens in place: its
/// speaker in bold and its words (`card-statement-link`), each isolated
/// (`<bdi>`) in a right-to-left language.
fn link(out: &mut String, to: &Link<'_>) {
    open_statement_link(out, to.id, to.index, &["statement-link"]);
    let rtl = i18n::current().rtl;
    let (bdi, end) = if rtl { ("<bdi>", "</bdi>") } else { ("", "") };
    for piece in i18n::pieces(Msg::CardStatementLink, &[to.speaker.into(), to.text.into()]) {
        match piece {
            Piece::Text(text) => escape_into(out, &text),
            Piece::Arg(0) => {
                out.push_str("<strong>");
                out.push_str(bdi);
                escape_into(out, to.speaker);
                out.push_str(end);
                out.push_str("</strong>");
            }
            Piece::Arg(_) if to.quote => in_quotation_marks(out, to.text),
            Piece::Arg(_) => {
                out.push_str(bdi);
                escape_into(out, to.text);
                out.push_str(end);
            }
        }
    }
    out.push_str("</a>");
}

/// Verbatim words in the language's quotation marks (`quoted`), and where
/// they are a fragment of the speaker's sentence, an ellipsis where it goes
/// on ("“…no agreement was reached.”"): never capitalised, never cut at a
/// comma as if complete.
fn in_quotation_marks(out: &mut String, text: &str) {
    let mut words = String::with_capacity(text.len() + 8);
    // A fragment starts mid-sentence, in lower case. (ASCII and Latin-1's
    // letters: the wasm carries no Unicode case tables.)
    if text.starts_with(|c: char| c.is_ascii_lowercase() || ('ß'..='ÿ').contains(&c) && c != '÷')
    {
        words.push('…');
    }
    let trimmed = text.trim_end_matches([',', ';', ':']);
    words.push_str(trimmed);
    if trimmed.len() < text.len() || !text.ends_with(['.', '!', '?', '…']) {
        words.push('…');
    }
    escape_into(out, &m::quoted(&words));
}

/// Opens a link to statement `index` (whose id is `id`) that the app opens
/// in place: `<a href="#statement-…" class="…" data-show="…">`. The
/// `data-show` is what the lists' one click listener reads.
pub fn open_statement_link(out: &mut String, id: &str, index: usize, classes: &[&str]) {
    out.push_str("<a href=\"#statement-");
    escape_into(out, id);
    out.push_str("\" class=\"");
    for (k, class) in classes.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(class);
    }
    out.push_str("\" data-show=\"");
    push_number(out, index);
    out.push_str("\">");
}

/// Decimal digits without `format!`.
fn push_number(out: &mut String, n: usize) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// Up to two initials of a person's name, the card's visual anchor; none
/// for a group or an unnamed speaker ("Russian officials", "Tillerson’s
/// spokesman", "The article"), whose card shows an icon: a name is words
/// that each start with a capital (particles such as "al-" aside).
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let particle = |w: &str| {
        w.starts_with("al-")
            || matches!(w, "de" | "van" | "von" | "bin" | "da" | "del" | "la" | "le")
    };
    let group = words.len() < 2
        || matches!(
            words[0],
            "The" | "A" | "An" | "Some" | "Several" | "Many" | "Unnamed" | "Previous"
        )
        || words.iter().any(|w| w.ends_with("’s") || w.ends_with("'s"))
        || words
            .iter()
            .any(|w| !particle(w) && !w.chars().next().is_some_and(char::is_uppercase));
    if group {
        return String::new();
    }
    words
        .iter()
        .map(|w| w.strip_prefix("al-").unwrap_or(w))
        .filter(|w| !particle(w))
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect()
}

/// The words as plain escaped text (no search terms to mark).
pub fn plain(out: &mut String, text: &str) {
    escape_into(out, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hostile<'a>(actions: Option<Actions<'a>>) -> Card<'a> {
        let evil = "<img src=x onerror=\"alert(1)\">&'";
        Card {
            id: evil,
            speaker: evil,
            role: evil,
            initials: evil,
            side: Some(("side-0", evil)),
            stance: ("disputed", format!("Disputes {evil}"), "⚡"),
            quote: Some((evil, evil, evil)),
            text: evil,
            when: Some(evil),
            note: Some(evil),
            topics: vec![evil, "Syria"],
            answers: Some(Link {
                relation: "Disputes",
                index: 7,
                id: evil,
                speaker: evil,
                text: evil,
                quote: true,
            }),
            answered_by: vec![Link {
                relation: "Confirmed by",
                index: 1234,
                id: "b",
                speaker: "B",
                text: "t",
                quote: false,
            }],
            actions,
        }
    }

    #[test]
    fn every_field_is_escaped() {
        let mut out = String::new();
        let actions = Actions {
            index: 3,
            permalink: "\"><script>",
            new_tab: true,
            target: true,
            expanded: false,
        };
        write(&mut out, &hostile(Some(actions)), &plain);
        assert!(!out.contains("<img"), "{out}");
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("onerror=\""), "{out}");
        assert_eq!(
            out.matches("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;")
                .count(),
            18,
            "{out}"
        );
    }

    #[test]
    fn the_narrators_card_has_no_side_colour_no_avatar_and_no_side_label() {
        let mut out = String::new();
        let mut card = hostile(None);
        card.side = None;
        write(&mut out, &card, &plain);
        assert!(
            out.contains("class=\"card stance-disputed is-narrator\""),
            "{out}"
        );
        assert!(!out.contains("avatar"), "{out}");
        assert!(
            !out.contains("class=\"side\"") && !out.contains("side-"),
            "{out}"
        );
    }

    #[test]
    fn the_static_card_has_its_button_disabled_and_the_app_card_has_its_actions() {
        let mut static_card = String::new();
        write(&mut static_card, &hostile(None), &plain);
        assert!(static_card.contains(
            "<button type=\"button\" class=\"link-button\" disabled>In the article</button>"
        ));
        assert!(static_card.contains("<a href=\"#statement-&lt;img"));
        assert!(!static_card.contains("data-in-article"));
        assert!(!static_card.contains("is-target"));
        assert!(static_card.contains("data-show=\"7\""));
        assert!(static_card.contains("data-show=\"1234\""));

        let mut app_card = String::new();
        let actions = Actions {
            index: 3,
            permalink: "https://example.org/#statement-a",
            new_tab: true,
            target: true,
            expanded: false,
        };
        write(&mut app_card, &hostile(Some(actions)), &plain);
        assert!(app_card
            .contains("<button type=\"button\" class=\"link-button\" data-in-article=\"3\">"));
        assert!(app_card.contains("href=\"https://example.org/#statement-a\" class=\"permalink\" target=\"_blank\" rel=\"noopener\""));
        assert!(app_card.contains("class=\"card stance-disputed side-0 is-target\""));
    }

    #[test]
    fn the_words_writer_marks_text_and_note_only() {
        let mut out = String::new();
        write(&mut out, &hostile(None), &|out: &mut String, text: &str| {
            out.push_str("<mark>");
            escape_into(out, text);
            out.push_str("</mark>");
        });
        assert_eq!(out.matches("<mark>").count(), 2);
        assert!(out.contains("<strong class=\"quoted\"><mark>"), "{out}");
    }

    #[test]
    fn a_linked_quote_is_in_quotation_marks_and_a_fragment_says_so() {
        let cases = [
            ("no agreement was reached.", "“…no agreement was reached.”"),
            (
                "There is a low level of trust,",
                "“There is a low level of trust…”",
            ),
            ("unified, stable Syria", "“…unified, stable Syria…”"),
            (
                "We have no firm information.",
                "“We have no firm information.”",
            ),
        ];
        for (text, shown) in cases {
            let mut out = String::new();
            in_quotation_marks(&mut out, text);
            assert_eq!(out, shown);
        }
    }

    #[test]
    fn numbers_and_initials() {
        let mut out = String::new();
        for n in [0, 9, 10, 99, 100, 123_456_789] {
            out.clear();
            push_number(&mut out, n);
            assert_eq!(out, n.to_string());
        }
        assert_eq!(initials("Rex Tillerson"), "RT");
        assert_eq!(initials("Sergey V. Lavrov"), "SV");
        assert_eq!(initials("Bashar al-Assad"), "BA");
        for group in [
            "The article",
            "Russian officials",
            "Tillerson’s spokesman",
            "Some observers",
            "Previous reports",
            "Cher",
            "",
        ] {
            assert_eq!(initials(group), "", "{group}");
        }
    }
}
