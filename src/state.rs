//! The shared state as Yew sees it: the model's pure `State::apply` wrapped as a
//! reducer, the figures computed once per scenario, and the contexts that let distant
//! parts change the state.
//!
//! Only `App` holds the state. It hands each part, as properties, exactly what that part
//! reads, so Yew skips a part whose inputs did not change: a stake move re-renders the
//! parts that show the stake and nothing else (scripts/bench.mjs counts them). Parts
//! change the state through [`use_dispatch`], which never changes and so never
//! re-renders anything by itself.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Action, Results, Scenario, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// A scenario with its results, computed once each time the scenario changes and
/// shared by every part that shows figures.
#[derive(Debug)]
pub struct Figures {
    /// The reader's scenario.
    pub scenario: Scenario,
    /// What it earns and risks.
    pub results: Results,
}

impl Figures {
    /// The figures of `scenario`.
    pub fn of(scenario: &Scenario) -> Self {
        Self { scenario: scenario.clone(), results: Results::of(scenario) }
    }
}

/// Two sets of figures are the same when their scenarios are: the results follow.
impl PartialEq for Figures {
    fn eq(&self, other: &Self) -> bool {
        self.scenario == other.scenario
    }
}

/// Sends an action to the widget's state. The same value for the widget's whole life.
#[derive(Clone, PartialEq)]
pub struct Dispatch(pub UseReducerDispatcher<State>);

impl Dispatch {
    /// A callback that sends the action it is given.
    pub fn callback(&self) -> Callback<Action> {
        let dispatcher = self.0.clone();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    }
}

/// A prefix that makes element ids unique when several widgets share one page, and which
/// words are in use ([`crate::locale::generation`], which changes once the rest of a
/// page's words has come: see [`crate::locale::complete`]). Every part that asks for the
/// prefix so draws again when the words change, with no context of its own for it.
#[derive(Clone, Debug, PartialEq)]
pub struct IdPrefix(pub AttrValue, pub u32);

impl IdPrefix {
    /// A page-unique id for the element named `name` in this widget.
    pub fn id(&self, name: &str) -> AttrValue {
        AttrValue::from(format!("{}-{name}", self.0))
    }
}

/// A callback that changes the widget's state. Every part is rendered inside `App`,
/// which provides it, so a missing provider is a programming error.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    use_context::<Dispatch>()
        .expect("parts are rendered inside App, which provides the dispatch")
        .callback()
}

/// Whether the widget is being written into the page's HTML at build time (see
/// `AppProps::prerender`): then what waits behind a closed toggle is left out.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Prerender(pub bool);

/// Whether this render is the build's prerender (false when no provider says so, and
/// always in the wasm, which never prerenders and so asks no context).
#[hook]
pub fn use_prerender() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    let prerender = use_context::<Prerender>().is_some_and(|p| p.0);
    #[cfg(target_arch = "wasm32")]
    let prerender = false;
    prerender
}

/// The id prefix from the nearest provider (`rx` when there is none). A part that asks
/// for it also draws again when the words change (see [`IdPrefix`]).
#[hook]
pub fn use_id_prefix() -> IdPrefix {
    use_context::<IdPrefix>().unwrap_or_else(|| IdPrefix(AttrValue::from("rx"), 0))
}
