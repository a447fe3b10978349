//! One result of the model in an `<output>`: the published contract of
//! `data-result` (its name) and `data-value` (unrounded, empty for "none").

use yew::prelude::*;

use crate::copy;
use crate::format::with_unit;
use crate::model::{ResultName, Results};

/// Result `name` as a reader sees it: rounded, with its unit, or "none".
pub fn result_text(name: ResultName, results: &Results) -> String {
    name.value(results).map_or_else(|| copy::none_text().to_owned(), |v| with_unit(v, name.unit()))
}

/// The `<output>` of result `name`, labelled by the element with id `labelled_by`.
/// A view function, not a component: it holds no state (see [`super::narration`]).
pub fn result_output(name: ResultName, results: &Results, labelled_by: AttrValue) -> Html {
    let value = name.value(results);
    let text = result_text(name, results);
    let exact = value.map(crate::number_text::shortest).unwrap_or_default();
    let negative = value.is_some_and(|v| v < 0.0);
    html! {
        <output
            class={classes!("rx-result__value", negative.then_some("rx-result__value--negative"))}
            data-result={name.as_str()}
            data-value={exact}
            aria-labelledby={labelled_by}
            aria-live="off"
        >
            { text }
            if value.is_none() {
                <span class="rx-result__why">{ format!(" ({})", copy::result_none_reason(name)) }</span>
            }
        </output>
    }
}
