//! Mounting widgets into pages we do not own.
//!
//! - Script embed: `embed.js` finds every `data-restaking-explainer` element and, when it
//!   nears the viewport, calls [`mount`] on it. The widget lives in the element's shadow
//!   root (made by `embed.js`) with its own stylesheet: the article's CSS cannot reach
//!   in (not even its `!important` rules on tables, inputs or SVG), and ours cannot leak
//!   out. A prefix alone could not promise the first half. Each element gets its own
//!   wasm instance (the loader imports the glue once per element), so a panic in one
//!   leaves the others working.
//! - Iframe embed: `embed.html` runs [`start`] in "embed" mode: the parts named in its
//!   URL and a transparent background (its height is told to the parent page by
//!   `web/frame.js`).
//! - The host API: [`mount`] returns a [`Widget`], through which `embed.js` gives the
//!   element its `params`, `results`, `set()` and `reset()`, and learns of every change
//!   of state (for its `restaking-change` event).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::components::{App, AppProps};
use crate::config::{self, Config, Theme, View, PARAM_NAMES};
use crate::model::{Action, ResultName, Results, State};

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

/// The tag of the custom element `embed.js` defines.
pub const ELEMENT_TAG: &str = "restaking-explainer";

/// The `(name, value)` pairs an embed element's attributes give. On a
/// `<restaking-explainer>` they are the URL parameters by name (`view` lists the parts);
/// on any other element `data-restaking-explainer` is the list of parts and every other
/// parameter is `data-<name>`.
pub fn attribute_pairs(host: &Element) -> Vec<(&'static str, String)> {
    if host.tag_name().eq_ignore_ascii_case(ELEMENT_TAG) {
        return PARAM_NAMES
            .iter()
            .filter_map(|name| host.get_attribute(name).map(|v| (*name, v)))
            .collect();
    }
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

/// What a host page holds of a live widget, shared by the widget's [`App`] (which
/// records every state it reaches) and the [`Widget`] handle: the latest state, the
/// means to change it, and whom to tell when it changes.
#[derive(Clone, Default)]
pub struct HostLink(Rc<RefCell<HostInner>>);

#[derive(Default)]
struct HostInner {
    state: Option<State>,
    dispatch: Option<yew::functional::UseReducerDispatcher<State>>,
    on_change: Option<js_sys::Function>,
    /// Whether the widget has drawn its first state: the ones after it are changes.
    started: bool,
}

impl PartialEq for HostLink {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl HostLink {
    /// A link that calls `on_change` after every change of state.
    pub fn new(on_change: Option<js_sys::Function>) -> Self {
        Self(Rc::new(RefCell::new(HostInner { on_change, ..HostInner::default() })))
    }

    /// Records the state the widget has reached and tells the host, unless it is the
    /// first state the widget drew.
    pub fn update(&self, state: &State, dispatch: yew::functional::UseReducerDispatcher<State>) {
        let tell = {
            let mut inner = self.0.borrow_mut();
            inner.state = Some(state.clone());
            inner.dispatch = Some(dispatch);
            std::mem::replace(&mut inner.started, true).then(|| inner.on_change.clone()).flatten()
        };
        if let Some(on_change) = tell {
            let _ = on_change.call0(&JsValue::NULL);
        }
    }

    fn state(&self) -> Option<State> {
        self.0.borrow().state.clone()
    }

    fn dispatch(&self, action: Action) {
        let dispatch = self.0.borrow().dispatch.clone();
        if let Some(dispatch) = dispatch {
            dispatch.dispatch(action);
        }
    }
}

/// A JS object of string values, one per pair.
fn object_of(pairs: &[(&'static str, String)]) -> JsValue {
    let object = js_sys::Object::new();
    for (name, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), &JsValue::from_str(value));
    }
    object.into()
}

/// A host's value for a parameter as the URL would write it: a string as it is, a
/// number in its shortest exact form, a list joined by commas; `None` for null or
/// undefined, which take the parameter back to its default.
fn param_text(value: &JsValue) -> Option<String> {
    if value.is_null() || value.is_undefined() {
        return None;
    }
    if let Some(n) = value.as_f64() {
        return Some(crate::number_text::shortest(n));
    }
    if js_sys::Array::is_array(value) {
        let items = js_sys::Array::from(value);
        return Some(items.iter().filter_map(|v| param_text(&v)).collect::<Vec<_>>().join(","));
    }
    Some(
        value
            .as_string()
            .unwrap_or_else(|| String::from(js_sys::JSON::stringify(value).unwrap_or_default())),
    )
}

/// A live widget as its host page sees it: the handle `embed.js` wraps in the element's
/// `params`, `results`, `set()` and `reset()`.
#[wasm_bindgen]
pub struct Widget {
    link: HostLink,
    app: Option<yew::AppHandle<App>>,
    /// The element in the host page that holds the widget.
    host: Element,
    root: Element,
    views: Vec<View>,
    theme: Theme,
}

#[wasm_bindgen]
impl Widget {
    fn config(&self) -> Option<Config> {
        Some(Config { state: self.link.state()?, views: self.views.clone(), theme: self.theme })
    }

    /// The current state as URL parameter strings, every parameter included.
    pub fn params(&self) -> JsValue {
        self.config().map_or_else(
            || js_sys::Object::new().into(),
            |c| object_of(&config::to_pinned_pairs(&c)),
        )
    }

    /// Every result by name: a number, or null where it does not exist (as in
    /// `data-value`).
    pub fn results(&self) -> JsValue {
        let object = js_sys::Object::new();
        if let Some(state) = self.link.state() {
            let results = Results::of(&state.scenario);
            for name in ResultName::ALL {
                let value = name.value(&results).map_or(JsValue::NULL, JsValue::from_f64);
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name.as_str()), &value);
            }
        }
        object.into()
    }

    /// Merges `values` (URL parameter names to values; others are ignored) into the
    /// state and validates the whole like a URL: clamped with a notice, or refused. A
    /// change of the parts shown or of the theme draws the widget again.
    pub fn set(&mut self, values: JsValue) {
        let Some(current) = self.config() else {
            return;
        };
        let mut pairs: Vec<(&'static str, String)> = config::to_pinned_pairs(&current);
        for name in PARAM_NAMES {
            let Ok(value) = js_sys::Reflect::get(&values, &JsValue::from_str(name)) else {
                continue;
            };
            if !js_sys::Reflect::has(&values, &JsValue::from_str(name)).unwrap_or(false) {
                continue;
            }
            pairs.retain(|(n, _)| *n != name);
            if let Some(text) = param_text(&value) {
                pairs.push((name, text));
            }
        }
        let next = config::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        if next.views != self.views || next.theme != self.theme {
            if let Some(app) = self.app.take() {
                app.destroy();
            }
            self.views = next.views.clone();
            self.theme = next.theme;
            self.app = Some(render(&self.host, &self.root, next, self.link.clone()));
        } else {
            self.link.dispatch(Action::Configure(Box::new(next.state)));
        }
    }

    /// Back to the article's numbers, as the widget's own reset button does.
    pub fn reset(&self) {
        self.link.dispatch(Action::Reset);
    }
}

/// Draws a widget of `config` into `root`, linked to its host by `link`. Under
/// `theme=auto` it takes the scheme of the page around `host`, where the page gives one
/// (see [`page_theme`]); `params` still says `auto`.
fn render(
    host: &Element,
    root: &Element,
    mut config: Config,
    link: HostLink,
) -> yew::AppHandle<App> {
    if config.theme == Theme::Auto {
        config.theme = page_theme(host).unwrap_or(Theme::Auto);
    }
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps { host: Some(link), ..AppProps::embedded(config, "rx") },
    )
    .render()
}

/// The scheme of the page behind `host`, so that a widget in a white article is light
/// and one in a dark article dark, whatever the reader's system says:
/// - the first background, from `host` up, that is not transparent: dark when its colour
///   is darker than mid-grey;
/// - else the page's own `color-scheme` (its root's, or its `<meta name=color-scheme>`):
///   one scheme alone is that scheme; none at all is light (the browser's white canvas);
/// - else (a transparent page that offers both schemes) no sign: `None`, and the reader's
///   system setting decides, as it does in the iframe.
///
/// Read once, when the widget is drawn.
fn page_theme(host: &Element) -> Option<Theme> {
    let window = web_sys::window()?;
    let mut at = Some(host.clone());
    while let Some(el) = at {
        let style = window.get_computed_style(&el).ok().flatten();
        let background = style.and_then(|s| s.get_property_value("background-color").ok());
        if let Some(lightness) = background.as_deref().and_then(opaque_lightness) {
            return Some(if lightness < 0.5 { Theme::Dark } else { Theme::Light });
        }
        at = el.parent_element();
    }
    let document = window.document()?;
    let root = document.document_element()?;
    let mut scheme = window
        .get_computed_style(&root)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value("color-scheme").ok())
        .unwrap_or_default();
    if scheme.trim() == "normal" || scheme.is_empty() {
        scheme = document
            .query_selector("meta[name=color-scheme]")
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .unwrap_or_default();
    }
    match (scheme.contains("light"), scheme.contains("dark")) {
        (true, true) => None,
        (false, true) => Some(Theme::Dark),
        _ => Some(Theme::Light),
    }
}

/// The lightness (0 to 1, from the channels' weighted mean) of a computed colour
/// `rgb(r, g, b)` or `rgba(r, g, b, a)`, or `None` when it is transparent or written
/// otherwise.
fn opaque_lightness(color: &str) -> Option<f64> {
    let inner =
        color.strip_prefix("rgba(").or_else(|| color.strip_prefix("rgb("))?.strip_suffix(')')?;
    let mut parts = inner.split(',').map(|p| crate::number_text::parse(p.trim()));
    let (r, g, b) = (parts.next()??, parts.next()??, parts.next()??);
    let alpha = parts.next().unwrap_or(Some(1.0))?;
    (alpha > 0.0).then_some((0.2126 * r + 0.7152 * g + 0.0722 * b) / 255.0)
}

/// Mounts one widget configured by `host`'s attributes into `root`, the box `embed.js`
/// made for it in the shadow root (with the widget's stylesheet beside it, checked
/// against its hash, and shown once that has loaded). `on_change` is called after every
/// change of state. Called by `embed.js`, which wraps the returned [`Widget`] in the
/// element's host API. The shadow root and the stylesheet are the loader's: written in
/// JavaScript they cost a fraction of their bytes here.
#[wasm_bindgen]
pub fn mount(host: Element, root: Element, on_change: Option<js_sys::Function>) -> Widget {
    crate::browser::install_panic_message();
    let pairs = attribute_pairs(&host);
    let config = config::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    remember_root(&root);
    let link = HostLink::new(on_change);
    let (views, theme) = (config.views.clone(), config.theme);
    let app = render(&host, &root, config, link.clone());
    let _ = host.set_attribute("data-rx-state", "mounted");
    Widget { link, app: Some(app), host, root, views, theme }
}
