//! The flow part: the five steps of restaking as a stepper (tabs with arrow keys,
//! back and next), each naming the risk it adds and lighting up its part of the
//! fan-out; the native path beside steps 1 and 2, and the exit's timeline at step 5.

use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::copy;
use crate::model::{Action, EntryPath, SlashModel, State, STEP_COUNT};
use crate::state::{use_dispatch, use_id_prefix, Figures};

/// Moves keyboard focus to the element behind `node`. A node reference, not an id
/// looked up in the document: inside an embed's shadow root the document cannot see it.
fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        // Focus can fail on a detached element; the step has changed either way.
        let _ = el.focus();
    }
}

/// The step the tab keys lead to from `step`, if the key is one of them.
pub fn step_for_key(key: &str, step: u8) -> Option<u8> {
    match key {
        "ArrowRight" | "ArrowDown" => Some(if step >= STEP_COUNT { 1 } else { step + 1 }),
        "ArrowLeft" | "ArrowUp" => Some(if step <= 1 { STEP_COUNT } else { step - 1 }),
        "Home" => Some(1),
        "End" => Some(STEP_COUNT),
        _ => None,
    }
}

/// Properties of [`Flow`]: what the stepper reads, and no more, so a stake move that
/// changes none of its words does not re-render it.
#[derive(Properties, PartialEq, Clone)]
pub struct FlowProps {
    /// The current step, 1 to 5.
    pub step: u8,
    /// How the ETH enters the restaking protocol.
    pub path: EntryPath,
    /// How slashing risks combine (step 3 says what a service can reach).
    pub model: SlashModel,
    /// The step's sentence with the calculator's numbers, if it has one.
    pub detail: Option<String>,
    /// The story, when its control is here (every page but the whole explainer, whose
    /// opening has it).
    pub story: Option<crate::model::Story>,
}

impl FlowProps {
    /// The stepper's properties for `state`, whose figures are `figures`, with the
    /// story's control if `story`.
    pub fn select(state: &State, figures: &Figures, story: bool) -> Self {
        Self {
            story: story.then_some(state.story),
            step: state.step,
            path: state.path,
            model: figures.scenario.model,
            detail: copy::step_detail(state.step, &figures.scenario, &figures.results),
        }
    }
}

/// The five-step stepper.
#[component]
pub fn Flow(props: &FlowProps) -> Html {
    crate::renders::count("Flow");
    let ids = use_id_prefix();
    let prerender = crate::state::use_prerender();
    let step = props.step;
    let tab_id = |n: u8| ids.id(&format!("step-tab-{n}"));
    let panel_id = ids.id("step-panel");
    let dispatch = use_dispatch();
    let tabs = use_memo((), |_| (0..STEP_COUNT).map(|_| NodeRef::default()).collect::<Vec<_>>());
    let on_key = {
        let dispatch = dispatch.clone();
        let tabs = tabs.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(next) = step_for_key(&e.key(), step) {
                e.prevent_default();
                dispatch.emit(Action::SetStep(next));
                focus(&tabs[usize::from(next - 1)]);
            }
        })
    };
    // Back and Next: the new step, and the row of steps above it, come into view (on a
    // phone a long step would leave its heading above the screen).
    let go = |to: u8| {
        let dispatch = dispatch.clone();
        let steps = ids.id("flow-steps");
        Callback::from(move |e: MouseEvent| {
            dispatch.emit(Action::SetStep(to));
            crate::browser::bring_into_view(&e, &steps);
        })
    };
    let step_words = copy::steps();
    let current = &step_words[usize::from(step - 1)];
    let path = props.path;
    let path_choice = html! {
        <div class="rx-flow__paths" role="group" aria-label={copy::path_legend()}>
            for choice in [EntryPath::Liquid, EntryPath::Native, EntryPath::Lrt] {
                <button type="button" class="rx-button rx-button--quiet" key={choice.as_str()}
                    data-path={choice.as_str()} aria-pressed={(path == choice).to_string()}
                    onclick={dispatch.reform(move |_: MouseEvent| Action::SetPath(choice))}>
                    { copy::path_name(choice) }
                </button>
            }
        </div>
    };
    html! {
        <section class="rx-part rx-flow" id={ids.id("flow")} aria-labelledby={ids.id("flow-title")}>
            <h2 class="rx-part__title" id={ids.id("flow-title")}>{ copy::flow_title() }</h2>
            <p class="rx-part__lead">{ super::rich(copy::flow_lead()) }</p>
            if let Some(story) = props.story {
                { super::story_play(story, false, &ids, &dispatch) }
            }
            <div class="rx-flow__tabs" role="tablist" aria-label={copy::steps_label()} onkeydown={on_key}
                id={ids.id("flow-steps")}>
                for n in 1..=STEP_COUNT {
                    <button
                        key={n}
                        type="button"
                        role="tab"
                        id={tab_id(n)}
                        ref={tabs[usize::from(n - 1)].clone()}
                        class={classes!("rx-flow__tab", (n < step).then_some("rx-flow__tab--done"))}
                        aria-selected={(n == step).to_string()}
                        aria-controls={panel_id.clone()}
                        tabindex={if n == step { "0" } else { "-1" }}
                        onclick={dispatch.reform(move |_: MouseEvent| Action::SetStep(n))}
                    >
                        <span class="rx-flow__dot" aria-hidden="true">{ n }</span>
                        <span class="rx-flow__tab-title">{ step_words[usize::from(n - 1)].title }</span>
                    </button>
                }
            </div>
            <div class="rx-flow__panel" role="tabpanel" id={panel_id.clone()} aria-labelledby={tab_id(step)}
                data-step={step.to_string()}>
                <h3 class="rx-flow__heading">
                    { copy::step_heading(step, current.title) }
                </h3>
                <p class="rx-flow__body">{ super::rich(copy::step_body(step, path)) }
                    if step == 3 {
                        { " " }{ copy::step_reach(props.model) }
                    }
                    if !copy::step_facts(step).is_empty() {
                        { " " }{ super::cite(&ids, copy::step_facts(step)) }
                    }
                </p>
                if let Some(detail) = props.detail.clone() {
                    <p class="rx-flow__detail">{ detail }</p>
                }
                <p class="rx-flow__risk"><strong>{ copy::risk_added() }</strong>{ " " }{ super::rich(copy::step_risk(step, path)) }</p>
                if step == 1 {
                    // The other ways in, once, where the way in is told.
                    <details class="rx-curious rx-flow__native">
                        <summary class="rx-curious__summary">{ copy::flow_curious() }</summary>
                        { super::later!(prerender, html! { <>
                        <h4 class="rx-flow__native-title">{ copy::native_title() }</h4>
                        <p>{ super::rich(copy::native_body()) }{ " " }{ super::cite(&ids, &copy::NATIVE_FACTS) }</p>
                        <h4 class="rx-flow__native-title">{ copy::lrt_title() }</h4>
                        <p>{ super::rich(copy::lrt_body()) }</p>
                        </> }) }
                    </details>
                    { path_choice.clone() }
                }
                if step == STEP_COUNT {
                    <div class="rx-flow__timeline">
                        <h4 class="rx-flow__native-title">{ copy::timeline_title() }</h4>
                        <ol class="rx-timeline">
                            for (when, what) in copy::exit_timeline(path) {
                                <li class="rx-timeline__item" key={when.clone()}>
                                    <span class="rx-timeline__when">{ when }</span>
                                    <span class="rx-timeline__what">{ what }</span>
                                </li>
                            }
                        </ol>
                        <details class="rx-curious">
                            <summary class="rx-curious__summary">{ copy::timeline_curious() }</summary>
                            <p class="rx-flow__assumptions">{ copy::timeline_assumptions() }{ " " }
                                { super::cite(&ids, &copy::TIMELINE_FACTS) }
                                if path == crate::model::EntryPath::Lrt {
                                    { super::cite(&ids, &copy::LRT_EXIT_FACTS) }
                                }
                            </p>
                        </details>
                        { path_choice }
                    </div>
                }
            </div>
            <div class="rx-flow__nav">
                <button type="button" class="rx-button rx-button--quiet" disabled={step == 1}
                    onclick={go(step.saturating_sub(1))}>
                    { copy::back() }
                </button>
                <button type="button" class="rx-button" disabled={step == STEP_COUNT}
                    onclick={go(step + 1)}>
                    { copy::next() }
                </button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::step_for_key;

    #[test]
    fn arrow_keys_wrap_and_home_end_jump() {
        assert_eq!(step_for_key("ArrowRight", 2), Some(3));
        assert_eq!(step_for_key("ArrowRight", 5), Some(1));
        assert_eq!(step_for_key("ArrowLeft", 1), Some(5));
        assert_eq!(step_for_key("End", 2), Some(5));
        assert_eq!(step_for_key("Home", 4), Some(1));
        assert_eq!(step_for_key("a", 4), None);
    }
}
