//! "Embed this explainer": the three embed snippets (the element, the div, the iframe)
//! for the current state, with every number pinned, the version and the script's
//! integrity hash, the parts to include chosen by the author, and a copy button for each.

use yew::prelude::*;

use crate::config::{to_pinned_pairs, Config, Theme, View};
use crate::copy;
use crate::model::{Results, Scenario, State};
use crate::state::use_id_prefix;

/// Properties of [`EmbedCode`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedCodeProps {
    /// The theme the page was opened with (pinned into the snippets).
    pub theme: Theme,
    /// Whether the panel is open.
    pub open: bool,
    /// The widget's state, which the snippets pin: given only while the snippets are
    /// written (while the panel is open, and on the prerendered page for readers without
    /// JavaScript), so a closed panel is not redrawn when the state changes.
    pub state: Option<State>,
    /// Called with whether the reader opened or closed the panel.
    pub on_toggle: Callback<bool>,
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// The `<script>` that loads `embed.js` from `base` (ending in `/`), pinned to this
/// version, with its `integrity` hash when the build wrote one.
fn loader(base: &str, integrity: &str) -> String {
    let check = if integrity.is_empty() {
        String::new()
    } else {
        format!(" integrity=\"{}\" crossorigin=\"anonymous\"", attr(integrity))
    };
    format!("<script src=\"{base}embed.js?v={}\"{check} defer></script>", env!("CARGO_PKG_VERSION"))
}

/// The element snippet for `config`: `<restaking-explainer>` with the URL parameters as
/// attributes, then the loader.
pub fn element_snippet(config: &Config, base: &str, integrity: &str) -> String {
    let attrs: String = to_pinned_pairs(config)
        .into_iter()
        .map(|(name, value)| format!(" {name}=\"{}\"", attr(&value)))
        .collect();
    format!(
        "<restaking-explainer{attrs}>{}</restaking-explainer>\n{}",
        noscript(config, base),
        loader(base, integrity)
    )
}

/// The script-embed snippet for `config`: a div with `data-` attributes, then the loader.
pub fn script_snippet(config: &Config, base: &str, integrity: &str) -> String {
    let mut attrs = String::new();
    for (name, value) in to_pinned_pairs(config) {
        if name == "view" {
            continue;
        }
        attrs.push_str(&format!(" data-{name}=\"{}\"", attr(&value)));
    }
    let views: Vec<&str> = config.views.iter().map(|v| v.as_str()).collect();
    format!(
        "<div data-restaking-explainer=\"{}\"{attrs}>{}</div>\n{}",
        views.join(","),
        noscript(config, base),
        loader(base, integrity)
    )
}

/// The iframe snippet for `config`, served from `base` (ending in `/`).
pub fn iframe_snippet(config: &Config, base: &str) -> String {
    let query = to_pinned_pairs(config)
        .into_iter()
        .map(|(name, value)| format!("{name}={}", percent_encode(&value)))
        .collect::<Vec<_>>()
        .join("&amp;");
    format!(
        "<iframe src=\"{base}embed.html?{query}\" title=\"{}\" height=\"900\" \
loading=\"lazy\" data-restaking-explainer-frame></iframe>\n\
<script src=\"{base}embed-host.js\" defer></script>",
        copy::EMBED_FRAME_TITLE
    )
}

/// The links to paste, one line per part in `views`, served from `base` (ending in `/`):
/// each part's own page, which WordPress, Ghost and other oEmbed consumers turn into the
/// part (web/oembed.mjs). They show the worked example: a static page cannot carry a state.
pub fn paste_snippet(views: &[View], base: &str) -> String {
    views.iter().map(|view| format!("{base}{}.html", view.as_str())).collect::<Vec<_>>().join("\n")
}

/// A part's picture (`images/<part>.png`, written by the build with the worked example's
/// numbers) as an `(address, text alternative)` pair, served from `base`.
fn picture(view: View, base: &str) -> (String, String) {
    let scenario = Scenario::default();
    let numbers = copy::picture_numbers(&scenario, &Results::of(&scenario));
    (
        format!("{base}images/{}.png", view.as_str()),
        copy::picture_alt(copy::view_title(view), &numbers),
    )
}

/// The pictures and links for places that run no script (newsletters, Substack, email),
/// one per part in `views`, in HTML: each part's picture, linking to its page.
pub fn image_snippet(views: &[View], base: &str) -> String {
    views.iter().map(|&view| image_link(view, base)).collect::<Vec<_>>().join("\n")
}

/// One part's picture linking to its page, in HTML that keeps within a narrow column.
fn image_link(view: View, base: &str) -> String {
    let (src, alt) = picture(view, base);
    format!(
        "<a href=\"{base}{}.html\"><img src=\"{src}\" alt=\"{}\" width=\"1200\" height=\"630\" \
style=\"max-width:100%;height:auto\"></a>",
        view.as_str(),
        attr(&alt)
    )
}

/// The same pictures and links in Markdown.
pub fn markdown_snippet(views: &[View], base: &str) -> String {
    views
        .iter()
        .map(|&view| {
            let (src, alt) = picture(view, base);
            let alt = alt.replace('[', "(").replace(']', ")");
            format!("[![{alt}]({src})]({base}{}.html)", view.as_str())
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// What a reader without script sees in place of a script embed of `config`: the first
/// part's picture and link, when the embed shows the worked example the picture draws
/// (other numbers would contradict it), else nothing.
fn noscript(config: &Config, base: &str) -> String {
    match config.views.first() {
        Some(&view) if config.state.scenario == Scenario::default() => {
            format!("<noscript>{}</noscript>", image_link(view, base))
        }
        _ => String::new(),
    }
}

/// The theme choice, and a preview of the embed in a white and a dark article under it.
fn theme_choice(ids: &crate::state::IdPrefix, theme: &UseStateHandle<Theme>) -> Html {
    let preview = ids.id("embed-theme-preview");
    // What each article's embed looks like: `auto` takes the article's, else the one asked.
    let look = |dark_article: bool| match **theme {
        Theme::Auto if dark_article => "rx--dark",
        Theme::Auto | Theme::Light => "rx--light",
        Theme::Dark => "rx--dark",
    };
    html! {
        <fieldset class="rx-group rx-embed__theme" aria-describedby={preview.clone()}>
            <legend class="rx-group__legend">{ copy::EMBED_THEME }</legend>
            for (value, label) in copy::EMBED_THEMES {
                {{
                    let id = ids.id(&format!("embed-theme-{}", value.as_str()));
                    let onchange = {
                        let theme = theme.setter();
                        Callback::from(move |_: Event| theme.set(value))
                    };
                    html! {
                        <div class="rx-choice" key={value.as_str()}>
                            <input type="radio" name={ids.id("embed-theme")} id={id.clone()}
                                value={value.as_str()} checked={**theme == value} {onchange} />
                            <label for={id}>{ label }</label>
                        </div>
                    }
                }}
            }
            <div class="rx-embed__preview" aria-hidden="true">
                for (i, article) in copy::EMBED_PREVIEW_ARTICLES.into_iter().enumerate() {
                    <div class={classes!("rx-embed__article", (i == 1).then_some("rx-embed__article--dark"))} key={i}>
                        <span class="rx-embed__article-name">{ article }</span>
                        <span class="rx-embed__article-line"></span>
                        <span class={classes!("rx-embed__sample", look(i == 1))}
                            data-rx-preview={if i == 1 { "dark-article" } else { "white-article" }}>
                            { copy::EMBED_PREVIEW_SAMPLE }
                        </span>
                        <span class="rx-embed__article-line"></span>
                    </div>
                }
            </div>
            <p class="rx-group__hint" id={preview}>{ copy::embed_theme_preview(**theme) }</p>
        </fieldset>
    }
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

/// Writes `text` to the clipboard and waits for the answer: `false` when the page has
/// no clipboard (it is not served over https) or the browser refused the write.
async fn write_to_clipboard(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // `navigator.clipboard` is missing outside secure contexts: calling it would throw.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The embed-code panel of the standalone page.
#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    crate::renders::count("EmbedCode");
    let prerender = crate::state::use_prerender();
    let ids = use_id_prefix();
    let views = use_state(|| vec![View::Calculator]);
    let theme = use_state(|| props.theme);
    // Where the page is served from, and the hash of its embed.js (which the release
    // build writes into the page): read in an effect, so rendering stays browser-free.
    let base = use_state(String::new);
    let integrity = use_state(String::new);
    {
        let (base, integrity) = (base.clone(), integrity.clone());
        use_effect_with((), move |_| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let location = window.location();
            let origin = location.origin().unwrap_or_default();
            let path = location.pathname().unwrap_or_default();
            let dir = path.rsplit_once('/').map_or("", |(dir, _)| dir);
            base.set(format!("{origin}{dir}/"));
            let meta = window
                .document()
                .and_then(|d| d.query_selector("meta[name='rx-embed-integrity']").ok().flatten());
            integrity.set(meta.and_then(|m| m.get_attribute("content")).unwrap_or_default());
        });
    }
    let on_toggle = props
        .on_toggle
        .reform(|e: Event| e.target_unchecked_into::<web_sys::Element>().has_attribute("open"));
    let snippets = match &props.state {
        Some(state) => {
            let config = Config { state: state.clone(), views: (*views).clone(), theme: *theme };
            vec![
                (copy::EMBED_ELEMENT_LABEL, "element", element_snippet(&config, &base, &integrity)),
                (copy::EMBED_SCRIPT_LABEL, "script", script_snippet(&config, &base, &integrity)),
                (copy::EMBED_FRAME_LABEL, "iframe", iframe_snippet(&config, &base)),
                (copy::EMBED_PASTE_LABEL, "paste", paste_snippet(&views, &base)),
                (copy::EMBED_IMAGE_LABEL, "image", image_snippet(&views, &base)),
                (copy::EMBED_MARKDOWN_LABEL, "markdown", markdown_snippet(&views, &base)),
            ]
        }
        None => Vec::new(),
    };
    // What the last copy did: which snippet, and whether the clipboard took it.
    let copied = use_state(|| None::<(usize, bool)>);
    let code_refs = use_state(<[NodeRef; 6]>::default);
    html! {
        <section class="rx-part rx-embed" id={ids.id("embed")} aria-labelledby={ids.id("embed-title")}>
            <details class="rx-embed__details" open={props.open} ontoggle={on_toggle}>
                <summary class="rx-embed__summary" id={ids.id("embed-title")}>{ copy::EMBED_TITLE }</summary>
                { super::later!(prerender, html! { <>
                <p class="rx-group__hint">{ copy::EMBED_HINT }</p>
                <fieldset class="rx-group">
                    <legend class="rx-group__legend">{ copy::EMBED_PARTS }</legend>
                    for view in View::ALL {
                        {{
                            let id = ids.id(&format!("embed-view-{}", view.as_str()));
                            let on_change = {
                                let views = views.clone();
                                Callback::from(move |_: Event| {
                                    let mut next: Vec<View> = View::ALL
                                        .into_iter()
                                        .filter(|v| (*v == view) != views.contains(v))
                                        .collect();
                                    if next.is_empty() {
                                        next.push(view);
                                    }
                                    views.set(next);
                                })
                            };
                            html! {
                                <div class="rx-choice" key={view.as_str()}>
                                    <input type="checkbox" id={id.clone()} checked={views.contains(&view)} onchange={on_change} />
                                    <label for={id}>{ copy::view_title(view) }</label>
                                </div>
                            }
                        }}
                    }
                </fieldset>
                { theme_choice(&ids, &theme) }
                for (i, (label, kind, code)) in snippets.into_iter().enumerate() {
                    {{
                        let id = ids.id(&format!("embed-code-{i}"));
                        let on_copy = {
                            let copied = copied.clone();
                            let code = code.clone();
                            let area = code_refs[i].clone();
                            Callback::from(move |_: MouseEvent| {
                                let copied = copied.clone();
                                let code = code.clone();
                                let area = area.clone();
                                yew::platform::spawn_local(async move {
                                    let ok = write_to_clipboard(&code).await;
                                    if !ok {
                                        // No clipboard here (an http page) or the write was
                                        // refused: select the text for the reader to copy.
                                        if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
                                            let _ = area.focus();
                                            area.select();
                                        }
                                    }
                                    copied.set(Some((i, ok)));
                                });
                            })
                        };
                        html! {
                            <div class="rx-embed__snippet" key={i}>
                                <label class="rx-field__label" for={id.clone()}>{ label }</label>
                                <textarea id={id} class="rx-embed__code" readonly=true rows="5" spellcheck="false"
                                    ref={code_refs[i].clone()}
                                    data-snippet={kind} value={code} />
                                <button type="button" class="rx-button rx-button--quiet" onclick={on_copy}>
                                    { if *copied == Some((i, true)) { copy::COPIED } else { copy::COPY } }
                                </button>
                                <p class="rx-embed__copy-status" role="status">
                                    if *copied == Some((i, false)) { { copy::COPY_BY_HAND } }
                                </p>
                            </div>
                        }
                    }}
                }
                </> }) }
            </details>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_snippet_pins_every_number() {
        let config = Config { views: vec![View::Calculator, View::FanOut], ..Config::default() };
        let code = script_snippet(&config, "https://example.org/rx/", "");
        assert!(code.starts_with("<div data-restaking-explainer=\"calculator,fan-out\""), "{code}");
        for part in [
            "data-stake=\"32\"",
            "data-base=\"3.5\"",
            "data-services=\"2,1.5\"",
            "data-slash=\"5\"",
        ] {
            assert!(code.contains(part), "{part} in {code}");
        }
        let loader = format!(
            "<script src=\"https://example.org/rx/embed.js?v={}\" defer></script>",
            env!("CARGO_PKG_VERSION")
        );
        assert!(code.ends_with(&loader), "{code}");
    }

    #[test]
    fn the_element_snippet_takes_the_url_parameters_and_checks_the_script() {
        let config = Config { views: vec![View::Calculator], ..Config::default() };
        let code = element_snippet(&config, "https://example.org/rx/", "sha384-abc");
        assert!(code.starts_with("<restaking-explainer stake=\"32\" base=\"3.5\""), "{code}");
        assert!(code.contains(" view=\"calculator\"") && !code.contains("data-"), "{code}");
        assert!(
            code.contains("integrity=\"sha384-abc\" crossorigin=\"anonymous\" defer"),
            "{code}"
        );
    }

    #[test]
    fn the_iframe_snippet_carries_the_state_in_its_url() {
        let code = iframe_snippet(&Config::default(), "https://example.org/");
        assert!(
            code.contains(
                "src=\"https://example.org/embed.html?stake=32&amp;base=3.5&amp;services=2,1.5"
            ),
            "{code}"
        );
        assert!(code.contains("names=Oracle,Bridge"), "{code}");
        assert!(code.contains("embed-host.js"));
    }

    #[test]
    fn the_picture_snippets_link_each_part_to_its_page_with_a_text_alternative() {
        let views = [View::FanOut, View::Calculator];
        let base = "https://example.org/rx/";
        let html = image_snippet(&views, base);
        let lines: Vec<&str> = html.lines().collect();
        assert_eq!(lines.len(), 2, "{html}");
        assert!(lines[0].starts_with("<a href=\"https://example.org/rx/fan-out.html\"><img src=\"https://example.org/rx/images/fan-out.png\""), "{html}");
        assert!(lines[1].contains("images/calculator.png") && lines[1].contains("calculator.html"));
        // 32 ETH at 3.5 %, and services at 2 % and 1.5 %: 1.12 + 1.12 = 2.24 ETH a year.
        assert!(lines[0].contains(" alt=\"One deposit") && lines[0].contains("2.24"), "{html}");
        assert!(lines[0].contains("width=\"1200\" height=\"630\""));
        let md = markdown_snippet(&views, base);
        assert!(md.starts_with("[![One deposit"), "{md}");
        assert!(md.contains("](https://example.org/rx/images/fan-out.png)](https://example.org/rx/fan-out.html)"), "{md}");
        assert_eq!(md.matches("[![").count(), 2);
    }

    #[test]
    fn a_script_embed_of_the_worked_example_carries_its_picture_for_readers_without_script() {
        let base = "https://example.org/rx/";
        let config = Config { views: vec![View::Calculator, View::FanOut], ..Config::default() };
        for code in [element_snippet(&config, base, ""), script_snippet(&config, base, "")] {
            let inner = code.split_once("<noscript>").map(|(_, rest)| rest).unwrap_or_default();
            assert!(inner.starts_with("<a href=\"https://example.org/rx/calculator.html\"><img src=\"https://example.org/rx/images/calculator.png\""), "{code}");
            assert_eq!(code.matches("<img").count(), 1, "the first part's picture: {code}");
        }
        // Other numbers than the picture's: no picture to contradict them.
        let mut other = config.clone();
        other.state.scenario.stake_eth = 64.0;
        assert!(!element_snippet(&other, base, "").contains("<noscript>"));
        assert!(!script_snippet(&other, base, "").contains("<img"));
    }
}
