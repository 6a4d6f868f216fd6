//! "At a glance", above the cards: what a reader takes in on one phone
//! screen. Who answers whom, each exchange one row in words ("Sergey
//! Lavrov disputes Rex Tillerson · Syria"), and how many statements each
//! speaker made on each topic. Both follow the current filters, and every
//! row and cell links to its filtered view (a real address: it opens in a
//! new tab, and Back returns). In a fixed embed (`controls=0`) they are
//! text, since nothing there may change the view; an embed shows the
//! exchanges only, short enough for a story's inset.

use yew::prelude::*;

use super::{navigate, sentence, PRERENDER};
use crate::context::{link_to, use_app, AppContext};
use crate::filter::{Facet, Selection};
use crate::location::{Location, View};
use crate::model::DATA;
use qe_core::i18n::{self, m, Msg};

/// Exchanges listed before "Show all".
const FIRST_EXCHANGES: usize = 6;
/// The table's rows and columns at most: the speakers and topics with the
/// most statements shown (a large article keeps a table that fits).
const MAX_ROWS: usize = 10;
const MAX_COLUMNS: usize = 5;

#[function_component(Overview)]
pub fn overview() -> Html {
    let all = use_state(|| false);
    let Some(state) = use_app() else {
        return html! {};
    };
    let exchanges = exchanges(&state);
    // An embed is a story's inset: the exchanges, not the whole table.
    let table = if state.location.embed.on {
        Html::default()
    } else {
        speaker_topic_table(&state)
    };
    if exchanges.is_empty() && table == Html::default() {
        return html! {};
    }
    let rest = exchanges.len().saturating_sub(FIRST_EXCHANGES);
    let shown = if *all {
        exchanges.len()
    } else {
        FIRST_EXCHANGES
    };
    let more = {
        let all = all.clone();
        Callback::from(move |_| all.set(true))
    };
    html! {
        <section class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading">{m::overview_heading()}</h2>
            if !exchanges.is_empty() {
                <h3 class="overview-sub">{m::exchanges_heading()}</h3>
                <ul class="exchange-rows">
                    {for exchanges.iter().take(shown).map(|&(claim, answer)| exchange_row(&state, claim, answer))}
                </ul>
                if rest > 0 && !*all && !PRERENDER {
                    <button type="button" class="link-button show-all-exchanges" onclick={more}>
                        {m::show_all_exchanges(rest + FIRST_EXCHANGES)}
                    </button>
                }
            }
            {table}
        </section>
    }
}

/// A link to `location` that the app follows itself on a plain click, or
/// plain text where the view is fixed.
fn view_link(state: &AppContext, location: Location, label: Html, class: &'static str) -> Html {
    if state.location.fixed() || PRERENDER {
        return html! { <span CLASS={class}>{label}</span> };
    }
    let href = link_to(&location);
    html! { <a CLASS={class} {href} onclick={navigate(state, location)}>{label}</a> }
}

/// The current view with `speakers` and `topics` chosen instead, in the
/// list (a search and the stances stay).
fn view_of(state: &AppContext, speakers: &[usize], topics: &[usize]) -> Location {
    let mut location = state.location.clone();
    location.view = View::List;
    location.filter.speakers = Selection::default();
    location.filter.topics = Selection::default();
    for &s in speakers {
        location.filter.speakers.insert(s);
    }
    for &t in topics {
        location.filter.topics.insert(t);
    }
    location
}

/// Each answer with its claim, in the claims' article order, for the
/// threads the current filters reach: the rows' (claim, answer).
fn exchanges(state: &AppContext) -> Vec<(usize, usize)> {
    state
        .index
        .threads(&state.outcome.matches)
        .flat_map(|claim| state.index.answers(claim).iter().map(move |&a| (claim, a)))
        .collect()
}

/// One exchange as a row in words, a link to its view: "A disputes B ·
/// topics". Only the rows shown are built.
fn exchange_row(state: &AppContext, claim: usize, answer: usize) -> Html {
    let claimant = DATA.statements[claim].speaker;
    let s = &DATA.statements[answer];
    let mut location = view_of(state, &[claimant, s.speaker], &[]);
    location.filter.query.clear();
    location.filter.stances = Selection::default();
    location.filter.stances.insert(s.stance.index());
    let who = DATA.speaker_of(s);
    let whom = &DATA.speakers[claimant];
    // "A disputes B", each name an element of its own (args: relation,
    // who, whom).
    let sentence = sentence(
        Msg::ExchangeRow,
        &[s.relation.id().into(), who.name.into(), whom.name.into()],
        &|i| {
            let party = if i == 1 { who } else { whom };
            html! { <span CLASS={format!("party {}", party.side_class())}><bdi>{party.name}</bdi></span> }
        },
    );
    let separator = m::exchange_topics_separator();
    let topics = s.topics.iter().enumerate().map(|(k, &t)| {
        html! { <>{(k > 0).then_some(separator)}<bdi>{DATA.topics[t].label}</bdi></> }
    });
    let words = html! {
        <>
            <span aria-hidden="true" CLASS={format!("stance-icon stance-{}", s.stance.id())}>{s.relation.icon()}</span>
            {sentence}
            <span class="exchange-topics">{" · "}{for topics}</span>
        </>
    };
    html! {
        <li key={answer}>{view_link(state, location, words, "exchange-row")}</li>
    }
}

/// The `limit` values of `facet` with the most statements shown, in data
/// order, with their counts; none when a single value has them all.
fn busiest(state: &AppContext, facet: Facet, limit: usize) -> Vec<usize> {
    let len = facet.len(&DATA);
    let mut count = vec![0usize; len];
    for i in state.outcome.matches.iter() {
        let s = &DATA.statements[i];
        match facet {
            Facet::Speaker => count[s.speaker] += 1,
            Facet::Topic => s.topics.iter().for_each(|&t| count[t] += 1),
            Facet::Stance => count[s.stance.index()] += 1,
        }
    }
    let mut values: Vec<usize> = (0..len).filter(|&v| count[v] > 0).collect();
    if values.len() > limit {
        // The busiest, by a counting pass per threshold (no sort linked).
        let mut threshold = 1;
        while values.iter().filter(|&&v| count[v] >= threshold).count() > limit {
            threshold += 1;
        }
        values.retain(|&v| count[v] >= threshold);
    }
    values
}

/// Speakers (by side) × topics: how many of the statements shown each
/// speaker made on each topic, each count a link to that view.
fn speaker_topic_table(state: &AppContext) -> Html {
    let topics = busiest(state, Facet::Topic, MAX_COLUMNS);
    let mut speakers = busiest(state, Facet::Speaker, MAX_ROWS);
    if speakers.len() < 2 && topics.len() < 2 {
        return Html::default();
    }
    // Grouped by side, as the filters list them (the narrator, on none, last).
    speakers = (0..DATA.sides.len())
        .map(Some)
        .chain([None])
        .flat_map(|side| {
            speakers
                .iter()
                .copied()
                .filter(move |&s| DATA.speakers[s].side == side)
        })
        .collect();
    let mut cells = vec![vec![0usize; topics.len()]; speakers.len()];
    for i in state.outcome.matches.iter() {
        let s = &DATA.statements[i];
        let Some(row) = speakers.iter().position(|&v| v == s.speaker) else {
            continue;
        };
        for (column, t) in topics.iter().enumerate() {
            if s.topics.contains(t) {
                cells[row][column] += 1;
            }
        }
    }
    let head = topics.iter().map(|&t| {
        let label = html! { {DATA.topics[t].label} };
        html! { <th scope="col">{view_link(state, view_of(state, &[], &[t]), label, "cell-link")}</th> }
    });
    let rows = speakers.iter().zip(&cells).map(|(&speaker, counts)| {
        let who = &DATA.speakers[speaker];
        let name = html! { {who.name} };
        let cells = topics.iter().zip(counts).map(|(&t, &n)| {
            if n == 0 {
                return html! { <td class="is-zero"><span class="visually-hidden">{m::speaker_topics_none()}</span></td> };
            }
            let label = html! { {i18n::current().number(n as u64)} };
            html! { <td>{view_link(state, view_of(state, &[speaker], &[t]), label, "cell-link")}</td> }
        });
        html! {
            <tr>
                <th scope="row" CLASS={format!("party {}", who.side_class())}>
                    {view_link(state, view_of(state, &[speaker], &[]), name, "cell-link")}
                </th>
                {for cells}
            </tr>
        }
    });
    let filtered = !state.location.filter.is_empty();
    html! {
        <div class="speaker-topics">
            <h3 class="overview-sub" id="speaker-topics-heading">
                {if filtered { m::speaker_topics_heading_filtered() } else { m::speaker_topics_heading() }}
            </h3>
            <table aria-labelledby="speaker-topics-heading">
                <thead><tr><td></td>{for head}</tr></thead>
                <tbody>{for rows}</tbody>
            </table>
        </div>
    }
}
