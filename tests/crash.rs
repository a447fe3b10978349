//! A real panic, in its own browser test binary: a panic aborts the wasm instance it
//! happens in, so it must not share one with the other browser tests. A component
//! panics in a click handler; the hook that start-up installs must put the readable
//! message in place of this instance's widget and leave everything else alone.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A button that panics when pressed, as a bug in a handler would.
#[component]
fn Faulty() -> Html {
    let onclick = Callback::from(|_: MouseEvent| panic!("a bug in a click handler"));
    html! { <button id="faulty" {onclick}>{ "Press" }</button> }
}

#[wasm_bindgen_test]
async fn a_panic_in_a_component_shows_the_message_through_the_installed_hook() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let body = document.body().expect("body");
    let root = document.create_element("div").expect("div");
    body.append_child(&root).expect("append");
    let other = document.create_element("p").expect("p");
    other.set_text_content(Some("the host page's own text"));
    body.append_child(&other).expect("append");

    restaking_explainer::browser::install_panic_message();
    restaking_explainer::embed::remember_root(&root);
    yew::Renderer::<Faulty>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert!(root.query_selector("#faulty").expect("selector").is_some());

    // The listener's panic aborts inside the browser's event dispatch, which reports it
    // and returns here; what the page shows afterwards is what a reader would see.
    root.query_selector("#faulty")
        .expect("selector")
        .expect("the button")
        .dyn_into::<HtmlElement>()
        .expect("an element")
        .click();

    let alert = root.query_selector("[role=alert]").expect("selector").expect("a crash message");
    assert_eq!(alert.text_content().as_deref(), Some(restaking_explainer::browser::CRASH_MESSAGE));
    assert!(
        root.query_selector("#faulty").expect("selector").is_none(),
        "the broken widget is gone"
    );
    assert_eq!(other.text_content().as_deref(), Some("the host page's own text"));
}
