//! Restaking, explained: an interactive explainer of ETH restaking.
//!
//! `model` is the pure restaking model; `config` reads URL parameters into it;
//! `format`, `copy` and `geometry` turn numbers into words and shapes; `components`
//! draw it all with Yew; `browser` is the thin layer that talks to the page.

// First, so that every module after it may use `id!`.
#[macro_use]
pub mod ids;
pub mod browser;
pub mod components;
pub mod config;
pub mod copy;
pub mod embed;
pub mod facts;
pub mod format;
pub mod geometry;
pub mod hooks;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod image;
pub mod locale;
pub mod model;
pub mod number_text;
pub mod prerender;
pub mod renders;
pub mod state;

/// The id of the mount element of the standalone and iframe pages.
pub const MOUNT_ID: &str = "restaking-explainer";

/// Gives the widget a locale's words, the compact file the build writes as
/// `locales/<lang>.txt` (src/i18n.rs), and `base`, the address of the folder its files are
/// in (where it fetches the sources from, once asked: src/facts.rs): called by `boot.js`
/// and `embed.js` before the widget starts. Text that cannot be read is refused with the
/// reason, and the widget stays in English.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn words(text: &str, base: &str) -> Result<(), String> {
    browser::set_base(base);
    locale::set(Some(text))
}

/// Fetches the rest of the page's words, once, unless they are all here (see
/// [`locale::complete`]): web/boot.js calls it when a toggle in the widget opens.
#[cfg(feature = "page")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn rest() {
    locale::want_rest();
}

/// Starts the standalone or the iframe page (called by `boot.js`). On the standalone page (`#restaking-explainer`)
/// it reads the URL, draws every part asked for and keeps the URL in step; on the iframe
/// page (`data-rx-page="embed"`) it draws without touching the URL and tells the parent
/// page its height. Without a `#restaking-explainer` element it does nothing.
///
/// The page's HTML already holds the article's example (see src/bin/prerender.rs), so a
/// reader sees it before the wasm arrives. The live widget is drawn off the page, then
/// takes the prerendered one's place in one step (see [`swap_in`]): for the defaults the
/// two are the same pixels, so nothing moves.
///
/// Returns a promise that resolves with the live widget's root element once it is drawn
/// whole and in the page (at once, with nothing, when there is nothing to draw into).
#[cfg(feature = "page")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start() -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _reject| start_then(resolve))
}

/// [`start`], calling `resolve` when the widget is live.
#[cfg(feature = "page")]
fn start_then(resolve: js_sys::Function) {
    let nothing = |resolve: &js_sys::Function| {
        let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
    };
    browser::install_panic_message();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return nothing(&resolve);
    };
    let Some(root) = document.get_element_by_id(MOUNT_ID) else {
        return nothing(&resolve);
    };
    let iframe_page = root.get_attribute("data-rx-page").as_deref() == Some("embed");
    let mut pairs = browser::query_pairs();
    // A part's own page (`<part>.html`, the link an author pastes) names its part on the
    // mount; a `view` in its URL still wins.
    if let Some(view) = root.get_attribute("data-rx-view") {
        if !pairs.iter().any(|(name, _)| *name == "view") {
            pairs.push(("view", view));
        }
    }
    let config = config::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    let prerendered = root.has_attribute(prerender::PRERENDERED_ATTR);
    let live = if prerendered {
        let Ok(live) = document.create_element("div") else {
            return nothing(&resolve);
        };
        for name in ["class", "data-rx-page"] {
            if let Some(value) = root.get_attribute(name) {
                let _ = live.set_attribute(name, &value);
            }
        }
        live
    } else {
        root.set_inner_html("");
        root.clone()
    };
    embed::remember_root(&root);
    if prerendered {
        embed::remember_root(&live);
    }
    let on_live = {
        let (old, new) = (root.clone(), live.clone());
        yew::Callback::from(move |()| {
            if prerendered {
                swap_in(&old, &new);
            }
            let _ = resolve.call1(&wasm_bindgen::JsValue::UNDEFINED, &new);
        })
    };
    yew::Renderer::<components::App>::with_root_and_props(
        live.clone(),
        components::AppProps {
            config,
            id_prefix: "rx".into(),
            sync_url: !iframe_page,
            embed_code: !iframe_page,
            transparent: iframe_page,
            on_live: Some(on_live),
            // Off screen, behind the prerendered widget: one block per task, so the page
            // stays responsive while it is drawn.
            progressive: prerendered,
            host: None,
            prerender: false,
        },
    )
    .render();
}

/// Puts the live widget `new` in the place of the prerendered `old`, keeping what the
/// reader already did there: the focused control stays focused, and text typed into an
/// exact entry is carried over and taken (as if committed), so no keystroke is lost.
#[cfg(feature = "page")]
fn swap_in(old: &web_sys::Element, new: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Some(document) = old.owner_document() else {
        return;
    };
    let focused = document
        .active_element()
        .filter(|el| old.contains(Some(el)))
        .map(|el| el.id())
        .filter(|id| !id.is_empty());
    let typed: Vec<(String, String)> = old
        // Text entries and sliders: the controls whose value a reader changes. (A
        // checkbox's value is "on" whatever its state, so it would look changed.)
        .query_selector_all("input[id]:is([type=text], [type=range])")
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
                .filter(|input| input.value() != input.default_value())
                .map(|input| (input.id(), input.value()))
                .collect()
        })
        .unwrap_or_default();
    let id = old.id();
    old.remove_attribute("id").ok();
    new.set_id(&id);
    if old.replace_with_with_node_1(new).is_err() {
        return;
    }
    let find = |id: &str| new.query_selector(&format!("#{id}")).ok().flatten();
    for (id, value) in typed {
        if let Some(input) =
            find(&id).and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value(&value);
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            // A slider reports every move ("input"); a text entry commits ("change").
            let kind = if input.type_() == "range" { "input" } else { "change" };
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
                let _ = input.dispatch_event(&event);
            }
        }
    }
    if let Some(el) =
        focused.and_then(|id| find(&id)).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
