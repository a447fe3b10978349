//! Citations as marks: a stated fact carries a small number that leads to its entry in
//! a list of sources (the page's "Sources and dates", or the short list that closes a
//! part embedded alone), where the date, the link and the day it was checked wait. A
//! fact's number is its place in `crate::facts::FACTS`, the same wherever it is cited.
//! The facts' details (statement, date, link, quote) wait one click away: the widget
//! fetches them, once, when a reader first opens a mark or a list (`crate::facts::load`).

use yew::prelude::*;

use crate::facts::{Fact, FactSet, Shown, FACTS};
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
                    data-fact={fact.id} aria-label={crate::copy::source_mark_label(number, fact.source)}
                    onclick={onclick.clone()}>
                    { number }
                </a>
            }
        </sup>
    }
}

/// A mark's click: the fact opens in place, beside the mark, in a box of the widget's own
/// (web/sources.js), so the reader keeps their place and Back never leaves the page; the
/// first click fetches the facts' details. Without a script the mark is a plain link to
/// the entry.
fn follow_mark(e: MouseEvent) {
    let Some(mark) =
        e.target_dyn_into::<web_sys::Element>().and_then(|t| t.closest("a").ok().flatten())
    else {
        return;
    };
    e.prevent_default();
    crate::facts::load(Box::new(move || {
        if !show_in_place(&mark) {
            // No box could be shown: fall back to the list, opened (which lists them).
            if let Some(entry) = entry_for(&mark) {
                if let Ok(Some(list)) = entry.closest("details") {
                    let _ = list.set_attribute("open", "");
                }
                entry.scroll_into_view();
            }
        }
    }));
}

/// Shows the fact of `mark` beside it (see web/sources.js): its statement, source, dates
/// and quote, as its entry in the list shows them, or that they could not be had.
fn show_in_place(mark: &web_sys::Element) -> bool {
    let href = mark.get_attribute("href").unwrap_or_default();
    // The mark leads to "#<prefix>-source-<fact>": the box takes the widget's prefix.
    let prefix = href.get(1..).unwrap_or_default().split("-source-").next().unwrap_or_default();
    let fact = mark.get_attribute("data-fact").unwrap_or_default();
    let at = FACTS.iter().position(|f| f.id == fact);
    let words = match (crate::facts::details(), at) {
        (Some(shown), Some(at)) => {
            let (shown, detail) = (&shown[at], &shown[at].detail);
            vec![
                shown.statement.clone(),
                FACTS[at].source.to_owned(),
                detail.url.clone(),
                crate::copy::source_dates(&detail.as_of, &detail.checked),
                detail.quote.clone(),
            ]
        }
        _ => vec![crate::copy::sources_failed().to_owned()],
    };
    let number = mark.text_content().unwrap_or_default();
    crate::browser::show_fact(
        mark,
        &format!("{prefix}-fact-pop"),
        crate::copy::fact_pop_label(),
        &crate::copy::fact_pop_heading(number.trim()),
        words,
        crate::copy::close(),
    )
}

/// The entry a mark leads to, looked up in the mark's own root (the document, or an
/// embed's shadow root).
fn entry_for(mark: &web_sys::Element) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
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
fn entry(ids: &IdPrefix, number: usize, fact: &'static Fact, shown: &Shown) -> Html {
    let detail = &shown.detail;
    html! {
        <li key={fact.id} id={entry_id(ids, fact.id)} value={number.to_string()}
            data-fact={fact.id} tabindex="-1">
            { shown.statement.clone() }{ " " }
            <span class="rx-sources">
                // The source's name as it names itself (in English so far), kept whole.
                <a href={detail.url.clone()} rel="noopener noreferrer" lang="en" dir="ltr">{ fact.source }</a>
                { crate::copy::source_dates(&detail.as_of, &detail.checked) }
            </span>
            // The source's own words, in its own language (English for every source so far),
            // left to right in a right-to-left page too.
            <blockquote class="rx-quote" cite={detail.url.clone()} lang="en" dir="ltr">
                { format!("“{}”", detail.quote) }
            </blockquote>
        </li>
    }
}

/// Properties of [`SourceList`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourceListProps {
    /// The facts listed.
    pub facts: FactSet,
    /// What its toggle says.
    pub what: AttrValue,
}

/// The numbered list of these facts, in the table's order, behind a toggle (a mark that
/// leads into it opens it). The details are fetched the first time it opens (natively,
/// for the server-rendered page, they are at hand). Not in the prerendered HTML (see
/// `super::later!`): a mark clicked before the live widget is there opens in place once
/// it is (web/boot.js).
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let ids = crate::state::use_id_prefix();
    let prerender = crate::state::use_prerender();
    let open = use_state_eq(|| false);
    // Bumped when the details arrive, to draw them.
    let arrived = use_state_eq(|| 0u32);
    let ontoggle = {
        let (open, arrived) = (open.clone(), arrived.clone());
        Callback::from(move |e: Event| {
            let now = e.target_unchecked_into::<web_sys::Element>().has_attribute("open");
            open.set(now);
            if now {
                let arrived = arrived.clone();
                crate::facts::load(Box::new(move || arrived.set(*arrived + 1)));
            }
        })
    };
    let shown = crate::facts::details();
    let listed = cfg!(not(target_arch = "wasm32")) || *open;
    html! {
        <details class="rx-sources-part__all" {ontoggle}>
            <summary class="rx-sources-part__summary">{ props.what.clone() }</summary>
            { super::later!(prerender, match shown.filter(|_| listed) {
                Some(shown) => html! {
                    <ol class="rx-sources-part__list">
                        for (number, fact) in props.facts.iter() {
                            { entry(&ids, number, fact, &shown[number - 1]) }
                        }
                    </ol>
                },
                None if *open && crate::facts::failed() => html! {
                    <p class="rx-later" role="status">{ crate::copy::sources_failed() }</p>
                },
                None if *open => html! {
                    <p class="rx-later" role="status">{ crate::copy::sources_loading() }</p>
                },
                None => Html::default(),
            }) }
        </details>
    }
}

/// The short list that closes a widget without the page's "Sources and dates": the
/// sources of the parts it shows, and no others (see [`SourceList`]).
pub fn part_sources(facts: FactSet) -> Html {
    let what = format!("{} ({})", crate::copy::sources_title(), facts.len());
    html! {
        <section key="part-sources" class="rx-part rx-sources-part rx-sources-part--short" aria-label={crate::copy::sources_title()}>
            <SourceList {facts} what={what} />
        </section>
    }
}
