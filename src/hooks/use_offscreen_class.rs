//! Puts a class on an element while it is off screen, through an IntersectionObserver,
//! so CSS can pause its animations there. No re-render: the class is set directly.
//!
//! ```ignore
//! let figure = use_node_ref();
//! use_offscreen_class(figure.clone(), "rx-fan--offscreen");
//! html! { <div ref={figure}>{ "…" }</div> }
//! ```

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};
use yew::prelude::*;

/// Adds `class` to the element behind `node` whenever none of it is in the viewport,
/// and removes it when it comes back. The observer is disconnected on unmount.
#[hook]
pub fn use_offscreen_class(node: NodeRef, class: &'static str) {
    use_effect_with(node, move |node| {
        let element = node.cast::<Element>();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            for entry in entries.iter() {
                let entry: IntersectionObserverEntry = entry.unchecked_into();
                let target = entry.target();
                // Failing to toggle a class only costs a paused animation; ignore it.
                let _ = if entry.is_intersecting() {
                    target.class_list().remove_1(class)
                } else {
                    target.class_list().add_1(class)
                };
            }
        });
        let observer = IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let (Some(observer), Some(element)) = (&observer, &element) {
            observer.observe(element);
        }
        move || {
            if let Some(observer) = observer {
                observer.disconnect();
            }
            drop(callback);
        }
    });
}
