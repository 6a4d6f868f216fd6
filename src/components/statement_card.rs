//! One statement: who said it, the words (a quote in quotation marks, a
//! paraphrase without), what kind it is, its topics, its stance in text and
//! icon, what it answers and who answers it.

use yew::prelude::*;

use super::{show_card, use_app};
use crate::app::AppContext;
use crate::browser;
use crate::location::{encode, statement_fragment};
use crate::model::{Kind, DATA};
use crate::state::Action;
use crate::text::{highlight, Segment};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Index of the statement in the data.
    pub index: usize,
    /// The folded query terms, to mark in the text.
    pub terms: std::rc::Rc<Vec<String>>,
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
fn statement_link(state: &AppContext, i: usize) -> Html {
    let other = &DATA.statements[i];
    let speaker = DATA.speaker_of(other);
    html! {
        <a href={statement_fragment(other.id)} class="statement-link" onclick={show_card(state, i)}>
            <strong>{speaker.name}</strong>{": "}{other.text}
        </a>
    }
}

#[function_component(StatementCard)]
pub fn statement_card(props: &Props) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let s = &DATA.statements[props.index];
    let speaker = DATA.speaker_of(s);
    let text = marked(highlight(s.text, &props.terms));
    let words = match s.kind {
        Kind::Quote => {
            html! { <blockquote class="words quote"><p>{"“"}{text}{"”"}</p></blockquote> }
        }
        Kind::Paraphrase => html! { <p class="words paraphrase">{text}</p> },
    };
    let answered_by = state.index.answers(props.index);
    let in_article = {
        let state = state.clone();
        let i = props.index;
        Callback::from(move |_| state.dispatch(Action::ShowInArticle(i)))
    };
    // From an embed, the link leaves for the full view in a new tab.
    let embedded = state.location.embed.on;
    let permalink = format!(
        "{}{}{}",
        browser::page_url(),
        encode(&state.location.full_view(), &DATA),
        statement_fragment(s.id)
    );
    let heading_id = format!("statement-{}-speaker", s.id);
    html! {
        <article id={format!("statement-{}", s.id)} data-statement-id={s.id} tabindex="-1"
                 aria-labelledby={heading_id.clone()}
                 class={classes!("card", format!("stance-{}", s.stance.id()), speaker.side.class(),
                                 (state.target == Some(props.index)).then_some("is-target"))}>
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
                <p class="responds">{"Answers "}{statement_link(&state, claim)}</p>
            }
            if !answered_by.is_empty() {
                <p class="answered">{"Answered by "}
                    {for answered_by.iter().map(|&a| statement_link(&state, a))}
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
                    <a href={permalink} class="permalink" target={embedded.then_some("_blank")}
                       rel={embedded.then_some("noopener")}>{"Link to this statement"}</a>
                </div>
            </footer>
        </article>
    }
}
