//! Restaking, explained: an interactive explainer of ETH restaking.
//!
//! `model` is the pure restaking model; `config` reads URL parameters into it;
//! `format`, `copy` and `geometry` turn numbers into words and shapes; `components`
//! draw it all with Yew; `browser` is the thin layer that talks to the page.

pub mod browser;
pub mod components;
pub mod config;
pub mod copy;
pub mod format;
pub mod geometry;
pub mod hooks;
pub mod model;
pub mod state;

/// The id of the standalone page's mount element.
pub const MOUNT_ID: &str = "restaking-explainer";

/// Mounts the widget on the standalone page: reads the URL, replaces the loading
/// text in `#restaking-explainer` with the widget, and keeps the URL in step.
pub fn start_standalone() {
    browser::install_panic_message();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id(MOUNT_ID) else {
        web_sys::console::error_1(&format!("restaking explainer: no #{MOUNT_ID} element").into());
        return;
    };
    let pairs = browser::query_pairs();
    let config = config::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    root.set_inner_html("");
    yew::Renderer::<components::App>::with_root_and_props(
        root,
        components::AppProps { config, id_prefix: "rx".into(), sync_url: true },
    )
    .render();
}
