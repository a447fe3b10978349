//! One backed service, in two rows: among the essentials its extra rate and a button
//! that removes it; in the calculator's "more settings" its name, its yearly chance of a
//! severe slash and, under the allocated model, its slice.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{NumberField, SliderScale};
use crate::copy;
use crate::model::{Action, Field, Scenario, Service, SlashModel};
use crate::state::{use_dispatch, use_id_prefix};

/// Properties of [`ServiceRow`].
#[derive(Properties, Clone)]
pub struct ServiceRowProps {
    /// The service's position in the scenario (0-based).
    pub index: usize,
    /// The service itself.
    pub service: Service,
    /// The whole scenario, for how values are read aloud.
    pub scenario: Scenario,
    /// Which row: the essential one (false) or the one in "more settings" (true).
    #[prop_or_default]
    pub more: bool,
}

/// Two rows are the same when everything the row shows is: its place, its service, the
/// slashing model and, under the allocated model only, the rest of the scenario (an
/// allocation is read aloud in ETH, and its slider ends where the other slices begin).
/// So a stake move leaves the rows alone unless slices are on show.
impl PartialEq for ServiceRowProps {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
            && self.more == other.more
            && self.service == other.service
            && self.scenario.model == other.scenario.model
            && (self.scenario.model != SlashModel::Allocated || self.scenario == other.scenario)
    }
}

/// A service's row in the calculator.
#[component]
pub fn ServiceRow(props: &ServiceRowProps) -> Html {
    crate::renders::count("ServiceRow");
    let ids = use_id_prefix();
    let dispatch = use_dispatch();
    let i = props.index;
    let rate = Field::ServiceRate(i);
    let prob = Field::ServiceProb(i);
    let alloc = Field::ServiceAlloc(i);
    let name_id = ids.id(&format!("service-{i}-name"));
    let on_rename = dispatch.reform(move |e: Event| {
        Action::RenameService(i, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_remove = dispatch.reform(move |_: MouseEvent| Action::RemoveService(i));
    let field = |f: Field, stem: &str, slider: SliderScale, hint: Option<AttrValue>| {
        let value = props.scenario.get(f).unwrap_or_default();
        html! {
            <NumberField
                id={ids.id(&format!("service-{i}-{stem}"))}
                label={copy::field_label(f)}
                unit={copy::field_short_unit(f)}
                unit_long={copy::field_unit(f)}
                value={value}
                value_text={copy::field_value_text(f, value, &props.scenario)}
                range={props.scenario.range_of(f)}
                slider={slider}
                hint={hint}
                field={f}
            />
        }
    };
    if !props.more {
        return html! {
            <fieldset class="rx-service" data-service={i.to_string()}>
                <legend class="rx-service__legend">{ copy::service_display_name(&props.service.name) }</legend>
                { field(rate, "rate", SliderScale { min: 0.0, max: 20.0, step: 0.1 }, None) }
                <button type="button" class="rx-button rx-button--quiet rx-service__remove" onclick={on_remove}>
                    { copy::remove() }
                    <span class="rx-visually-hidden">{ format!(" {}", copy::service_display_name(&props.service.name)) }</span>
                </button>
            </fieldset>
        };
    }
    html! {
        <fieldset class="rx-service-more" data-service-more={i.to_string()}>
            <legend class="rx-service__legend">{ copy::service_display_name(&props.service.name) }</legend>
            <div class="rx-service__name">
                <label for={name_id.clone()}>{ copy::service_name() }</label>
                <input
                    id={name_id}
                    type="text"
                    maxlength={crate::model::MAX_NAME_CHARS.to_string()}
                    autocomplete="off"
                    value={copy::service_display_name(&props.service.name)}
                    onchange={on_rename}
                />
            </div>
            { field(prob, "prob", SliderScale { min: 0.0, max: 100.0, step: 0.5 }, None) }
            // Allocations matter only when each service has a slice of its own; the
            // values are kept under the other models, so switching back finds them.
            if props.scenario.model == SlashModel::Allocated {
                // The slider ends where the other services' slices begin, so dragging it
                // never asks for more than the stake has free.
                { field(alloc, "alloc", SliderScale { min: 0.0, max: props.scenario.range_of(alloc).max, step: 1.0 },
                    Some(copy::alloc_hint(&props.scenario, i).into())) }
            }
        </fieldset>
    }
}
