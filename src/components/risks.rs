//! The risks part: the seed's six risks in plain words, each with a severity hint,
//! the flow step where it enters, and a link that takes the reader there with the
//! diagram lit up; then the closing judgement and a checklist.

use yew::prelude::*;

use super::Live;
use crate::copy;
use crate::model::{Action, Spotlight, SpotlightFrom};
use crate::state::{use_dispatch, use_id_prefix, Figures};

/// Properties of [`Risks`].
#[derive(Properties, PartialEq, Clone)]
pub struct RisksProps {
    /// The highlight the reader picked, if any.
    #[prop_or_default]
    pub spotlight: Option<Spotlight>,
    /// Whether the fan-out or the flow is on the page for the links to lead to.
    #[prop_or_default]
    pub linked: bool,
}

/// The first risk's line with the calculator's numbers.
fn slashing_now(figures: &Figures) -> Html {
    html! { { copy::slashing_now(&figures.scenario, &figures.results) } }
}

/// The closing judgement with the calculator's numbers.
fn judgement(figures: &Figures) -> Html {
    html! { { copy::judgement(&figures.scenario, &figures.results) } }
}

/// The six risks and the closing judgement. Only the two sentences that quote the
/// calculator follow its numbers (see [`Live`]): the rest is drawn again only when the
/// highlight changes.
#[component]
pub fn Risks(props: &RisksProps) -> Html {
    crate::renders::count("Risks");
    let ids = use_id_prefix();
    let prerender = crate::state::use_prerender();
    let dispatch = use_dispatch();
    html! {
        <section class="rx-part rx-risks" id={ids.id("risks")} aria-labelledby={ids.id("risks-title")}>
            <h2 class="rx-part__title" id={ids.id("risks-title")}>{ copy::risks_title() }</h2>
            <p class="rx-part__lead">{ copy::risks_lead() }</p>
            <ol class="rx-risks__list">
                for (i, risk) in copy::risks().into_iter().enumerate() {
                    {{
                        let spotlight = Spotlight { part: risk.part, from: SpotlightFrom::Risk(i) };
                        let selected = props.spotlight == Some(spotlight);
                        let step = risk.step;
                        let on_show = {
                            let dispatch = dispatch.clone();
                            Callback::from(move |e: MouseEvent| {
                                dispatch.emit(Action::ShowRisk { step, spotlight });
                                crate::browser::follow_in_page_link(&e);
                            })
                        };
                        html! {
                            <li key={i} data-risk={i.to_string()}
                                class={classes!("rx-risk", format!("rx-risk--{}", if matches!(risk.severity, copy::Severity::High) { "high" } else { "medium" }), selected.then_some("rx-risk--selected"))}>
                                // Each risk a title and a severity, its story one click away:
                                // one idea at a time.
                                <details class="rx-risk__details">
                                <summary class="rx-risk__summary">
                                    <h3 class="rx-risk__title">{ risk.title }</h3>
                                    <span class="rx-risk__meta">
                                        <span class="rx-risk__severity">{ risk.severity.label() }</span>
                                        <span class="rx-risk__step">
                                            { copy::enters_at(step) }
                                        </span>
                                    </span>
                                </summary>
                                { super::later!(prerender, html! { <>
                                <p class="rx-risk__body">{ risk.body.text() }</p>
                                if i == 0 {
                                    <p class="rx-risk__now"><Live say={slashing_now as fn(&Figures) -> Html} /></p>
                                }
                                // The dated case and the way to the diagram share one line.
                                <div class="rx-risk__more">
                                    if props.linked {
                                        <a class="rx-risk__link" href={format!("#{}", ids.id("fan-out"))}
                                            id={ids.id(&format!("risk-link-{i}"))}
                                            aria-label={format!("{}: {}", copy::show_in_diagram(), risk.title)}
                                            aria-current={selected.then_some("true")} onclick={on_show}>
                                            { copy::show_in_diagram() }
                                        </a>
                                    }
                                    if let Some((example, facts)) = risk.example {
                                        <details class="rx-curious rx-risk__case">
                                            <summary class="rx-curious__summary">{ copy::risk_case() }</summary>
                                            { super::later!(prerender, html! {
                                                <p class="rx-risk__example">{ example.text() }{ " " }{ super::cite(&ids, facts) }</p>
                                            }) }
                                        </details>
                                    }
                                </div>
                                </> }) }
                                </details>
                            </li>
                        }
                    }}
                }
            </ol>
            <div class="rx-judgement">
                <h3 class="rx-judgement__title">{ copy::judgement_title() }</h3>
                <p><Live say={judgement as fn(&Figures) -> Html} /></p>
                <details class="rx-curious">
                    <summary class="rx-curious__summary">{ copy::checklist_title() }</summary>
                    { super::later!(prerender, html! {
                    <ul class="rx-judgement__list">
                        for (i, item) in copy::checklist().into_iter().enumerate() {
                            <li key={i}>{ item }</li>
                        }
                    </ul>
                    }) }
                </details>
            </div>
        </section>
    }
}
