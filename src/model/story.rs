//! The story: the five steps of restaking played one after another, a few seconds each,
//! ending on a simulated slash and the way out. Pure: the beats, and what each does to
//! the shared state; the clock belongs to the component that plays them.

use super::{Action, Branch, Scenario, SlashModel};

/// How long each beat of the story stays on screen, in ms.
pub const BEAT_MS: u32 = 5_000;

/// One beat of the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Beat {
    /// Show flow step n (which lights its part of the fan-out).
    Step(u8),
    /// Simulate one severe slash on the service that can take the most.
    Slash,
}

/// The beats in order: the five steps, with the slash after the rewards (step 4) and
/// before the way out (step 5).
pub const BEATS: [Beat; 6] =
    [Beat::Step(1), Beat::Step(2), Beat::Step(3), Beat::Step(4), Beat::Slash, Beat::Step(5)];

/// What beat `beat` does to the shared state. The first beat also clears the simulated
/// slashes, so each telling starts from a whole deposit and ends on exactly one slash.
pub fn beat_actions(index: usize) -> Vec<Action> {
    let mut out = Vec::new();
    if index == 0 {
        out.push(Action::ClearSlashes);
    }
    match BEATS.get(index) {
        Some(Beat::Step(n)) => out.push(Action::SetStep(*n)),
        Some(Beat::Slash) => out.push(Action::SimulateHeaviestSlash),
        None => {}
    }
    out
}

/// The branch whose one severe slash takes the most: the service with the largest slice
/// under the allocated model (the first of equals), the first service otherwise, and
/// Ethereum when there is no service. Slashing it takes exactly the `slash-loss` result,
/// but under the correlated model, where the one fault slashes on every service at once.
pub fn heaviest_branch(scenario: &Scenario) -> Branch {
    if scenario.services.is_empty() {
        return Branch::Ethereum;
    }
    if scenario.model != SlashModel::Allocated {
        return Branch::Service(0);
    }
    let shares = scenario.allocations_pct();
    let mut best = 0;
    for (i, share) in shares.iter().enumerate() {
        if *share > shares[best] {
            best = i;
        }
    }
    Branch::Service(best)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{replay, Allocation, Results, State};

    #[test]
    fn the_story_walks_every_step_in_order_and_slashes_before_the_exit() {
        let steps: Vec<u8> = BEATS
            .iter()
            .filter_map(|b| if let Beat::Step(n) = b { Some(*n) } else { None })
            .collect();
        assert_eq!(steps, [1, 2, 3, 4, 5]);
        let slash = BEATS.iter().position(|b| *b == Beat::Slash).expect("a slash");
        assert_eq!(BEATS[slash - 1], Beat::Step(4));
        assert_eq!(BEATS.last(), Some(&Beat::Step(5)));
    }

    #[test]
    fn playing_the_story_twice_leaves_one_slash() {
        let mut state = State::default();
        for _ in 0..2 {
            for i in 0..BEATS.len() {
                for action in beat_actions(i) {
                    state = state.apply(action);
                }
            }
        }
        assert_eq!(state.slashes.len(), 1);
        assert_eq!(state.step, 5);
        assert_eq!(beat_actions(BEATS.len()), []);
    }

    #[test]
    fn the_heaviest_slash_takes_exactly_the_slash_loss() {
        let mut uneven = Scenario { model: SlashModel::Allocated, ..Scenario::default() };
        uneven.allocation = Allocation::Custom;
        uneven.services[0].alloc_pct = 30.0;
        uneven.services[1].alloc_pct = 60.0;
        for scenario in [
            Scenario::default(),
            Scenario { model: SlashModel::Allocated, ..Scenario::default() },
            uneven.clone(),
        ] {
            let results = Results::of(&scenario);
            let after = replay(&scenario, &results, &[heaviest_branch(&scenario)]);
            assert!((after.lost_eth - results.slash_loss_eth).abs() < 1e-9, "{scenario:?}");
        }
        // One shared fault, two services: 32 · (1 − 0.95²) = 3.12 ETH.
        let shared = Scenario { model: SlashModel::Correlated, ..Scenario::default() };
        let after = replay(&shared, &Results::of(&shared), &[heaviest_branch(&shared)]);
        assert!((after.lost_eth - 3.12).abs() < 1e-9, "{}", after.lost_eth);
        assert_eq!(heaviest_branch(&uneven), Branch::Service(1));
        let none = Scenario { services: vec![], ..Scenario::default() };
        assert_eq!(heaviest_branch(&none), Branch::Ethereum);
    }
}
