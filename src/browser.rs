//! The little the widget asks of the browser: read the page's query, rewrite it in
//! place, and show a readable message if the program ever panics. Called only from
//! effects, handlers and start-up, never while rendering (so SSR stays browser-free).

use crate::config::PARAM_NAMES;

/// The page's known query parameters, decoded, in `PARAM_NAMES` order.
pub fn query_pairs() -> Vec<(&'static str, String)> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let search = window.location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    PARAM_NAMES.iter().filter_map(|name| params.get(name).map(|value| (*name, value))).collect()
}

/// Rewrites the page's query to `pairs` without adding a history entry. Commas stay
/// readable (`services=2,1.5`); everything else is percent-encoded.
pub fn replace_query(pairs: &[(&'static str, String)]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let query = pairs
        .iter()
        .map(|(name, value)| {
            let value = String::from(js_sys::encode_uri_component(value)).replace("%2C", ",");
            format!("{name}={value}")
        })
        .collect::<Vec<_>>()
        .join("&");
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url =
        if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    let current = format!("{path}{}{hash}", location.search().unwrap_or_default());
    if url != current {
        if let Ok(history) = window.history() {
            // A failure here (a sandboxed frame, say) only costs the shareable URL.
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// The message that replaces every widget on the page if the program panics, in English:
/// shown when the locale's words never arrived (the crash may be why).
pub const CRASH_MESSAGE: &str = "Sorry, the restaking explainer stopped working. \
Reload the page to try again; the article's text is not affected.";

/// The crash message in the locale in use, or [`CRASH_MESSAGE`] when no words were set
/// (`t` then answers with the message's marker itself).
pub fn crash_message() -> &'static str {
    let id = id!("crash-message");
    match crate::locale::t(id) {
        message if message == id => CRASH_MESSAGE,
        message => message,
    }
}

/// Puts the crash message in place of every widget this wasm instance draws, and
/// touches nothing else: widgets of other instances on the page keep working.
pub fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for root in crate::embed::roots() {
        root.set_inner_html("");
        let _ = root.remove_attribute("hidden");
        if let Ok(message) = document.create_element("p") {
            let _ = message.set_attribute("class", "rx rx--crashed");
            let _ = message.set_attribute("role", "alert");
            message.set_text_content(Some(crash_message()));
            let _ = root.append_child(&message);
        }
    }
}

/// Installs a panic hook that puts a readable message in place of each widget of this
/// instance instead of leaving a frozen or blank box.
pub fn install_panic_message() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("restaking explainer: {info}").into());
        show_crash_message();
    }));
}

/// Follows a link to `#id` inside the widget: scrolls the target into view within the
/// widget's own tree (the page, or an embed's shadow root, which `document` cannot see
/// into) and moves focus there, without touching the page's URL, so a host that routes
/// on the hash is left alone. Call it from the link's click handler.
pub fn follow_in_page_link(event: &web_sys::MouseEvent) {
    use wasm_bindgen::JsCast;
    // Yew delegates events from its root, so `current_target` is not the link: look
    // up from the element clicked.
    let Some(link) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^='#']").ok().flatten())
    else {
        return;
    };
    let Some(id) = link.get_attribute("href").and_then(|h| h.strip_prefix('#').map(str::to_owned))
    else {
        return;
    };
    event.prevent_default();
    if let Some(target) = by_id_in_root(&link, &id) {
        boxed(&target).scroll_into_view();
        // A section is not focusable by itself: -1 lets focus land there for the
        // next Tab to start from, without adding a stop to the tab order.
        if !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        if let Some(el) = target.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Brings the element with this id, in the root of the element clicked (the document, or
/// an embed's shadow root), to the top of the screen in the next task, once the click's
/// change is drawn; left where it is when its top is already on screen.
pub fn bring_into_view(event: &web_sys::MouseEvent, id: &str) {
    use wasm_bindgen::JsCast;
    let origin = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    if let Some(target) = origin.and_then(|origin| by_id_in_root(&origin, id)) {
        let target = boxed(&target);
        gloo_timers::callback::Timeout::new(0, move || {
            let height = web_sys::window()
                .and_then(|w| w.inner_height().ok())
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0);
            // Whatever stays stuck at the top of the screen (the diagram, on a phone) is the
            // target's scroll-margin-top: under it counts as out of view.
            let margin = web_sys::window()
                .and_then(|w| w.get_computed_style(&target).ok().flatten())
                .and_then(|style| style.get_property_value("scroll-margin-top").ok())
                // The crate's own reader: core's float parsing would cost the wasm bytes.
                .and_then(|px| crate::number_text::parse(px.trim_end_matches("px")))
                .unwrap_or(0.0);
            let top = target.get_bounding_client_rect().top();
            if top < margin - 1.0 || top > height * 0.6 {
                target.scroll_into_view();
            }
        })
        .forget();
    }
}

/// `el`, or, when it has no box of its own (a part that lends its children to the layout
/// around it, as the fan-out does on a phone), its first child: what scrolling can reach.
fn boxed(el: &web_sys::Element) -> web_sys::Element {
    let rect = el.get_bounding_client_rect();
    if rect.width() == 0.0 && rect.height() == 0.0 {
        if let Some(child) = el.first_element_child() {
            return child;
        }
    }
    el.clone()
}

/// The element with this id in `near`'s root: the document, or an embed's shadow root
/// (where the document's own lookup cannot reach).
fn by_id_in_root(near: &web_sys::Element, id: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let root = near.get_root_node();
    match root.dyn_ref::<web_sys::DocumentFragment>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root.dyn_ref::<web_sys::Document>().and_then(|d| d.get_element_by_id(id)),
    }
}

thread_local! {
    /// Where the widget's files are: the folder of its glue, as the loader says.
    static BASE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Remembers `base`, the address of the folder the widget's files are in (web/boot.js and
/// web/embed.js say it, with the words).
pub fn set_base(base: &str) {
    BASE.with(|b| *b.borrow_mut() = base.to_owned());
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/web/sources.js")]
extern "C" {
    #[wasm_bindgen(js_name = rxFetchText)]
    fn fetch_text_js(url: &str, integrity: &str) -> js_sys::Promise;
    /// See web/sources.js.
    #[wasm_bindgen(js_name = rxShowFact)]
    pub fn show_fact(
        mark: &web_sys::Element,
        id: &str,
        label: &str,
        heading: &str,
        words: Vec<String>,
        close: &str,
    ) -> bool;
}

/// Fetches `locales/<name>.<lang>.txt` beside the widget (in the locale in use), checked
/// against `integrity` when it is not empty, and hands `done` its text, or `None` when it
/// cannot be had. One function for every such file, so the wasm holds one copy of the
/// waiting.
pub fn fetch_words_file(name: &str, integrity: &str, done: Box<dyn FnOnce(Option<String>)>) {
    let url = BASE.with(|b| format!("{}locales/{name}.{}.txt", b.borrow(), crate::locale::lang()));
    let promise = fetch_text_js(&url, integrity);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|t| t.as_string()));
    });
}
