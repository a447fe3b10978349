//! How many times each component has been drawn since the page started. The benchmark
//! (scripts/bench.mjs) and the browser tests read it to see what one slider move
//! re-renders. A handful of counters, one per component name: it never grows.

use std::cell::RefCell;

thread_local! {
    static COUNTS: RefCell<Vec<(&'static str, u32)>> = const { RefCell::new(Vec::new()) };
}

/// Counts one render of the component `name`. Called first thing in every component.
pub fn count(name: &'static str) {
    COUNTS.with(|counts| {
        let mut counts = counts.borrow_mut();
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, k)) => *k = k.wrapping_add(1),
            None => counts.push((name, 1)),
        }
    });
}

/// Every component's render count so far, as `name count` pairs joined by commas
/// (`App 2,Flow 1`), in the order the components were first drawn.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = renderCounts)]
pub fn render_counts() -> String {
    COUNTS.with(|counts| {
        let mut out = String::new();
        for (name, k) in counts.borrow().iter() {
            if !out.is_empty() {
                out.push(',');
            }
            out.push_str(name);
            out.push(' ');
            out.push_str(&k.to_string());
        }
        out
    })
}
