//! Every result of the model, grouped as a reader asks about them: what a year pays,
//! what one slash costs, and what the risk is worth.

use yew::prelude::*;

use super::result_output;
use crate::copy;
use crate::model::{Results, Scenario};
use crate::state::IdPrefix;

/// Every result, in its group, labelled, with ids made unique by `ids`; the risk group
/// names the slashing model its figures assume, and retells them in words. `between`
/// goes after the groups on show and before the folded one, whose body the prerendered
/// HTML leaves out (`prerender`; see `super::later!`). A view function, not a component:
/// it holds no state (see [`super::narration`]).
pub fn results_panel(
    results: &Results,
    scenario: &Scenario,
    ids: &IdPrefix,
    between: Html,
    prerender: bool,
) -> Html {
    let model = scenario.model;
    let groups = copy::result_groups();
    let rows = |group: &copy::ResultGroup| {
        html! {
            <>
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
                    <p class="rx-results__note">{ note() }</p>
                }
            </>
        }
    };
    let title = |group: &copy::ResultGroup| {
        html! {
            <h4 class="rx-results__title">
                { group.title }
                if group.names_model {
                    { copy::model_note(model) }
                }
            </h4>
        }
    };
    html! {
        <div class="rx-results">
            for group in groups.iter().filter(|g| !g.folded) {
                <section class="rx-results__group" key={group.title}>
                    { title(group) }
                    { rows(group) }
                </section>
            }
            { between }
            // Figures that rest on the odds, which wait in the calculator's "more
            // settings": one click away, like the odds themselves.
            for group in groups.iter().filter(|g| g.folded) {
                <details class="rx-results__group rx-results__group--folded" key={group.title}>
                    <summary class="rx-results__summary">{ title(group) }</summary>
                    // The outputs are published (SPEC, "Results in the page"): the live
                    // widget draws them at once; only the words about them may wait.
                    { super::later!(prerender, html! {
                    <p class="rx-risk-narration">{ copy::risk_narration(scenario, results) }</p>
                    }) }
                    if !prerender {
                        { rows(group) }
                    }
                </details>
            }
        </div>
    }
}
