//! Where the statements come from, as HTML text: the byline under the
//! headline and the credit in the footer. Each part is shown only when the
//! data gives it.

use crate::html::escape_into;

/// The article's provenance, as the data gives it.
pub struct Provenance<'a> {
    pub headline: &'a str,
    pub publisher: Option<&'a str>,
    pub byline: Option<&'a str>,
    /// `YYYY-MM-DD`, checked at build time.
    pub published: Option<&'a str>,
    pub source_url: Option<&'a str>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "April 12, 2017" for "2017-04-12"; the text itself if it is not such a date.
pub fn long_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let month = parts.get(1).and_then(|m| m.parse::<usize>().ok());
    match (parts.as_slice(), month) {
        ([year, _, day], Some(m @ 1..=12)) => {
            format!("{} {}, {year}", MONTHS[m - 1], day.trim_start_matches('0'))
        }
        _ => iso.to_owned(),
    }
}

/// "By Ann Lee · The Paper · April 12, 2017" under the headline; `false`
/// (and nothing written) when the data gives none of the three.
pub fn byline(out: &mut String, p: &Provenance) -> bool {
    let date = p.published.map(long_date);
    let parts: Vec<(&str, &str)> = [
        p.byline.map(|b| ("By ", b)),
        p.publisher.map(|b| ("", b)),
        date.as_deref().map(|d| ("", d)),
    ]
    .into_iter()
    .flatten()
    .collect();
    for (i, (prefix, text)) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(" · ");
        }
        out.push_str(prefix);
        escape_into(out, text);
    }
    !parts.is_empty()
}

/// "Statements from “Headline” (linked to the source), The Paper, by Ann
/// Lee, published April 12, 2017."
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
    if let Some(date) = p.published {
        out.push_str(", published ");
        escape_into(out, &long_date(date));
    }
    out.push('.');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all<'a>(source_url: Option<&'a str>) -> Provenance<'a> {
        Provenance {
            headline: "Talks <resume>",
            publisher: Some("The Paper"),
            byline: Some("Ann Lee"),
            published: Some("2017-04-02"),
            source_url,
        }
    }

    #[test]
    fn the_byline_and_footer_name_each_part_the_data_gives() {
        let mut line = String::new();
        assert!(byline(&mut line, &all(None)));
        assert_eq!(line, "By Ann Lee · The Paper · April 2, 2017");
        let mut foot = String::new();
        footer(&mut foot, &all(Some("https://x.example/?a=1&b=\"")));
        assert_eq!(
            foot,
            "Statements from <a href=\"https://x.example/?a=1&amp;b=&quot;\" target=\"_blank\" rel=\"noopener\">“Talks &lt;resume&gt;”</a>, The Paper, by Ann Lee, published April 2, 2017."
        );
    }

    #[test]
    fn nothing_given_is_nothing_said() {
        let bare = Provenance {
            headline: "H",
            publisher: None,
            byline: None,
            published: None,
            source_url: None,
        };
        let mut line = String::new();
        assert!(!byline(&mut line, &bare));
        assert_eq!(line, "");
        let mut foot = String::new();
        footer(&mut foot, &bare);
        assert_eq!(foot, "Statements from “H”.");
        assert_eq!(long_date("2017-13-01"), "2017-13-01");
    }
}
