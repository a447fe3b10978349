//! The shared state as Yew sees it: the model's pure `State::apply` wrapped as a
//! reducer, and the contexts that let distant parts read and change it.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Action, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// The scenario every part reads and changes.
pub type ScenarioContext = UseReducerHandle<State>;

/// A prefix that makes element ids unique when several widgets share one page.
#[derive(Clone, Debug, PartialEq)]
pub struct IdPrefix(pub AttrValue);

impl IdPrefix {
    /// A page-unique id for the element named `name` in this widget.
    pub fn id(&self, name: &str) -> AttrValue {
        AttrValue::from(format!("{}-{name}", self.0))
    }
}

/// The scenario from the nearest provider. Every part is rendered inside `App`,
/// which provides it, so a missing provider is a programming error.
#[hook]
pub fn use_scenario() -> ScenarioContext {
    use_context::<ScenarioContext>()
        .expect("parts are rendered inside App, which provides the scenario")
}

/// The id prefix from the nearest provider (`rx` when there is none).
#[hook]
pub fn use_id_prefix() -> IdPrefix {
    use_context::<IdPrefix>().unwrap_or_else(|| IdPrefix(AttrValue::from("rx")))
}
