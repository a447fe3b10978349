//! Plain messages about input that was clamped or refused, shown where the reader
//! is looking, and dismissable.

use yew::prelude::*;

use crate::copy;
use crate::model::Notice;

/// Properties of [`Notices`].
#[derive(Properties, PartialEq, Clone)]
pub struct NoticesProps {
    /// The notices to show (nothing is drawn when empty).
    pub notices: Vec<Notice>,
    /// Called when the reader dismisses them.
    pub on_dismiss: Callback<()>,
}

/// The list of notices, in a polite live region.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="rx-notices" role="status" aria-live="polite">
            if !props.notices.is_empty() {
                <ul class="rx-notices__list">
                    for (i, notice) in props.notices.iter().enumerate() {
                        <li class="rx-notices__item" key={i}>{ copy::notice_text(notice) }</li>
                    }
                </ul>
                <button type="button" class="rx-button rx-button--quiet" onclick={on_dismiss}>
                    { copy::DISMISS }
                </button>
            }
        </div>
    }
}
