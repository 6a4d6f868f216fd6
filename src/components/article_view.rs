//! The article, paragraph by paragraph, with each shown statement in its
//! place: a quote's exact words highlighted, a paraphrased paragraph marked
//! and linked. Every highlight leads to its card (click or Enter).
//!
//! With a search, its words are marked in the paragraphs and the paraphrases
//! (`<mark>`, folded as the cards' marks are), the view opens at the first
//! of them, and "Match 1 of N" with Previous and Next (wrapping around at
//! the ends, as a browser's find does) moves to each and says which.

use yew::prelude::*;

use super::search_note::no_match;
use super::{class_list, sentence, show_card};
use crate::browser;
use crate::context::{use_app, AppContext};
use crate::filter::FilterState;
use crate::hooks::highlight_id;
use crate::location::statement_fragment;
use crate::model::{Kind, DATA};
use crate::text::{marked_ranges, sort_pairs, terms};
use qe_core::i18n::{m, Msg};

/// The id of the `k`-th search match (from 0) in the article view.
pub fn match_id(k: usize) -> String {
    format!("match-{}", k + 1)
}

/// The search's marks as the article is rendered, numbered in reading order.
struct Marks<'a> {
    terms: &'a [String],
    /// The match marked as the current one.
    current: Option<usize>,
    /// Each match so far: its text and byte range, for the announcement.
    found: Vec<(&'static str, usize, usize)>,
}

impl Marks<'_> {
    /// The matches in `text`, numbered on from those before.
    fn scan(&mut self, text: &'static str) -> (Vec<(usize, usize)>, usize) {
        let first = self.found.len();
        let ranges = marked_ranges(text, self.terms);
        self.found
            .extend(ranges.iter().map(|&(start, end)| (text, start, end)));
        (ranges, first)
    }

    /// `text[from..to]` with the matches `ranges` of `text` (numbered from
    /// `first`) marked. A match cut by a quote's edge is marked on both
    /// sides; its id is where it starts.
    fn piece(
        &self,
        text: &'static str,
        (ranges, first): &(Vec<(usize, usize)>, usize),
        from: usize,
        to: usize,
    ) -> Html {
        let mut pieces: Vec<Html> = Vec::new();
        let mut at = from;
        for (k, &(start, end)) in ranges.iter().enumerate() {
            let (start_here, end_here) = (start.max(from), end.min(to));
            if start_here >= end_here {
                continue;
            }
            if start_here > at {
                pieces.push(html! { {&text[at..start_here]} });
            }
            let n = first + k;
            let id = (start >= from).then(|| match_id(n));
            let current = (self.current == Some(n)).then_some("is-current");
            pieces.push(html! { <mark {id} CLASS={current}>{&text[start_here..end_here]}</mark> });
            at = end_here;
        }
        if at < to {
            pieces.push(html! { {&text[at..to]} });
        }
        html! { <>{pieces}</> }
    }
}

/// Paragraph `p` with the quotes of `shown` statements highlighted and the
/// search's words marked.
fn paragraph(state: &AppContext, p: usize, shown: &[usize], marks: &mut Marks) -> Html {
    let text = DATA.article.paragraphs[p];
    let found = marks.scan(text);
    // In the order they appear (by where they start).
    let mut quotes: Vec<(usize, usize)> = shown
        .iter()
        .filter(|&&i| DATA.statements[i].kind == Kind::Quote)
        .map(|&i| (DATA.statements[i].span.0, i))
        .collect();
    sort_pairs(&mut quotes);
    let mut pieces: Vec<Html> = Vec::new();
    let mut at = 0;
    for (_, i) in quotes {
        let s = &DATA.statements[i];
        let (start, end) = s.span;
        // Overlapping quotes: the first one keeps the highlight.
        if start < at || end > text.len() {
            continue;
        }
        pieces.push(marks.piece(text, &found, at, start));
        let speaker = DATA.speaker_of(s);
        pieces.push(html! {
            <a id={highlight_id(s.id)} href={statement_fragment(s.id)}
               CLASS={class_list(&format!("hl stance-{}", s.stance.id()), &[(state.target == Some(i), "is-target")])}
               title={m::highlight_title(speaker.name, DATA.stance_label(s.stance))}
               onclick={show_card(&state.dispatcher(), i)}>{marks.piece(text, &found, start, end)}</a>
        });
        at = end;
    }
    pieces.push(marks.piece(text, &found, at, text.len()));
    let paraphrases: Vec<usize> = shown
        .iter()
        .copied()
        .filter(|&i| DATA.statements[i].kind == Kind::Paraphrase)
        .collect();
    let refs: Vec<Html> = paraphrases
        .iter()
        .map(|&i| {
            let s = &DATA.statements[i];
            let found = marks.scan(s.text);
            let name = DATA.speaker_of(s).name;
            // "<b>speaker</b>: words" (args: speaker, text).
            let words = sentence(Msg::ParaphraseRef, &[name.into(), s.text.into()], &|arg| {
                if arg == 0 {
                    html! { <strong><bdi>{name}</bdi></strong> }
                } else {
                    marks.piece(s.text, &found, 0, s.text.len())
                }
            });
            html! {
                <li>
                    <a id={highlight_id(s.id)} href={statement_fragment(s.id)}
                       CLASS={class_list(&format!("para-ref stance-{}", s.stance.id()), &[(state.target == Some(i), "is-target")])}
                       onclick={show_card(&state.dispatcher(), i)}>
                        <span class="para-ref-kind">{Kind::Paraphrase.label()}{" · "}</span>
                        {words}
                    </a>
                </li>
            }
        })
        .collect();
    html! {
        <div CLASS={if paraphrases.is_empty() { "article-paragraph" } else { "article-paragraph has-paraphrase" }} key={p}>
            <p>{pieces}</p>
            if !paraphrases.is_empty() {
                <ul class="para-refs" aria-label={m::paraphrases_label()}>{refs}</ul>
            }
        </div>
    }
}

pub fn article_view(_: &AppContext) -> Html {
    html! { <ArticleView /> }
}

/// Where the reader is among the matches: match `current` of the view of
/// `filter` (a new search or filter starts again), and whether a step
/// asked for it, which the live region then announces.
#[derive(Clone, PartialEq)]
struct Step {
    filter: FilterState,
    current: Option<usize>,
    announce: bool,
}

#[function_component(ArticleView)]
fn article_view_component() -> Html {
    let app = use_app();
    let query = app
        .as_ref()
        .map(|s| s.location.filter.query.clone())
        .unwrap_or_default();
    let terms = use_memo(query, |q| terms(q));
    // Opened with a search, and not at a statement the reader asked for: at
    // the first match. Not in an embed, where going there would scroll the
    // host's page on load too.
    let step = use_state(|| Step {
        filter: app
            .as_ref()
            .map(|s| s.location.filter.clone())
            .unwrap_or_default(),
        current: app
            .as_ref()
            .filter(|s| s.target.is_none() && !s.location.embed.on && !terms.is_empty())
            .map(|_| 0),
        announce: false,
    });
    let rendered = app.as_ref().map(|state| {
        let matches = &state.outcome.matches;
        let current = Some(&*step)
            .filter(|step| step.filter == state.location.filter)
            .and_then(|step| step.current);
        let mut marks = Marks {
            terms: &terms,
            current,
            found: Vec::new(),
        };
        let paragraphs: Vec<Html> = (0..DATA.article.paragraphs.len())
            .map(|p| {
                let shown: Vec<usize> = state
                    .index
                    .in_paragraph(p)
                    .iter()
                    .copied()
                    .filter(|&i| matches.contains(i))
                    .collect();
                paragraph(state, p, &shown, &mut marks)
            })
            .collect();
        let current = current.filter(|&k| k < marks.found.len());
        (paragraphs, marks.found, current)
    });
    let first = rendered
        .as_ref()
        .is_some_and(|(_, found, current)| !found.is_empty() && *current == Some(0));
    use_effect_with((), move |_| {
        if first {
            browser::scroll_to(&match_id(0));
        }
    });
    let (Some(state), Some((paragraphs, found, current))) = (app, rendered) else {
        return html! {};
    };
    let nav = (!terms.is_empty()).then(|| match_nav(&state, &step, &found, current));
    html! {
        <>
            if state.outcome.shown == 0 {
                {no_match(&state)}
            }
            <div class="article-view">
                {for nav}
                <div class="article-text">
                    <h3 class="article-headline">{DATA.article.headline}</h3>
                    {paragraphs}
                </div>
            </div>
        </>
    }
}

/// "Match 2 of 5" with Previous and Next, which wrap around at the ends;
/// a step scrolls to its match and announces it with the words around it.
fn match_nav(
    state: &AppContext,
    step: &UseStateHandle<Step>,
    found: &[(&'static str, usize, usize)],
    current: Option<usize>,
) -> Html {
    let n = found.len();
    let status = match (n, current) {
        (0, _) => m::match_none().to_owned(),
        (_, Some(k)) => m::match_status(n, k + 1),
        (_, None) => m::match_count(n),
    };
    let announcement = match current {
        Some(k) if step.announce => {
            let (text, start, end) = found[k];
            m::match_announcement(n, k + 1, &excerpt(text, start, end))
        }
        _ => String::new(),
    };
    let go = |forward: bool| {
        let (step, filter) = (step.clone(), state.location.filter.clone());
        Callback::from(move |_: MouseEvent| {
            let to = match (current, forward) {
                (Some(k), true) => (k + 1) % n,
                (Some(k), false) => (k + n - 1) % n,
                (None, true) => 0,
                (None, false) => n - 1,
            };
            browser::scroll_to(&match_id(to));
            step.set(Step {
                filter: filter.clone(),
                current: Some(to),
                announce: true,
            });
        })
    };
    html! {
        <div class="match-nav" role="group" aria-label={m::match_nav_label()}>
            <p class="match-status">{status}</p>
            if n > 0 {
                // Named in full for a screen reader ("Previous match"), a
                // word on screen.
                <button type="button" class="match-step" aria-label={m::match_previous_label()} onclick={go(false)}>
                    <span aria-hidden="true">{"↑ "}</span>{m::match_previous()}
                </button>
                <button type="button" class="match-step" aria-label={m::match_next_label()} onclick={go(true)}>
                    <span aria-hidden="true">{"↓ "}</span>{m::match_next()}
                </button>
            }
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</p>
        </div>
    }
}

/// The words around `text[start..end]`, five either side, for a screen
/// reader: "…bemoan the lack of evidence that Assad was involved."
fn excerpt(text: &str, start: usize, end: usize) -> String {
    const AROUND: usize = 5;
    let from = text[..start]
        .char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .nth(AROUND)
        .map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..]
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .nth(AROUND)
        .map_or(text.len(), |(i, _)| end + i);
    format!(
        "{}{}{}",
        if from > 0 { "…" } else { "" },
        text[from..to].trim(),
        if to < text.len() { "…" } else { "" }
    )
}
