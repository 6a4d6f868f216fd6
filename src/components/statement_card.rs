//! One statement: who said it, the words (a quote in quotation marks, a
//! paraphrase without), what kind it is, its topics, its stance in text and
//! icon, what it answers and who answers it.
//!
//! A card reads nothing from the app state, only its props, so when the
//! filters change Yew re-renders just the cards whose props changed (new
//! cards, the marked one, new search terms), not every card on the page.

use std::rc::Rc;

use yew::prelude::*;

use super::show_card;
use crate::app::Dispatch;
use crate::filter::Index;
use crate::location::statement_fragment;
use crate::model::{Kind, DATA};
use crate::state::Action;
use crate::text::{highlight, Segment};

/// The engine's index, compared by identity: it never changes after start.
#[derive(Clone)]
pub struct SharedIndex(pub Rc<Index>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Index of the statement in the data.
    pub index: usize,
    /// The folded query terms, to mark in the text.
    pub terms: Rc<Vec<String>>,
    /// The statement the reader navigated to: marked.
    pub target: bool,
    /// In an embed, the full view's URL, where "Link to this statement"
    /// leads in a new tab; `None` in the full view, where the link is the
    /// fragment of the current address.
    pub full_view: Option<AttrValue>,
    pub dispatch: Dispatch,
    pub engine: SharedIndex,
}

pub fn marked(segments: Vec<Segment<'_>>) -> Html {
    segments
        .into_iter()
        .map(|s| {
            if s.marked {
                html! { <mark>{s.text}</mark> }
            } else {
                html! { {s.text} }
            }
        })
        .collect()
}

/// A link to another statement's card: "Rex Tillerson: “…”".
fn statement_link(dispatch: &Dispatch, i: usize) -> Html {
    let other = &DATA.statements[i];
    let speaker = DATA.speaker_of(other);
    html! {
        <a href={statement_fragment(other.id)} class="statement-link" onclick={show_card(dispatch, i)}>
            <strong>{speaker.name}</strong>{": "}{other.text}
        </a>
    }
}

#[function_component(StatementCard)]
pub fn statement_card(props: &Props) -> Html {
    let s = &DATA.statements[props.index];
    let speaker = DATA.speaker_of(s);
    let text = marked(highlight(s.text, &props.terms));
    let words = match s.kind {
        Kind::Quote => {
            html! { <blockquote class="words quote"><p>{"“"}{text}{"”"}</p></blockquote> }
        }
        Kind::Paraphrase => html! { <p class="words paraphrase">{text}</p> },
    };
    let answered_by = props.engine.0.answers(props.index);
    let in_article = {
        let dispatch = props.dispatch.clone();
        let i = props.index;
        Callback::from(move |_| dispatch.dispatch(Action::ShowInArticle(i)))
    };
    let fragment = statement_fragment(s.id);
    let (permalink, new_tab) = match &props.full_view {
        Some(full_view) => (format!("{full_view}{fragment}"), Some("_blank")),
        None => (fragment, None),
    };
    let heading_id = format!("statement-{}-speaker", s.id);
    html! {
        <article id={format!("statement-{}", s.id)} data-statement-id={s.id} tabindex="-1"
                 aria-labelledby={heading_id.clone()}
                 class={classes!("card", format!("stance-{}", s.stance.id()), speaker.side.class(),
                                 props.target.then_some("is-target"))}>
            <header class="card-head">
                <span class={classes!("avatar", speaker.side.class())} aria-hidden="true">{speaker.initials()}</span>
                <div class="who">
                    <h3 id={heading_id} class="speaker">{speaker.name}</h3>
                    <p class="role">{speaker.role}{" · "}<span class="side">{speaker.side.label()}</span></p>
                </div>
                <span class={classes!("stance-badge", format!("stance-{}", s.stance.id()))}>
                    <span aria-hidden="true" class="stance-icon">{s.stance.icon()}</span>{s.stance.label()}
                </span>
            </header>
            {words}
            <p class="kind">{if s.kind == Kind::Quote { "Direct quote" } else { "Paraphrase: the article’s report, not verbatim" }}</p>
            if let Some(claim) = s.responds_to {
                <p class="responds">{"Answers "}{statement_link(&props.dispatch, claim)}</p>
            }
            if !answered_by.is_empty() {
                <p class="answered">{"Answered by "}
                    {for answered_by.iter().map(|&a| statement_link(&props.dispatch, a))}
                </p>
            }
            if let Some(note) = s.note {
                <p class="note">{marked(highlight(note, &props.terms))}</p>
            }
            <footer class="card-foot">
                <ul class="tags" aria-label="Topics">
                    {for s.topics.iter().map(|&t| html! { <li class="tag">{DATA.topics[t].label}</li> })}
                </ul>
                <div class="card-actions">
                    <button type="button" class="link-button" onclick={in_article}>{"In the article"}</button>
                    <a href={permalink} class="permalink" target={new_tab}
                       rel={new_tab.map(|_| "noopener")}>{"Link to this statement"}</a>
                </div>
            </footer>
        </article>
    }
}
