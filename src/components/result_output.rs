//! One result of the model in an `<output>`: the published contract of
//! `data-result` (its name) and `data-value` (unrounded, empty for "none").

use yew::prelude::*;

use crate::copy;
use crate::format::with_unit;
use crate::model::{ResultName, Results};

/// Properties of [`ResultOutput`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultOutputProps {
    /// Which result.
    pub name: ResultName,
    /// The results of the current scenario.
    pub results: Results,
    /// The id of the element that labels this output.
    pub labelled_by: AttrValue,
}

/// A rounded, unit-carrying figure whose exact value stays machine-readable.
#[component]
pub fn ResultOutput(props: &ResultOutputProps) -> Html {
    let value = props.name.value(&props.results);
    let (text, exact) = match value {
        Some(v) => (with_unit(v, props.name.unit()), crate::number_text::shortest(v)),
        None => (copy::NONE_TEXT.to_owned(), String::new()),
    };
    let negative = value.is_some_and(|v| v < 0.0);
    html! {
        <output
            class={classes!("rx-result__value", negative.then_some("rx-result__value--negative"))}
            data-result={props.name.as_str()}
            data-value={exact}
            aria-labelledby={props.labelled_by.clone()}
        >
            { text }
            if value.is_none() {
                <span class="rx-result__why">{ format!(" ({})", copy::result_none_reason(props.name)) }</span>
            }
        </output>
    }
}
