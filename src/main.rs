//! The wasm binary's entry point. It starts nothing by itself: the page's loader decides.
//! `boot.js` (standalone and iframe pages) calls the exported `start`; `embed.js` calls
//! `mount` for each of the host page's elements. So a widget embedded in someone's
//! article never looks at their page beyond its own element. All `main` does is install
//! the panic hook that puts a readable message in place of a crashed widget.

fn main() {
    restaking_explainer::browser::install_panic_message();
}

/// Talc in place of the default dlmalloc: the same job in fewer bytes of wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
