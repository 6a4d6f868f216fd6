//! Where a statement is in the article: the paragraph that holds a quote
//! given without one, the quote's bytes in its paragraph, and when it is not
//! there, where it is instead or the closest passage and the words that
//! differ.

use super::record::Record;
use super::report::Report;
use super::types::Article;
use crate::passage::{closest_passage, locate_quote, shares_a_significant_word};
use qe_core::Kind;

/// The statement's paragraph as read (`Some(None)`: a quote given without
/// one), resolved: for such a quote, the one paragraph that has it.
pub(super) fn find_paragraph(
    r: &Record,
    article: Option<&Article>,
    kind: Option<Kind>,
    text: Option<&str>,
    paragraph: Option<Option<usize>>,
    report: &mut Report,
) -> Option<usize> {
    match (kind, text, paragraph, article) {
        (Some(Kind::Quote), Some(text), Some(None), Some(article)) => {
            the_paragraph_with(r, article, text, report)
        }
        (_, _, Some(p), _) => p,
        _ => None,
    }
}

/// A quote without its paragraph: the one paragraph that has it, or a
/// message when none or several do.
fn the_paragraph_with(
    r: &Record,
    article: &Article,
    text: &str,
    report: &mut Report,
) -> Option<usize> {
    let base = report.layout.paragraph_base();
    match paragraphs_with(article, text).as_slice() {
        [p] => Some(*p),
        [] => {
            r.error(
                report,
                "text",
                format!(
                    "quote not found verbatim in any paragraph{}",
                    closest_in_article(article, text, base)
                ),
            );
            None
        }
        several => {
            r.error(
                report,
                "paragraph",
                format!(
                    "the quote is in paragraphs {}: give the one it is from",
                    numbers(several, base)
                ),
            );
            None
        }
    }
}

/// Every paragraph that has the quote verbatim.
fn paragraphs_with(article: &Article, text: &str) -> Vec<usize> {
    (0..article.paragraphs.len())
        .filter(|&p| locate_quote(&article.paragraphs[p], text).is_some())
        .collect()
}

/// The statement's byte range in its paragraph: a quote's own words (or a
/// message when they are not there), a paraphrase's whole paragraph (with a
/// warning when the two share no significant word).
pub(super) fn span(
    r: &Record,
    article: Option<&Article>,
    kind: Option<Kind>,
    text: Option<&str>,
    paragraph: Option<usize>,
    report: &mut Report,
) -> Option<(usize, usize)> {
    let base = report.layout.paragraph_base();
    match (kind, text, paragraph, article) {
        (Some(Kind::Quote), Some(text), Some(p), Some(article)) => {
            let found = locate_quote(&article.paragraphs[p], text);
            if found.is_none() {
                quote_not_found(r, report, article, text, p, base);
            }
            found
        }
        (Some(Kind::Paraphrase), text, Some(p), Some(article)) => {
            if let Some(text) = text {
                if !shares_a_significant_word(text, &article.paragraphs[p]) {
                    report.warn(
                        &r.at,
                        "paragraph",
                        format!(
                            "the paraphrase shares no significant word with paragraph {}: is it the right paragraph?",
                            p + base
                        ),
                    );
                }
            }
            Some((0, article.paragraphs[p].len()))
        }
        _ => None,
    }
}

/// The message for a quote that is not in its paragraph: where it is
/// instead, or the closest passage and the words that differ.
fn quote_not_found(
    r: &Record,
    report: &mut Report,
    article: &Article,
    text: &str,
    p: usize,
    base: usize,
) {
    let elsewhere = paragraphs_with(article, text);
    if !elsewhere.is_empty() {
        r.error(
            report,
            "paragraph",
            format!(
                "the quote is in paragraph {}, not {}",
                numbers(&elsewhere, base),
                p + base
            ),
        );
        return;
    }
    let closest = closest_passage(&article.paragraphs[p], text)
        .map(|c| c.describe())
        .unwrap_or_default();
    r.error(
        report,
        "text",
        format!(
            "quote not found verbatim in paragraph {}{closest}",
            p + base
        ),
    );
}

fn closest_in_article(article: &Article, text: &str, base: usize) -> String {
    article
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(p, paragraph)| closest_passage(paragraph, text).map(|c| (p, c)))
        .max_by_key(|(_, c)| c.same)
        .map(|(p, c)| format!("; closest in paragraph {}{}", p + base, c.describe()))
        .unwrap_or_default()
}

/// "2 and 5", "1, 2 and 5": paragraph indices as the source counts them.
fn numbers(indices: &[usize], base: usize) -> String {
    let shown: Vec<String> = indices.iter().map(|i| (i + base).to_string()).collect();
    match shown.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_numbers_are_listed_as_a_person_reads_them() {
        assert_eq!(numbers(&[2], 1), "3");
        assert_eq!(numbers(&[0, 4], 1), "1 and 5");
        assert_eq!(numbers(&[0, 1, 4], 0), "0, 1 and 4");
    }
}
