//! Simulated slashes: what happens to the deposit when the reader presses "simulate a
//! slash" on a branch of the fan-out. Each event takes the scenario's slash size from
//! what is left of the stake; under the correlated model one fault on a service
//! slashes on every service at once. The SPEC's `data-result` figures are untouched:
//! they describe one slash of the full stake; this is the reader's what-if on top.

use super::{Results, Scenario, SlashModel};

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
}

/// Replays `events` on the scenario's stake.
///
/// A fault on Ethereum, or on one service under the independent model, takes s % of
/// what is left. Under the correlated model a fault on any service slashes on all n
/// services: what is left is multiplied by (1 − s/100)^n, matching the SPEC's
/// correlated expected cost. Events naming a service that no longer exists are skipped.
pub fn replay(scenario: &Scenario, results: &Results, events: &[Branch]) -> AfterSlashes {
    let keep = 1.0 - scenario.slash_pct / 100.0;
    let n = scenario.services.len();
    let mut left = scenario.stake_eth;
    let mut outcomes = Vec::with_capacity(events.len());
    for &branch in events {
        let hit: Vec<Branch> = match (branch, scenario.model) {
            (Branch::Ethereum, _) => vec![Branch::Ethereum],
            (Branch::Service(i), _) if i >= n => continue,
            (Branch::Service(i), SlashModel::Independent) => vec![Branch::Service(i)],
            (Branch::Service(_), SlashModel::Correlated) => (0..n).map(Branch::Service).collect(),
        };
        let exponent = i32::try_from(hit.len()).unwrap_or(i32::MAX);
        let after = left * keep.powi(exponent);
        outcomes.push(SlashOutcome { branch, hit, loss_eth: left - after, stake_left_eth: after });
        left = after;
    }
    let lost_eth = scenario.stake_eth - left;
    AfterSlashes {
        outcomes,
        stake_left_eth: left,
        lost_eth,
        years_erased: (results.extra_reward_eth > 0.0).then(|| lost_eth / results.extra_reward_eth),
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
        let a = after(&s, &[Branch::Ethereum, Branch::Service(1)]);
        // 32 · 0.95 · 0.95 = 28.88
        assert!((a.stake_left_eth - 28.88).abs() < 1e-9);
        assert!((a.outcomes[1].loss_eth - 1.52).abs() < 1e-9);
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
