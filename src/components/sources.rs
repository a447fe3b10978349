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
                    data-fact={fact.id} aria-label={crate::copy::source_mark_label(number, fact.source)}
                    onclick={onclick.clone()}>
                    { number }
                </a>
            }
        </sup>
    }
}

/// A mark's click: the fact opens in place, beside the mark, in a box of the widget's own
/// (one per widget, filled from the fact's entry in the list of sources), so the reader
/// keeps their place and Back never leaves the page. Without a script the mark is a plain
/// link to the entry.
fn follow_mark(e: MouseEvent) {
    use wasm_bindgen::JsCast;
    let Some(entry) = entry_for(&e) else {
        return;
    };
    let mark = e.target_dyn_into::<web_sys::Element>().and_then(|t| t.closest("a").ok().flatten());
    if let Some(mark) = mark {
        e.prevent_default();
        if show_in_place(&mark, &entry).is_none() {
            // No box could be shown: fall back to the entry itself.
            if let Ok(Some(list)) = entry.closest("details") {
                let _ = list.set_attribute("open", "");
            }
            entry.scroll_into_view();
            let _ = entry.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    }
}

/// Shows `entry`'s words in the widget's fact box under `mark`, as a popover (closed by
/// Escape, a tap elsewhere, or its own button).
fn show_in_place(mark: &web_sys::Element, entry: &web_sys::HtmlElement) -> Option<()> {
    use wasm_bindgen::{JsCast, JsValue};
    let widget = mark.closest("[data-rx-root]").ok()??;
    // The entry's id is "<prefix>-source-<fact>": the box takes the widget's prefix.
    let prefix = entry.id().split("-source-").next()?.to_owned();
    let id = format!("{prefix}-fact-pop");
    let pop = match widget.query_selector(".rx-fact-pop").ok()? {
        Some(pop) => pop,
        None => {
            let pop = mark.owner_document()?.create_element("div").ok()?;
            pop.set_class_name("rx-fact-pop");
            pop.set_id(&id);
            pop.set_attribute("popover", "auto").ok()?;
            pop.set_attribute("role", "dialog").ok()?;
            pop.set_attribute("aria-label", crate::copy::fact_pop_label()).ok()?;
            pop.set_attribute("tabindex", "-1").ok()?;
            widget.append_child(&pop).ok()?;
            pop
        }
    };
    let number = mark.text_content().unwrap_or_default();
    pop.set_inner_html(&format!(
        "<p class=\"rx-fact-pop__number\">{}</p>{}<button type=\"button\" class=\"rx-button rx-button--quiet\" popovertarget=\"{id}\" popovertargetaction=\"hide\">{}</button>",
        crate::copy::fact_pop_heading(number.trim()),
        entry.inner_html(),
        crate::copy::close()
    ));
    let pop: web_sys::HtmlElement = pop.dyn_into().ok()?;
    // Fixed under the mark (above it near the bottom of the screen), inside the screen.
    let window = web_sys::window()?;
    let width = window.inner_width().ok()?.as_f64()?;
    let height = window.inner_height().ok()?.as_f64()?;
    let at = mark.get_bounding_client_rect();
    let box_width = (width - 16.0).min(360.0);
    // min and max, not clamp: clamp's check of its bounds would bring core's float
    // formatting into the wasm (about 14 KB of code).
    let left = (at.left() - box_width / 2.0).min(width - box_width - 8.0).max(8.0);
    // Pixels written with the crate's own formatting (core's float formatting costs bytes).
    let px = |v: f64| format!("{}px", crate::format::fixed(v, 1));
    let style = pop.style();
    style.set_property("width", &px(box_width)).ok()?;
    style.set_property("left", &px(left)).ok()?;
    if at.bottom() > height * 0.6 {
        style.set_property("top", "auto").ok()?;
        style.set_property("bottom", &px(height - at.top() + 6.0)).ok()?;
    } else {
        style.set_property("bottom", "auto").ok()?;
        style.set_property("top", &px(at.bottom() + 6.0)).ok()?;
    }
    let show = js_sys::Reflect::get(&pop, &JsValue::from_str("showPopover")).ok()?;
    let show: js_sys::Function = show.dyn_into().ok()?;
    // Shown already (another mark): hidden first, so it opens again where it now belongs.
    if pop.matches(":popover-open").unwrap_or(false) {
        let hide = js_sys::Reflect::get(&pop, &JsValue::from_str("hidePopover")).ok()?;
        let _ = hide.dyn_into::<js_sys::Function>().ok()?.call0(&pop);
    }
    show.call0(&pop).ok()?;
    let _ = pop.focus();
    Some(())
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
            { fact.statement() }{ " " }
            <span class="rx-sources">
                <a href={fact.url} rel="noopener noreferrer">{ fact.source }</a>
                { crate::copy::source_dates(fact.as_of, fact.checked) }
            </span>
            // The source's own words, in its own language (English for every source so far).
            <blockquote class="rx-quote" cite={fact.url} lang="en">
                { format!("“{}”", fact.quote) }
            </blockquote>
        </li>
    }
}

/// The numbered list of these facts, in the table's order, behind a toggle that says
/// `what` (a mark that leads into it opens it; so does the browser's find in page). Not
/// in the prerendered HTML (`prerender`; see `super::later!`): a mark clicked before the
/// live widget is there opens in place once it is (web/boot.js).
pub fn source_list(ids: &IdPrefix, facts: FactSet, what: &str, prerender: bool) -> Html {
    html! {
        <details class="rx-sources-part__all">
            <summary class="rx-sources-part__summary">{ what }</summary>
            { super::later!(prerender, html! {
            <ol class="rx-sources-part__list">
                for (number, fact) in facts.iter() {
                    { entry(ids, number, fact) }
                }
            </ol>
            }) }
        </details>
    }
}

/// The short list that closes a widget without the page's "Sources and dates": the
/// sources of the parts it shows, and no others. `prerender`: see [`source_list`].
pub fn part_sources(ids: &IdPrefix, facts: FactSet, prerender: bool) -> Html {
    let what = format!("{} ({})", crate::copy::sources_title(), facts.len());
    html! {
        <section key="part-sources" class="rx-part rx-sources-part rx-sources-part--short" aria-label={crate::copy::sources_title()}>
            { source_list(ids, facts, &what, prerender) }
        </section>
    }
}
