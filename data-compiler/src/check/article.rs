//! The article record: its headline, metadata and paragraphs.

use serde_json::Value;

use super::record::Record;
use super::report::{kind_of, shown, Report};
use super::types::Article;
use super::{MAX_ID, MAX_PARAGRAPH, MAX_TEXT};

/// The article's fields, in the order a JSON file and `article.txt` list them.
pub const ARTICLE_FIELDS: [&str; 9] = [
    "headline",
    "dek",
    "publisher",
    "byline",
    "published",
    "source_url",
    "photo_caption",
    "share_image",
    "paragraphs",
];

pub(super) fn read_article(r: &Record, report: &mut Report) -> Option<Article> {
    r.reject_unknown(&ARTICLE_FIELDS, report);
    let headline = r.string("headline", MAX_TEXT, report);
    let text = |field: &str, report: &mut Report| r.optional_string(field, MAX_TEXT, report);
    let dek = text("dek", report);
    let publisher = text("publisher", report);
    let byline = text("byline", report);
    let photo_caption = text("photo_caption", report);
    let published = read_published(r, report);
    let source_url = read_source_url(r, report);
    let share_image = read_share_image(r, report);
    let paragraphs = read_paragraphs(r, report);
    Some(Article {
        headline: headline?,
        dek,
        publisher,
        byline,
        published,
        photo_caption,
        source_url,
        share_image,
        paragraphs: paragraphs?,
    })
}

/// `published`: a date of the form YYYY-MM-DD that the calendar has.
fn read_published(r: &Record, report: &mut Report) -> Option<String> {
    r.optional_string("published", MAX_ID, report)
        .filter(|date| {
            let ok = is_date(date);
            if !ok {
                r.error(
                    report,
                    "published",
                    format!("\"{}\" is not a date of the form YYYY-MM-DD", shown(date)),
                );
            }
            ok
        })
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

/// A date of the form YYYY-MM-DD that the calendar has (no February 30).
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let form = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !form {
        return false;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1..=days).contains(&day)
}
