//! Every result of the model, grouped as a reader asks about them: what a year pays,
//! what one slash costs, and what the risk is worth.

use yew::prelude::*;

use super::result_output;
use crate::copy::{self, RESULT_GROUPS};
use crate::model::Results;
use crate::state::use_id_prefix;

/// Properties of [`ResultsPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsPanelProps {
    /// The results of the current scenario.
    pub results: Results,
}

/// The calculator's results, one labelled `<output>` each.
#[component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let ids = use_id_prefix();
    html! {
        <div class="rx-results">
            for group in RESULT_GROUPS.iter() {
                <section class="rx-results__group" key={group.title}>
                    <h4 class="rx-results__title">{ group.title }</h4>
                    <dl class="rx-results__list">
                        for name in group.results.iter().copied() {
                            <div class="rx-result" key={name.as_str()} data-row={name.as_str()}>
                                <dt class="rx-result__label" id={ids.id(&format!("label-{}", name.as_str()))}>
                                    { copy::result_label(name) }
                                </dt>
                                <dd class="rx-result__cell">
                                    { result_output(name, &props.results, ids.id(&format!("label-{}", name.as_str()))) }
                                </dd>
                            </div>
                        }
                    </dl>
                </section>
            }
        </div>
    }
}
