//! The second size reference of the benchmarks (issue 7): the minimal list
//! plus the Yew machinery the app relies on (a reducer, a context, a child
//! component reading it, click handlers, an effect, a keyed list, dynamic
//! classes) and no app logic: the least any app built like this one ships.
use std::rc::Rc;
use yew::prelude::*;

const ITEMS: [&str; 4] = [
    "There is a low level of trust between our countries.",
    "No agreement was reached.",
    "An unlawful attack against Syria.",
    "The talks were frank and long.",
];

#[derive(Clone, PartialEq, Default)]
struct State {
    picked: Option<usize>,
}
enum Action {
    Pick(usize),
}
impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Pick(i) => Rc::new(State { picked: Some(i) }),
        }
    }
}
type Ctx = UseReducerHandle<State>;

#[function_component(Count)]
fn count() -> Html {
    let state = use_context::<Ctx>();
    let n = state.map_or(0, |s| s.picked.map_or(0, |p| p + 1));
    html! { <p class="result-count">{n}</p> }
}

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(State::default);
    {
        let picked = state.picked;
        use_effect_with(picked, move |_| {
            let _ = picked;
        });
    }
    html! {
        <ContextProvider<Ctx> context={state.clone()}>
            <Count />
            <ol class="cards">
                { for ITEMS.iter().enumerate().map(|(i, text)| {
                    let state = state.clone();
                    let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::Pick(i)));
                    html! { <li key={i}><button class={classes!("card", (Some(i) == None::<usize>).then_some("is-target"))} {onclick}>{*text}</button></li> }
                }) }
            </ol>
        </ContextProvider<Ctx>>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
