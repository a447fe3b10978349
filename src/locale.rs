//! The words the widget shows now. In the wasm there are none until the page hands them
//! over ([`set`], through `words` in src/lib.rs): web/boot.js passes the ones its page
//! carries (src/bin/prerender.rs writes them in), web/embed.js fetches the locale's file,
//! holding only the messages its build asks for (scripts/locales.mjs). So no reader
//! downloads a word twice, or a locale they do not read, and each part's build carries
//! only its own words. Natively (the prerender step, the tests) English is built in:
//! build.rs compiles `locales/en.ftl` into the compact form [`Words::decode`] reads.
//!
//! The words are set once per page and kept for its life (they are leaked, a few KB), so
//! a fixed sentence is a plain `&'static str` and costs nothing to show again.

use crate::i18n::{Arg, Piece, Words};
use std::cell::Cell;

/// English, the source, compiled from `locales/en.ftl` by build.rs (natively only).
#[cfg(not(target_arch = "wasm32"))]
pub const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.txt"));
#[cfg(target_arch = "wasm32")]
const ENGLISH: &str = "en\n";

thread_local! {
    static ENGLISH_WORDS: &'static Words = Box::leak(Box::new(
        Words::decode(ENGLISH).unwrap_or_default(),
    ));
    static CURRENT: Cell<Option<&'static Words>> = const { Cell::new(None) };
}

/// English's words.
pub fn english() -> &'static Words {
    ENGLISH_WORDS.with(|w| *w)
}

/// The words in use: those given to [`set`], else English (natively; none in the wasm).
pub fn words() -> &'static Words {
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
    let words = Words::decode(text)?;
    if crate::i18n::supported(&words.lang).is_none_or(|l| l.code != words.lang) {
        return Err(format!("no such locale: {:?}", words.lang));
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

/// A fixed sentence: the message `id`, which takes no value. A message the locale lacks
/// is English's; one no locale has shows as its id (the test command makes sure every id
/// the code asks for is in `locales/en.ftl`).
pub fn t(id: &'static str) -> &'static str {
    let text = |words: &'static Words| match words.pattern(id) {
        Some([Piece::Text(text)]) => Some(text.as_str()),
        Some([]) => Some(""),
        _ => None,
    };
    text(words()).or_else(|| text(english())).unwrap_or(id)
}

/// The message `id` with `args` in its placeholders, in the locale in use (or English's
/// where the locale lacks it).
pub fn tf(id: &str, args: &[(&str, Arg)]) -> String {
    let words = if words().pattern(id).is_some() { words() } else { english() };
    words.format(id, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_built_in_and_a_locale_replaces_it_until_unset() {
        assert_eq!(t("reset"), "Back to the worked example");
        set(Some("tr\nreset\tÇalışılmış örneğe dön\n")).expect("a compact file");
        assert_eq!(lang(), "tr");
        assert_eq!(t("reset"), "Çalışılmış örneğe dön");
        // What Turkish lacks is English's.
        assert_eq!(t("dismiss"), "Dismiss");
        assert!(set(Some("tr\nno tab here\n")).is_err());
        assert!(set(Some("xx\nreset\tX\n")).is_err());
        assert!(set(Some("tr\nreset\tX\ndismiss\tY\n")).is_err(), "out of order");
        assert_eq!(lang(), "tr", "a file that cannot be read changes nothing");
        set(None).expect("English");
        assert_eq!(t("reset"), "Back to the worked example");
        assert_eq!(lang(), "en");
    }
}
