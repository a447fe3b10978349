//! Copy with glossary links: renders `[label](term)` links from `crate::copy` as term
//! buttons that open their definition in place (keyboard, touch, Escape).

use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::copy::{segments, Segment, Term};
use crate::state::use_id_prefix;

/// Properties of [`Rich`].
#[derive(Properties, PartialEq, Clone)]
pub struct RichProps {
    /// Copy that may hold `[label](term)` links.
    pub text: &'static str,
}

/// A run of copy with its terms made openable.
#[component]
pub fn Rich(props: &RichProps) -> Html {
    html! {
        for segment in segments(props.text) {
            { match segment {
                Segment::Text(text) => html! { { text } },
                Segment::Term(term, label) => html! { <TermButton term={term} label={label} /> },
            } }
        }
    }
}

/// Properties of [`TermButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct TermButtonProps {
    /// The term explained.
    pub term: Term,
    /// The words standing for it in the sentence.
    pub label: AttrValue,
}

/// A term in running text: a button that shows its definition just below the line.
/// Enter, Space or a tap opens and closes it; Escape or moving focus away closes it.
#[component]
pub fn TermButton(props: &TermButtonProps) -> Html {
    let open = use_state(|| false);
    let ids = use_id_prefix();
    let pop_id = ids.id(&format!("term-{}", props.term.id()));
    let on_click = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_key = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.stop_propagation();
                open.set(false);
            }
        })
    };
    let on_blur = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(false))
    };
    html! {
        <span class="rx-term">
            <button
                type="button"
                class="rx-term__button"
                aria-expanded={(*open).to_string()}
                aria-controls={pop_id.clone()}
                data-term={props.term.id()}
                onclick={on_click}
                onkeydown={on_key}
                onblur={on_blur}
            >
                { &props.label }
            </button>
            <span class="rx-term__pop" id={pop_id} role="note" hidden={!*open}>
                <strong class="rx-term__name">{ props.term.name() }</strong>
                { " " }
                { props.term.definition() }
            </span>
        </span>
    }
}
