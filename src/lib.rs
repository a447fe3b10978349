//! Restaking, explained: an interactive explainer of ETH restaking.
//!
//! `model` is the pure restaking model; `config` reads URL parameters into it;
//! `format`, `copy` and `geometry` turn numbers into words and shapes; `components`
//! draw it all with Yew; `browser` is the thin layer that talks to the page.

pub mod browser;
pub mod components;
pub mod config;
pub mod copy;
pub mod embed;
pub mod facts;
pub mod format;
pub mod geometry;
pub mod hooks;
pub mod model;
pub mod number_text;
pub mod prerender;
pub mod state;

/// The id of the mount element of the standalone and iframe pages.
pub const MOUNT_ID: &str = "restaking-explainer";

/// Starts the standalone or the iframe page (called by `boot.js`). On the standalone page (`#restaking-explainer`)
/// it reads the URL, draws every part asked for and keeps the URL in step; on the iframe
/// page (`data-rx-page="embed"`) it draws without touching the URL and tells the parent
/// page its height. Without a `#restaking-explainer` element it does nothing.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start() {
    browser::install_panic_message();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id(MOUNT_ID) else {
        return;
    };
    let iframe_page = root.get_attribute("data-rx-page").as_deref() == Some("embed");
    let pairs = browser::query_pairs();
    let config = config::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    // The HTML holds the article's example (see src/bin/prerender.rs): take it over
    // when the URL asks for exactly that, and draw afresh for anything else.
    let hydrate =
        root.has_attribute(prerender::PRERENDERED_ATTR) && config == config::Config::default();
    if !hydrate {
        root.set_inner_html("");
    }
    embed::remember_root(&root);
    let renderer = yew::Renderer::<components::App>::with_root_and_props(
        root.clone(),
        components::AppProps {
            config,
            id_prefix: "rx".into(),
            sync_url: !iframe_page,
            embed_code: !iframe_page,
            transparent: iframe_page,
        },
    );
    if hydrate {
        renderer.hydrate();
    } else {
        renderer.render();
    }
    if iframe_page {
        embed::post_height_to_parent(&root, browser::query_value("frame").unwrap_or_default());
    }
}
