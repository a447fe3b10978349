//! The fan-out part: one deposit securing Ethereum and every service, drawn from the
//! scenario. Rewards flow back along each branch (CSS animation of the dash
//! offset, thicker and faster for bigger rates); each branch has a slashing arrow, and
//! "simulate a slash" sends the loss out of the deposit and shrinks it.
//! Motion is CSS only: paused by the button, off screen, and under reduced motion.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::{Question, SliderScale};
use crate::copy::{self, GuessUnit};
use crate::format::{eth, fixed};
use crate::geometry::fan_out::{
    layout, BranchShape, Side, CHAIN_R, NODE_R, OPERATOR_R, VIEW_WIDTH,
};
use crate::hooks::use_offscreen_class;
use crate::model::{replay, Action, Branch, EntryPath, FanPart};
use crate::number_text::shortest;
use crate::state::{use_dispatch, use_id_prefix, Figures};

/// Properties of [`FanOut`].
#[derive(Properties, PartialEq, Clone)]
pub struct FanOutProps {
    /// The scenario and its results.
    pub figures: Rc<Figures>,
    /// The simulated slashes, oldest first.
    pub slashes: Vec<Branch>,
    /// How the ETH entered the restaking protocol.
    pub path: EntryPath,
    /// The part of the diagram the flow's current step concerns, when the flow is shown.
    #[prop_or_default]
    pub highlight: Option<FanPart>,
    /// Where the reader came from when a comparison row or a risk lit the diagram: the
    /// id of the control to go back to, and what to call that place.
    #[prop_or_default]
    pub back: Option<(AttrValue, &'static str)>,
    /// Where the story is: while it plays, its caption is on the diagram.
    #[prop_or_default]
    pub story: crate::model::Story,
}

/// The `data-branch` value of a branch.
pub fn branch_key(branch: Branch) -> String {
    match branch {
        Branch::Ethereum => "ethereum".to_owned(),
        Branch::Service(i) => format!("service-{i}"),
    }
}

/// What a branch is, whatever its position: its service's id, which survives renames
/// and the removal of other services (so Yew keeps its elements, and a renamed service
/// never leaves a fading ghost of its old name behind).
fn identity(branch: Branch, scenario: &crate::model::Scenario) -> String {
    match branch {
        Branch::Ethereum => "ethereum".to_owned(),
        Branch::Service(i) => {
            scenario.services.get(i).map_or_else(|| format!("at-{i}"), |s| format!("svc-{}", s.id))
        }
    }
}

/// The animated fan-out diagram with its controls.
#[component]
pub fn FanOut(props: &FanOutProps) -> Html {
    crate::renders::count("FanOut");
    let ids = use_id_prefix();
    let prerender = crate::state::use_prerender();
    let paused = use_state(|| false);
    let figure = use_node_ref();
    use_offscreen_class(figure.clone(), "rx-fan--offscreen");

    let scenario = &props.figures.scenario;
    let results = props.figures.results;
    let after = replay(scenario, &results, &props.slashes);
    // What the first question's answer, the simulated slash, takes.
    let one_slash_eth =
        replay(scenario, &results, &[crate::model::heaviest_branch(scenario)]).lost_eth;
    let geo = layout(scenario, after.stake_left_eth, &after.slices_left_eth);
    let (dx, dy) = geo.deposit;

    // Branches removed since the last render fade out where they were ("ghosts").
    let previous: Rc<RefCell<Vec<(String, BranchShape)>>> = use_mut_ref(Vec::new);
    let current: Vec<(String, BranchShape)> =
        geo.branches.iter().map(|b| (identity(b.branch, scenario), b.clone())).collect();
    let ghosts: Vec<BranchShape> = previous
        .borrow()
        .iter()
        .filter(|(name, _)| !current.iter().any(|(n, _)| n == name))
        .map(|(_, shape)| shape.clone())
        .collect();
    {
        let previous = previous.clone();
        use_effect_with(current, move |current| {
            *previous.borrow_mut() = current.clone();
        });
    }

    let last = after.outcomes.last();
    let count = after.outcomes.len();
    let r_before_last = last.map(|_| {
        let left = after
            .outcomes
            .len()
            .checked_sub(2)
            .map_or(scenario.stake_eth, |i| after.outcomes[i].stake_left_eth);
        crate::geometry::fan_out::deposit_radius(left, scenario.stake_eth)
    });

    let on_toggle = {
        let paused = paused.clone();
        Callback::from(move |_: MouseEvent| paused.set(!*paused))
    };
    let dispatch = use_dispatch();
    let chain = match props.path {
        EntryPath::Liquid => copy::chain_liquid(),
        EntryPath::Native => copy::chain_native(),
        EntryPath::Lrt => copy::chain_lrt(),
    };
    let deposit_lines = crate::geometry::fan_out::deposit_label_lines(chain[2]);
    let title_id = ids.id("fan-title");
    let desc_id = ids.id("fan-desc");
    let root_class = classes!(
        "rx-fan",
        paused.then_some("rx-fan--paused"),
        props.highlight.map(|_| "rx-fan--focus"),
        props.highlight.map(|p| format!("rx-fan--focus-{}", p.as_str())),
    );
    let pt = |v: f64| fixed(v, 1);

    html! {
        <section class="rx-part rx-fanout" id={ids.id("fan-out")} aria-labelledby={ids.id("fan-out-title")}>
            <h2 class="rx-part__title" id={ids.id("fan-out-title")}>{ copy::fan_title() }</h2>
            <p class="rx-part__lead">{ super::rich(copy::fan_lead()) }</p>
            // On a phone the diagram and its controls stay on screen while the reader goes
            // through the questions below and the flow's steps (see widget.css).
            // While the story's slash is on show, the stage says so (see widget.css).
            <div class={classes!("rx-fan__stage", (props.story.playing && !props.slashes.is_empty()).then_some("rx-fan__stage--story"))}>
            <div class={root_class} ref={figure}>
                if let Some((i, beat)) = props.story.playing_index().zip(props.story.playing_beat()) {
                    {{
                        let (title, line) = copy::story_caption(beat);
                        html! {
                            // Read out by the story's own live region; shown here for the eyes.
                            <div class="rx-fan__caption" data-rx-caption="">
                                <p class="rx-fan__caption-text" aria-hidden="true">
                                    <strong>{ title }</strong>{ " " }{ line }
                                </p>
                                <button type="button" class="rx-button rx-button--quiet rx-fan__caption-next"
                                    onclick={dispatch.reform(move |_: MouseEvent| Action::NextBeat(i))}>
                                    { copy::story_next() }
                                </button>
                            </div>
                        }
                    }}
                }
                <svg
                    class="rx-fan__svg"
                    viewBox={format!("0 0 {} {}", fixed(VIEW_WIDTH, 0), fixed(geo.height, 0))}
                    role="img"
                    aria-labelledby={format!("{title_id} {desc_id}")}
                    focusable="false"
                >
                    <title id={title_id.clone()}>{ copy::fan_title() }</title>
                    <desc id={desc_id.clone()}>{ copy::fan_description(scenario, &after) }</desc>

                    <g class="rx-fan__exit" data-part="exit">
                        <path class="rx-fan__exit-path" d={geo.exit_path.clone()} />
                        <polygon class="rx-fan__exit-head" points={geo.exit_head.clone()} />
                        <text class="rx-fan__label rx-fan__label--small" x={pt(geo.exit_label.0)}
                            y={pt(geo.exit_label.1)}>{ copy::exit_label() }</text>
                    </g>

                    <g class="rx-fan__chain" data-part="stake">
                        for i in 0..2 {
                            <g key={i}>
                                <circle class={classes!("rx-fan__coin", (i == 1).then_some("rx-fan__coin--token"))}
                                    cx={pt(geo.chain_nodes[i].0)} cy={pt(geo.chain_nodes[i].1)} r={pt(CHAIN_R)} />
                                // The coin's name fits inside it; the token's ("Validator") goes under.
                                <text class="rx-fan__label rx-fan__label--small" x={pt(geo.chain_nodes[i].0)}
                                    y={pt(geo.chain_nodes[i].1 + if i == 0 { 5.0 } else { CHAIN_R + 17.0 })}
                                    text-anchor="middle">{ chain[i] }</text>
                            </g>
                        }
                        <path class="rx-fan__arrow" d={geo.chain_paths[0].clone()} />
                        <polygon class="rx-fan__arrow-head" points={geo.chain_heads[0].clone()} />
                    </g>
                    <g class="rx-fan__entry" data-part="deposit">
                        <path class="rx-fan__arrow" d={geo.chain_paths[1].clone()} />
                        <polygon class="rx-fan__arrow-head" points={geo.chain_heads[1].clone()} />
                    </g>

                    <g class="rx-fan__operator-group" data-part="services">
                        <path class="rx-fan__arrow" d={geo.delegation_path.clone()} />
                        <polygon class="rx-fan__arrow-head" points={geo.delegation_head.clone()} />
                        <circle class="rx-fan__operator" cx={pt(geo.operator.0)} cy={pt(geo.operator.1)}
                            r={pt(OPERATOR_R)} />
                    </g>

                    <g class="rx-fan__branches">
                        for b in geo.branches.iter() {
                            <g class={classes!("rx-fan__branch", matches!(b.branch, Branch::Ethereum).then_some("rx-fan__branch--base"))}
                                key={identity(b.branch, scenario)}
                                data-branch={branch_key(b.branch)}>
                                <path class="rx-fan__track" data-part="services" d={b.path.clone()}
                                    stroke-width={pt(b.flow_width)} />
                                if b.pace > 0 {
                                    <path class={classes!("rx-fan__flow", format!("rx-fan__flow--pace-{}", b.pace))}
                                        data-part="rewards" d={b.path.clone()} stroke-width={pt((b.flow_width * 0.55).max(1.5))} />
                                }
                                <g class="rx-fan__slash" data-part="slashing">
                                    <path class="rx-fan__slash-path" d={b.slash_path.clone()} />
                                    <polygon class="rx-fan__slash-head" points={b.arrow_head.clone()} />
                                </g>
                                <circle class="rx-fan__node" data-part="services" cx={pt(b.node.0)} cy={pt(b.node.1)}
                                    r={pt(NODE_R)} />
                                <text class="rx-fan__label" x={pt(b.label.0)} y={pt(b.label.1 - 2.0)}
                                    text-anchor={if b.side == Side::Left { "end" } else { "start" }}>
                                    { copy::shorten(&copy::branch_name(b.branch, scenario), 10) }
                                </text>
                                <text class="rx-fan__label rx-fan__label--rate" data-part="rewards"
                                    x={pt(b.label.0)} y={pt(b.label.1 + 16.0)}
                                    text-anchor={if b.side == Side::Left { "end" } else { "start" }}>
                                    { copy::branch_rate(b.branch, scenario) }
                                </text>
                            </g>
                        }
                        for (i, g) in ghosts.iter().enumerate() {
                            <path key={format!("ghost-{i}-{}", g.path)} class="rx-fan__ghost" d={g.path.clone()}
                                stroke-width={pt(g.flow_width)} aria-hidden="true" />
                        }
                    </g>

                    <g class="rx-fan__deposit-group" data-part="deposit">
                        if geo.slices.is_empty() {
                            <circle class="rx-fan__deposit" cx={pt(dx)} cy={pt(dy)} r={fixed(geo.deposit_r, 2)}
                                data-stake-left={shortest(after.stake_left_eth)} />
                        } else {
                            // The deposit as slices: the same stake left, told slice by slice.
                            <g class="rx-fan__slices" data-stake-left={shortest(after.stake_left_eth)}>
                                for slice in geo.slices.iter() {
                                    <path key={slice.service.map_or_else(|| "rest".to_owned(), |i| i.to_string())}
                                        class={classes!("rx-fan__slice", slice.service.is_none().then_some("rx-fan__slice--rest"))}
                                        data-slice={slice.service.map_or_else(|| "rest".to_owned(), |i| i.to_string())}
                                        d={slice.path.clone()} />
                                }
                            </g>
                        }
                        if let (Some(r0), Some(_)) = (r_before_last, last) {
                            <circle key={format!("loss-{count}")} class="rx-fan__loss" cx={pt(dx)} cy={pt(dy)}
                                r={fixed((r0 + geo.deposit_r) / 2.0, 2)}
                                stroke-width={fixed((r0 - geo.deposit_r).max(0.5), 2)} />
                        }
                        <text class="rx-fan__label rx-fan__label--deposit" x={pt(dx)} y={pt(dy + 6.0)}
                            text-anchor="middle">{ eth(after.stake_left_eth) }</text>
                        <text class="rx-fan__label rx-fan__label--small" x={pt(geo.deposit_label.0)}
                            y={pt(geo.deposit_label.1)}>
                            for (i, line) in deposit_lines.iter().enumerate() {
                                <tspan key={i} x={pt(geo.deposit_label.0)}
                                    dy={match (i, deposit_lines.len()) { (0, 3) => "-0.6em", (0, _) => "0", _ => "1.2em" }}>
                                    { line.clone() }
                                </tspan>
                            }
                        </text>
                    </g>

                    if let Some(outcome) = last {
                        for hit in outcome.hit.iter() {
                            if let Some(b) = geo.branches.iter().find(|b| b.branch == *hit) {
                                <path key={format!("pulse-{count}-{}", branch_key(*hit))} class="rx-fan__pulse"
                                    d={b.slash_path.clone()} pathLength="100" />
                            }
                        }
                    }
                </svg>
            </div>
            <div class="rx-fan__controls">
                <div class="rx-fan__simulate" role="group" aria-label={copy::simulate_label()}>
                    // The last fault's outcome takes the place of the prompt, on the same one
                    // line, so nothing below moves and no space is kept empty for it.
                    <p class="rx-fan__status" role="status">
                        { last.map_or_else(|| copy::simulate_label().to_owned(), |o| copy::slash_status(scenario, o)) }
                    </p>
                    for b in geo.branches.iter() {
                        <button type="button" class="rx-button rx-button--slash" key={identity(b.branch, scenario)}
                            data-simulate={branch_key(b.branch)}
                            onclick={dispatch.reform({ let branch = b.branch; move |_: MouseEvent| Action::SimulateSlash(branch) })}>
                            { copy::branch_name(b.branch, scenario) }
                        </button>
                    }
                </div>
                <button type="button" class="rx-button rx-button--quiet rx-fan__play" onclick={on_toggle}>
                    { if *paused { copy::play() } else { copy::pause() } }
                </button>
                <button type="button" class="rx-button rx-button--quiet" disabled={count == 0}
                    onclick={dispatch.reform(|_: MouseEvent| Action::UndoSlash)}>
                    { copy::undo_slash() }
                </button>
            </div>
            if let Some(part) = props.highlight {
                <p class="rx-fan__focus-note">{ copy::focus_note(part) }
                    if let Some((back, to)) = props.back.clone() {
                        { " " }
                        <a class="rx-fan__back" href={format!("#{back}")} onclick={super::intro::follow_link()}>
                            { copy::back_to(to) }
                        </a>
                    }
                </p>
            }
            </div>
            <p class="rx-fan__legend">
                <svg class="rx-fan__legend-mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                    <circle class="rx-fan__operator" cx="10" cy="10" r="7" />
                </svg>
                <span data-commission={shortest(scenario.commission_pct)}>
                    { copy::operator_legend(scenario.commission_pct) }
                </span>
            </p>
            if let Some(roles) = copy::service_roles(scenario) {
                <p class="rx-fan__roles">{ roles }</p>
            }
            // Only where a script can make the file: the prerendered page has no use for them.
            if crate::locale::live() {
                { super::save_figure("rx-fan__svg", "fan-out") }
            }
            if !scenario.services.is_empty() {
                <div class="rx-quiz">
                    <Question name="slash-loss" prompt={copy::ask_slash_loss(scenario)}
                        range={SliderScale { min: 0.0, max: scenario.stake_eth, step: scenario.stake_eth / 64.0 }}
                        start={scenario.stake_eth / 4.0} unit={GuessUnit::Eth}
                        answer={Some(one_slash_eth)}
                        explain={copy::answer_slash_loss(scenario, one_slash_eth)}
                        on_reveal={dispatch.reform(|()| Action::SimulateHeaviestSlash)} />
                    <Question name="years-erased" prompt={copy::ask_years_erased()}
                        range={SliderScale { min: 0.0, max: 10.0, step: 0.1 }} start={0.5} unit={GuessUnit::Years}
                        answer={results.years_erased} explain={copy::answer_years_erased(&results)} />
                </div>
            }
            <details class="rx-curious">
                <summary class="rx-curious__summary">{ copy::fan_curious() }</summary>
                { super::later!(prerender, html! { <>
                <p class="rx-fan__reach">{ copy::fan_reach(scenario.model) }{ " " }
                    { super::cite(&ids, &["eigenlayer-slashing"]) }</p>
                <p class="rx-fan__note">{ copy::simulate_note() }{ " " }{ super::cite(&ids, &copy::SIMULATE_FACTS) }</p>
                </> }) }
            </details>
        </section>
    }
}
