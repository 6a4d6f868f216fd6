//! One component rendering a list: the least any Yew app ships.

use yew::prelude::*;

const ITEMS: [&str; 20] = [
    "There is a low level of trust between our countries.",
    "The world’s two foremost nuclear powers cannot have this kind of relationship.",
    "We have no firm information to indicate there was any involvement by Russia.",
    "They agreed to create a working group to ease tensions between the nations.",
    "They also agreed to work toward a unified, stable Syria.",
    "Lavrov said they reached an agreement to set up an international investigation.",
    "No agreement was reached.",
    "An unlawful attack against Syria.",
    "It is fundamentally important not to let these actions happen again.",
    "The strike was a violation of international law.",
    "Russia will continue to support the Syrian government.",
    "The evidence points to the Assad regime.",
    "There is no evidence that Assad was involved.",
    "The United States will not accept a nuclear North Korea.",
    "Russia urges restraint on the Korean peninsula.",
    "Sanctions will remain until Ukraine’s sovereignty is restored.",
    "The meeting with the president was constructive.",
    "Both sides found few opportunities to come together.",
    "Trust has degraded under the current administration.",
    "The talks were frank and long.",
];

#[function_component(App)]
fn app() -> Html {
    html! {
        <ol class="cards">
            { for ITEMS.iter().map(|text| html! { <li><article class="card"><p>{*text}</p></article></li> }) }
        </ol>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
