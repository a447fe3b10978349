//! "Play the story": one control that walks the five steps on its own, a few seconds
//! each, lighting the fan-out as it goes and ending on a simulated slash and the way
//! out. The same control pauses it; any other change the reader makes stops it (the
//! shared state's transition does that, see `crate::model::Story`). Each beat's heading
//! is announced once. Under reduced motion it steps the same, with no motion (the parts'
//! own CSS has none then, and the scroll to the diagram is instant).

use yew::prelude::*;

use crate::copy;
use crate::model::{Action, Story, BEAT_MS};
use crate::state::{use_dispatch, use_id_prefix};

/// Properties of [`StoryPlay`].
#[derive(Properties, PartialEq, Clone)]
pub struct StoryPlayProps {
    /// Where the story is.
    pub story: Story,
    /// Whether to say what the story is beside the control (the page's opening does).
    #[prop_or_default]
    pub hint: bool,
}

/// The story's control, with the live region that announces each beat.
#[component]
pub fn StoryPlay(props: &StoryPlayProps) -> Html {
    let ids = use_id_prefix();
    let dispatch = use_dispatch();
    let button = use_node_ref();
    let story = props.story;

    // The clock: a beat on show while playing gets BEAT_MS, then the next. A pause, the
    // reader taking over or the next beat drops the timer.
    {
        let dispatch = dispatch.clone();
        use_effect_with(story, move |story| {
            let timer = story.playing.then_some(story.beat).flatten().map(|i| {
                gloo_timers::callback::Timeout::new(BEAT_MS, move || {
                    dispatch.emit(Action::NextBeat(i))
                })
            });
            move || drop(timer)
        });
    }

    let on_click = {
        let button = button.clone();
        Callback::from(move |_: MouseEvent| {
            if !story.playing {
                // Bring the diagram and the steps into view, without motion.
                let pair = button
                    .cast::<web_sys::Element>()
                    .and_then(|b| b.closest("[data-rx-root]").ok().flatten())
                    .and_then(|root| root.query_selector(".rx-fanout, .rx-flow").ok().flatten());
                if let Some(el) = pair {
                    el.scroll_into_view_with_bool(true);
                }
            }
            dispatch.emit(Action::PlayStory);
        })
    };
    let announce = story.playing_beat().map(copy::story_beat).unwrap_or_default();
    html! {
        <div class="rx-story">
            <button type="button" class="rx-button rx-story__play" data-rx-play=""
                data-rx-playing={story.playing.to_string()} aria-describedby={props.hint.then(|| ids.id("story-hint"))}
                onclick={on_click} ref={button}>
                { if story.playing { copy::STORY_PAUSE } else { copy::STORY_PLAY } }
            </button>
            if props.hint {
                <span class="rx-story__hint" id={ids.id("story-hint")}>{ copy::STORY_HINT }</span>
            }
            <p class="rx-visually-hidden" role="status" aria-live="polite" data-rx-story-beat="">{ announce }</p>
        </div>
    }
}
