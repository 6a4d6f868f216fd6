//! The article, paragraph by paragraph, with each shown statement in its
//! place: a quote's exact words highlighted, a paraphrased paragraph marked
//! and linked. Every highlight leads to its card (click or Enter).

use yew::prelude::*;

use super::{class_list, show_card};
use crate::context::AppContext;
use crate::hooks::highlight_id;
use crate::location::statement_fragment;
use crate::model::{Kind, DATA};
use crate::text::sort_pairs;

/// Paragraph `p` with the quotes of `shown` statements highlighted.
fn paragraph(state: &AppContext, p: usize, shown: &[usize]) -> Html {
    let text = DATA.article.paragraphs[p];
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
        pieces.push(html! { {&text[at..start]} });
        let speaker = DATA.speaker_of(s);
        pieces.push(html! {
            <a id={highlight_id(s.id)} href={statement_fragment(s.id)}
               CLASS={class_list(&format!("hl stance-{}", s.stance.id()), &[(state.target == Some(i), "is-target")])}
               title={format!("{} · {}", speaker.name, s.stance.label())}
               onclick={show_card(&state.dispatcher(), i)}>{&text[start..end]}</a>
        });
        at = end;
    }
    pieces.push(html! { {&text[at..]} });
    let paraphrases: Vec<usize> = shown
        .iter()
        .copied()
        .filter(|&i| DATA.statements[i].kind == Kind::Paraphrase)
        .collect();
    let refs = paraphrases.iter().map(|&i| {
        let s = &DATA.statements[i];
        html! {
            <li>
                <a id={highlight_id(s.id)} href={statement_fragment(s.id)}
                   CLASS={class_list(&format!("para-ref stance-{}", s.stance.id()), &[(state.target == Some(i), "is-target")])}
                   onclick={show_card(&state.dispatcher(), i)}>
                    <span class="para-ref-kind">{"Paraphrase · "}</span>
                    <strong>{DATA.speaker_of(s).name}</strong>{": "}{s.text}
                </a>
            </li>
        }
    });
    html! {
        <div CLASS={if paraphrases.is_empty() { "article-paragraph" } else { "article-paragraph has-paraphrase" }} key={p}>
            <p>{pieces}</p>
            if !paraphrases.is_empty() {
                <ul class="para-refs" aria-label="Paraphrased statements in this paragraph">{for refs}</ul>
            }
        </div>
    }
}

pub fn article_view(state: &AppContext) -> Html {
    let matches = &state.outcome.matches;
    html! {
        <>
            if state.outcome.shown == 0 {
                {super::statement_list::no_match(state)}
            }
            <div class="article-text">
                <h3 class="article-headline">{DATA.article.headline}</h3>
                {for (0..DATA.article.paragraphs.len()).map(|p| {
                    let shown: Vec<usize> = state.index.in_paragraph(p).iter().copied().filter(|&i| matches.contains(i)).collect();
                    paragraph(state, p, &shown)
                })}
            </div>
        </>
    }
}
