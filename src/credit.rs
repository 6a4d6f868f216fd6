//! Where the statements come from, as HTML text: the dateline and byline
//! under the headline and the credit in the footer. Each part is shown only
//! when the data gives it. The words are the installed catalogue's
//! (`share.ftl`); the data's names are isolated (`<bdi>`) in a
//! right-to-left language.

use crate::html::escape_into;
use crate::model::Day;
use qe_core::i18n::{self, m, Arg, Msg, Piece};

/// The article's provenance, as the data gives it.
pub struct Provenance<'a> {
    pub headline: &'a str,
    pub publisher: Option<&'a str>,
    pub byline: Option<&'a str>,
    /// Checked and put in words at build time ("12 April 2017").
    pub published: Option<Day>,
    pub source_url: Option<&'a str>,
    /// Where the reported events happened ("Moscow").
    pub place: Option<&'a str>,
    /// When ("Wednesday, 12 April 2017").
    pub event_date: Option<Day>,
}

/// `<time datetime="2017-04-12">12 April 2017</time>`.
fn time(out: &mut String, day: Day) {
    out.push_str("<time datetime=\"");
    escape_into(out, day.iso);
    out.push_str("\">");
    escape_into(out, day.words);
    out.push_str("</time>");
}

/// A name or date from the data, escaped; in a right-to-left language
/// isolated from the text around it.
fn name(out: &mut String, text: &str) {
    let rtl = i18n::current().rtl;
    if rtl {
        out.push_str("<bdi>");
    }
    escape_into(out, text);
    if rtl {
        out.push_str("</bdi>");
    }
}

/// `msg` with `args`, escaped, each text argument written by `arg` (given
/// its position).
fn message(out: &mut String, msg: Msg, args: &[Arg], mut arg: impl FnMut(&mut String, usize)) {
    for piece in i18n::pieces(msg, args) {
        match piece {
            Piece::Text(text) => escape_into(out, &text),
            Piece::Arg(i) => arg(out, i),
        }
    }
}

/// "Moscow · Wednesday, 12 April 2017": where and when the reported events
/// happened, inside `<p class="{class}">`; `false` (and nothing written)
/// when the data gives neither.
pub fn dateline(out: &mut String, p: &Provenance, class: &str) -> bool {
    if p.place.is_none() && p.event_date.is_none() {
        return false;
    }
    out.push_str("<p class=\"");
    out.push_str(class);
    out.push_str("\">");
    if let Some(place) = p.place {
        out.push_str("<span class=\"place\">");
        escape_into(out, place);
        out.push_str("</span>");
    }
    if let Some(day) = p.event_date {
        if p.place.is_some() {
            out.push_str(" · ");
        }
        time(out, day);
    }
    out.push_str("</p>");
    true
}

/// "By Ann Lee · The Paper · 12 April 2017 · Original article ↗" under the
/// headline, the last a link to the source; `false` (and nothing written)
/// when the data gives none of the four.
pub fn byline(out: &mut String, p: &Provenance) -> bool {
    let mut first = true;
    let mut separate = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push_str(" · ");
        }
    };
    if let Some(byline) = p.byline {
        separate(out);
        message(out, Msg::CreditBy, &[byline.into()], |out, _| {
            name(out, byline)
        });
    }
    if let Some(publisher) = p.publisher {
        separate(out);
        name(out, publisher);
    }
    if let Some(day) = p.published {
        separate(out);
        time(out, day);
    }
    if let Some(url) = p.source_url {
        separate(out);
        out.push_str("<a class=\"source-link\" href=\"");
        escape_into(out, url);
        out.push_str("\" target=\"_blank\" rel=\"noopener\">");
        escape_into(out, m::credit_original_article());
        out.push_str("</a>");
    }
    !first
}

/// "Statements from “Headline” (linked to the source), The Paper, by Ann
/// Lee, published 12 April 2017." (`credit-footer`).
pub fn footer(out: &mut String, p: &Provenance) {
    let parts = i18n::parts_key(&[
        (p.publisher.is_some(), "publisher"),
        (p.byline.is_some(), "byline"),
        (p.published.is_some(), "published"),
    ]);
    let byline = p.byline.unwrap_or_default();
    let published = p.published.map_or("", |day| day.words);
    let publisher = p.publisher.unwrap_or_default();
    // In the order of the message's variables: byline, headline, parts,
    // published, publisher.
    let args: [Arg; 5] = [
        byline.into(),
        p.headline.into(),
        parts.as_str().into(),
        published.into(),
        publisher.into(),
    ];
    message(out, Msg::CreditFooter, &args, |out, i| match i {
        0 => name(out, byline),
        1 => headline(out, p),
        3 => name(out, published),
        4 => name(out, publisher),
        _ => {}
    });
}

/// The headline in quotation marks (`credit-headline`), linked to the
/// source when there is one.
fn headline(out: &mut String, p: &Provenance) {
    if let Some(url) = p.source_url {
        out.push_str("<a href=\"");
        escape_into(out, url);
        out.push_str("\" target=\"_blank\" rel=\"noopener\">");
    }
    message(out, Msg::CreditHeadline, &[p.headline.into()], |out, _| {
        name(out, p.headline)
    });
    if p.source_url.is_some() {
        out.push_str("</a>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use qe_core::i18n::ftl::in_language;

    const PUBLISHED: Day = Day {
        iso: "2017-04-02",
        words: "2 April 2017",
    };
    const HELD: Day = Day {
        iso: "2017-04-01",
        words: "Saturday, 1 April 2017",
    };

    fn all<'a>(source_url: Option<&'a str>) -> Provenance<'a> {
        Provenance {
            headline: "Talks <resume>",
            publisher: Some("The Paper"),
            byline: Some("Ann Lee"),
            published: Some(PUBLISHED),
            source_url,
            place: Some("Geneva <CH>"),
            event_date: Some(HELD),
        }
    }

    fn bare() -> Provenance<'static> {
        Provenance {
            headline: "H",
            publisher: None,
            byline: None,
            published: None,
            source_url: None,
            place: None,
            event_date: None,
        }
    }

    #[test]
    fn the_byline_and_footer_name_each_part_the_data_gives() {
        let mut line = String::new();
        assert!(byline(&mut line, &all(None)));
        assert_eq!(
            line,
            "By Ann Lee · The Paper · <time datetime=\"2017-04-02\">2 April 2017</time>"
        );
        let mut linked = String::new();
        assert!(byline(
            &mut linked,
            &all(Some("https://x.example/?a=1&b=\""))
        ));
        assert!(linked.ends_with(
            " · <a class=\"source-link\" href=\"https://x.example/?a=1&amp;b=&quot;\" target=\"_blank\" rel=\"noopener\">Original article ↗</a>"
        ), "{linked}");
        let mut foot = String::new();
        footer(&mut foot, &all(Some("https://x.example/?a=1&b=\"")));
        assert_eq!(
            foot,
            "Statements from <a href=\"https://x.example/?a=1&amp;b=&quot;\" target=\"_blank\" rel=\"noopener\">“Talks &lt;resume&gt;”</a>, The Paper, by Ann Lee, published 2 April 2017."
        );
    }

    #[test]
    fn the_dateline_says_where_and_when_each_as_given() {
        let mut line = String::new();
        assert!(dateline(&mut line, &all(None), "dateline"));
        assert_eq!(
            line,
            "<p class=\"dateline\"><span class=\"place\">Geneva &lt;CH&gt;</span> · <time datetime=\"2017-04-01\">Saturday, 1 April 2017</time></p>"
        );
        let only_place = Provenance {
            place: Some("Moscow"),
            ..bare()
        };
        let mut line = String::new();
        assert!(dateline(&mut line, &only_place, "d"));
        assert_eq!(
            line,
            "<p class=\"d\"><span class=\"place\">Moscow</span></p>"
        );
        let only_date = Provenance {
            event_date: Some(HELD),
            ..bare()
        };
        let mut line = String::new();
        assert!(dateline(&mut line, &only_date, "d"));
        assert_eq!(
            line,
            "<p class=\"d\"><time datetime=\"2017-04-01\">Saturday, 1 April 2017</time></p>"
        );
    }

    #[test]
    fn nothing_given_is_nothing_said() {
        let mut line = String::new();
        assert!(!byline(&mut line, &bare()));
        assert!(!dateline(&mut line, &bare(), "dateline"));
        assert_eq!(line, "");
        let mut foot = String::new();
        footer(&mut foot, &bare());
        assert_eq!(foot, "Statements from “H”.");
        let source_only = Provenance {
            source_url: Some("https://x.example/"),
            ..bare()
        };
        assert!(byline(&mut line, &source_only));
        assert!(line.starts_with("<a class=\"source-link\""), "{line}");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_credit_speaks_the_storys_language_and_isolates_names_right_to_left() {
        let es = in_language("es", || {
            let mut foot = String::new();
            footer(&mut foot, &all(None));
            foot
        });
        assert_eq!(
            es,
            "Declaraciones tomadas de «Talks &lt;resume&gt;», The Paper, por Ann Lee, publicado el 2 April 2017."
        );
        let (line, foot) = in_language("ar", || {
            let (mut line, mut foot) = (String::new(), String::new());
            byline(&mut line, &all(Some("https://x.example/")));
            footer(&mut foot, &all(Some("https://x.example/")));
            (line, foot)
        });
        assert!(
            line.starts_with("بقلم <bdi>Ann Lee</bdi> · <bdi>The Paper</bdi> · "),
            "{line}"
        );
        assert!(line.ends_with(">المقال الأصلي ↖</a>"), "{line}");
        assert_eq!(
            foot,
            "تصريحات من <a href=\"https://x.example/\" target=\"_blank\" rel=\"noopener\">«<bdi>Talks &lt;resume&gt;</bdi>»</a>، <bdi>The Paper</bdi>، بقلم <bdi>Ann Lee</bdi>، نُشر في <bdi>2 April 2017</bdi>."
        );
    }
}
