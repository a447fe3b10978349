//! The words the widget shows now. English is compiled into the wasm (build.rs turns
//! `locales/en.ftl` into the compact form [`crate::i18n::Words::decode`] reads); a page in
//! another language hands the widget that locale's compact file before it starts (see
//! `words` in src/lib.rs, web/boot.js and web/embed.js). A message a locale lacks falls
//! back to English.
//!
//! The words are set once per page and kept for its life (they are leaked, a few KB), so
//! a fixed sentence is a plain `&'static str` and costs nothing to show again.

use crate::i18n::{Arg, Piece, Words};
use std::cell::Cell;

/// English, the source, compiled from `locales/en.ftl` by build.rs.
pub const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.txt"));

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

/// The words in use: the locale set by [`set`], else English.
pub fn words() -> &'static Words {
    CURRENT.with(Cell::get).unwrap_or_else(english)
}

/// Uses `text`, a locale's compact file, from now on; English again for `None` or for
/// text that cannot be read (which is said in the error, and leaves English in place).
pub fn set(text: Option<&str>) -> Result<(), String> {
    let Some(text) = text else {
        CURRENT.with(|c| c.set(None));
        return Ok(());
    };
    let words = Words::decode(text)?;
    let keep = words.lang != "en" && crate::i18n::supported(&words.lang).is_some();
    CURRENT.with(|c| c.set(keep.then(|| &*Box::leak(Box::new(words)))));
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
        assert_eq!(lang(), "tr", "a file that cannot be read changes nothing");
        set(None).expect("English");
        assert_eq!(t("reset"), "Back to the worked example");
        assert_eq!(lang(), "en");
    }
}
