//! The multi-year chart: plain staking, restaking with no slash, and restaking with
//! one severe slash. Geometry comes from `crate::geometry`; this file only draws it,
//! with a legend that names each line by colour, dash pattern and final value.

use yew::prelude::*;

use crate::copy;
use crate::format::{decimal, eth, fixed};
use crate::geometry::chart::{layout, ChartLayout, VIEW_HEIGHT, VIEW_WIDTH};
use crate::model::{Growth, Scenario};
use crate::state::IdPrefix;

/// An SVG coordinate, to a tenth of a unit.
fn pt(v: f64) -> String {
    fixed(v, 1)
}

/// Class modifiers of the three series, in `Growth`'s order.
const SERIES_CLASSES: [&str; 3] = ["plain", "restaked", "slashed"];

/// The chart as a question (see [`chart_question`]): whether its lines wait for
/// the reader's guess, the guess, and where a pointer on the chart sends one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartAsk {
    /// Whether the lines (and their end values) are held back until the reader guesses.
    pub asking: bool,
    /// The reader's guess for the slashed line's end, in ETH.
    pub guess: Option<f64>,
    /// Called with the ETH a pointer on the plot stands for.
    pub on_point: Option<Callback<f64>>,
}

/// The ends of the chart's three lines: plain staking, restaking with no slash, and
/// restaking with one slash, in ETH.
fn finals(growth: &Growth) -> [f64; 3] {
    let last = |series: &[crate::model::Point]| series.last().map_or(0.0, |p| p.eth);
    [last(&growth.plain), last(&growth.restaked), last(&growth.slashed)]
}

/// The chart of `scenario` (its horizon and slash year shape it), drawn from its
/// `growth` laid out as `chart`, with its legend and text alternative, asked as `ask`
/// says. A view function, not a component: it holds no state (see
/// [`super::narration`]).
#[allow(clippy::manual_clamp)] // f64::clamp's assertion would link float formatting
pub fn growth_chart(
    scenario: &Scenario,
    growth: &Growth,
    chart: &ChartLayout,
    ids: &IdPrefix,
    ask: &ChartAsk,
) -> Html {
    // A pointer (mouse, pen or finger) on the chart puts the guess at its height.
    let on_pointer = ask.on_point.clone().map(|on_point| {
        let chart = chart.clone();
        Callback::from(move |e: PointerEvent| {
            if e.type_() == "pointermove" && e.buttons() == 0 {
                return;
            }
            // Yew delegates events to its root, so the target, not the current target,
            // says where the pointer is; its chart is the closest one.
            let svg = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .and_then(|t| t.closest(".rx-chart__svg").ok().flatten());
            if let Some(svg) = svg {
                let rect = svg.get_bounding_client_rect();
                if rect.height() > 0.0 {
                    let y = (f64::from(e.client_y()) - rect.top()) / rect.height() * VIEW_HEIGHT;
                    on_point.emit(chart.eth_at(y));
                }
            }
        })
    });
    let guess_line = ask.guess.map(|g| {
        let [left, _, right, _] = chart.plot;
        (
            left,
            chart.y_of(scenario.stake_eth),
            right,
            chart.y_of(g).max(chart.plot[1]).min(chart.plot[3]),
        )
    });
    let finals = finals(growth);
    let description = copy::chart_description(scenario, finals[0], finals[1], finals[2]);
    let [left, top, right, bottom] = chart.plot;
    let title_id = ids.id("chart-title");
    let desc_id = ids.id("chart-desc");
    html! {
        <figure class={classes!("rx-chart", ask.asking.then_some("rx-chart--asking"), (ask.on_point.is_some() && !ask.asking).then_some("rx-chart--drawn"))}>
            <ul class="rx-chart__legend">
                for i in 0..3 {
                    <li class="rx-chart__key" key={i}>
                        <svg class="rx-chart__swatch" viewBox="0 0 28 8" aria-hidden="true" focusable="false">
                            <line class={classes!("rx-chart__line", format!("rx-chart__line--{}", SERIES_CLASSES[i]))}
                                x1="1" y1="4" x2="27" y2="4" />
                        </svg>
                        <span class="rx-chart__name">{ copy::series_names()[i] }</span>
                        <span class="rx-chart__final">{ eth(finals[i]) }</span>
                    </li>
                }
            </ul>
            <svg
                class="rx-chart__svg"
                onpointerdown={on_pointer.clone()}
                onpointermove={on_pointer}
                viewBox={format!("0 0 {} {}", fixed(VIEW_WIDTH, 0), fixed(VIEW_HEIGHT, 0))}
                role="img"
                aria-labelledby={format!("{title_id} {desc_id}")}
                focusable="false"
            >
                <title id={title_id.clone()}>{ copy::chart_title() }</title>
                <desc id={desc_id.clone()}>{ description }</desc>
                // Unkeyed: when the scale changes, the ticks' elements are reused in place
                // (new positions and labels) rather than removed and created again.
                for tick in chart.y_ticks.iter() {
                    <g class="rx-chart__ytick">
                        <line class="rx-chart__grid" x1={pt(left)} x2={pt(right)}
                            y1={pt(tick.at)} y2={pt(tick.at)} />
                        <text class="rx-chart__label" x={pt(left - 6.0)} y={pt(tick.at)}
                            text-anchor="end" dominant-baseline="middle">{ decimal(tick.value, 2) }</text>
                    </g>
                }
                for tick in chart.x_ticks.iter() {
                    <text class="rx-chart__label"
                        x={pt(tick.at)} y={pt(bottom + 16.0)} text-anchor="middle">
                        { decimal(tick.value, 0) }
                    </text>
                }
                <text class="rx-chart__label rx-chart__unit" x="0" y="16">{ copy::chart_y_unit() }</text>
                <text class="rx-chart__label rx-chart__unit" x={pt(right)} y={pt(bottom + 38.0)}
                    text-anchor="end">{ copy::chart_x_unit() }</text>
                <line class="rx-chart__axis" x1={pt(left)} x2={pt(right)}
                    y1={pt(bottom)} y2={pt(bottom)} />
                <g class="rx-chart__series">
                    for i in 0..3 {
                        <path key={i} class={classes!("rx-chart__line", format!("rx-chart__line--{}", SERIES_CLASSES[i]))}
                            d={chart.paths[i].clone()} />
                    }
                    if let Some((x, _, y_after)) = chart.slash_marker {
                        <g class="rx-chart__slash">
                            <line class="rx-chart__slash-guide" x1={pt(x)} x2={pt(x)}
                                y1={pt(top - 4.0)} y2={pt(bottom)} />
                            <circle cx={pt(x)} cy={pt(y_after)} r="4" />
                            <text class="rx-chart__label rx-chart__slash-label" x={pt(x + 5.0)}
                                y={pt(top - 8.0)}>{ copy::chart_slash() }</text>
                        </g>
                    }
                </g>
                if let Some((x1, y1, x2, y2)) = guess_line {
                    <g class="rx-chart__guess" data-guess="">
                        <line x1={pt(x1)} y1={pt(y1)} x2={pt(x2)} y2={pt(y2)} />
                        <circle cx={pt(x2)} cy={pt(y2)} r="5" />
                        <text class="rx-chart__label rx-chart__guess-label" x={pt(x2 - 8.0)} y={pt(y2 - 10.0)}
                            text-anchor="end">{ copy::chart_guess() }</text>
                    </g>
                }
            </svg>
            <figcaption class="rx-chart__caption">{ copy::chart_hint() }</figcaption>
        </figure>
    }
}

/// The multi-year chart as a question: its lines wait while the reader draws a guess
/// for where "restaking, one slash" ends (a tap or a drag on the chart, or the slider
/// under it, which keyboards use), then draw in beside the guess. The guess on the chart
/// and whether the answer is shown are the calculator's state, `guess` and `shown`: a
/// view function, not a component (each costs the wasm about a kilobyte).
pub fn chart_question(
    figures: &crate::state::Figures,
    ids: &IdPrefix,
    guess: &UseStateHandle<Option<f64>>,
    shown: &UseStateHandle<bool>,
) -> Html {
    let scenario = &figures.scenario;
    let results = &figures.results;
    // Laid out once here, for the chart and for the question's range and answer.
    let growth = Growth::of(scenario, results);
    let chart = layout(&growth, scenario.horizon_years);
    let [plain, restaked, slashed] = finals(&growth);
    let on_guess = {
        let guess = guess.setter();
        Callback::from(move |g: Option<f64>| guess.set(g))
    };
    let on_shown = {
        let shown = shown.setter();
        Callback::from(move |s: bool| shown.set(s))
    };
    let ask = ChartAsk {
        // The prerendered page, which no reader can answer, shows the lines.
        asking: crate::locale::live() && !**shown,
        guess: **guess,
        on_point: (!**shown).then(|| on_guess.reform(Some)),
    };
    let (lo, hi) = chart.eth_range;
    // A chart is saved whole: once its question has been answered, in a live page.
    let savable = crate::locale::live() && !ask.asking;
    html! {
        <div class="rx-chart-question">
            { growth_chart(scenario, &growth, &chart, ids, &ask) }
            if savable {
                { super::save_figure("rx-chart__svg", "chart") }
            }
            <super::Question name="chart" prompt={copy::ask_chart(scenario)}
                range={super::SliderScale { min: lo, max: hi, step: (hi - lo) / 100.0 }}
                // Mid-axis: a value on the slider's own steps, so the browser keeps it as
                // given (the swap from the prerendered page takes a changed one as moved).
                start={lo + (hi - lo) / 2.0} unit={copy::GuessUnit::Eth}
                answer={Some(slashed)} explain={copy::answer_chart(plain, restaked, slashed)}
                guess={**guess} on_guess={on_guess} on_shown={on_shown} />
        </div>
    }
}
