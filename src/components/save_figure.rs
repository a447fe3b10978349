//! "Save this figure": the reader's own fan-out or chart, as an SVG or a PNG file, made
//! on the page from the figure as it is drawn (the reader's numbers, the page's theme)
//! with no request, by web/save.js.

use yew::prelude::*;

use crate::copy;

/// The two buttons that save the figure of class `figure` (in the same part) as
/// `restaking-<name>.svg` or `.png`, and a line that says so when it could not. A view
/// function, not a component: the line is written by web/save.js, which knows.
pub fn save_figure(figure: &'static str, name: &'static str) -> Html {
    let button = |format: &'static str, label: &'static str| {
        let onclick = Callback::from(move |e: MouseEvent| {
            save::save(&e.target_unchecked_into::<web_sys::Element>(), figure, name, format);
        });
        html! {
            <button type="button" class="rx-button rx-button--quiet rx-save__button"
                data-rx-download={format} aria-label={copy::save_as(label)} {onclick}>{ label }</button>
        }
    };
    html! {
        <p class="rx-save">
            <span class="rx-save__label">{ copy::save_label() }</span>
            { button("svg", "SVG") }{ button("png", "PNG") }
            <span class="rx-save__status" role="status"></span>
        </p>
    }
}

#[cfg(target_arch = "wasm32")]
mod save {
    use wasm_bindgen::prelude::wasm_bindgen;

    use crate::copy;

    // In JavaScript: mostly DOM and canvas calls, which cost the wasm several times the
    // bytes. The build puts it inside the glue (scripts/minify.mjs), so it costs no
    // request.
    #[wasm_bindgen(module = "/web/save.js")]
    extern "C" {
        #[wasm_bindgen(js_name = rxSaveFigure)]
        fn save_figure(
            near: &web_sys::Element,
            class: &str,
            name: &str,
            format: &str,
            from: &str,
            failed: &str,
            in_frame: &str,
        );
    }

    /// Saves the figure of class `figure` in the part around `near` as `name.format`,
    /// and says so beside `near` when it could not, or may not have.
    pub fn save(near: &web_sys::Element, figure: &str, name: &str, format: &str) {
        let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        let from = copy::saved_from(&href);
        save_figure(near, figure, name, format, &from, copy::save_failed(), copy::save_in_frame());
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod save {
    /// Nothing to save outside a browser.
    pub fn save(_: &web_sys::Element, _: &str, _: &str, _: &str) {}
}
