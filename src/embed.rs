//! Mounting widgets into pages we do not own.
//!
//! - Script embed: `embed.js` finds every `data-restaking-explainer` element and, when it
//!   nears the viewport, calls [`mount`] on it. The widget lives in the element's shadow
//!   root with its own stylesheet: the article's CSS cannot reach in (not even its
//!   `!important` rules on tables, inputs or SVG), and ours cannot leak out. A prefix
//!   alone could not promise the first half. Each element gets its own wasm instance
//!   (the loader imports the glue once per element), so a panic in one leaves the
//!   others working.
//! - Iframe embed: `embed.html` runs [`start`] in "embed" mode: the parts named in its
//!   URL, a transparent background, and its height posted to the parent page.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::components::{App, AppProps};
use crate::config::{self, PARAM_NAMES};

thread_local! {
    /// The elements this wasm instance draws into, for the crash message.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Remembers `root` as drawn by this instance.
pub fn remember_root(root: &Element) {
    ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
}

/// Every root drawn by this instance.
pub fn roots() -> Vec<Element> {
    ROOTS.with(|roots| roots.borrow().clone())
}

/// The `(name, value)` pairs an embed element's attributes give: `data-restaking-explainer`
/// is the list of parts, every other parameter is `data-<name>`.
pub fn attribute_pairs(host: &Element) -> Vec<(&'static str, String)> {
    let mut pairs: Vec<(&'static str, String)> = PARAM_NAMES
        .iter()
        .filter(|name| **name != "view")
        .filter_map(|name| host.get_attribute(&format!("data-{name}")).map(|v| (*name, v)))
        .collect();
    if let Some(views) = host.get_attribute("data-restaking-explainer") {
        pairs.push(("view", views));
    }
    pairs
}

/// Mounts one widget configured by `host`'s `data-` attributes, with the stylesheet at
/// `css_url`, into the shadow root of `shadow_host`: `host` itself when not given, or the
/// div `embed.js` made inside `host` when `host` is an element that cannot carry a shadow
/// root (`li`, `figure`, `td`, …). The content stays hidden until the stylesheet has
/// loaded, so the reader never sees it unstyled. Called by `embed.js`.
#[wasm_bindgen]
pub fn mount(host: Element, css_url: String, shadow_host: Option<Element>) -> Result<(), JsValue> {
    crate::browser::install_panic_message();
    let document = host.owner_document().ok_or("the element is not in a document")?;
    let shadow_host = shadow_host.unwrap_or_else(|| host.clone());
    // embed.js has usually put a placeholder in the shadow root already; it stays until
    // our stylesheet has loaded, then gives way to the widget in one step.
    let shadow = match shadow_host.shadow_root() {
        Some(shadow) => shadow,
        None => shadow_host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    let old_children = shadow.child_nodes();
    let stale: Vec<web_sys::Node> =
        (0..old_children.length()).filter_map(|i| old_children.item(i)).collect();
    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", &css_url)?;
    let root = document.create_element("div")?;
    root.set_attribute("class", "rx-host")?;
    root.set_attribute("hidden", "")?;
    let shown = root.clone();
    let reveal = Closure::once_into_js(move || {
        for node in stale {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
        let _ = shown.remove_attribute("hidden");
    });
    link.add_event_listener_with_callback("load", reveal.unchecked_ref())?;
    link.add_event_listener_with_callback("error", reveal.unchecked_ref())?;
    shadow.append_child(&link)?;
    shadow.append_child(&root)?;

    let pairs = attribute_pairs(&host);
    let config = config::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    remember_root(&root);
    yew::Renderer::<App>::with_root_and_props(root, AppProps::embedded(config, "rx")).render();
    host.set_attribute("data-rx-state", "mounted")?;
    Ok(())
}

/// The message an iframe embed posts to its parent page, as a JS object:
/// `{ source: "restaking-explainer", type: "height", height: <CSS px>, frame: <?frame=> }`.
fn height_message(height: f64, frame: &str) -> JsValue {
    let message = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), &value);
    };
    set("source", JsValue::from_str("restaking-explainer"));
    set("type", JsValue::from_str("height"));
    set("height", JsValue::from_f64(height.ceil()));
    set("frame", JsValue::from_str(frame));
    message.into()
}

/// On the iframe page: posts the content's height to the parent now and on every size
/// change. Only to the parent, only this message; the page listens to none.
pub fn post_height_to_parent(root: &Element, frame: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return; // not in a frame: nobody to tell
    }
    let measured = root.clone();
    let post = move || {
        let height = f64::from(measured.scroll_height());
        // Before layout the content measures 0: a host would collapse the frame to its
        // minimum and then jump. Only real heights are posted.
        if height > 0.0 {
            // The height is no secret, and the embedding page's origin is not known here.
            let _ = parent.post_message(&height_message(height, &frame), "*");
        }
    };
    post();
    let on_resize = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
    }
    // The observer lives as long as the page does.
    on_resize.forget();
}
