//! Simulated slashes: what happens to the deposit when the reader presses "simulate a
//! slash" on a branch of the fan-out. A fault on a service takes the scenario's slash
//! size: from what is left of the stake under the pooled models (from every service at
//! once under the correlated one), from that service's own slice under the allocated
//! model. A fault on Ethereum takes Ethereum's own initial penalty. The SPEC's
//! `data-result` figures are untouched: this is the reader's what-if on top.

use super::{Results, Scenario, SlashModel};

/// Ethereum's initial slashing penalty is the validator's balance divided by this
/// (`MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA`, since the Pectra upgrade of 7 May 2025;
/// see `crate::facts`). A correlation penalty can add more when many validators are
/// slashed together; the simulation leaves it out.
pub const ETHEREUM_SLASH_QUOTIENT: f64 = 4096.0;

/// A branch of the fan-out: Ethereum itself, or one of the services.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Branch {
    /// The base layer: Ethereum's own slashing rules.
    Ethereum,
    /// Service i (0-based).
    Service(usize),
}

/// What one simulated fault did.
#[derive(Clone, Debug, PartialEq)]
pub struct SlashOutcome {
    /// The branch the reader pressed.
    pub branch: Branch,
    /// Every branch that slashed for this fault (all services when correlated).
    pub hit: Vec<Branch>,
    /// Principal taken by this fault, in ETH.
    pub loss_eth: f64,
    /// Stake left after this fault, in ETH.
    pub stake_left_eth: f64,
}

/// The deposit after every simulated fault so far.
#[derive(Clone, Debug, PartialEq)]
pub struct AfterSlashes {
    /// One outcome per fault, in order.
    pub outcomes: Vec<SlashOutcome>,
    /// Stake left, in ETH.
    pub stake_left_eth: f64,
    /// Principal lost in all, in ETH.
    pub lost_eth: f64,
    /// Years of (unslashed) extra reward the loss erases: lost / extra reward;
    /// `None` when there is no extra reward.
    pub years_erased: Option<f64>,
    /// What is left of each service's slice, in ETH (its allocation of the stake, less
    /// what faults took from it; the allocated model's picture).
    pub slices_left_eth: Vec<f64>,
}

/// Replays `events` on the scenario's stake.
///
/// A fault on Ethereum takes 1/4096 of what is left (and so of every slice). A fault
/// on one service takes s % of what is left under the independent model; under the
/// correlated model it slashes on all n services, so what is left is multiplied by
/// (1 − s/100)^n, matching the SPEC's correlated expected cost; under the allocated
/// model it takes s % of what is left of that service's slice, and nothing else.
/// Events naming a service that no longer exists are skipped.
pub fn replay(scenario: &Scenario, results: &Results, events: &[Branch]) -> AfterSlashes {
    let keep = 1.0 - scenario.slash_pct / 100.0;
    let n = scenario.services.len();
    let mut left = scenario.stake_eth;
    // What is left of each service's slice, in ETH (used by the allocated model only).
    let mut slices: Vec<f64> =
        scenario.allocations_pct().iter().map(|a| scenario.stake_eth * a / 100.0).collect();
    let mut outcomes = Vec::with_capacity(events.len());
    for &branch in events {
        let (hit, after): (Vec<Branch>, f64) = match (branch, scenario.model) {
            (Branch::Ethereum, _) => {
                let factor = 1.0 - 1.0 / ETHEREUM_SLASH_QUOTIENT;
                slices.iter_mut().for_each(|slice| *slice *= factor);
                (vec![Branch::Ethereum], left * factor)
            }
            (Branch::Service(i), _) if i >= n => continue,
            (Branch::Service(i), SlashModel::Independent) => {
                (vec![Branch::Service(i)], left * keep)
            }
            (Branch::Service(_), SlashModel::Correlated) => {
                let exponent = i32::try_from(n).unwrap_or(i32::MAX);
                ((0..n).map(Branch::Service).collect(), left * keep.powi(exponent))
            }
            (Branch::Service(i), SlashModel::Allocated) => {
                let loss = slices[i] * (1.0 - keep);
                slices[i] -= loss;
                (vec![Branch::Service(i)], left - loss)
            }
        };
        outcomes.push(SlashOutcome { branch, hit, loss_eth: left - after, stake_left_eth: after });
        left = after;
    }
    let lost_eth = scenario.stake_eth - left;
    AfterSlashes {
        outcomes,
        stake_left_eth: left,
        slices_left_eth: slices,
        lost_eth,
        years_erased: super::results::years_erased(lost_eth, results.extra_reward_eth),
    }
}

/// Keeps simulated events valid when service `removed` is taken out: its events go,
/// and later services move down one place.
pub fn forget_service(events: &mut Vec<Branch>, removed: usize) {
    events.retain(|b| *b != Branch::Service(removed));
    for b in events.iter_mut() {
        if let Branch::Service(i) = b {
            if *i > removed {
                *i -= 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(scenario: &Scenario, events: &[Branch]) -> AfterSlashes {
        replay(scenario, &Results::of(scenario), events)
    }

    #[test]
    fn one_slash_takes_the_slash_loss() {
        let s = Scenario::default();
        let a = after(&s, &[Branch::Service(0)]);
        assert!((a.lost_eth - 1.6).abs() < 1e-9, "equals the slash-loss result");
        assert!((a.stake_left_eth - 30.4).abs() < 1e-9);
        assert!((a.years_erased.expect("extra > 0") - 1.6 / 1.12).abs() < 1e-9);
    }

    #[test]
    fn a_second_slash_takes_its_share_of_what_is_left() {
        let s = Scenario::default();
        let a = after(&s, &[Branch::Service(0), Branch::Service(1)]);
        // 32 · 0.95 · 0.95 = 28.88
        assert!((a.stake_left_eth - 28.88).abs() < 1e-9);
        assert!((a.outcomes[1].loss_eth - 1.52).abs() < 1e-9);
    }

    #[test]
    fn ethereum_takes_its_own_initial_penalty_not_the_slash_size() {
        let s = Scenario::default();
        let a = after(&s, &[Branch::Ethereum]);
        // 32 / 4096 = 0.0078125 ETH, "about 0.008 ETH on 32 ETH".
        assert!((a.lost_eth - 0.007_812_5).abs() < 1e-12);
        assert!((a.stake_left_eth - 31.992_187_5).abs() < 1e-12);
    }

    #[test]
    fn an_allocated_slash_takes_only_its_slice() {
        let s = Scenario { model: SlashModel::Allocated, ..Scenario::default() };
        // Slices of 16 ETH each; a 5 % slash of one takes 0.8 ETH, the slash-loss result.
        let a = after(&s, &[Branch::Service(0)]);
        assert!((a.lost_eth - 0.8).abs() < 1e-12);
        assert_eq!(a.outcomes[0].hit, [Branch::Service(0)]);
        // A second fault on the same service takes 5 % of the 15.2 ETH its slice has left.
        let a = after(&s, &[Branch::Service(0), Branch::Service(0)]);
        assert!((a.lost_eth - (0.8 + 0.76)).abs() < 1e-12);
        // Ethereum's penalty shrinks every slice: 16·(1 − 1/4096)·0.05 after it.
        let a = after(&s, &[Branch::Ethereum, Branch::Service(1)]);
        let expected = 32.0 / 4096.0 + 16.0 * (1.0 - 1.0 / 4096.0) * 0.05;
        assert!((a.lost_eth - expected).abs() < 1e-12);
    }

    #[test]
    fn an_allocated_slash_of_an_unallocated_service_takes_nothing() {
        let mut s = Scenario { model: SlashModel::Allocated, ..Scenario::default() };
        s.set_allocations(&[70.0, 0.0]);
        let a = after(&s, &[Branch::Service(1)]);
        assert_eq!(a.lost_eth, 0.0);
        let a = after(&s, &[Branch::Service(0)]);
        // 70 % of 32 = 22.4 ETH; 5 % of it is 1.12 ETH.
        assert!((a.lost_eth - 1.12).abs() < 1e-12);
    }

    #[test]
    fn a_correlated_fault_slashes_every_service() {
        let s = Scenario { model: SlashModel::Correlated, ..Scenario::default() };
        let a = after(&s, &[Branch::Service(1)]);
        assert_eq!(a.outcomes[0].hit, [Branch::Service(0), Branch::Service(1)]);
        // 32 · (1 − 0.95²) = 3.12, the SPEC's correlated loss for n = 2.
        assert!((a.lost_eth - 3.12).abs() < 1e-9);
        let eth = after(&s, &[Branch::Ethereum]);
        assert_eq!(eth.outcomes[0].hit, [Branch::Ethereum], "Ethereum's rules are its own");
        assert!((eth.lost_eth - 32.0 / 4096.0).abs() < 1e-12);
    }

    #[test]
    fn events_for_missing_services_are_skipped() {
        let s = Scenario::default();
        let a = after(&s, &[Branch::Service(7)]);
        assert!(a.outcomes.is_empty());
        assert_eq!(a.stake_left_eth, 32.0);
    }

    #[test]
    fn removing_a_service_renumbers_its_successors() {
        let mut events =
            vec![Branch::Service(0), Branch::Service(1), Branch::Ethereum, Branch::Service(2)];
        forget_service(&mut events, 1);
        assert_eq!(events, [Branch::Service(0), Branch::Ethereum, Branch::Service(1)]);
    }

    #[test]
    fn no_extra_reward_means_no_years_erased() {
        let s = Scenario { services: vec![], ..Scenario::default() };
        assert_eq!(after(&s, &[Branch::Ethereum]).years_erased, None);
    }
}
