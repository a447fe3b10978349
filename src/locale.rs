//! The words the widget shows now. In the wasm there are none until the page hands them
//! over ([`set`], through `words` in src/lib.rs): web/boot.js passes the ones its page
//! carries (src/bin/prerender.rs writes them in), web/embed.js fetches the locale's file,
//! holding only the messages its build asks for (scripts/locales.mjs). So no reader
//! downloads a word twice, or a locale they do not read, and each part's build carries
//! only its own words. Natively (the prerender step, the tests) English is built in:
//! build.rs compiles `locales/en.ftl` into the compact form [`Table::decode`] reads.
//!
//! The code asks for a message by its marker, `id!("…")`, which is its place in that form.
//!
//! The words are set once per page and kept for its life (they are leaked, a few KB), so
//! a fixed sentence is a plain `&'static str` and costs nothing to show again.

use crate::i18n::{index_of, Arg, Piece, Table};
use std::cell::Cell;

/// English, the source, compiled from `locales/en.ftl` by build.rs (natively only).
#[cfg(not(target_arch = "wasm32"))]
pub const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.txt"));
#[cfg(target_arch = "wasm32")]
const ENGLISH: &str = "en\n";

thread_local! {
    static ENGLISH_WORDS: &'static Table = Box::leak(Box::new(
        Table::decode(ENGLISH).unwrap_or_default(),
    ));
    static CURRENT: Cell<Option<&'static Table>> = const { Cell::new(None) };
}

/// English's words.
pub fn english() -> &'static Table {
    ENGLISH_WORDS.with(|w| *w)
}

/// The words in use: those given to [`set`], else English (natively; none in the wasm).
pub fn words() -> &'static Table {
    CURRENT.with(Cell::get).unwrap_or_else(english)
}

/// Uses `text`, a locale's compact file, from now on; English again for `None`. Text
/// that cannot be read, or is of a locale we do not have, is refused with the reason and
/// changes nothing.
pub fn set(text: Option<&str>) -> Result<(), String> {
    let Some(text) = text else {
        CURRENT.with(|c| c.set(None));
        return Ok(());
    };
    let words = Table::decode(text)?;
    if crate::i18n::supported(&words.lang).is_none_or(|l| l.code != words.lang) {
        return Err(format!("no such locale: “{}”", words.lang));
    }
    CURRENT.with(|c| c.set(Some(&*Box::leak(Box::new(words)))));
    Ok(())
}

/// The locale in use (`"en"`, `"tr"`, `"ar"`).
pub fn lang() -> &'static str {
    crate::i18n::supported(&words().lang).map_or("en", |l| l.code)
}

/// Whether the locale in use runs right to left.
pub fn rtl() -> bool {
    crate::i18n::supported(lang()).is_some_and(|l| l.rtl)
}

/// A fixed sentence: the message `id` (its marker, `id!("…")`), which takes no value. A
/// message the locale lacks is English's; one no locale has shows as its marker (the
/// test command makes sure every id the code asks for is in `locales/en.ftl`). Never
/// inlined: the marker must stay in the wasm's data, where scripts/locales.mjs finds it.
#[inline(never)]
pub fn t(id: &'static str) -> &'static str {
    let index = index_of(id).unwrap_or(usize::MAX);
    let text = |words: &'static Table| match words.pattern(index) {
        Some([Piece::Text(text)]) => Some(text.as_str()),
        Some([]) => Some(""),
        _ => None,
    };
    text(words()).or_else(|| text(english())).unwrap_or(id)
}

/// The message `id` (its marker) with `args` in its placeholders, in the locale in use
/// (or English's where the locale lacks it). Never inlined, as [`t`].
#[inline(never)]
pub fn tf(id: &str, args: &[(&str, Arg)]) -> String {
    let index = index_of(id).unwrap_or(usize::MAX);
    let words = if words().pattern(index).is_some() { words() } else { english() };
    words.format(index, args)
}

// Natively: they compile a locale's Fluent file, which the wasm never does.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn english_is_built_in_and_a_locale_replaces_it_until_unset() {
        assert_eq!(t(id!("reset")), "Back to the worked example");
        // A Turkish file with the one message (at its place), as compiled.
        let ftl = "reset = Çalışılmış örneğe dön";
        let turkish = crate::i18n::compile("tr", ftl, &crate::ids::IDS).expect("compiles");
        set(Some(&turkish)).expect("a compact file");
        assert_eq!(lang(), "tr");
        assert_eq!(t(id!("reset")), "Çalışılmış örneğe dön");
        // What Turkish lacks is English's.
        assert_eq!(t(id!("dismiss")), "Dismiss");
        assert!(set(Some("tr\n{unclosed")).is_err());
        assert!(set(Some("xx\nX")).is_err());
        assert_eq!(lang(), "tr", "a file that cannot be read changes nothing");
        set(None).expect("English");
        assert_eq!(t(id!("reset")), "Back to the worked example");
        assert_eq!(lang(), "en");
    }
}
