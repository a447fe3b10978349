//! Hooks that touch the browser. Each one acts only in effects, so components that
//! use them still render under the server-side renderer.

mod use_offscreen_class;

pub use use_offscreen_class::use_offscreen_class;
