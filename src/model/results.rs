//! The restaking model's results, exactly as the SPEC's table defines them, computed
//! from a scenario whose inputs are already in range. A result that does not exist
//! (years erased with no extra reward, a break-even above 100 %) is `None`.

use super::{Scenario, SlashModel};

/// Every figure of the SPEC's model table for one scenario. Amounts are ETH per year
/// unless named otherwise; rates and probabilities are in %. In the formulas, w_i is
/// a_i/100 under the allocated model and 1 otherwise, and k = 1 − f_l/100.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Results {
    /// S·b/100·(1 − f_b/100)·k: what securing Ethereum pays, in ETH a year.
    pub base_reward_eth: f64,
    /// S·Σ(w_i·r_i)/100·(1 − f_s/100)·k: what the services pay on top, in ETH a year.
    pub extra_reward_eth: f64,
    /// base + extra, in ETH a year.
    pub gross_reward_eth: f64,
    /// gross / S · 100, in % a year.
    pub gross_apr_pct: f64,
    /// The principal one severe slashing event takes, in ETH: S·s/100, or under the
    /// allocated model s % of the largest slice, S·(max a_i)/100·s/100.
    pub slash_loss_eth: f64,
    /// slash-loss / extra-reward: years of extra reward one slash erases; `None`
    /// when there is no extra reward to erase.
    pub years_erased: Option<f64>,
    /// The chance, in % a year, that at least one severe slash happens.
    pub combined_slash_probability_pct: f64,
    /// The expected principal lost to slashing, in ETH a year.
    pub expected_slash_cost_eth: f64,
    /// gross − expected slash cost, in ETH a year.
    pub risk_adjusted_reward_eth: f64,
    /// risk-adjusted reward / S · 100, in % a year.
    pub risk_adjusted_apr_pct: f64,
    /// The one yearly slash probability, the same for every service, at which the
    /// chosen model's expected slash cost equals the extra reward, in %; `None` when
    /// there are no services, no slash size, nothing allocated, or it would exceed 100 %.
    pub breakeven_probability_pct: Option<f64>,
    /// The comparison's baseline, your own validator: S·b/100 with no fee at all, in
    /// ETH a year. Not a published result.
    pub plain_staking_reward_eth: f64,
    /// Liquid staking without restaking: S·b/100·(1 − f_b/100), in ETH a year. Not a
    /// published result.
    pub liquid_staking_reward_eth: f64,
    /// Restaking without a liquid restaking token, a year: the gross reward before the
    /// LRT fee (the comparison's restaking column; equal to `gross_reward_eth` when the
    /// LRT fee is 0).
    pub restaked_before_lrt_fee_eth: f64,
}

/// The weight w_i of each service's rate and risk: a_i/100 under the allocated model
/// (a service pays and slashes only on its slice), 1 otherwise (on the whole stake).
fn weights(scenario: &Scenario) -> Vec<f64> {
    match scenario.model {
        SlashModel::Allocated => scenario.allocations_pct().iter().map(|a| a / 100.0).collect(),
        SlashModel::Independent | SlashModel::Correlated => vec![1.0; scenario.services.len()],
    }
}

/// The probability that at least one of the services slashes in a year, in %.
///
/// Independent and allocated: 1 − Π(1 − p_i/100), as a percentage (each service is
/// its own coin toss; under allocated a toss reaches only that service's slice).
/// Correlated (one shared operator): max p_i, because the services fail together.
/// No services: 0.
pub fn combined_slash_probability_pct(scenario: &Scenario) -> f64 {
    let probs = scenario.services.iter().map(|s| s.slash_prob_pct / 100.0);
    let p = match scenario.model {
        SlashModel::Independent | SlashModel::Allocated => {
            1.0 - probs.map(|p| 1.0 - p).product::<f64>()
        }
        SlashModel::Correlated => probs.fold(0.0, f64::max),
    };
    p * 100.0
}

/// The expected principal lost to slashing in one year, in ETH.
///
/// Independent: S·(1 − Π(1 − (p_i/100)·(s/100))), each service an independent chance
/// of losing s % of what is left. Correlated: (max p_i/100)·S·(1 − (1 − s/100)^n),
/// one fault that slashes on all n services at once. Allocated:
/// S·(s/100)·Σ(p_i/100·a_i/100), exactly additive because the slices do not overlap.
pub fn expected_slash_cost_eth(scenario: &Scenario) -> f64 {
    let s = scenario.slash_pct / 100.0;
    let stake = scenario.stake_eth;
    match scenario.model {
        SlashModel::Independent => {
            let keep: f64 =
                scenario.services.iter().map(|svc| 1.0 - svc.slash_prob_pct / 100.0 * s).product();
            stake * (1.0 - keep)
        }
        SlashModel::Correlated => {
            let p_max =
                scenario.services.iter().map(|svc| svc.slash_prob_pct / 100.0).fold(0.0, f64::max);
            let n = i32::try_from(scenario.services.len()).unwrap_or(i32::MAX);
            p_max * stake * (1.0 - (1.0 - s).powi(n))
        }
        SlashModel::Allocated => {
            let weighted: f64 = scenario
                .services
                .iter()
                .zip(weights(scenario))
                .map(|(svc, w)| svc.slash_prob_pct / 100.0 * w)
                .sum();
            stake * s * weighted
        }
    }
}

/// The break-even probability, in %: the one yearly chance p, the same for every
/// service, at which the chosen model's expected slash cost equals the extra reward.
/// With E = extra / S:
/// independent (1 − (1 − E)^(1/n)) / (s/100) · 100; correlated
/// E / (1 − (1 − s/100)^n) · 100; allocated E / ((s/100)·Σa_i/100) · 100.
/// `None` without services, with s = 0, with nothing allocated, with E ≥ 1
/// (independent), or above 100 %.
pub fn breakeven_probability_pct(scenario: &Scenario, extra_reward_eth: f64) -> Option<f64> {
    let n = scenario.services.len();
    let s = scenario.slash_pct / 100.0;
    if n == 0 || s <= 0.0 {
        return None;
    }
    let e = extra_reward_eth / scenario.stake_eth;
    let p = match scenario.model {
        SlashModel::Independent => {
            // E ≥ 1: even a certain slash on every service cannot cost as much as it pays.
            if e >= 1.0 {
                return None;
            }
            (1.0 - (1.0 - e).powf(1.0 / n as f64)) / s * 100.0
        }
        SlashModel::Correlated => {
            let n = i32::try_from(n).unwrap_or(i32::MAX);
            e / (1.0 - (1.0 - s).powi(n)) * 100.0
        }
        SlashModel::Allocated => {
            let allocated: f64 = weights(scenario).iter().sum();
            if allocated <= 0.0 {
                return None;
            }
            e / (s * allocated) * 100.0
        }
    };
    (p.is_finite() && p <= 100.0).then_some(p)
}

/// How many years of `extra_reward_eth` a loss of `loss_eth` erases: `None` without an
/// extra reward, and for one so small that the ratio overflows (it erases "forever").
pub fn years_erased(loss_eth: f64, extra_reward_eth: f64) -> Option<f64> {
    (extra_reward_eth > 0.0).then(|| loss_eth / extra_reward_eth).filter(|y| y.is_finite())
}

impl Results {
    /// Computes every result of the SPEC's table. Inputs must be in range (the
    /// scenario type guarantees it), which keeps every figure finite.
    pub fn of(scenario: &Scenario) -> Self {
        let stake = scenario.stake_eth;
        let keep_after_lrt = 1.0 - scenario.lrt_fee_pct / 100.0;
        let plain_staking_reward_eth = stake * scenario.base_rate_pct / 100.0;
        let liquid_staking_reward_eth =
            plain_staking_reward_eth * (1.0 - scenario.lst_fee_pct / 100.0);
        let base_reward_eth = liquid_staking_reward_eth * keep_after_lrt;
        let service_rate_pct: f64 = scenario
            .services
            .iter()
            .zip(weights(scenario))
            .map(|(s, w)| w * s.extra_rate_pct)
            .sum();
        // EigenLayer's protocol fee comes off a service's rewards first, the operator's
        // commission off what is left.
        let extra_before_lrt_fee_eth = stake * service_rate_pct / 100.0
            * (1.0 - scenario.protocol_fee_pct / 100.0)
            * (1.0 - scenario.commission_pct / 100.0);
        let extra_reward_eth = extra_before_lrt_fee_eth * keep_after_lrt;
        let gross_reward_eth = base_reward_eth + extra_reward_eth;
        let slash_loss_eth = match scenario.model {
            SlashModel::Allocated => {
                let largest = scenario.allocations_pct().into_iter().fold(0.0, f64::max);
                stake * largest / 100.0 * scenario.slash_pct / 100.0
            }
            SlashModel::Independent | SlashModel::Correlated => stake * scenario.slash_pct / 100.0,
        };
        let expected_slash_cost_eth = expected_slash_cost_eth(scenario);
        let risk_adjusted_reward_eth = gross_reward_eth - expected_slash_cost_eth;
        Self {
            base_reward_eth,
            extra_reward_eth,
            gross_reward_eth,
            gross_apr_pct: gross_reward_eth / stake * 100.0,
            slash_loss_eth,
            years_erased: years_erased(slash_loss_eth, extra_reward_eth),
            combined_slash_probability_pct: combined_slash_probability_pct(scenario),
            expected_slash_cost_eth,
            risk_adjusted_reward_eth,
            risk_adjusted_apr_pct: risk_adjusted_reward_eth / stake * 100.0,
            breakeven_probability_pct: breakeven_probability_pct(scenario, extra_reward_eth),
            plain_staking_reward_eth,
            liquid_staking_reward_eth,
            restaked_before_lrt_fee_eth: liquid_staking_reward_eth + extra_before_lrt_fee_eth,
        }
    }
}

/// The names of the results as published in `data-result` (a stable contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ResultName {
    /// `base-reward`, ETH a year.
    BaseReward,
    /// `extra-reward`, ETH a year.
    ExtraReward,
    /// `gross-reward`, ETH a year.
    GrossReward,
    /// `gross-apr`, %.
    GrossApr,
    /// `slash-loss`, ETH.
    SlashLoss,
    /// `years-erased`, years.
    YearsErased,
    /// `combined-slash-probability`, % a year.
    CombinedSlashProbability,
    /// `expected-slash-cost`, ETH a year.
    ExpectedSlashCost,
    /// `risk-adjusted-reward`, ETH a year.
    RiskAdjustedReward,
    /// `risk-adjusted-apr`, %.
    RiskAdjustedApr,
    /// `breakeven-probability`, % a year.
    BreakevenProbability,
}

/// The unit a result is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// ETH (an amount).
    Eth,
    /// Percent.
    Pct,
    /// Years.
    Years,
}

impl ResultName {
    /// Every result, in the SPEC's order.
    pub const ALL: [Self; 11] = [
        Self::BaseReward,
        Self::ExtraReward,
        Self::GrossReward,
        Self::GrossApr,
        Self::SlashLoss,
        Self::YearsErased,
        Self::CombinedSlashProbability,
        Self::ExpectedSlashCost,
        Self::RiskAdjustedReward,
        Self::RiskAdjustedApr,
        Self::BreakevenProbability,
    ];

    /// The `data-result` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BaseReward => "base-reward",
            Self::ExtraReward => "extra-reward",
            Self::GrossReward => "gross-reward",
            Self::GrossApr => "gross-apr",
            Self::SlashLoss => "slash-loss",
            Self::YearsErased => "years-erased",
            Self::CombinedSlashProbability => "combined-slash-probability",
            Self::ExpectedSlashCost => "expected-slash-cost",
            Self::RiskAdjustedReward => "risk-adjusted-reward",
            Self::RiskAdjustedApr => "risk-adjusted-apr",
            Self::BreakevenProbability => "breakeven-probability",
        }
    }

    /// The unit of this result.
    pub fn unit(self) -> Unit {
        match self {
            Self::GrossApr
            | Self::CombinedSlashProbability
            | Self::RiskAdjustedApr
            | Self::BreakevenProbability => Unit::Pct,
            Self::YearsErased => Unit::Years,
            _ => Unit::Eth,
        }
    }

    /// This result's value in `results`; `None` where the result does not exist.
    pub fn value(self, r: &Results) -> Option<f64> {
        match self {
            Self::BaseReward => Some(r.base_reward_eth),
            Self::ExtraReward => Some(r.extra_reward_eth),
            Self::GrossReward => Some(r.gross_reward_eth),
            Self::GrossApr => Some(r.gross_apr_pct),
            Self::SlashLoss => Some(r.slash_loss_eth),
            Self::YearsErased => r.years_erased,
            Self::CombinedSlashProbability => Some(r.combined_slash_probability_pct),
            Self::ExpectedSlashCost => Some(r.expected_slash_cost_eth),
            Self::RiskAdjustedReward => Some(r.risk_adjusted_reward_eth),
            Self::RiskAdjustedApr => Some(r.risk_adjusted_apr_pct),
            Self::BreakevenProbability => r.breakeven_probability_pct,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Service;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    fn service(rate: f64, prob: f64) -> Service {
        Service {
            id: 0,
            name: "x".into(),
            extra_rate_pct: rate,
            slash_prob_pct: prob,
            alloc_pct: 0.0,
        }
    }

    #[test]
    fn the_articles_worked_example() {
        let r = Results::of(&Scenario::default());
        assert!(close(r.base_reward_eth, 1.12, 1e-9));
        assert!(close(r.extra_reward_eth, 1.12, 1e-9));
        assert!(close(r.gross_reward_eth, 2.24, 1e-9));
        assert!(close(r.gross_apr_pct, 7.0, 1e-9));
        assert!(close(r.slash_loss_eth, 1.6, 1e-9));
        // 1.6 / 1.12 = 1.4286 years: "more than a full year of that extra yield".
        assert!(close(r.years_erased.expect("extra > 0"), 1.43, 0.005));
        assert!(close(r.breakeven_probability_pct.expect("exists"), 35.3, 0.05));
    }

    #[test]
    fn independent_slashing_by_hand() {
        // Two services at 10 % and 20 % a year, a 50 % slash, 100 ETH.
        let scenario = Scenario {
            stake_eth: 100.0,
            services: vec![service(1.0, 10.0), service(1.0, 20.0)],
            slash_pct: 50.0,
            ..Scenario::default()
        };
        let r = Results::of(&scenario);
        // 1 − 0.9·0.8 = 0.28
        assert!(close(r.combined_slash_probability_pct, 28.0, 1e-9));
        // 100·(1 − (1 − 0.05)(1 − 0.10)) = 100·(1 − 0.855) = 14.5
        assert!(close(r.expected_slash_cost_eth, 14.5, 1e-9));
        // gross = 3.5 + 2 = 5.5; risk-adjusted = 5.5 − 14.5 = −9
        assert!(close(r.risk_adjusted_reward_eth, -9.0, 1e-9));
        assert!(close(r.risk_adjusted_apr_pct, -9.0, 1e-9));
    }

    #[test]
    fn correlated_slashing_by_hand() {
        let scenario = Scenario {
            stake_eth: 100.0,
            services: vec![service(1.0, 10.0), service(1.0, 20.0)],
            slash_pct: 50.0,
            model: SlashModel::Correlated,
            ..Scenario::default()
        };
        let r = Results::of(&scenario);
        assert!(close(r.combined_slash_probability_pct, 20.0, 1e-9));
        // 0.2·100·(1 − 0.5²) = 15
        assert!(close(r.expected_slash_cost_eth, 15.0, 1e-9));
    }

    #[test]
    fn fees_come_off_their_own_layer() {
        let scenario = Scenario { lst_fee_pct: 10.0, commission_pct: 50.0, ..Scenario::default() };
        let r = Results::of(&scenario);
        assert!(close(r.base_reward_eth, 1.008, 1e-9)); // 1.12 · 0.9
        assert!(close(r.extra_reward_eth, 0.56, 1e-9)); // 1.12 · 0.5
        assert!(close(r.gross_apr_pct, 1.568 / 32.0 * 100.0, 1e-9));
        // Slash loss is principal: fees do not change it.
        assert!(close(r.slash_loss_eth, 1.6, 1e-9));
    }

    #[test]
    fn the_protocol_fee_comes_off_service_rewards_before_the_commission() {
        let scenario = Scenario {
            protocol_fee_pct: 20.0,
            commission_pct: 10.0,
            lrt_fee_pct: 10.0,
            ..Scenario::default()
        };
        let r = Results::of(&scenario);
        // Base: 1.12 · 0.9 (the LRT fee only). Extra: 1.12 · 0.8 · 0.9 · 0.9 = 0.72576.
        assert!(close(r.base_reward_eth, 1.008, 1e-12));
        assert!(close(r.extra_reward_eth, 0.72576, 1e-12));
        assert!(close(r.years_erased.expect("exists"), 1.6 / 0.72576, 1e-9));
        assert!(close(r.restaked_before_lrt_fee_eth, 1.12 + 1.12 * 0.8 * 0.9, 1e-12));
        // A whole protocol fee leaves the services nothing to pay, and nothing to erase.
        let all = Results::of(&Scenario { protocol_fee_pct: 100.0, ..Scenario::default() });
        assert_eq!(all.extra_reward_eth, 0.0);
        assert_eq!(all.years_erased, None);
    }

    #[test]
    fn the_specs_allocated_example() {
        // No allocation given: 50 % each. Extra 32·(0.5·2 + 0.5·1.5)/100 = 0.56 ETH; one
        // 5 % slash of a 16 ETH slice = 0.8 ETH; 0.8 / 0.56 = 1.43 years;
        // break-even E/(s·Σa) = 0.0175 / (0.05 · 1) = 35 %.
        let s = Scenario { model: SlashModel::Allocated, ..Scenario::default() };
        let r = Results::of(&s);
        assert!(close(r.base_reward_eth, 1.12, 1e-12));
        assert!(close(r.extra_reward_eth, 0.56, 1e-12));
        assert!(close(r.slash_loss_eth, 0.8, 1e-12));
        assert!(close(r.years_erased.expect("extra > 0"), 1.43, 0.005));
        assert!(close(r.breakeven_probability_pct.expect("exists"), 35.0, 1e-9));
        // 1 − 0.98² = 3.96 %; 32·0.05·(0.02·0.5 + 0.02·0.5) = 0.032 ETH.
        assert!(close(r.combined_slash_probability_pct, 3.96, 1e-9));
        assert!(close(r.expected_slash_cost_eth, 0.032, 1e-12));
    }

    #[test]
    fn allocated_by_hand_with_uneven_slices_and_room_left() {
        // 100 ETH, slices 60 % and 10 % (30 % unallocated), rates 4 % and 10 %,
        // chances 10 % and 50 %, a 20 % slash.
        let mut s = Scenario {
            stake_eth: 100.0,
            services: vec![service(4.0, 10.0), service(10.0, 50.0)],
            slash_pct: 20.0,
            model: SlashModel::Allocated,
            ..Scenario::default()
        };
        assert!(s.set_allocations(&[60.0, 10.0]).is_empty());
        let r = Results::of(&s);
        // extra = 100·(0.6·4 + 0.1·10)/100 = 3.4
        assert!(close(r.extra_reward_eth, 3.4, 1e-12));
        // slash-loss = 100·0.6·0.2 = 12
        assert!(close(r.slash_loss_eth, 12.0, 1e-12));
        // expected = 100·0.2·(0.1·0.6 + 0.5·0.1) = 2.2
        assert!(close(r.expected_slash_cost_eth, 2.2, 1e-12));
        // break-even = 0.034 / (0.2·0.7) = 24.2857…%
        assert!(close(r.breakeven_probability_pct.expect("exists"), 3.4 / 14.0 * 100.0, 1e-9));
        // Nothing allocated: no break-even, no slash loss, no extra reward.
        s.set_allocations(&[0.0, 0.0]);
        let r = Results::of(&s);
        assert_eq!(r.breakeven_probability_pct, None);
        assert_eq!((r.slash_loss_eth, r.extra_reward_eth), (0.0, 0.0));
    }

    #[test]
    fn correlated_breakeven_for_the_seed_numbers() {
        // E = 0.035; 0.035 / (1 − 0.95²) = 0.035 / 0.0975 = 35.897…%
        let s = Scenario { model: SlashModel::Correlated, ..Scenario::default() };
        let p = Results::of(&s).breakeven_probability_pct.expect("exists");
        assert!(close(p, 0.035 / 0.0975 * 100.0, 1e-9));
        assert!(close(p, 35.9, 0.05));
    }

    #[test]
    fn the_lrt_fee_comes_off_both_layers_and_plain_staking_pays_none() {
        let s = Scenario {
            lst_fee_pct: 10.0,
            commission_pct: 10.0,
            lrt_fee_pct: 10.0,
            ..Scenario::default()
        };
        let r = Results::of(&s);
        // base = 1.12·0.9·0.9 = 0.9072; extra = 1.12·0.9·0.9 = 0.9072
        assert!(close(r.base_reward_eth, 0.9072, 1e-12));
        assert!(close(r.extra_reward_eth, 0.9072, 1e-12));
        assert!(close(r.plain_staking_reward_eth, 1.12, 1e-12));
        assert!(close(r.liquid_staking_reward_eth, 1.008, 1e-12));
    }

    #[test]
    fn the_default_figures_are_bit_for_bit_the_articles() {
        // The published data-value of the default page must not move by a single bit.
        let r = Results::of(&Scenario::default());
        assert_eq!(r.base_reward_eth, 32.0 * 3.5 / 100.0);
        assert_eq!(r.extra_reward_eth, 32.0 * (2.0 + 1.5) / 100.0);
        assert_eq!(r.slash_loss_eth, 32.0 * 5.0 / 100.0);
    }

    #[test]
    fn breakeven_makes_cost_equal_reward() {
        let mut scenario = Scenario::default();
        let r = Results::of(&scenario);
        let p = r.breakeven_probability_pct.expect("exists");
        for svc in &mut scenario.services {
            svc.slash_prob_pct = p;
        }
        let at_breakeven = Results::of(&scenario);
        assert!(close(at_breakeven.expected_slash_cost_eth, r.extra_reward_eth, 1e-9));
    }

    #[test]
    fn results_that_do_not_exist_are_none() {
        let no_services = Scenario { services: vec![], ..Scenario::default() };
        let r = Results::of(&no_services);
        assert_eq!(r.years_erased, None);
        assert_eq!(r.breakeven_probability_pct, None);
        assert_eq!(r.combined_slash_probability_pct, 0.0);
        assert_eq!(r.expected_slash_cost_eth, 0.0);

        let no_slash = Scenario { slash_pct: 0.0, ..Scenario::default() };
        assert_eq!(Results::of(&no_slash).breakeven_probability_pct, None);
        assert_eq!(Results::of(&no_slash).years_erased, Some(0.0));

        // 8 % extra against a 1 % slash: even certainty costs ~1 %, never 8 %.
        let well_paid =
            Scenario { services: vec![service(8.0, 1.0)], slash_pct: 1.0, ..Scenario::default() };
        assert_eq!(Results::of(&well_paid).breakeven_probability_pct, None);
    }

    #[test]
    fn zero_extra_reward_breaks_even_at_zero_probability() {
        let unpaid = Scenario { services: vec![service(0.0, 5.0)], ..Scenario::default() };
        let r = Results::of(&unpaid);
        assert_eq!(r.years_erased, None);
        assert_eq!(r.breakeven_probability_pct, Some(0.0));
    }

    #[test]
    fn result_names_are_the_published_contract() {
        let names: Vec<&str> = ResultName::ALL.iter().map(|n| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "base-reward",
                "extra-reward",
                "gross-reward",
                "gross-apr",
                "slash-loss",
                "years-erased",
                "combined-slash-probability",
                "expected-slash-cost",
                "risk-adjusted-reward",
                "risk-adjusted-apr",
                "breakeven-probability"
            ]
        );
    }
}
