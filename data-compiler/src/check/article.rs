//! The article record: its headline, metadata and paragraphs.

use serde_json::Value;

use super::record::Record;
use super::report::{kind_of, shown, Report};
use super::types::Article;
use super::{MAX_ID, MAX_PARAGRAPH, MAX_TEXT};
use crate::date::{has_the_form, is_date};

/// Longest `place`, in characters: a dateline, not a paragraph.
pub const MAX_PLACE: usize = 128;

/// The article's fields, in the order a JSON file and `article.txt` list them.
pub const ARTICLE_FIELDS: [&str; 12] = [
    "headline",
    "dek",
    "place",
    "event_date",
    "publisher",
    "byline",
    "published",
    "source_url",
    "photo_caption",
    "share_image",
    "no_response_label",
    "paragraphs",
];

pub(super) fn read_article(r: &Record, report: &mut Report) -> Option<Article> {
    r.reject_unknown(&ARTICLE_FIELDS, report);
    let headline = r.string("headline", MAX_TEXT, report);
    let text = |field: &str, report: &mut Report| r.optional_string(field, MAX_TEXT, report);
    let dek = text("dek", report);
    let place = r.optional_string("place", MAX_PLACE, report);
    let event_date = read_date(r, "event_date", report);
    let publisher = text("publisher", report);
    let byline = text("byline", report);
    let photo_caption = text("photo_caption", report);
    let published = read_date(r, "published", report);
    let source_url = read_source_url(r, report);
    let share_image = read_share_image(r, report);
    // The editor's words for a statement nobody answers in the article;
    // the card badge and the stance filter show them.
    let no_response_label = r.optional_string("no_response_label", MAX_ID, report);
    let paragraphs = read_paragraphs(r, report);
    if let (Some(headline), Some(dek)) = (&headline, &dek) {
        warn_of_a_dek_that_repeats(r, headline, dek, report);
    }
    Some(Article {
        headline: headline?,
        dek,
        publisher,
        byline,
        published,
        place,
        event_date,
        photo_caption,
        source_url,
        share_image,
        no_response_label,
        paragraphs: paragraphs?,
    })
}

/// `published` or `event_date`: a date of the form YYYY-MM-DD that the
/// calendar has.
fn read_date(r: &Record, field: &str, report: &mut Report) -> Option<String> {
    r.optional_string(field, MAX_ID, report).filter(|date| {
        if is_date(date) {
            return true;
        }
        let problem = if has_the_form(date) {
            "is not a day the calendar has"
        } else {
            "is not a date of the form YYYY-MM-DD"
        };
        r.error(report, field, format!("\"{}\" {problem}", shown(date)));
        false
    })
}

/// A dek is there to add to the headline: one that mostly repeats it is
/// worth a warning (not an error: the words are the editor's call). More
/// than half of the dek's words of three letters or more, case aside, are
/// words of the headline.
fn warn_of_a_dek_that_repeats(r: &Record, headline: &str, dek: &str, report: &mut Report) {
    let words = |text: &str| -> Vec<String> {
        let mut words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_lowercase)
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    };
    let (dek_words, headline_words) = (words(dek), words(headline));
    let shared = dek_words
        .iter()
        .filter(|w| headline_words.contains(w))
        .count();
    if !dek_words.is_empty() && shared * 2 > dek_words.len() {
        r.warn(
            report,
            "dek",
            format!(
                "repeats the headline ({shared} of its {} words are the headline's): a dek should add to the headline, or be left out",
                dek_words.len()
            ),
        );
    }
}

/// `source_url`: a web address.
fn read_source_url(r: &Record, report: &mut Report) -> Option<String> {
    r.optional_string("source_url", MAX_TEXT, report)
        .filter(|url| {
            let ok = url.starts_with("https://") || url.starts_with("http://");
            if !ok {
                r.error(
                    report,
                    "source_url",
                    "must be an http:// or https:// address",
                );
            }
            ok
        })
}

/// `share_image`: a PNG or JPEG file beside the data, never outside it.
fn read_share_image(r: &Record, report: &mut Report) -> Option<String> {
    r.optional_string("share_image", MAX_TEXT, report)
        .filter(|path| {
            let lower = path.to_ascii_lowercase();
            let ok = [".png", ".jpg", ".jpeg"].iter().any(|e| lower.ends_with(e))
                && !path.contains("..")
                && !path.starts_with('/')
                && !path.contains(':');
            if !ok {
                r.error(
                    report,
                    "share_image",
                    "must be a .png or .jpg file beside the data file (a relative path without ..)",
                );
            }
            ok
        })
}

/// `paragraphs`: at least one, each a string; `None` if any is broken.
fn read_paragraphs(r: &Record, report: &mut Report) -> Option<Vec<String>> {
    match r.object.get("paragraphs") {
        None => {
            r.error(report, "paragraphs", "missing required field");
            None
        }
        Some(Value::Array(items)) if items.is_empty() => {
            r.error(report, "paragraphs", "must list at least one paragraph");
            None
        }
        Some(Value::Array(items)) => {
            let read: Vec<Option<String>> = items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    r.checked_string(&format!("paragraphs[{i}]"), item, MAX_PARAGRAPH, report)
                })
                .collect();
            read.into_iter().collect::<Option<Vec<String>>>()
        }
        Some(other) => {
            r.error(
                report,
                "paragraphs",
                format!("must be an array, found {}", kind_of(other)),
            );
            None
        }
    }
}
