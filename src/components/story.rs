//! "Play the story": one control that walks the five steps on its own, a few seconds
//! each, lighting the fan-out as it goes and ending on a simulated slash and the way
//! out. The same control pauses it; any other change the reader makes stops it (the
//! shared state's transition does that, see `crate::model::Story`). Each beat's heading
//! is announced once. Under reduced motion it steps the same, with no motion (the parts'
//! own CSS has none then, and the scroll to the diagram is instant).

use yew::prelude::*;

use crate::copy;
use crate::model::{Action, Story};
use crate::state::IdPrefix;

/// The story's control, with the live region that announces each beat; `hint` says
/// what the story is beside it (the page's opening does). A view function, not a
/// component: where the story is belongs to the shared state, and its clock to the
/// `App` (see `crate::model::Story`).
pub fn story_play(story: Story, hint: bool, ids: &IdPrefix, dispatch: &Callback<Action>) -> Html {
    let on_click = dispatch.reform(move |e: MouseEvent| {
        if !story.playing {
            // Bring the diagram and the steps into view, without motion. In a task of its
            // own, after the first beat is drawn: the scroll lays the whole page out, and
            // together with the drawing that is a long task on a slow phone.
            let root = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|b| b.closest("[data-rx-root]").ok().flatten());
            if let Some(root) = root {
                gloo_timers::callback::Timeout::new(0, move || {
                    // The diagram itself, where the story's words are (on a phone the part
                    // lends its children to the pair and has no box of its own).
                    if let Ok(Some(pair)) = root.query_selector(".rx-fanout .rx-fan, .rx-flow") {
                        pair.scroll_into_view_with_bool(true);
                    }
                })
                .forget();
            }
        }
        Action::PlayStory
    });
    let announce = story.playing_beat().map(copy::story_beat).unwrap_or_default();
    html! {
        <div class="rx-story">
            <button type="button" class="rx-button rx-story__play" data-rx-play=""
                data-rx-playing={story.playing.to_string()} aria-describedby={hint.then(|| ids.id("story-hint"))}
                onclick={on_click}>
                { if story.playing { copy::story_pause() } else { copy::story_play() } }
            </button>
            if hint {
                <span class="rx-story__hint" id={ids.id("story-hint")}>{ copy::story_hint() }</span>
            }
            <p class="rx-visually-hidden" role="status" aria-live="polite" data-rx-story-beat="">{ announce }</p>
        </div>
    }
}
