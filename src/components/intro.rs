//! The opening of the whole explainer and its glossary: shown when every part is on
//! the page, so the page reads top to bottom for a newcomer.

use yew::prelude::*;

use crate::config::View;
use crate::copy::{self, Term};
use crate::state::IdPrefix;

/// The click handler of an in-page link (see [`crate::browser::follow_in_page_link`]).
pub fn follow_link() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| crate::browser::follow_in_page_link(&e))
}

/// The one idea in two sentences, then links to every part in `views` (the parts on
/// the page, in order). Like the glossary, a view function rather than a component:
/// neither holds state, and each component costs the wasm about a kilobyte.
pub fn intro(
    views: &[View],
    story: crate::model::Story,
    ids: &IdPrefix,
    dispatch: &Callback<crate::model::Action>,
) -> Html {
    html! {
        <header class="rx-intro">
            <p class="rx-intro__idea">{ super::rich(copy::intro()) }{ " " }{ super::cite(ids, &copy::INTRO_FACTS) }</p>
            <p class="rx-intro__source">{ copy::intro_source() }{ " " }{ super::cite(ids, &["article"]) }</p>
            { super::story_play(story, true, ids, dispatch) }
            <nav class="rx-intro__nav" aria-label={copy::contents()}>
                <ol class="rx-intro__list">
                    for view in views.iter().copied() {
                        <li key={view.as_str()}>
                            <a href={format!("#{}", ids.id(view.as_str()))} onclick={follow_link()}>{ copy::view_short_title(view) }</a>
                        </li>
                    }
                    <li key="glossary"><a href={format!("#{}", ids.id("glossary"))} onclick={follow_link()}>{ copy::glossary_title() }</a></li>
                    <li key="sources"><a href={format!("#{}", ids.id("sources"))} onclick={follow_link()}>{ copy::sources_title() }</a></li>
                </ol>
            </nav>
        </header>
    }
}

/// Every term with its definition.
pub fn glossary(ids: &IdPrefix, prerender: bool) -> Html {
    html! {
        <section class="rx-part rx-glossary" id={ids.id("glossary")} aria-labelledby={ids.id("glossary-title")}>
            <h2 class="rx-part__title" id={ids.id("glossary-title")}>{ copy::glossary_title() }</h2>
            <details class="rx-glossary__all">
            <summary class="rx-sources-part__summary">{ copy::glossary_open() }</summary>
            { super::later!(prerender, html! {
            <dl class="rx-glossary__list">
                for term in Term::ALL {
                    <div class="rx-glossary__item" key={term.id()}>
                        <dt>{ term.name() }</dt>
                        <dd>{ term.definition() }
                            if !copy::term_facts(term).is_empty() {
                                { " " }{ super::cite(ids, copy::term_facts(term)) }
                            }
                        </dd>
                    </div>
                }
            </dl>
            }) }
            </details>
        </section>
    }
}

/// The closing list of every dated, sourced fact the page states (whole page only).
pub fn sources_part(ids: &IdPrefix) -> Html {
    html! {
        <section class="rx-part rx-sources-part" id={ids.id("sources")} aria-labelledby={ids.id("sources-title")}>
            <h2 class="rx-part__title" id={ids.id("sources-title")}>{ copy::sources_title() }</h2>
            <p class="rx-part__lead">{ copy::sources_lead() }</p>
            <super::SourceList facts={crate::facts::FactSet::ALL} what={copy::sources_all()} />
        </section>
    }
}
