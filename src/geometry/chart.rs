//! The growth chart: turns the model's growth series into SVG path data and axis
//! ticks inside a fixed viewBox, so the chart component only draws what it is given.

use crate::format::fixed;
use crate::model::{Growth, Point};

/// Width of the chart's viewBox, in SVG user units.
pub const VIEW_WIDTH: f64 = 480.0;
/// Height of the chart's viewBox, in SVG user units.
pub const VIEW_HEIGHT: f64 = 260.0;
/// Space for the y-axis labels on the left, in user units.
pub const MARGIN_LEFT: f64 = 52.0;
/// Space on the right so the last x label is not cut, in user units.
pub const MARGIN_RIGHT: f64 = 16.0;
/// Space above the plot, in user units.
pub const MARGIN_TOP: f64 = 30.0;
/// Space for the x-axis labels below the plot, in user units.
pub const MARGIN_BOTTOM: f64 = 44.0;

/// One labelled tick: its position along its axis (user units) and its value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    /// Position in user units (x for the x axis, y for the y axis).
    pub at: f64,
    /// The value the tick marks (years or ETH).
    pub value: f64,
}

/// Everything the chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLayout {
    /// Path data of the plain-staking, restaked and slashed series, in that order.
    pub paths: [String; 3],
    /// Ticks along the x axis (whole years).
    pub x_ticks: Vec<Tick>,
    /// Ticks along the y axis (ETH).
    pub y_ticks: Vec<Tick>,
    /// Left, top, right and bottom edges of the plot area, in user units.
    pub plot: [f64; 4],
    /// Where the slash happens: x, and the y before and after the drop.
    pub slash_marker: Option<(f64, f64, f64)>,
    /// The ETH at the bottom and at the top of the plot (the first and last y ticks).
    pub eth_range: (f64, f64),
}

impl ChartLayout {
    /// The y (user units) of `eth`, which may lie outside the plot.
    pub fn y_of(&self, eth: f64) -> f64 {
        let [_, top, _, bottom] = self.plot;
        let (lo, hi) = self.eth_range;
        bottom - (bottom - top) * (eth - lo) / (hi - lo)
    }

    /// The ETH that the height `y` (user units) stands for, held inside the plot: where
    /// a reader's pointer puts a guess.
    #[allow(clippy::manual_clamp)] // f64::clamp's assertion would link float formatting
    pub fn eth_at(&self, y: f64) -> f64 {
        let [_, top, _, bottom] = self.plot;
        let (lo, hi) = self.eth_range;
        let share = ((bottom - y) / (bottom - top)).max(0.0).min(1.0);
        lo + (hi - lo) * share
    }
}

/// Round tick values covering `[lo, hi]`, about `target` of them, on steps of 1, 2 or
/// 5 times a power of ten. The first tick is ≤ lo and the last ≥ hi.
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
    let (lo, hi) = if hi - lo < 1e-9 {
        // A flat line still needs an axis: open a window around it.
        let pad = (lo.abs() * 0.05).max(0.5);
        (lo - pad, hi + pad)
    } else {
        (lo, hi)
    };
    let raw = (hi - lo) / target.max(1) as f64;
    // The largest power of ten not above `raw`, found by stepping rather than with
    // log10 and powf (which would link libm's into the wasm).
    let mut power = 1.0_f64;
    while power * 10.0 <= raw {
        power *= 10.0;
    }
    while power > raw && power > 1e-12 {
        power /= 10.0;
    }
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power);
    let first = (lo / step).floor() as i64;
    let last = (hi / step).ceil() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// Lays the growth series out in the viewBox.
pub fn layout(growth: &Growth, horizon_years: u32) -> ChartLayout {
    let (lo, hi) = growth.eth_extent();
    let y_values = nice_ticks(lo, hi, 4);
    let y_min = y_values.first().copied().unwrap_or(lo);
    let y_max = y_values.last().copied().unwrap_or(hi);
    let (left, top) = (MARGIN_LEFT, MARGIN_TOP);
    let (right, bottom) = (VIEW_WIDTH - MARGIN_RIGHT, VIEW_HEIGHT - MARGIN_BOTTOM);
    let span_years = f64::from(horizon_years.max(1));
    let x = |year: f64| left + (right - left) * year / span_years;
    let y = |eth: f64| bottom - (bottom - top) * (eth - y_min) / (y_max - y_min);
    let path = |points: &[Point]| -> String {
        points
            .iter()
            .enumerate()
            .map(|(i, p)| {
                format!(
                    "{}{} {}",
                    if i == 0 { 'M' } else { 'L' },
                    fixed(x(p.year), 1),
                    fixed(y(p.eth), 1)
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    // The two points of the slashed series that share an x are the drop.
    let slash_marker = growth
        .slashed
        .windows(2)
        .find(|w| w[0].year == w[1].year)
        .map(|w| (x(w[0].year), y(w[0].eth), y(w[1].eth)));
    ChartLayout {
        paths: [path(&growth.plain), path(&growth.restaked), path(&growth.slashed)],
        x_ticks: (0..=horizon_years)
            .map(|t| Tick { at: x(f64::from(t)), value: f64::from(t) })
            .collect(),
        y_ticks: y_values.iter().map(|v| Tick { at: y(*v), value: *v }).collect(),
        plot: [left, top, right, bottom],
        slash_marker,
        eth_range: (y_min, y_max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Results, Scenario};

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(nice_ticks(32.0, 43.2, 4), [30.0, 35.0, 40.0, 45.0]);
        assert_eq!(nice_ticks(0.0, 1.0, 5), [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]);
        let t = nice_ticks(0.01, 0.0123, 4);
        assert!(t[0] <= 0.01 && *t.last().expect("ticks") >= 0.0123);
    }

    #[test]
    fn a_flat_range_still_gets_an_axis() {
        let t = nice_ticks(32.0, 32.0, 4);
        assert!(t.len() >= 2);
        assert!(t[0] < 32.0 && *t.last().expect("ticks") > 32.0);
    }

    #[test]
    fn series_start_at_the_left_edge_and_stay_inside_the_plot() {
        let s = Scenario::default();
        let g = Growth::of(&s, &Results::of(&s));
        let l = layout(&g, s.horizon_years);
        let [left, top, right, bottom] = l.plot;
        for path in &l.paths {
            assert!(path.starts_with(&format!("M{left:.1} ")), "{path}");
            for pair in path.split(' ').collect::<Vec<_>>().chunks(2) {
                let px: f64 = pair[0][1..].parse().expect("x");
                let py: f64 = pair[1].parse().expect("y");
                assert!((left - 0.05..=right + 0.05).contains(&px), "{px}");
                assert!((top - 0.05..=bottom + 0.05).contains(&py), "{py}");
            }
        }
        assert_eq!(l.x_ticks.len(), 6);
        assert_eq!(l.x_ticks[5].at, right);
    }

    #[test]
    fn a_height_and_its_eth_are_each_others_inverse_inside_the_plot() {
        let s = Scenario::default();
        let l = layout(&Growth::of(&s, &Results::of(&s)), s.horizon_years);
        let [_, top, _, bottom] = l.plot;
        for eth in [30.0, 37.6, 41.21, 45.0] {
            assert!((l.eth_at(l.y_of(eth)) - eth).abs() < 1e-9, "{eth}");
        }
        // Beyond the plot a guess is held at its edges.
        assert_eq!(l.eth_at(top - 50.0), l.eth_range.1);
        assert_eq!(l.eth_at(bottom + 50.0), l.eth_range.0);
        assert!(l.y_of(l.eth_range.1) == top && l.y_of(l.eth_range.0) == bottom);
    }

    #[test]
    fn the_slash_marker_sits_at_the_drop() {
        let s = Scenario::default();
        let g = Growth::of(&s, &Results::of(&s));
        let l = layout(&g, s.horizon_years);
        let (x, before, after) = l.slash_marker.expect("a slash");
        let [left, _, right, _] = l.plot;
        assert!((x - (left + (right - left) * 1.5 / 5.0)).abs() < 1e-9);
        assert!(after > before, "lower value, larger y");
    }
}
