//! The worked example retold in one paragraph with the current numbers, in a polite
//! live region so a screen reader hears the new totals after a change.

use yew::prelude::*;

use crate::copy;
use crate::model::{Results, Scenario};

/// The narration paragraph for `scenario` and its `results`. A plain view function
/// rather than a component: it has no state of its own, and each component costs the
/// wasm about a kilobyte of lifecycle code.
pub fn narration(scenario: &Scenario, results: &Results) -> Html {
    html! {
        <p class="rx-narration" aria-live="polite" aria-atomic="true">
            { copy::narration(scenario, results) }
        </p>
    }
}
