//! The calculator part: the article's worked example as sliders, every result of the
//! model in a published `<output>`, a narrated summary and the multi-year chart.

use std::rc::Rc;

use yew::prelude::*;

use super::{
    chart_question, narration, notices, results_panel, Live, NumberField, ServiceRow, SliderScale,
};
use crate::copy;
use crate::format::{eth, years};
use crate::model::{
    replay, Action, Branch, EntryPath, Field, Notice, Results, Route, Scenario, SlashModel,
    MAX_SERVICES,
};
use crate::state::{use_dispatch, use_id_prefix, Figures};

/// The slider of each top-level input. The stake slider covers 1 to 1,000 ETH, where
/// most readers are; the exact entry beside it takes the model's whole range.
fn slider_for(field: Field, horizon_years: u32) -> SliderScale {
    match field {
        Field::Stake => SliderScale { min: 1.0, max: 1000.0, step: 1.0 },
        Field::BaseRate => SliderScale { min: 0.0, max: 20.0, step: 0.1 },
        Field::SlashSize => SliderScale { min: 0.0, max: 100.0, step: 0.5 },
        Field::LstFee | Field::ProtocolFee | Field::Commission | Field::LrtFee => {
            SliderScale { min: 0.0, max: 100.0, step: 1.0 }
        }
        Field::Horizon => SliderScale { min: 1.0, max: 10.0, step: 1.0 },
        Field::SlashYear => SliderScale { min: 1.0, max: f64::from(horizon_years), step: 1.0 },
        Field::ServiceRate(_) => SliderScale { min: 0.0, max: 20.0, step: 0.1 },
        Field::ServiceProb(_) => SliderScale { min: 0.0, max: 100.0, step: 0.5 },
        Field::ServiceAlloc(_) => SliderScale { min: 0.0, max: 100.0, step: 1.0 },
    }
}

/// The element-id stem of a top-level input.
fn id_stem(field: Field) -> &'static str {
    match field {
        Field::Stake => "stake",
        Field::BaseRate => "base",
        Field::SlashSize => "slash",
        Field::LstFee => "fee",
        Field::ProtocolFee => "protocolfee",
        Field::Commission => "commission",
        Field::LrtFee => "lrtfee",
        Field::Horizon => "years",
        Field::SlashYear => "slashyear",
        Field::ServiceRate(_) | Field::ServiceProb(_) | Field::ServiceAlloc(_) => "service",
    }
}

/// The "after the simulated slashes" line: what the fan-out's simulated faults left
/// of the stake, and how many years of extra reward that loss erases.
fn after_slashes(
    scenario: &Scenario,
    results: &Results,
    slashes: &[Branch],
    on_action: &Callback<Action>,
) -> Html {
    let after = replay(scenario, results, slashes);
    let erased = after.years_erased;
    // (data-after name, exact value, shown text, is it a loss)
    let rows = [
        ("stake-left", Some(after.stake_left_eth), eth(after.stake_left_eth), false),
        ("lost", Some(after.lost_eth), eth(after.lost_eth), true),
        ("years-erased", erased, erased.map_or_else(|| copy::none_text().to_owned(), years), false),
    ];
    html! {
        <div class="rx-after">
            <h4 class="rx-results__title">{ copy::after_title() }</h4>
            <dl class="rx-results__list">
                for (i, (name, value, text, loss)) in rows.into_iter().enumerate() {
                    <div class="rx-result" key={name}>
                        <dt class="rx-result__label">{ copy::after_labels()[i] }</dt>
                        <dd class="rx-result__cell">
                            <output class={classes!("rx-result__value", loss.then_some("rx-result__value--negative"))}
                                data-after={name} data-value={value.map(crate::number_text::shortest).unwrap_or_default()}
                                aria-live="off">
                                { text }
                            </output>
                        </dd>
                    </div>
                }
            </dl>
            <button type="button" class="rx-button rx-button--quiet"
                onclick={on_action.reform(|_: MouseEvent| Action::UndoSlash)}>{ copy::undo_slash() }</button>
        </div>
    }
}

/// The `data-route` value of a route preset (for tests and the host page's styles).
fn route_key(route: Route) -> &'static str {
    match route {
        Route::Article => "article",
        Route::LidoEigenLayer => "lido-eigenlayer",
        Route::LiquidRestaking => "lrt",
        Route::Native => "native",
    }
}

/// The headline figures in a bar that stays in view while the sliders do: at the
/// bottom of the screen under the inputs on a narrow screen, where the results sit far
/// below them; at the top of the results, beside the inputs, on a wide one. The same
/// values as the `data-result` outputs, drawn from the same results; hidden from
/// screen readers, which hear the one live summary instead (so nothing is read twice).
fn headline_bar(results: &Results, layout: &'static str) -> Html {
    use crate::model::ResultName;
    let figures = [ResultName::GrossApr, ResultName::SlashLoss, ResultName::YearsErased];
    html! {
        <div class={classes!("rx-headline", layout)} aria-hidden="true">
            for (i, name) in figures.into_iter().enumerate() {
                <p class="rx-headline__figure" key={name.as_str()} data-headline={name.as_str()}>
                    <span class="rx-headline__label">{ copy::headline_labels()[i] }</span>
                    <span class="rx-headline__value">
                        // A plain space: the figure may wrap before its unit here.
                        { super::result_text(name, results).replace('\u{a0}', " ") }
                    </span>
                </p>
            }
        </div>
    }
}

/// How long the inputs must rest before their new figures are read out, in ms: a drag
/// or a run of arrow keys is announced once, when it stops.
const ANNOUNCE_AFTER_MS: u32 = 700;

/// Properties of [`Calculator`].
#[derive(Properties, PartialEq, Clone)]
pub struct CalculatorProps {
    /// The scenario and its results.
    pub figures: Rc<Figures>,
    /// What clamping did to the reader's input, still on show.
    pub notices: Vec<Notice>,
    /// The simulated slashes, oldest first.
    pub slashes: Vec<Branch>,
    /// How the ETH enters the restaking protocol (the routes match on it).
    pub path: EntryPath,
}

/// The worked example, made interactive.
#[component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    crate::renders::count("Calculator");
    let ids = use_id_prefix();
    let prerender = crate::state::use_prerender();
    let scenario = &props.figures.scenario;
    let results = props.figures.results;
    let on_action = use_dispatch();
    // The chart's question: the guess drawn on it, and whether its answer is shown.
    let chart_guess = use_state_eq(|| None::<f64>);
    let chart_shown = use_state_eq(|| false);
    // Everything beyond the essentials waits in one group, closed unless the scenario
    // already sets something there (a link, an attribute, the host's `set`).
    let has_advanced = scenario.has_advanced();
    let more_open = use_state(|| has_advanced);
    {
        let more_open = more_open.clone();
        use_effect_with(has_advanced, move |has| {
            if *has {
                more_open.set(true);
            }
        });
    }

    let field = |field: Field| {
        let value = scenario.get(field).unwrap_or_default();
        html! {
            <NumberField
                id={ids.id(id_stem(field))}
                label={copy::field_label(field)}
                unit={copy::field_short_unit(field)}
                unit_long={copy::field_unit(field)}
                value={value}
                value_text={copy::field_value_text(field, value, scenario)}
                range={scenario.range_of(field)}
                slider={slider_for(field, scenario.horizon_years)}
                hint={copy::field_hint(field, scenario.model).map(AttrValue::from)}
                field={field}
            />
        }
    };
    let model_choice = |model: SlashModel, label: &'static str| {
        let id = ids.id(&format!("model-{}", model.as_str()));
        html! {
            <div class="rx-choice">
                <input
                    type="radio"
                    id={id.clone()}
                    name={ids.id("model")}
                    value={model.as_str()}
                    checked={scenario.model == model}
                    onchange={on_action.reform(move |_: Event| Action::SetModel(model))}
                />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let on_more_toggle = {
        let more_open = more_open.clone();
        Callback::from(move |e: Event| {
            let open = e.target_unchecked_into::<web_sys::Element>().has_attribute("open");
            more_open.set(open);
        })
    };
    // Said once, of the numbers the calculator opened with: the lead promises the
    // article's example only when a link or an embed has not started it elsewhere.
    let opened_on_article = *use_state(|| *scenario == crate::model::Scenario::default());
    let lead =
        if opened_on_article { copy::calculator_lead() } else { copy::calculator_lead_other() };
    let summary = copy::summary(scenario, &results);
    let announced = use_state(String::new);
    let first_run = use_mut_ref(|| true);
    {
        let announced = announced.clone();
        use_effect_with(summary, move |summary| {
            // Nothing is read out on arrival: only changes the reader makes.
            let timer = (!std::mem::replace(&mut *first_run.borrow_mut(), false)).then(|| {
                let summary = summary.clone();
                gloo_timers::callback::Timeout::new(ANNOUNCE_AFTER_MS, move || {
                    announced.set(summary)
                })
            });
            // A newer change cancels the pending announcement (dropping cancels it).
            move || drop(timer)
        });
    }
    let services = scenario.services.len();
    let chosen_route = Route::matching(props.path, scenario);
    // Asked for only inside the toggle's body, which a page may not yet have the words for.
    let route_note = || {
        chosen_route.map_or_else(
            || html! { <p class="rx-routes__note">{ copy::route_custom() }</p> },
            |route| {
                let (summary, ids_cited) = copy::route_summary(route);
                html! {
                    <p class="rx-routes__note">
                        { summary.text() }{ " " }{ super::cite(&ids, ids_cited) }
                    </p>
                }
            },
        )
    };
    html! {
        <section class="rx-part rx-calculator" id={ids.id("calculator")} aria-labelledby={ids.id("calculator-title")}>
            <h2 class="rx-part__title" id={ids.id("calculator-title")}>{ copy::calculator_title() }</h2>
            <p class="rx-part__lead">{ super::rich(lead) }</p>
            // The one live region for the figures: the outputs and the narration are
            // not live, so one change is spoken once, after the input settles.
            <p class="rx-visually-hidden rx-calculator__announce" role="status" aria-live="polite" aria-atomic="true">
                { (*announced).clone() }
            </p>
            { notices(&props.notices, &on_action.reform(|()| Action::DismissNotices)) }
            <div class="rx-calculator__grid">
                <div class="rx-calculator__inputs">
                    <fieldset class="rx-group">
                        <legend class="rx-group__legend">{ copy::inputs_legend() }</legend>
                        { field(Field::Stake) }
                        { field(Field::BaseRate) }
                        { field(Field::SlashSize) }
                    </fieldset>
                    <fieldset class="rx-group rx-services">
                        <legend class="rx-group__legend">{ copy::services_legend() }</legend>
                        for (i, service) in scenario.services.iter().enumerate() {
                            <ServiceRow key={service.id} index={i} service={service.clone()}
                                scenario={scenario.clone()} />
                        }
                        if services == 0 {
                            <p class="rx-group__hint">{ copy::no_services() }</p>
                        }
                        if services < MAX_SERVICES {
                            <button type="button" class="rx-button" onclick={on_action.reform(|_: MouseEvent| Action::AddService)}>
                                { copy::add_service() }
                            </button>
                        } else {
                            <p class="rx-group__hint">{ copy::services_full() }</p>
                        }
                    </fieldset>
                    <details class="rx-more" open={*more_open} ontoggle={on_more_toggle}>
                        <summary class="rx-more__summary">
                            <span class="rx-more__title">{ copy::more_title() }</span>
                            <span class="rx-more__holds">{ copy::more_holds() }</span>
                        </summary>
                        { super::later!(prerender, html! { <>
                        <fieldset class="rx-group rx-routes">
                            <legend class="rx-group__legend">{ copy::routes_legend() }</legend>
                            <p class="rx-group__hint">{ copy::routes_hint() }</p>
                            <div class="rx-routes__list">
                                for route in Route::ALL {
                                    <button type="button" key={copy::route_name(route)}
                                        class="rx-button rx-button--quiet rx-routes__button"
                                        data-route={route_key(route)}
                                        aria-pressed={(chosen_route == Some(route)).to_string()}
                                        onclick={on_action.reform(move |_: MouseEvent| Action::ApplyRoute(route))}>
                                        { copy::route_name(route) }
                                    </button>
                                }
                            </div>
                            { route_note() }
                        </fieldset>
                        <fieldset class="rx-group">
                            <legend class="rx-group__legend">{ copy::model_legend() }</legend>
                            { model_choice(SlashModel::Independent, copy::model_independent()) }
                            { model_choice(SlashModel::Correlated, copy::model_correlated()) }
                            { model_choice(SlashModel::Allocated, copy::model_allocated()) }
                            if scenario.model == SlashModel::Allocated {
                                <p class="rx-group__hint" data-rx-assumption="">
                                    { copy::allocated_pay() }{ " " }{ super::cite(&ids, &copy::ALLOCATED_PAY_FACTS) }
                                </p>
                            } else {
                                <p class="rx-group__hint">{ super::cite(&ids, &["eigenlayer-slashing"]) }</p>
                            }
                        </fieldset>
                        if services > 0 {
                            <div class="rx-group">
                                <p class="rx-group__hint">{ copy::services_hint() }</p>
                                for (i, service) in scenario.services.iter().enumerate() {
                                    <ServiceRow key={service.id} index={i} service={service.clone()}
                                        scenario={scenario.clone()} more={true} />
                                }
                                // What the odds move, beside the odds (the full weighing waits
                                // further down, behind its own toggle).
                                <p class="rx-group__hint rx-odds-now" data-rx-odds-now="">
                                    <Live say={odds_now as fn(&Figures) -> Html} />
                                </p>
                            </div>
                        }
                        <fieldset class="rx-group rx-fees">
                            <legend class="rx-group__legend">{ copy::fees_summary() }</legend>
                            { field(Field::LstFee) }
                            { field(Field::ProtocolFee) }
                            { field(Field::Commission) }
                            { field(Field::LrtFee) }
                        </fieldset>
                        <fieldset class="rx-group">
                            <legend class="rx-group__legend">{ copy::chart_title() }</legend>
                            { field(Field::Horizon) }
                            { field(Field::SlashYear) }
                        </fieldset>
                        </> }) }
                    </details>
                    <button type="button" class="rx-button rx-reset" onclick={on_action.reform(|_: MouseEvent| Action::Reset)}>
                        { copy::reset() }
                    </button>
                    { headline_bar(&results, "rx-headline--narrow") }
                </div>
                <div class="rx-calculator__outputs">
                    { headline_bar(&results, "rx-headline--wide") }
                    <h3 class="rx-part__subtitle">{ copy::results_title() }</h3>
                    { results_panel(&results, scenario, &ids, narration(scenario, &results), prerender) }
                    if !props.slashes.is_empty() {
                        { after_slashes(scenario, &results, &props.slashes, &on_action) }
                    }
                    <h3 class="rx-part__subtitle">{ copy::chart_title() }</h3>
                    { chart_question(&props.figures, &ids, &chart_guess, &chart_shown) }
                </div>
            </div>
        </section>
    }
}

/// What the yearly odds make of the rewards, for the line under the odds.
fn odds_now(figures: &Figures) -> Html {
    Html::from(copy::odds_now(&figures.results))
}
