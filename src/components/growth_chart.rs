//! The multi-year chart: plain staking, restaking with no slash, and restaking with
//! one severe slash. Geometry comes from `crate::geometry`; this file only draws it,
//! with a legend that names each line by colour, dash pattern and final value.

use yew::prelude::*;

use crate::copy::{self, SERIES_NAMES};
use crate::format::{decimal, eth, fixed};
use crate::geometry::chart::{layout, VIEW_HEIGHT, VIEW_WIDTH};
use crate::model::{Growth, Results, Scenario};
use crate::number_text::shortest;
use crate::state::IdPrefix;

/// An SVG coordinate, to a tenth of a unit.
fn pt(v: f64) -> String {
    fixed(v, 1)
}

/// Class modifiers of the three series, in `Growth`'s order.
const SERIES_CLASSES: [&str; 3] = ["plain", "restaked", "slashed"];

/// The chart of `scenario` (its horizon and slash year shape it) and its `results`,
/// with its legend and text alternative. A view function, not a component: it holds
/// no state (see [`super::narration`]).
pub fn growth_chart(scenario: &Scenario, results: &Results, ids: &IdPrefix) -> Html {
    let growth = Growth::of(scenario, results);
    let chart = layout(&growth, scenario.horizon_years);
    let last = |series: &[crate::model::Point]| series.last().map_or(0.0, |p| p.eth);
    let finals = [last(&growth.plain), last(&growth.restaked), last(&growth.slashed)];
    let description = copy::chart_description(scenario, finals[0], finals[1], finals[2]);
    let [left, top, right, bottom] = chart.plot;
    let title_id = ids.id("chart-title");
    let desc_id = ids.id("chart-desc");
    html! {
        <figure class="rx-chart">
            <ul class="rx-chart__legend">
                for i in 0..3 {
                    <li class="rx-chart__key" key={i}>
                        <svg class="rx-chart__swatch" viewBox="0 0 28 8" aria-hidden="true" focusable="false">
                            <line class={classes!("rx-chart__line", format!("rx-chart__line--{}", SERIES_CLASSES[i]))}
                                x1="1" y1="4" x2="27" y2="4" />
                        </svg>
                        <span class="rx-chart__name">{ SERIES_NAMES[i] }</span>
                        <span class="rx-chart__final">{ eth(finals[i]) }</span>
                    </li>
                }
            </ul>
            <svg
                class="rx-chart__svg"
                viewBox={format!("0 0 {} {}", fixed(VIEW_WIDTH, 0), fixed(VIEW_HEIGHT, 0))}
                role="img"
                aria-labelledby={format!("{title_id} {desc_id}")}
                focusable="false"
            >
                <title id={title_id.clone()}>{ copy::CHART_TITLE }</title>
                <desc id={desc_id.clone()}>{ description }</desc>
                for tick in chart.y_ticks.iter() {
                    <g class="rx-chart__ytick" key={format!("y{}", shortest(tick.value))}>
                        <line class="rx-chart__grid" x1={pt(left)} x2={pt(right)}
                            y1={pt(tick.at)} y2={pt(tick.at)} />
                        <text class="rx-chart__label" x={pt(left - 6.0)} y={pt(tick.at)}
                            text-anchor="end" dominant-baseline="middle">{ decimal(tick.value, 2) }</text>
                    </g>
                }
                for tick in chart.x_ticks.iter() {
                    <text class="rx-chart__label" key={format!("x{}", shortest(tick.value))}
                        x={pt(tick.at)} y={pt(bottom + 16.0)} text-anchor="middle">
                        { decimal(tick.value, 0) }
                    </text>
                }
                <text class="rx-chart__label rx-chart__unit" x="0" y="14">{ copy::CHART_Y_UNIT }</text>
                <text class="rx-chart__label rx-chart__unit" x={pt(right)} y={pt(bottom + 38.0)}
                    text-anchor="end">{ copy::CHART_X_UNIT }</text>
                <line class="rx-chart__axis" x1={pt(left)} x2={pt(right)}
                    y1={pt(bottom)} y2={pt(bottom)} />
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
                            y={pt(top - 8.0)}>{ copy::CHART_SLASH }</text>
                    </g>
                }
            </svg>
            <figcaption class="rx-chart__caption">{ copy::CHART_HINT }</figcaption>
        </figure>
    }
}
