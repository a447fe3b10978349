//! The messages' ids, and `id!`, which turns an id into its marker at compile time (both
//! written by build.rs from `locales/en.ftl`; see `crate::i18n::marker`). Every message
//! the code shows is asked for as `t(id!("…"))` or `tf(id!("…"), …)`.

include!(concat!(env!("OUT_DIR"), "/ids.rs"));
