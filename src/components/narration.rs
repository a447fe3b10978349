//! The worked example retold in one paragraph with the current numbers. Not a live
//! region: the calculator reads out one short summary once the inputs settle.

use yew::prelude::*;

use crate::copy;
use crate::model::{Results, Scenario};

/// The narration paragraph for `scenario` and its `results`. A plain view function
/// rather than a component: it has no state of its own, and each component costs the
/// wasm about a kilobyte of lifecycle code.
pub fn narration(scenario: &Scenario, results: &Results) -> Html {
    html! {
        <p class="rx-narration">
            { copy::narration(scenario, results) }
        </p>
    }
}
