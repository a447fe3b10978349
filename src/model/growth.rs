//! The multi-year picture: what the position is worth, year by year, under plain
//! staking, restaking with no slash, and restaking with one severe slash.
//! Rewards are paid out, not compounded, so a slash takes principal and none of the
//! rewards already paid out. (Rewards left to build up inside an LST or LRT would be
//! slashed with it; the chart does not model that.)

use super::{Results, Scenario};

/// One point of a series: time in years from the start and the position in ETH.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Years since the deposit.
    pub year: f64,
    /// Stake plus rewards received so far, in ETH.
    pub eth: f64,
}

/// The three series the calculator's chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Growth {
    /// Plain staking, your own validator with no fee: S + S·b/100·t.
    pub plain: Vec<Point>,
    /// Restaking, no slash: S + gross·t.
    pub restaked: Vec<Point>,
    /// Restaking with one slash in the middle of `slash_year`: the stake drops by the
    /// slash-loss result (s % of the stake, or of the largest slice under the allocated
    /// model) and every reward after it shrinks in proportion to what is left.
    pub slashed: Vec<Point>,
}

/// When in its year the chart's slash happens: the middle, so the drop is visible
/// between two year marks even in year 1.
pub const SLASH_AT_YEAR_FRACTION: f64 = 0.5;

impl Growth {
    /// The series for `scenario` over its horizon, one point a year (plus the two
    /// points of the vertical drop in the slashed series).
    pub fn of(scenario: &Scenario, results: &Results) -> Self {
        let stake = scenario.stake_eth;
        let years = scenario.horizon_years;
        let line = |per_year: f64| -> Vec<Point> {
            (0..=years)
                .map(|t| Point { year: f64::from(t), eth: stake + per_year * f64::from(t) })
                .collect()
        };
        let gross = results.gross_reward_eth;
        let keep = 1.0 - results.slash_loss_eth / stake;
        let slash_at = f64::from(scenario.slash_year) - SLASH_AT_YEAR_FRACTION;
        let before = |t: f64| stake + gross * t;
        let after = |t: f64| stake * keep + gross * slash_at + gross * keep * (t - slash_at);

        let mut slashed = Vec::with_capacity(years as usize + 3);
        for t in 0..=years {
            let t = f64::from(t);
            if t > slash_at && slashed.last().is_none_or(|p: &Point| p.year < slash_at) {
                slashed.push(Point { year: slash_at, eth: before(slash_at) });
                slashed.push(Point { year: slash_at, eth: after(slash_at) });
            }
            let eth = if t < slash_at { before(t) } else { after(t) };
            slashed.push(Point { year: t, eth });
        }
        Self { plain: line(results.plain_staking_reward_eth), restaked: line(gross), slashed }
    }

    /// The smallest and largest ETH value across all three series.
    pub fn eth_extent(&self) -> (f64, f64) {
        self.plain
            .iter()
            .chain(&self.restaked)
            .chain(&self.slashed)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| (lo.min(p.eth), hi.max(p.eth)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> (Scenario, Growth) {
        let scenario = Scenario::default(); // 5-year horizon, slash in year 2
        let results = Results::of(&scenario);
        let growth = Growth::of(&scenario, &results);
        (scenario, growth)
    }

    #[test]
    fn plain_and_restaked_grow_by_their_yearly_reward() {
        let (_, g) = example();
        assert_eq!(g.plain.len(), 6);
        assert!((g.plain[5].eth - (32.0 + 5.0 * 1.12)).abs() < 1e-9);
        assert!((g.restaked[5].eth - (32.0 + 5.0 * 2.24)).abs() < 1e-9);
    }

    #[test]
    fn the_slash_drops_principal_in_the_middle_of_its_year() {
        let (_, g) = example();
        // Years 0, 1, the drop at 1.5 (two points), then 2, 3, 4, 5.
        let years: Vec<f64> = g.slashed.iter().map(|p| p.year).collect();
        assert_eq!(years, [0.0, 1.0, 1.5, 1.5, 2.0, 3.0, 4.0, 5.0]);
        let drop = g.slashed[2].eth - g.slashed[3].eth;
        assert!((drop - 1.6).abs() < 1e-9, "one 5 % slash of 32 ETH is 1.6 ETH");
        // By hand: 30.4 + 2.24·1.5 + 2.24·0.95·3.5 = 30.4 + 3.36 + 7.448 = 41.208
        assert!((g.slashed[7].eth - 41.208).abs() < 1e-9);
    }

    #[test]
    fn a_slash_in_the_first_year_still_shows_its_drop() {
        let scenario = Scenario { slash_year: 1, horizon_years: 1, ..Scenario::default() };
        let g = Growth::of(&scenario, &Results::of(&scenario));
        let years: Vec<f64> = g.slashed.iter().map(|p| p.year).collect();
        assert_eq!(years, [0.0, 0.5, 0.5, 1.0]);
    }

    #[test]
    fn plain_staking_pays_no_fee_while_restaking_pays_every_layer() {
        let scenario = Scenario { lst_fee_pct: 10.0, lrt_fee_pct: 10.0, ..Scenario::default() };
        let g = Growth::of(&scenario, &Results::of(&scenario));
        // Own validator: 1.12 a year, no fee. Restaked: (1.12·0.9 + 1.12)·0.9 = 1.9152.
        assert!((g.plain[1].eth - 33.12).abs() < 1e-9);
        assert!((g.restaked[1].eth - 33.9152).abs() < 1e-9);
    }

    #[test]
    fn an_allocated_slash_drops_the_largest_slice_share() {
        let scenario =
            Scenario { model: crate::model::SlashModel::Allocated, ..Scenario::default() };
        let g = Growth::of(&scenario, &Results::of(&scenario));
        let drop = g.slashed[2].eth - g.slashed[3].eth;
        assert!((drop - 0.8).abs() < 1e-9, "5 % of a 16 ETH slice");
    }

    #[test]
    fn extent_covers_every_series() {
        let (_, g) = example();
        let (lo, hi) = g.eth_extent();
        assert_eq!(lo, 32.0);
        assert!((hi - (32.0 + 5.0 * 2.24)).abs() < 1e-9);
    }
}
