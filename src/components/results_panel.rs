//! Every result of the model, grouped as a reader asks about them: what a year pays,
//! what one slash costs, and what the risk is worth.

use yew::prelude::*;

use super::result_output;
use crate::copy::{self, RESULT_GROUPS};
use crate::model::{Results, SlashModel};
use crate::state::IdPrefix;

/// Every result, in its group, labelled, with ids made unique by `ids`; the risk group
/// names the slashing `model` its figures assume. A view function, not a component:
/// it holds no state (see [`super::narration`]).
pub fn results_panel(results: &Results, model: SlashModel, ids: &IdPrefix) -> Html {
    html! {
        <div class="rx-results">
            for group in RESULT_GROUPS.iter() {
                <section class="rx-results__group" key={group.title}>
                    <h4 class="rx-results__title">
                        { group.title }
                        if group.names_model {
                            { copy::model_note(model) }
                        }
                    </h4>
                    <dl class="rx-results__list">
                        for name in group.results.iter().copied() {
                            <div class="rx-result" key={name.as_str()} data-row={name.as_str()}>
                                <dt class="rx-result__label" id={ids.id(&format!("label-{}", name.as_str()))}>
                                    { copy::result_label(name) }
                                </dt>
                                <dd class="rx-result__cell">
                                    { result_output(name, results, ids.id(&format!("label-{}", name.as_str()))) }
                                </dd>
                            </div>
                        }
                    </dl>
                    if let Some(note) = group.note {
                        <p class="rx-results__note">{ note }</p>
                    }
                </section>
            }
        </div>
    }
}
