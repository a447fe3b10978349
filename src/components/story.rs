//! "Play the story": one control that walks the five steps on its own, a few seconds
//! each, lighting the fan-out as it goes and ending on a simulated slash and the way
//! out. The same control pauses it; any other input by the reader stops it. Each beat's
//! heading is announced once. Under reduced motion it steps the same, with no motion
//! (the parts' own CSS has none then, and the scroll to the diagram is instant).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::copy;
use crate::model::{beat_actions, BEATS, BEAT_MS};
use crate::state::{use_dispatch, use_id_prefix};

/// Properties of [`StoryPlay`].
#[derive(Properties, PartialEq, Clone)]
pub struct StoryPlayProps {
    /// Whether to say what the story is beside the control (the page's opening does).
    #[prop_or_default]
    pub hint: bool,
}

/// The story's control, with the live region that announces each beat.
#[component]
pub fn StoryPlay(props: &StoryPlayProps) -> Html {
    let ids = use_id_prefix();
    let dispatch = use_dispatch();
    let playing = use_state_eq(|| false);
    // The beat on show (`None` before the first play).
    let beat = use_state_eq(|| None::<usize>);
    let button = use_node_ref();

    // Each beat: do what it does, announce it, and after BEAT_MS go on (or end). While
    // it plays, any other input in the widget stops it: a pointer, a key, a slider or a
    // typed value anywhere but on this control. One effect does both, so the listener
    // is set again each beat (six times a telling).
    {
        let (playing, beat, dispatch, button) =
            (playing.clone(), beat.clone(), dispatch.clone(), button.clone());
        use_effect_with((*playing, *beat), move |&(on, at)| {
            let mut timer = None;
            let mut listener = None;
            if let (true, Some(i)) = (on, at) {
                for action in beat_actions(i) {
                    dispatch.emit(action);
                }
                let (beat, stopped) = (beat.clone(), playing.clone());
                timer = Some(gloo_timers::callback::Timeout::new(BEAT_MS, move || {
                    if i + 1 < BEATS.len() {
                        beat.set(Some(i + 1));
                    } else {
                        stopped.set(false);
                    }
                }));
                let root = button
                    .cast::<web_sys::Element>()
                    .and_then(|b| b.closest("[data-rx-root]").ok().flatten());
                listener = root.map(|root| {
                    let own = button.clone();
                    let stop = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
                        let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                        let on_control = own
                            .cast::<web_sys::Node>()
                            .is_some_and(|b| b.contains(target.as_ref()));
                        if !on_control {
                            playing.set(false);
                        }
                    });
                    for kind in STOP_ON {
                        let _ = root.add_event_listener_with_callback_and_bool(
                            kind,
                            stop.as_ref().unchecked_ref(),
                            true,
                        );
                    }
                    (root, stop)
                });
            }
            move || {
                drop(timer);
                if let Some((root, stop)) = listener {
                    for kind in STOP_ON {
                        let _ = root.remove_event_listener_with_callback_and_bool(
                            kind,
                            stop.as_ref().unchecked_ref(),
                            true,
                        );
                    }
                }
            }
        });
    }

    let on_click = {
        let (playing, beat, button) = (playing.clone(), beat.clone(), button.clone());
        Callback::from(move |_: MouseEvent| {
            if *playing {
                playing.set(false);
                return;
            }
            // From the start, or on from where a pause left it.
            let next = match *beat {
                Some(i) if i + 1 < BEATS.len() => i + 1,
                _ => 0,
            };
            beat.set(Some(next));
            playing.set(true);
            // Bring the diagram and the steps into view, without motion.
            let pair = button
                .cast::<web_sys::Element>()
                .and_then(|b| b.closest("[data-rx-root]").ok().flatten())
                .and_then(|root| root.query_selector(".rx-fanout, .rx-flow").ok().flatten());
            if let Some(el) = pair {
                el.scroll_into_view_with_bool(true);
            }
        })
    };
    let announce = match (*playing, *beat) {
        (true, Some(i)) => BEATS.get(i).map(|b| copy::story_beat(*b)).unwrap_or_default(),
        _ => String::new(),
    };
    html! {
        <div class="rx-story">
            <button type="button" class="rx-button rx-story__play" data-rx-play=""
                data-rx-playing={playing.to_string()} aria-describedby={props.hint.then(|| ids.id("story-hint"))}
                onclick={on_click} ref={button}>
                { if *playing { copy::STORY_PAUSE } else { copy::STORY_PLAY } }
            </button>
            if props.hint {
                <span class="rx-story__hint" id={ids.id("story-hint")}>{ copy::STORY_HINT }</span>
            }
            <p class="rx-visually-hidden" role="status" aria-live="polite" data-rx-story-beat="">{ announce }</p>
        </div>
    }
}

/// The events that stop the story when they come from anywhere but its control.
const STOP_ON: [&str; 4] = ["pointerdown", "keydown", "input", "change"];
