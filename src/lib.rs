//! Restaking, explained: an interactive explainer of ETH restaking.
//!
//! `model` is the pure restaking model; `config` reads URL parameters into it;
//! `format` and `copy` turn numbers into words; `components` draw it all with Yew.

pub mod model;
