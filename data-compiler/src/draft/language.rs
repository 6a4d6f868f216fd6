//! The language an article is written in: its `language:` metadata line (a
//! BCP 47 tag such as `es` or `pt-BR`; English without one), read here
//! from the metadata lines as `folder::parse_article_txt` reads them, and
//! whether the draft can credit speakers in it.

use super::lexicon::{self, Lexicon};
use crate::check::ARTICLE_FIELDS;

/// An article's language.
pub(super) struct Language {
    /// Its English name ("Finnish"), or the tag when the draft knows no
    /// name for it.
    pub(super) name: String,
    /// Its speech verbs and titles, when the draft has them.
    pub(super) lexicon: Option<&'static Lexicon>,
}

impl Language {
    /// What the draft says when it cannot credit speakers in this language.
    pub(super) fn cannot_credit(&self) -> Option<String> {
        self.lexicon.is_none().then(|| {
            format!(
                "qe draft cannot credit speakers in {}: fill in the speaker column.",
                self.name
            )
        })
    }
}

/// The English names of common language tags, for the note of a language
/// the draft cannot credit speakers in.
const NAMES: &[(&str, &str)] = &[
    ("en", "English"),
    ("es", "Spanish"),
    ("fr", "French"),
    ("de", "German"),
    ("ar", "Arabic"),
    ("fi", "Finnish"),
    ("it", "Italian"),
    ("pt", "Portuguese"),
    ("nl", "Dutch"),
    ("sv", "Swedish"),
    ("da", "Danish"),
    ("nb", "Norwegian"),
    ("no", "Norwegian"),
    ("pl", "Polish"),
    ("cs", "Czech"),
    ("ru", "Russian"),
    ("uk", "Ukrainian"),
    ("tr", "Turkish"),
    ("el", "Greek"),
    ("he", "Hebrew"),
    ("fa", "Persian"),
    ("ur", "Urdu"),
    ("hi", "Hindi"),
    ("zh", "Chinese"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("id", "Indonesian"),
    ("sw", "Swahili"),
];

/// The article's language and its text without the `language:` line, so
/// that a reader of `article.txt` that does not know the field still
/// finds the headline.
pub(super) fn language_of(article_text: &str) -> (Language, String) {
    let mut tag = None;
    let mut kept = Vec::new();
    let mut in_metadata = true;
    for line in article_text.lines() {
        let key = line
            .trim_start_matches('\u{feff}')
            .split_once(':')
            .map(|(key, value)| (key.trim().to_lowercase(), value.trim()));
        if in_metadata {
            match key {
                Some((key, value)) if key == "language" => {
                    tag = Some(value.to_owned()).filter(|v| !v.is_empty());
                    continue;
                }
                Some((key, _)) if is_metadata(&key) => {}
                _ if line.trim().is_empty() => {}
                _ => in_metadata = false,
            }
        }
        kept.push(line);
    }
    let tag = tag.unwrap_or_else(|| "en".to_owned());
    let primary = tag.split(['-', '_']).next().unwrap_or("").to_lowercase();
    let name = NAMES
        .iter()
        .find(|(t, _)| *t == primary)
        .map_or_else(|| format!("the language “{tag}”"), |(_, n)| (*n).to_owned());
    let language = Language {
        name,
        lexicon: lexicon::for_language(&tag),
    };
    (language, kept.join("\n"))
}

/// A metadata line's key, as `article.txt` has them before the headline.
fn is_metadata(key: &str) -> bool {
    ARTICLE_FIELDS
        .iter()
        .any(|f| *f == key && !matches!(*f, "headline" | "paragraphs"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_line_is_read_among_the_metadata_and_taken_out() {
        let (language, text) = language_of("publisher: P\nlanguage: es-MX\n\nTitular\n\nUno.");
        assert_eq!(language.name, "Spanish");
        assert!(language.lexicon.is_some());
        assert_eq!(text, "publisher: P\n\nTitular\n\nUno.");
    }

    #[test]
    fn a_language_line_after_the_headline_is_text() {
        let (language, text) = language_of("Headline\n\nlanguage: fi");
        assert_eq!(language.name, "English");
        assert_eq!(text, "Headline\n\nlanguage: fi");
    }

    #[test]
    fn a_language_without_verbs_says_so_plainly() {
        let (language, _) = language_of("language: fi\n\nOtsikko");
        assert_eq!(
            language.cannot_credit().as_deref(),
            Some("qe draft cannot credit speakers in Finnish: fill in the speaker column.")
        );
        let (language, _) = language_of("language: xx\n\nH");
        assert!(language
            .cannot_credit()
            .unwrap()
            .contains("in the language “xx”"));
    }
}
