//! The story: the five steps of restaking played one after another, a few seconds each,
//! ending on a simulated slash and the way out. Pure: the beats, what each does to the
//! shared state, and where the story is (`State::story`, moved by `Action::PlayStory`
//! and `Action::NextBeat`; any other action stops it, so the reader taking over ends the
//! telling). The clock belongs to the component that plays them.

use super::{Action, Branch, Scenario, SlashModel};

/// How long each beat of the story stays on screen, in ms: time to read its caption (at
/// most about 20 words); a tap on the caption's button moves on sooner.
pub const BEAT_MS: u32 = 6_000;

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

/// Where the story is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Story {
    /// The beat on show (`None` before the first play).
    pub beat: Option<usize>,
    /// Whether it is playing.
    pub playing: bool,
}

impl Story {
    /// The beat the control starts from: the next after a pause, else the first.
    pub fn resume_at(self) -> usize {
        match self.beat {
            Some(i) if i + 1 < BEATS.len() => i + 1,
            _ => 0,
        }
    }

    /// The index of the beat on show while playing (what the clock times).
    pub fn playing_index(self) -> Option<usize> {
        self.beat.filter(|_| self.playing)
    }

    /// The beat on show while playing, for the announcement.
    pub fn playing_beat(self) -> Option<Beat> {
        self.playing_index().and_then(|i| BEATS.get(i).copied())
    }
}

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

    /// The story played by its own actions: the control once, then the clock at each
    /// beat, as the component does.
    fn play_through(mut state: State) -> State {
        state = state.apply(Action::PlayStory);
        while let Some(i) = state.story.playing_index() {
            state = state.apply(Action::NextBeat(i));
        }
        state
    }

    #[test]
    fn the_control_and_the_clock_tell_the_whole_story_and_end_stopped() {
        let state = play_through(State::default());
        assert_eq!(state.story, Story { beat: Some(BEATS.len() - 1), playing: false });
        // Told to the end, it gives the deposit back whole: the first question, what one
        // slash takes, is still a question after it.
        assert_eq!((state.slashes.len(), state.step), (0, 5));
        let again = play_through(state);
        assert_eq!((again.slashes.len(), again.step), (0, 5));
        // On its last beat, the way out, the deposit still shows its one slash.
        let mut last = State::default().apply(Action::PlayStory);
        while let Some(i) = last.story.playing_index().filter(|&i| i + 1 < BEATS.len()) {
            last = last.apply(Action::NextBeat(i));
        }
        assert_eq!((last.slashes.len(), last.story.beat), (1, Some(BEATS.len() - 1)));
    }

    #[test]
    fn the_control_pauses_and_resumes_and_any_other_action_stops_it() {
        let state = State::default().apply(Action::PlayStory).apply(Action::NextBeat(0));
        assert_eq!((state.story.beat, state.step), (Some(1), 2));
        let paused = state.apply(Action::PlayStory);
        assert!(!paused.story.playing);
        // A clock that fires after the pause changes nothing.
        assert_eq!(paused.clone().apply(Action::NextBeat(1)), paused);
        let resumed = paused.apply(Action::PlayStory);
        assert_eq!((resumed.story, resumed.step), (Story { beat: Some(2), playing: true }, 3));
        // A stale clock (for a beat no longer on show) changes nothing either.
        assert_eq!(resumed.clone().apply(Action::NextBeat(0)), resumed);
        // The reader takes over: the story stops where it was, the reader's change made.
        let taken = resumed.apply(Action::Set(crate::model::Field::Stake, 64.0));
        assert_eq!(taken.story, Story { beat: Some(2), playing: false });
        assert_eq!((taken.scenario.stake_eth, taken.step), (64.0, 3));
        assert_eq!(taken.clone().apply(Action::NextBeat(2)), taken);
        assert_eq!(Story { beat: None, playing: true }.playing_beat(), None);
        assert_eq!(Story { beat: Some(4), playing: true }.playing_beat(), Some(Beat::Slash));
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
