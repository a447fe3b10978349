//! The wasm binary's entry point. It does nothing by itself: the page's loader decides
//! what to start. `boot.js` (standalone and iframe pages) calls the exported `start`;
//! `embed.js` calls `mount` for each of the host page's elements. So a widget embedded
//! in someone's article never looks at their page beyond its own element.

fn main() {}
