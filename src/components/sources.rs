//! Inline citations: the facts a sentence rests on, as links to their public sources
//! with the date each took effect, read from `crate::facts`. Links only; nothing is
//! fetched.

use yew::prelude::*;

use crate::facts::{fact, CHECKED};

/// "Sources: ELIP-002 (2025-04-17); Lido documentation (2026-07), checked 2026-11-25."
/// for the facts with these ids. A view function: it holds no state.
pub fn sources(ids: &[&str]) -> Html {
    html! {
        <span class="rx-sources">
            for (n, f) in ids.iter().filter_map(|id| fact(id)).enumerate() {
                <span class="rx-sources__item" key={f.id}>
                    { if n == 0 { "Sources: " } else { "; " } }
                    <a href={f.url} rel="noopener noreferrer">{ f.source }</a>
                    { format!(" ({})", f.as_of) }
                </span>
            }
            { format!(", checked {CHECKED}.") }
        </span>
    }
}
