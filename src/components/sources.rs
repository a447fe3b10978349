//! Citations as marks: a stated fact carries a small number that leads to its entry in
//! a list of sources (the page's "Sources and dates", or the short list that closes a
//! part embedded alone), where the date, the link and the day it was checked wait. A
//! fact's number is its place in `crate::facts::FACTS`, the same wherever it is cited.
//! Links only; nothing is fetched.

use yew::prelude::*;

use crate::facts::{Fact, FactSet, FACTS};
use crate::state::IdPrefix;

/// The number a fact's mark shows (its place in the table, from 1).
pub fn fact_number(id: &str) -> Option<usize> {
    FACTS.iter().position(|f| f.id == id).map(|i| i + 1)
}

/// The id of a fact's entry in the list of sources.
fn entry_id(ids: &IdPrefix, fact: &str) -> AttrValue {
    ids.id(&format!("source-{fact}"))
}

/// The marks after a sentence: one superscript number per fact cited (ids in
/// `crate::facts`), each a link to the fact's entry. Inside an embed's shadow root a
/// `#fragment` link cannot reach its target (the page's own document is searched), so
/// the click finds the entry in the widget's own root and brings it into view itself.
/// A view function, not a component: a sentence's marks have no state of their own.
pub fn cite(ids: &IdPrefix, facts: &'static [&'static str]) -> Html {
    let onclick = Callback::from(follow_mark);
    html! {
        <sup class="rx-cite">
            for (n, (number, fact)) in FactSet::of(facts).iter().enumerate() {
                if n > 0 { { "," } }
                <a class="rx-cite__mark" key={fact.id} href={format!("#{}", entry_id(ids, fact.id))}
                    data-fact={fact.id} aria-label={format!("Source {number}: {}", fact.source)}
                    onclick={onclick.clone()}>
                    { number }
                </a>
            }
        </sup>
    }
}

/// A mark's click: open the list its entry waits in, and bring the entry into view.
fn follow_mark(e: MouseEvent) {
    if let Some(entry) = entry_for(&e) {
        e.prevent_default();
        if let Ok(Some(list)) = entry.closest("details") {
            let _ = list.set_attribute("open", "");
        }
        entry.scroll_into_view();
        let _ = entry.focus();
    }
}

/// The entry a mark's click leads to, looked up in the mark's own root (the document,
/// or an embed's shadow root).
fn entry_for(e: &MouseEvent) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let mark = e.target_dyn_into::<web_sys::Element>()?.closest("a[href^='#']").ok()??;
    let id = mark.get_attribute("href")?.get(1..)?.to_owned();
    let root = mark.get_root_node();
    let found = match root.dyn_ref::<web_sys::Document>() {
        Some(document) => document.get_element_by_id(&id),
        None => root.dyn_ref::<web_sys::DocumentFragment>()?.get_element_by_id(&id),
    };
    found?.dyn_into::<web_sys::HtmlElement>().ok()
}

/// One entry of a list of sources: the statement, its source, when it took effect, when
/// its quote was last compared with the source, and the quote.
fn entry(ids: &IdPrefix, number: usize, fact: &'static Fact) -> Html {
    html! {
        <li key={fact.id} id={entry_id(ids, fact.id)} value={number.to_string()}
            data-fact={fact.id} tabindex="-1">
            { fact.statement }{ " " }
            <span class="rx-sources">
                <a href={fact.url} rel="noopener noreferrer">{ fact.source }</a>
                { format!(", {}; checked {}.", fact.as_of, fact.checked) }
            </span>
            // The source's own words, in its own language (English for every source so far).
            <blockquote class="rx-quote" cite={fact.url} lang="en">
                { format!("“{}”", fact.quote) }
            </blockquote>
        </li>
    }
}

/// The numbered list of these facts, in the table's order, behind a toggle that says
/// `what` (a mark that leads into it opens it; so does the browser's find in page).
pub fn source_list(ids: &IdPrefix, facts: FactSet, what: &str) -> Html {
    html! {
        <details class="rx-sources-part__all">
            <summary class="rx-sources-part__summary">{ what }</summary>
            <ol class="rx-sources-part__list">
                for (number, fact) in facts.iter() {
                    { entry(ids, number, fact) }
                }
            </ol>
        </details>
    }
}

/// The short list that closes a widget without the page's "Sources and dates": the
/// sources of the parts it shows, and no others.
pub fn part_sources(ids: &IdPrefix, facts: FactSet) -> Html {
    let what = format!("{} ({})", crate::copy::SOURCES_TITLE, facts.len());
    html! {
        <section key="part-sources" class="rx-part rx-sources-part rx-sources-part--short" aria-label={crate::copy::SOURCES_TITLE}>
            { source_list(ids, facts, &what) }
        </section>
    }
}
