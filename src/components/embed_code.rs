//! "Embed this explainer": the standalone page's panel for article authors. This side
//! draws its toggle and, while it is open, hands the current numbers to
//! web/embed-panel.js, which writes the snippets (the element, the div, the iframe, the
//! links to paste, the pictures with links) for the parts and the theme the author
//! chooses. The panel is JavaScript loaded on first opening so that the readers' wasm
//! does not carry what only authors use (it cost them 11 KB of gzip drawn in Yew).

use yew::prelude::*;

use crate::config::{to_pinned_pairs, Config, Theme};
use crate::copy;
use crate::model::{Scenario, State};
use crate::state::use_id_prefix;

/// Properties of [`EmbedCode`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedCodeProps {
    /// The theme the page was opened with (the panel's first choice).
    pub theme: Theme,
    /// Whether the panel is open.
    pub open: bool,
    /// The widget's state, which the snippets pin: given only while the panel is open,
    /// so a closed panel is not redrawn when the state changes.
    pub state: Option<State>,
    /// Called with whether the reader opened or closed the panel.
    pub on_toggle: Callback<bool>,
}

/// Every number of `state` as the snippets pin it, `name=value&…` with the values
/// percent-encoded: the parameters of [`to_pinned_pairs`] but the theme and the parts,
/// which the author chooses in the panel.
pub fn pinned_query(state: &State) -> String {
    let config = Config { state: state.clone(), ..Config::default() };
    to_pinned_pairs(&config)
        .into_iter()
        .filter(|(name, _)| !matches!(*name, "theme" | "view"))
        .map(|(name, value)| format!("{name}={}", percent_encode(&value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The words web/embed-panel.js shows: [`copy::embed_words()`], then each part's picture's
/// text alternative (the worked example's numbers, which the pictures show). The prerender
/// step writes them, one a line, into `locales/panel.<lang>.txt`, which web/panel-loader.js
/// fetches with the panel's module: only authors download them, and the readers' wasm
/// and words carry none of them.
#[cfg(not(target_arch = "wasm32"))]
pub fn panel_words() -> Vec<String> {
    let scenario = Scenario::default();
    let numbers = copy::picture_numbers(&scenario, &crate::model::Results::of(&scenario));
    copy::embed_words()
        .iter()
        .map(|w| (*w).to_owned())
        .chain(
            crate::config::View::ALL
                .iter()
                .map(|v| copy::picture_alt(copy::view_title(*v), &numbers)),
        )
        .collect()
}

/// Percent-encodes a query value, keeping commas readable.
fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' => {
                out.push(char::from(byte))
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The embed-code panel of the standalone page.
#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    crate::renders::count("EmbedCode");
    let ids = use_id_prefix();
    let panel = use_node_ref();
    {
        // While the panel is open, its script is told the numbers as they change.
        let (panel, prefix, theme) = (panel.clone(), ids.id("embed"), props.theme);
        use_effect_with(props.state.clone(), move |state| {
            if let (Some(state), Some(el)) = (state, panel.cast::<web_sys::Element>()) {
                let query = pinned_query(state);
                // Where tests and maintainers can read what the panel was given.
                let _ = el.set_attribute("data-rx-query", &query);
                script::show(&el, &prefix, &query, state.scenario == Scenario::default(), theme);
            }
        });
    }
    let on_toggle = props
        .on_toggle
        .reform(|e: Event| e.target_unchecked_into::<web_sys::Element>().has_attribute("open"));
    html! {
        <section class="rx-part rx-embed" id={ids.id("embed")} aria-labelledby={ids.id("embed-title")}>
            <details class="rx-embed__details" open={props.open} ontoggle={on_toggle}>
                <summary class="rx-embed__summary" id={ids.id("embed-title")}>{ copy::embed_title() }</summary>
                // One line, as in every toggle, until web/embed-panel.js draws the panel.
                <div class="rx-later" data-rx-embed-panel="" ref={panel}>{ copy::later() }</div>
            </details>
        </section>
    }
}

#[cfg(target_arch = "wasm32")]
mod script {
    use wasm_bindgen::prelude::wasm_bindgen;

    use crate::config::Theme;
    use crate::copy;

    #[wasm_bindgen(module = "/web/panel-loader.js")]
    extern "C" {
        #[wasm_bindgen(js_name = rxEmbedPanel)]
        #[allow(clippy::too_many_arguments)]
        fn embed_panel(
            el: &web_sys::Element,
            prefix: &str,
            query: &str,
            worked: bool,
            version: &str,
            theme: &str,
            lang: &str,
            failed: &str,
        );
    }

    /// Shows the panel in `el` for the numbers `query` (see web/embed-panel.js).
    pub fn show(el: &web_sys::Element, prefix: &str, query: &str, worked: bool, theme: Theme) {
        let version = env!("CARGO_PKG_VERSION");
        embed_panel(
            el,
            prefix,
            query,
            worked,
            version,
            theme.as_str(),
            crate::locale::lang(),
            copy::embed_failed(),
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod script {
    /// Nothing to show outside a browser.
    pub fn show(_: &web_sys::Element, _: &str, _: &str, _: bool, _: crate::config::Theme) {}
}

// Natively: the panel's words are the prerender step's.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::config::View;

    #[test]
    fn the_query_pins_every_number_but_leaves_the_theme_and_parts_to_the_panel() {
        let query = pinned_query(&State::default());
        assert!(query.starts_with("stake=32&base=3.5&services=2,1.5&"), "{query}");
        assert!(query.contains("&names=Oracle,Bridge&") && query.contains("&slash=5&"), "{query}");
        assert!(!query.contains("theme=") && !query.contains("view="), "{query}");
        let mut state = State::default();
        state.scenario.services[0].name = "A & B".to_owned();
        assert!(
            pinned_query(&state).contains("names=A%20%26%20B,Bridge"),
            "{}",
            pinned_query(&state)
        );
    }

    #[test]
    fn the_panel_names_the_parts_in_the_widgets_order_and_describes_each_picture() {
        let words = panel_words();
        assert_eq!(words.len(), copy::embed_words().len() + View::ALL.len());
        let titles: Vec<&str> = View::ALL.iter().map(|v| copy::view_title(*v)).collect();
        assert_eq!(copy::embed_words()[2..7], titles[..]);
        // 32 ETH at 3.5 %, and services at 2 % and 1.5 %: 1.12 + 1.12 = 2.24 ETH a year.
        for (alt, title) in words[copy::embed_words().len()..].iter().zip(titles) {
            assert!(alt.starts_with(title) && alt.contains("2.24"), "{alt}");
        }
    }
}
