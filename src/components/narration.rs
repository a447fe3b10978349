//! The worked example retold in one paragraph with the current numbers, in a polite
//! live region so a screen reader hears the new totals after a change.

use yew::prelude::*;

use crate::copy;
use crate::model::{Results, Scenario};

/// Properties of [`Narration`].
#[derive(Properties, PartialEq, Clone)]
pub struct NarrationProps {
    /// The current scenario.
    pub scenario: Scenario,
    /// Its results.
    pub results: Results,
}

/// The plain-language summary of the calculator.
#[component]
pub fn Narration(props: &NarrationProps) -> Html {
    html! {
        <p class="rx-narration" aria-live="polite" aria-atomic="true">
            { copy::narration(&props.scenario, &props.results) }
        </p>
    }
}
