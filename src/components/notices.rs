//! Plain messages about input that was clamped or refused, shown where the reader
//! is looking, and dismissable.

use yew::prelude::*;

use crate::copy;
use crate::model::Notice;

/// The notices, with a button that emits `on_dismiss`. The live region is always
/// there (empty when there is nothing to say), so screen readers announce additions.
/// A view function, not a component: it holds no state (see [`super::narration`]).
pub fn notices(notices: &[Notice], on_dismiss: &Callback<()>) -> Html {
    let on_dismiss = on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="rx-notices" role="status" aria-live="polite">
            if !notices.is_empty() {
                <ul class="rx-notices__list">
                    for (i, notice) in notices.iter().enumerate() {
                        <li class="rx-notices__item" key={i}>{ copy::notice_text(notice) }</li>
                    }
                </ul>
                <button type="button" class="rx-button rx-button--quiet" onclick={on_dismiss}>
                    { copy::dismiss() }
                </button>
            }
        </div>
    }
}
