//! Where the statements come from, as HTML text: the dateline and byline
//! under the headline and the credit in the footer. Each part is shown only
//! when the data gives it.

use crate::html::escape_into;
use crate::model::Day;

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
        out.push_str("By ");
        escape_into(out, byline);
    }
    if let Some(publisher) = p.publisher {
        separate(out);
        escape_into(out, publisher);
    }
    if let Some(day) = p.published {
        separate(out);
        time(out, day);
    }
    if let Some(url) = p.source_url {
        separate(out);
        out.push_str("<a class=\"source-link\" href=\"");
        escape_into(out, url);
        out.push_str("\" target=\"_blank\" rel=\"noopener\">Original article ↗</a>");
    }
    !first
}

/// "Statements from “Headline” (linked to the source), The Paper, by Ann
/// Lee, published 12 April 2017."
pub fn footer(out: &mut String, p: &Provenance) {
    out.push_str("Statements from ");
    match p.source_url {
        Some(url) => {
            out.push_str("<a href=\"");
            escape_into(out, url);
            out.push_str("\" target=\"_blank\" rel=\"noopener\">“");
            escape_into(out, p.headline);
            out.push_str("”</a>");
        }
        None => {
            out.push('“');
            escape_into(out, p.headline);
            out.push('”');
        }
    }
    if let Some(publisher) = p.publisher {
        out.push_str(", ");
        escape_into(out, publisher);
    }
    if let Some(byline) = p.byline {
        out.push_str(", by ");
        escape_into(out, byline);
    }
    if let Some(day) = p.published {
        out.push_str(", published ");
        escape_into(out, day.words);
    }
    out.push('.');
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
