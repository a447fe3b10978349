//! One backed service: its name, its extra rate and its yearly chance of a severe
//! slash, with a button that removes it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{NumberField, SliderScale};
use crate::copy;
use crate::model::{Action, Field, Scenario, Service};
use crate::state::use_id_prefix;

/// Properties of [`ServiceRow`].
#[derive(Properties, PartialEq, Clone)]
pub struct ServiceRowProps {
    /// The service's position in the scenario (0-based).
    pub index: usize,
    /// The service itself.
    pub service: Service,
    /// The whole scenario, for how values are read aloud.
    pub scenario: Scenario,
    /// Called with the action each control asks for.
    pub on_action: Callback<Action>,
}

/// A service's row in the calculator.
#[component]
pub fn ServiceRow(props: &ServiceRowProps) -> Html {
    let ids = use_id_prefix();
    let i = props.index;
    let rate = Field::ServiceRate(i);
    let prob = Field::ServiceProb(i);
    let name_id = ids.id(&format!("service-{i}-name"));
    let on_rename = props.on_action.reform(move |e: Event| {
        Action::RenameService(i, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_remove = props.on_action.reform(move |_: MouseEvent| Action::RemoveService(i));
    let field = |f: Field, slider: SliderScale| {
        let value = props.scenario.get(f).unwrap_or_default();
        html! {
            <NumberField
                id={ids.id(&format!("service-{i}-{}", if f == rate { "rate" } else { "prob" }))}
                label={copy::field_label(f)}
                unit={copy::field_short_unit(f)}
                unit_long={copy::field_unit(f)}
                value={value}
                value_text={copy::field_value_text(f, value, &props.scenario)}
                range={f.range()}
                slider={slider}
                on_change={props.on_action.reform(move |v| Action::Set(f, v))}
            />
        }
    };
    html! {
        <fieldset class="rx-service" data-service={i.to_string()}>
            <legend class="rx-service__legend">{ &props.service.name }</legend>
            <div class="rx-service__name">
                <label for={name_id.clone()}>{ copy::SERVICE_NAME }</label>
                <input
                    id={name_id}
                    type="text"
                    maxlength={crate::model::MAX_NAME_CHARS.to_string()}
                    autocomplete="off"
                    value={props.service.name.clone()}
                    onchange={on_rename}
                />
                <button type="button" class="rx-button rx-button--quiet" onclick={on_remove}>
                    { copy::REMOVE }
                    <span class="rx-visually-hidden">{ format!(" {}", props.service.name) }</span>
                </button>
            </div>
            { field(rate, SliderScale { min: 0.0, max: 20.0, step: 0.1 }) }
            { field(prob, SliderScale { min: 0.0, max: 100.0, step: 0.5 }) }
        </fieldset>
    }
}
