//! Citations as marks: a stated fact carries a small number that leads to its entry in
//! a list of sources (the page's "Sources and dates", or the short list that closes a
//! part embedded alone), where the date, the link and the day it was checked wait. A
//! fact's number is its place in `crate::facts::FACTS`, the same wherever it is cited.
//! Links only; nothing is fetched.

use yew::prelude::*;

use crate::facts::{Fact, FACTS};
use crate::state::{use_id_prefix, IdPrefix};

/// The number a fact's mark shows (its place in the table, from 1).
pub fn fact_number(id: &str) -> Option<usize> {
    FACTS.iter().position(|f| f.id == id).map(|i| i + 1)
}

/// The id of a fact's entry in the list of sources.
fn entry_id(ids: &IdPrefix, fact: &str) -> AttrValue {
    ids.id(&format!("source-{fact}"))
}

/// Properties of [`Cite`].
#[derive(Properties, PartialEq, Clone)]
pub struct CiteProps {
    /// The facts cited (ids in `crate::facts`), in the order the sentence states them.
    pub facts: &'static [&'static str],
}

/// The marks after a sentence: one superscript number per fact, each a link to the
/// fact's entry. Inside an embed's shadow root a `#fragment` link cannot reach its
/// target (the page's own document is searched), so the click finds the entry in the
/// widget's own root and brings it into view itself.
#[component]
pub fn Cite(props: &CiteProps) -> Html {
    let ids = use_id_prefix();
    let onclick = Callback::from(|e: MouseEvent| {
        if let Some(entry) = entry_for(&e) {
            e.prevent_default();
            // The list waits behind its toggle: open it first.
            if let Ok(Some(list)) = entry.closest("details") {
                let _ = list.set_attribute("open", "");
            }
            entry.scroll_into_view();
            let _ = entry.focus();
        }
    });
    html! {
        <sup class="rx-cite">
            for (n, (id, fact)) in sorted(props.facts).into_iter().enumerate() {
                if n > 0 { { "," } }
                <a class="rx-cite__mark" key={id} href={format!("#{}", entry_id(&ids, id))}
                    data-fact={id} aria-label={format!("Source {}: {}", fact_number(id).unwrap_or_default(), fact.source)}
                    onclick={onclick.clone()}>
                    { fact_number(id).unwrap_or_default() }
                </a>
            }
        </sup>
    }
}

/// The facts that exist among `ids`, in the order of their numbers.
fn sorted(ids: &[&'static str]) -> Vec<(&'static str, &'static Fact)> {
    let mut out: Vec<_> =
        ids.iter().filter_map(|id| Some((*id, crate::facts::fact(id)?))).collect();
    out.sort_by_key(|(id, _)| fact_number(id));
    out
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

/// A run of copy's citations: `cite(&["lido-fee"])` in a view.
pub fn cite(facts: &'static [&'static str]) -> Html {
    html! { <Cite facts={facts} /> }
}

/// One entry of a list of sources: the statement, its source, when it took effect and
/// when it was checked.
fn entry(ids: &IdPrefix, fact: &'static Fact) -> Html {
    html! {
        <li key={fact.id} id={entry_id(ids, fact.id)} value={fact_number(fact.id).unwrap_or_default().to_string()}
            data-fact={fact.id} tabindex="-1">
            { fact.statement }{ " " }
            <span class="rx-sources">
                <a href={fact.url} rel="noopener noreferrer">{ fact.source }</a>
                { format!(", {}; checked {}.", fact.as_of, fact.checked) }
            </span>
        </li>
    }
}

/// The numbered list of these facts, in the table's order, behind a toggle that says
/// `what` (a mark that leads into it opens it; so does the browser's find in page).
pub fn source_list(ids: &IdPrefix, facts: &[&str], what: &str) -> Html {
    html! {
        <details class="rx-sources-part__all">
            <summary class="rx-sources-part__summary">{ what }</summary>
            <ol class="rx-sources-part__list">
                for fact in FACTS.iter().filter(|f| facts.contains(&f.id)) {
                    { entry(ids, fact) }
                }
            </ol>
        </details>
    }
}

/// Properties of [`PartSources`].
#[derive(Properties, PartialEq, Clone)]
pub struct PartSourcesProps {
    /// The facts the parts shown cite.
    pub facts: Vec<&'static str>,
}

/// The short list that closes a widget without the page's "Sources and dates": the
/// sources of the parts it shows, and no others.
#[component]
pub fn PartSources(props: &PartSourcesProps) -> Html {
    let ids = use_id_prefix();
    html! {
        <section class="rx-part rx-sources-part rx-sources-part--short" aria-label={crate::copy::SOURCES_TITLE}>
            { source_list(&ids, &props.facts, &format!("{} ({})", crate::copy::SOURCES_TITLE, props.facts.len())) }
        </section>
    }
}
