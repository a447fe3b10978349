//! Browser tests (wasm-bindgen-test in headless Chromium): the calculator mounted in
//! a container of its own and driven through real DOM events, as a reader would.
#![cfg(target_arch = "wasm32")]

use restaking_explainer::components::{App, AppProps};
use restaking_explainer::config;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Mounts a widget configured by `pairs` into a fresh container, with the English words
/// a page would hand it (the wasm holds none: see src/locale.rs).
async fn mount(pairs: &[(&str, &str)], prefix: &str, sync_url: bool) -> Element {
    restaking_explainer::words(include_str!(concat!(env!("OUT_DIR"), "/en.txt")), "/")
        .expect("English, as build.rs compiles it");
    let container = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&container).expect("append");
    let config = config::from_pairs(pairs.iter().copied());
    yew::Renderer::<App>::with_root_and_props(
        container.clone(),
        AppProps { sync_url, ..AppProps::embedded(config, prefix) },
    )
    .render();
    yew::scheduler::flush().await;
    container
}

fn find(root: &Element, css: &str) -> Element {
    root.query_selector(css).expect("valid selector").unwrap_or_else(|| panic!("no {css}"))
}

fn count(root: &Element, css: &str) -> u32 {
    root.query_selector_all(css).expect("valid selector").length()
}

fn value(root: &Element, result: &str) -> String {
    find(root, &format!("output[data-result='{result}']"))
        .get_attribute("data-value")
        .expect("data-value")
}

fn number(root: &Element, result: &str) -> f64 {
    value(root, result).parse().expect("a number")
}

/// Sets an input's value and fires `kind` ("input" or "change") the way a browser does.
async fn type_into(root: &Element, css: &str, text: &str, kind: &str) {
    let input: HtmlInputElement = find(root, css).dyn_into().expect("an input");
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).expect("event");
    input.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

async fn click(root: &Element, css: &str) {
    find(root, css).dyn_into::<HtmlElement>().expect("element").click();
    yew::scheduler::flush().await;
}

fn button(root: &Element, label: &str) -> String {
    let buttons = root.query_selector_all("button").expect("buttons");
    for i in 0..buttons.length() {
        let b: Element = buttons.item(i).expect("item").dyn_into().expect("element");
        if b.text_content().unwrap_or_default().starts_with(label) {
            let id = format!("b{}", js_sys::Math::random().to_bits());
            b.set_attribute("data-test-id", &id).expect("mark");
            return format!("[data-test-id='{id}']");
        }
    }
    panic!("no button {label}");
}

#[wasm_bindgen_test]
async fn moving_the_stake_slider_updates_every_figure() {
    let w = mount(&[], "b1", false).await;
    assert!((number(&w, "base-reward") - 1.12).abs() < 1e-9);
    type_into(&w, "#b1-stake", "100", "input").await;
    assert!((number(&w, "base-reward") - 3.5).abs() < 1e-9);
    assert!((number(&w, "gross-reward") - 7.0).abs() < 1e-9);
    let exact: HtmlInputElement = find(&w, "#b1-stake-exact").dyn_into().expect("input");
    assert_eq!(exact.value(), "100", "the exact entry follows the slider");
    assert_eq!(find(&w, "#b1-stake").get_attribute("aria-valuetext").as_deref(), Some("100 ETH"));
    let path_before = find(&w, "path.rx-chart__line--restaked").get_attribute("d");
    type_into(&w, "#b1-base", "6", "input").await;
    assert_ne!(find(&w, "path.rx-chart__line--restaked").get_attribute("d"), path_before);
}

#[wasm_bindgen_test]
async fn exact_entry_accepts_clamps_and_refuses() {
    let w = mount(&[], "b2", false).await;
    type_into(&w, "#b2-stake-exact", "64", "change").await;
    assert!((number(&w, "base-reward") - 2.24).abs() < 1e-9);
    assert_eq!(count(&w, ".rx-notices__item"), 0);

    type_into(&w, "#b2-stake-exact", "1e9", "change").await;
    assert_eq!(number(&w, "slash-loss"), 5_000.0, "5 % of the 100,000 ETH maximum");
    let notice = find(&w, ".rx-notices__item").text_content().unwrap_or_default();
    assert!(notice.contains("100,000"), "{notice}");

    type_into(&w, "#b2-base-exact", "lots", "change").await;
    assert!((number(&w, "base-reward") - 3_500.0).abs() < 1e-6, "the rate kept 3.5 %");
    let exact: HtmlInputElement = find(&w, "#b2-base-exact").dyn_into().expect("input");
    assert_eq!(exact.value(), "3.5", "refused text is replaced by the kept value");
    assert_eq!(count(&w, ".rx-notices__item"), 2);

    click(&w, &button(&w, "Dismiss")).await;
    assert_eq!(count(&w, ".rx-notices__item"), 0);
}

#[wasm_bindgen_test]
async fn services_can_be_added_renamed_and_removed() {
    let w = mount(&[], "b3", false).await;
    assert_eq!(count(&w, "fieldset.rx-service"), 2);
    click(&w, &button(&w, "Add a service")).await;
    assert_eq!(count(&w, "fieldset.rx-service"), 3);
    // The new service adds 1 % of 32 ETH.
    assert!((number(&w, "extra-reward") - 1.44).abs() < 1e-9);
    type_into(&w, "#b3-service-2-name", "Oracle", "change").await;
    assert_eq!(find(&w, "[data-service='2'] legend").text_content().as_deref(), Some("Oracle"));
    click(&w, &button(&w, "Remove")).await;
    click(&w, &button(&w, "Remove")).await;
    click(&w, &button(&w, "Remove")).await;
    assert_eq!(count(&w, "fieldset.rx-service"), 0);
    assert_eq!(value(&w, "years-erased"), "", "no extra reward: none");
}

#[wasm_bindgen_test]
async fn the_correlated_model_and_reset() {
    let w = mount(&[("prob", "10,20")], "b4", false).await;
    assert!((number(&w, "combined-slash-probability") - 28.0).abs() < 1e-9);
    click(&w, "#b4-model-correlated").await;
    assert!((number(&w, "combined-slash-probability") - 20.0).abs() < 1e-9);
    type_into(&w, "#b4-slash", "50", "input").await;
    click(&w, &button(&w, "Back to the worked example")).await;
    assert!((number(&w, "slash-loss") - 1.6).abs() < 1e-9);
    assert!((number(&w, "combined-slash-probability") - (100.0 - 98.0 * 0.98)).abs() < 1e-9);
}

#[wasm_bindgen_test]
async fn two_widgets_keep_their_own_state() {
    let a = mount(&[], "b5a", false).await;
    let b = mount(&[("stake", "10")], "b5b", false).await;
    type_into(&a, "#b5a-stake", "200", "input").await;
    assert!((number(&a, "base-reward") - 7.0).abs() < 1e-9);
    assert!((number(&b, "base-reward") - 0.35).abs() < 1e-9);
}

#[wasm_bindgen_test]
async fn the_standalone_widget_writes_its_state_to_the_url_in_place() {
    let window = web_sys::window().expect("window");
    let history = window.history().expect("history");
    let original = window.location().href().expect("href");
    let entries = history.length().expect("length");
    let w = mount(&[], "b6", true).await;
    type_into(&w, "#b6-stake", "48", "input").await;
    type_into(&w, "#b6-service-0-rate", "3", "input").await;
    // Two changes in quick succession: written once they pause for 400 ms.
    sleep_ms(450).await;
    let search = window.location().search().expect("search");
    assert!(search.contains("stake=48"), "{search}");
    assert!(search.contains("services=3,1.5"), "{search}");
    // A change after that rest: written in a task of its own, straight after it.
    type_into(&w, "#b6-stake", "50", "input").await;
    sleep_ms(20).await;
    let search = window.location().search().expect("search");
    assert!(search.contains("stake=50"), "{search}");
    assert_eq!(history.length().expect("length"), entries, "no new history entry");
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&original))
        .expect("restore");
}

fn attr_number(root: &Element, css: &str, attr: &str) -> f64 {
    find(root, css).get_attribute(attr).expect("attribute").parse().expect("a number")
}

#[wasm_bindgen_test]
async fn adding_a_service_adds_a_branch() {
    let w = mount(&[], "b7", false).await;
    assert_eq!(count(&w, ".rx-fan [data-branch]"), 3);
    click(&w, &button(&w, "Add a service")).await;
    assert_eq!(count(&w, ".rx-fan [data-branch]"), 4);
    assert!(find(&w, ".rx-fan [data-branch='service-2']")
        .text_content()
        .unwrap_or_default()
        .contains("Data layer"));
    click(&w, &button(&w, "Remove")).await;
    assert_eq!(count(&w, ".rx-fan [data-branch]"), 3);
}

#[wasm_bindgen_test]
async fn a_simulated_slash_shrinks_the_deposit_by_the_slash_loss_and_undo_restores_it() {
    let w = mount(&[("stake", "40"), ("slash", "10")], "b8", false).await;
    let r_full = attr_number(&w, ".rx-fan__deposit", "r");
    assert_eq!(count(&w, "[data-after]"), 0);
    click(&w, "[data-simulate='service-1']").await;
    // By hand: 10 % of 40 ETH is 4 ETH, leaving 36; the extra reward is
    // 40·(2 + 1.5) % = 1.4 ETH a year, so 4 ETH erases 4 / 1.4 = 2.857… years.
    let left = attr_number(&w, ".rx-fan__deposit", "data-stake-left");
    assert!((left - 36.0).abs() < 1e-9, "shrinks by exactly the slash loss");
    assert!((attr_number(&w, "[data-after='stake-left']", "data-value") - 36.0).abs() < 1e-12);
    let erased = attr_number(&w, "[data-after='years-erased']", "data-value");
    assert!((erased - 4.0 / 1.4).abs() < 1e-9);
    // Area in proportion: 90 % of the stake, √0.9 of the radius.
    let r_after = attr_number(&w, ".rx-fan__deposit", "r");
    assert!((r_after - r_full * 0.9f64.sqrt()).abs() < 0.01, "{r_after} vs {r_full}");
    assert_eq!(count(&w, ".rx-fan__pulse"), 1, "the loss leaves along one arrow");
    assert!((number(&w, "slash-loss") - 4.0).abs() < 1e-9, "data-result keeps its definition");
    click(&w, &button(&w, "Undo last slash")).await;
    assert_eq!(attr_number(&w, ".rx-fan__deposit", "data-stake-left"), 40.0);
    assert_eq!(attr_number(&w, ".rx-fan__deposit", "r"), r_full);
    assert_eq!(count(&w, "[data-after]"), 0);
}

#[wasm_bindgen_test]
async fn a_correlated_fault_slashes_every_service_at_once() {
    let w = mount(&[("model", "correlated")], "b9", false).await;
    click(&w, "[data-simulate='service-0']").await;
    let left = attr_number(&w, ".rx-fan__deposit", "data-stake-left");
    assert!((left - 32.0 * 0.95 * 0.95).abs() < 1e-9);
    assert_eq!(count(&w, ".rx-fan__pulse"), 2, "a pulse on every service's arrow");
}

async fn key(root: &Element, css: &str, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("keyboard event");
    find(root, css).dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_stepper_works_by_keyboard_and_lights_up_the_diagram() {
    let w = mount(&[], "b10", false).await;
    let selected = |w: &Element| find(w, "[role=tab][aria-selected='true']").id();
    assert_eq!(selected(&w), "b10-step-tab-1");
    assert!(find(&w, ".rx-fan").class_list().contains("rx-fan--focus-stake"));
    find(&w, "#b10-step-tab-1").dyn_into::<HtmlElement>().expect("tab").focus().expect("focus");
    key(&w, "#b10-step-tab-1", "ArrowRight").await;
    assert_eq!(selected(&w), "b10-step-tab-2");
    let active = document().active_element().map(|e| e.id()).unwrap_or_default();
    assert_eq!(active, "b10-step-tab-2", "focus follows the selected step");
    assert!(find(&w, ".rx-fan").class_list().contains("rx-fan--focus-deposit"));
    key(&w, "#b10-step-tab-2", "End").await;
    assert_eq!(find(&w, "[role=tabpanel]").get_attribute("data-step").as_deref(), Some("5"));
    assert!(find(&w, ".rx-fan").class_list().contains("rx-fan--focus-exit"));
    assert!(count(&w, ".rx-timeline__item") == 3);
    click(&w, &button(&w, "← Back")).await;
    assert_eq!(selected(&w), "b10-step-tab-4");
}

#[wasm_bindgen_test]
async fn a_comparison_row_lights_up_its_part_of_the_diagram() {
    let w = mount(&[], "b11", false).await;
    let fan = || find(&w, ".rx-fan").class_list();
    assert!(fan().contains("rx-fan--focus-stake"), "the flow's step 1 at first");
    click(&w, ".rx-compare__row[data-row='2'] .rx-compare__pick").await;
    assert!(fan().contains("rx-fan--focus-rewards"));
    let pick = find(&w, ".rx-compare__row[data-row='2'] .rx-compare__pick");
    assert_eq!(pick.get_attribute("aria-pressed").as_deref(), Some("true"));
    click(&w, ".rx-compare__row[data-row='3'] .rx-compare__pick").await;
    assert!(fan().contains("rx-fan--focus-slashing"));
    assert_eq!(count(&w, ".rx-compare__row--selected"), 1);
    click(&w, ".rx-compare__row[data-row='3'] .rx-compare__pick").await;
    assert!(fan().contains("rx-fan--focus-stake"), "a second press hands back to the flow");
}

#[wasm_bindgen_test]
async fn a_risk_link_moves_the_flow_to_its_step_and_lights_up_the_diagram() {
    let w = mount(&[], "b12", false).await;
    // Liquidity and de-peg enters at step 5, on the way out.
    click(&w, ".rx-risk[data-risk='2'] .rx-risk__link").await;
    assert_eq!(find(&w, "[role=tabpanel]").get_attribute("data-step").as_deref(), Some("5"));
    assert!(find(&w, ".rx-fan").class_list().contains("rx-fan--focus-exit"));
    // Smart-contract risk enters at step 2, at the deposit.
    click(&w, ".rx-risk[data-risk='1'] .rx-risk__link").await;
    assert_eq!(find(&w, "[role=tabpanel]").get_attribute("data-step").as_deref(), Some("2"));
    assert!(find(&w, ".rx-fan").class_list().contains("rx-fan--focus-deposit"));
    assert!(find(&w, ".rx-risk[data-risk='1']").class_list().contains("rx-risk--selected"));
}

/// In the browser, numbers are read and written by the browser's own conversions:
/// they must accept exactly the syntax the native build accepts, and round-trip.
#[wasm_bindgen_test]
fn browser_number_conversions_agree_with_the_native_ones() {
    use restaking_explainer::number_text::{parse, shortest};
    assert_eq!(parse("3.5"), Some(3.5));
    assert_eq!(parse("+.5"), Some(0.5));
    assert_eq!(parse("2.5E-2"), Some(0.025));
    assert_eq!(parse("-Infinity"), Some(f64::NEG_INFINITY));
    // JavaScript alone would read these as numbers (or as 12); the widget refuses them.
    for text in ["", "0x10", "0b1", "12abc", "1 2", "NaN", "1e"] {
        assert_eq!(parse(text), None, "{text:?}");
    }
    assert_eq!(shortest(1.12), "1.12");
    assert_eq!(shortest(32.0), "32");
    assert_eq!(shortest(0.1 + 0.2), "0.30000000000000004");
    let mut v = 0.000_123_456_789_f64;
    for _ in 0..40 {
        assert_eq!(parse(&shortest(v)), Some(v), "{v}");
        v = v * 3.7 + 0.013;
    }
}

/// The browser's number reader (behind the shared syntax check) against Rust's own
/// parser, on many generated strings of the characters a URL value may hold: what the
/// widget accepts must read exactly as Rust reads it.
#[wasm_bindgen_test]
fn the_browser_number_reader_agrees_with_rusts_on_generated_text() {
    use restaking_explainer::number_text::parse;
    const ALPHABET: &[u8] = b"-+0123456789.eEinfatyIN x";
    // A fixed linear congruential generator: the same strings on every run.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    let mut accepted = 0;
    for _ in 0..20_000 {
        let len = next() % 10;
        let text: String =
            (0..len).map(|_| char::from(ALPHABET[next() % ALPHABET.len()])).collect();
        if let Some(v) = parse(&text) {
            accepted += 1;
            assert_eq!(Some(v), text.parse::<f64>().ok(), "{text:?}");
        }
    }
    // Digits only, with a point or an exponent: a share that reads as numbers.
    for _ in 0..5_000 {
        let text = format!("{}.{}e{}", next() % 100_000, next() % 1_000, next() % 40);
        assert_eq!(parse(&text), text.parse::<f64>().ok(), "{text:?}");
    }
    assert!(accepted > 100, "the generator reaches numbers too ({accepted})");
}

/// Mounts a script embed the way embed.js does, into a box in a shadow root, and returns
/// the shadow root once the widget is drawn.
async fn mount_embed(attrs: &[(&str, &str)]) -> web_sys::ShadowRoot {
    let host = document().create_element("div").expect("div");
    if !attrs.iter().any(|(name, _)| *name == "data-restaking-explainer") {
        host.set_attribute("data-restaking-explainer", "").expect("attribute");
    }
    for (name, value) in attrs {
        host.set_attribute(name, value).expect("attribute");
    }
    document().body().expect("body").append_child(&host).expect("append");
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("a shadow root");
    let root = document().create_element("div").expect("div");
    root.set_attribute("class", "rx-host").expect("class");
    shadow.append_child(&root).expect("append");
    restaking_explainer::embed::mount(host.clone(), root, None);
    yew::scheduler::flush().await;
    assert_eq!(host.get_attribute("data-rx-state").as_deref(), Some("mounted"));
    for _ in 0..100 {
        if shadow.query_selector(".rx-host [data-rx-root]").expect("selector").is_some() {
            return shadow;
        }
        sleep_ms(20).await;
    }
    panic!("the embed never drew its widget");
}

/// Waits `ms` milliseconds.
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("timer");
}

fn in_shadow(shadow: &web_sys::ShadowRoot, css: &str) -> HtmlElement {
    shadow
        .query_selector(css)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no {css}"))
        .dyn_into()
        .expect("an element")
}

#[wasm_bindgen_test]
async fn inside_an_embed_the_stepper_keys_move_focus_to_the_selected_tab() {
    let shadow = mount_embed(&[("data-step", "2")]).await;
    in_shadow(&shadow, "#rx-step-tab-2").focus().expect("focus");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("keyboard event");
    in_shadow(&shadow, "#rx-step-tab-2").dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
    let selected = in_shadow(&shadow, "[role=tab][aria-selected='true']").id();
    assert_eq!(selected, "rx-step-tab-3");
    let focused = shadow.active_element().map(|e| e.id()).unwrap_or_default();
    assert_eq!(focused, "rx-step-tab-3", "focus follows the selection inside the shadow root");
}

#[wasm_bindgen_test]
async fn inside_an_embed_in_page_links_scroll_the_widget_and_leave_the_host_url_alone() {
    let window = web_sys::window().expect("window");
    let before = window.location().href().expect("href");
    let shadow = mount_embed(&[]).await;
    in_shadow(&shadow, ".rx-risk[data-risk='2'] .rx-risk__link").click();
    yew::scheduler::flush().await;
    assert_eq!(window.location().href().expect("href"), before, "no fragment in the host's URL");
    let focused = shadow.active_element().map(|e| e.id()).unwrap_or_default();
    assert_eq!(focused, "rx-fan-out", "the link's target, found inside the shadow root");
}

#[wasm_bindgen_test]
async fn renaming_a_service_keeps_its_row_its_focus_and_no_ghost_branch() {
    // Names wait in "more settings", which a link's own names open.
    let w = mount(&[("names", "Alpha,Beta")], "b14", false).await;
    let input: HtmlInputElement = find(&w, "#b14-service-0-name").dyn_into().expect("input");
    input.focus().expect("focus");
    type_into(&w, "#b14-service-0-name", "Oracle", "change").await;
    let still: HtmlInputElement = find(&w, "#b14-service-0-name").dyn_into().expect("input");
    assert!(still.is_same_node(Some(&input)), "the same row, not a rebuilt one");
    let focused = document().active_element().map(|e| e.id()).unwrap_or_default();
    assert_eq!(focused, "b14-service-0-name", "focus stays in the renamed row");
    assert_eq!(count(&w, ".rx-fan__ghost"), 0, "no fading branch for the old name");
    assert!(find(&w, ".rx-fan [data-branch='service-0']")
        .text_content()
        .unwrap_or_default()
        .contains("Oracle"));
}

#[wasm_bindgen_test]
async fn an_embed_reads_the_new_attributes_like_the_url() {
    let shadow = mount_embed(&[
        ("data-restaking-explainer", "calculator"),
        ("data-model", "allocated"),
        ("data-alloc", "60,30"),
        ("data-lrtfee", "5"),
        ("data-path", "lrt"),
    ])
    .await;
    let value = |name: &str| -> f64 {
        in_shadow(&shadow, &format!("output[data-result='{name}']"))
            .get_attribute("data-value")
            .expect("data-value")
            .parse()
            .expect("a number")
    };
    // By hand: 32·(0.6·2 + 0.3·1.5) % · 0.95 = 0.5016 ETH; the largest slice, 60 % of
    // 32 ETH, slashed 5 %: 0.96 ETH.
    assert!((value("extra-reward") - 0.5016).abs() < 1e-12);
    assert!((value("slash-loss") - 0.96).abs() < 1e-12);
    let chosen = shadow.query_selector("[data-route][aria-pressed='true']").expect("selector");
    assert!(chosen.is_none(), "an LRT fee of 5 % is no route's");
    // A bad attribute: a plain notice, and nothing else lost.
    let bad = mount_embed(&[
        ("data-restaking-explainer", "calculator"),
        ("data-alloc", "lots"),
        ("data-stake", "64"),
    ])
    .await;
    let notice = in_shadow(&bad, ".rx-notices__item").text_content().unwrap_or_default();
    assert!(notice.contains("“lots” is not a number"), "{notice}");
    let base: f64 = in_shadow(&bad, "output[data-result='base-reward']")
        .get_attribute("data-value")
        .expect("data-value")
        .parse()
        .expect("a number");
    assert!((base - 2.24).abs() < 1e-12);
}

/// Every component's render count so far (see src/renders.rs).
fn renders() -> std::collections::BTreeMap<String, u32> {
    restaking_explainer::renders::render_counts()
        .split(',')
        .filter_map(|pair| pair.split_once(' '))
        .map(|(name, k)| (name.to_owned(), k.parse().expect("a count")))
        .collect()
}

/// What `act` re-rendered: each component drawn since, with how many times.
async fn rendered_by(act: impl std::future::Future<Output = ()>) -> Vec<(String, u32)> {
    let before = renders();
    act.await;
    renders()
        .into_iter()
        .map(|(name, k)| {
            let was = before.get(&name).copied().unwrap_or(0);
            (name, k - was)
        })
        .filter(|(_, k)| *k > 0)
        .collect()
}

fn names(list: &[(&str, u32)]) -> Vec<(String, u32)> {
    list.iter().map(|(n, k)| ((*n).to_owned(), *k)).collect()
}

#[wasm_bindgen_test]
async fn a_move_re_renders_only_the_parts_that_show_what_it_changed() {
    let w = mount(&[], "b20", false).await;
    // The stake: its own field and the parts that quote a figure; not the flow (whose
    // first step quotes none), the fixed parts, the services or the other fields. Nor
    // the comparison and the risks, whose few figures are drawn on their own, and
    // follow.
    let risk_now = || find(&w, ".rx-risk__now").text_content().unwrap_or_default();
    let was = risk_now();
    let stake = rendered_by(type_into(&w, "#b20-stake", "40", "input")).await;
    assert_eq!(stake, names(&[("App", 1), ("Calculator", 1), ("FanOut", 1), ("NumberField", 1)]));
    let base = find(&w, "output[data-result='base-reward']").text_content().unwrap_or_default();
    let compared = find(&w, ".rx-compare__figure").text_content().unwrap_or_default();
    assert_eq!(compared, base, "the comparison's first figure is the base reward");
    assert_ne!(risk_now(), was, "the first risk quotes the new stake's expected cost");
    // A step of the flow: the stepper, and the diagram that lights the step up.
    // (Step 2 names EigenLayer, a term of the glossary: its button is drawn once.)
    let step = rendered_by(click(&w, &button(&w, "Next"))).await;
    assert_eq!(step, names(&[("App", 1), ("FanOut", 1), ("Flow", 1), ("TermButton", 1)]));
    // At step 4 the flow quotes the rewards, so the stake reaches it too.
    click(&w, &button(&w, "Next")).await;
    click(&w, &button(&w, "Next")).await;
    let quoted = rendered_by(type_into(&w, "#b20-stake", "100", "input")).await;
    assert!(quoted.iter().any(|(n, _)| n == "Flow"), "{quoted:?}");
    let detail = find(&w, ".rx-flow__detail").text_content().unwrap_or_default();
    let base = find(&w, "output[data-result='base-reward']").text_content().unwrap_or_default();
    assert!(base.starts_with("3.5"), "100 × 3.5 %: {base}");
    assert!(detail.contains(&format!("{base} a year from Ethereum")), "{detail}");
}

#[wasm_bindgen_test]
async fn under_the_allocated_model_a_stake_move_reaches_every_slice() {
    let w = mount(&[("model", "allocated")], "b21", false).await;
    let read =
        || find(&w, "#b21-service-0-alloc").get_attribute("aria-valuetext").unwrap_or_default();
    assert!(read().ends_with("16\u{a0}ETH"), "half of 32: {}", read());
    type_into(&w, "#b21-stake", "40", "input").await;
    assert!(read().ends_with("20\u{a0}ETH"), "half of 40: {}", read());
}

#[wasm_bindgen_test]
async fn a_long_drag_rewrites_the_url_within_the_browsers_budget_and_ends_on_its_last_value() {
    let window = web_sys::window().expect("window");
    let original = window.location().href().expect("href");
    let count_writes = js_sys::Function::new_no_args(
        "window.__rxWrites = 0; window.__rxReplace = history.replaceState; \
         history.replaceState = function (...a) { window.__rxWrites++; return window.__rxReplace.apply(history, a); };",
    );
    count_writes.call0(&wasm_bindgen::JsValue::NULL).expect("wrap replaceState");
    let w = mount(&[], "b22", true).await;
    let start = js_sys::Date::now();
    for stake in 1..=100 {
        type_into(&w, "#b22-stake", &stake.to_string(), "input").await;
    }
    let writes = || {
        js_sys::Reflect::get(&window, &"__rxWrites".into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(-1.0)
    };
    // The mount's own write, and one once the drag stops (a slow machine's pause of
    // 400 ms mid-drag adds one): not one a move.
    let seconds = (js_sys::Date::now() - start) / 1000.0;
    assert!(writes() <= 5.0, "{} writes in {seconds} s", writes());
    assert!(seconds < 10.0, "the moves took {seconds} s: too slow to tell");
    sleep_ms(700).await;
    let search = window.location().search().expect("search");
    assert!(search.contains("stake=100"), "the drag's last value: {search}");
    let restore = js_sys::Function::new_no_args("history.replaceState = window.__rxReplace;");
    restore.call0(&wasm_bindgen::JsValue::NULL).expect("restore replaceState");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&original))
        .expect("restore");
}

#[wasm_bindgen_test]
async fn a_progressive_widget_draws_a_block_per_task_and_is_live_only_when_whole() {
    let container = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&container).expect("append");
    let lives = std::rc::Rc::new(std::cell::Cell::new(0));
    let on_live = {
        let lives = lives.clone();
        yew::Callback::from(move |()| lives.set(lives.get() + 1))
    };
    yew::Renderer::<App>::with_root_and_props(
        container.clone(),
        AppProps {
            progressive: true,
            on_live: Some(on_live),
            ..AppProps::embedded(config::Config::default(), "b23")
        },
    )
    .render();
    yew::scheduler::flush().await;
    // The whole explainer: the opening first, alone, and not yet live.
    assert_eq!(count(&container, ".rx-intro"), 1);
    assert_eq!(count(&container, ".rx-part"), 0, "no part before the next task");
    assert_eq!(count(&container, "[data-rx-ready]"), 0);
    assert_eq!(lives.get(), 0);
    sleep_ms(500).await;
    assert_eq!(count(&container, "[data-rx-ready]"), 1);
    for id in ["fan-out", "flow", "calculator", "compare", "risks"] {
        assert_eq!(count(&container, &format!("#b23-{id}")), 1, "{id}");
    }
    assert_eq!(lives.get(), 1, "live once");
}

#[wasm_bindgen_test]
async fn the_embed_panel_follows_the_state_only_while_it_is_open() {
    let container = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&container).expect("append");
    yew::Renderer::<App>::with_root_and_props(
        container.clone(),
        AppProps { embed_code: true, ..AppProps::embedded(config::Config::default(), "b24") },
    )
    .render();
    yew::scheduler::flush().await;
    let w = container;
    let closed = rendered_by(type_into(&w, "#b24-stake", "40", "input")).await;
    assert!(!closed.iter().any(|(n, _)| n == "EmbedCode"), "{closed:?}");
    let query =
        || find(&w, "[data-rx-embed-panel]").get_attribute("data-rx-query").unwrap_or_default();
    assert_eq!(query(), "", "a folded panel is given no numbers");
    // Opening the panel (its `toggle` event comes in a task of its own).
    find(&w, ".rx-embed__summary").dyn_into::<HtmlElement>().expect("summary").click();
    sleep_ms(50).await;
    yew::scheduler::flush().await;
    // Its script (web/embed-panel.js, which this test page cannot load) is given every
    // number, and again when one changes.
    assert!(query().starts_with("stake=40&base=3.5&"), "{}", query());
    let open = rendered_by(type_into(&w, "#b24-stake", "41", "input")).await;
    assert!(open.iter().any(|(n, _)| n == "EmbedCode"), "{open:?}");
    assert!(query().starts_with("stake=41&"), "{}", query());
}
