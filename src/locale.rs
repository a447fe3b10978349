//! The words the widget shows now. In the wasm there are none until the page hands them
//! over ([`set`], through `words` in src/lib.rs): web/boot.js passes the ones its page
//! carries (src/bin/prerender.rs writes them in: those its first screen asks for, the
//! rest fetched when wanted, see [`complete`]), web/embed.js fetches the locale's file,
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
    /// How many times the words have changed since the page began (see [`complete`]).
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    /// Natively, while the prerender step records the live widget's first render (see
    /// [`record_first`]): what it asked for, and that it acts as the live widget would.
    #[cfg(not(target_arch = "wasm32"))]
    static RECORDING: std::cell::RefCell<Option<std::collections::BTreeSet<usize>>> =
        const { std::cell::RefCell::new(None) };
    static ENGLISH_WORDS: &'static Table = Box::leak(Box::new(
        Table::decode(ENGLISH).unwrap_or_default(),
    ));
    static CURRENT: Cell<Option<&'static Table>> = const { Cell::new(None) };
    /// In the wasm, the rest of a page's words once fetched (see [`complete`]).
    static FALLBACK: Cell<Option<&'static Table>> = const { Cell::new(None) };
}

/// English's words.
pub fn english() -> &'static Table {
    ENGLISH_WORDS.with(|w| *w)
}

/// Where a message the words in use lack is taken from: natively English; in the wasm,
/// which has no English of its own, the rest of a page's words once fetched.
fn fallback() -> &'static Table {
    FALLBACK.with(Cell::get).unwrap_or_else(english)
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
    asked(index);
    let text = |words: &'static Table| match words.pattern(index) {
        Some([Piece::Text(text)]) => Some(text.as_str()),
        Some([]) => Some(""),
        _ => None,
    };
    text(words())
        .or_else(|| text(fallback()))
        .unwrap_or_else(|| if rest::wanted() { "" } else { id })
}

/// The message `id` (its marker) with `args` in its placeholders, in the locale in use
/// (or English's where the locale lacks it). Never inlined, as [`t`].
#[inline(never)]
pub fn tf(id: &str, args: &[(&str, Arg)]) -> String {
    let index = index_of(id).unwrap_or(usize::MAX);
    asked(index);
    let words = if words().pattern(index).is_some() { words() } else { fallback() };
    if words.pattern(index).is_none() && rest::wanted() {
        return String::new();
    }
    words.format(index, args)
}

/// Whether every word this page's build asks for is here. A page carries only what its
/// first screen asks for (src/bin/prerender.rs writes the rest into
/// `locales/rest.<lang>.txt`); the rest is fetched the first time the reader asks for
/// something else: opens a toggle, or does what shows a message the page lacks. Until it
/// is here, such a message is empty, what waits behind a toggle says it is loading
/// (`components::later!`), and the widget draws itself again once it comes
/// ([`generation`]).
pub fn complete() -> bool {
    // Only the pages split their words: a part's build (an embed) is given them whole.
    if cfg!(not(feature = "page")) {
        return true;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if RECORDING.with(|r| r.borrow().is_some()) {
        return false;
    }
    words().rest_hash().is_none() || FALLBACK.with(|f| f.get().is_some())
}

/// Whether the rest of the words could not be had (see [`complete`]).
pub fn rest_failed() -> bool {
    rest::failed()
}

/// Fetches the rest of the words, once, unless they are all here (see [`complete`]).
pub fn want_rest() {
    rest::wanted();
}

/// How many times the words have changed: what the widget's parts watch (it rides in the
/// `state::IdPrefix` context) to draw again once the rest of them has come.
pub fn generation() -> u32 {
    GENERATION.with(Cell::get)
}

/// Calls `changed` each time the words change (the rest has come, or could not).
pub fn on_change(changed: Box<dyn Fn()>) {
    rest::LISTENERS.with(|l| l.borrow_mut().push(changed));
}

/// Whether this render is the live widget's: always in the wasm; natively, only while
/// the prerender step records what the live widget's first render asks for.
pub fn live() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return RECORDING.with(|r| r.borrow().is_some());
    #[cfg(target_arch = "wasm32")]
    true
}

/// Natively: runs `render` as the live widget's first render would go (nothing behind a
/// toggle, every message asked for noted) and returns the places of the messages it
/// asked for: the words a page must carry (src/bin/prerender.rs).
#[cfg(not(target_arch = "wasm32"))]
pub fn record_first<R>(render: impl FnOnce() -> R) -> (R, std::collections::BTreeSet<usize>) {
    RECORDING.with(|r| *r.borrow_mut() = Some(Default::default()));
    let out = render();
    let asked = RECORDING.with(|r| r.borrow_mut().take()).unwrap_or_default();
    (out, asked)
}

/// Messages every page carries though its first render asks for none of them: what the
/// wasm says outside a render, or hands to a script, when the rest of the words may not
/// have come (a crash, the sources loading or failing, a fact's box, a saved figure, the
/// embed panel failing), and the loaders' two, which every build's words carry.
pub fn always() -> [&'static str; 13] {
    [
        id!("loader-failed"),
        id!("loader-loading"),
        id!("crash-message"),
        id!("sources-loading"),
        id!("sources-failed"),
        id!("fact-pop-heading"),
        id!("fact-pop-label"),
        id!("source-dates"),
        id!("close"),
        id!("saved-from"),
        id!("save-failed"),
        id!("save-in-frame"),
        id!("embed-failed"),
    ]
}

/// Natively: `compact` (a locale's whole compact file) cut in two at `first`, the places
/// of the messages a page carries: the page's words, whose first line says that the rest
/// wait elsewhere (with no hash yet: scripts/locales.mjs writes it in a release build),
/// and the rest, every other message, for `locales/rest.<lang>.txt`.
#[cfg(not(target_arch = "wasm32"))]
pub fn split(compact: &str, first: &std::collections::BTreeSet<usize>) -> (String, String) {
    let mut lines = compact.split('\n');
    let lang = lines.next().unwrap_or_default().split('\t').next().unwrap_or_default();
    let (mut page, mut rest) = (format!("{lang}\t\t"), lang.to_owned());
    for (i, line) in lines.enumerate() {
        let (here, there) = if first.contains(&i) { (line, "") } else { ("", line) };
        page.push('\n');
        page.push_str(here);
        rest.push('\n');
        rest.push_str(there);
    }
    (page.trim_end_matches('\n').to_owned(), rest.trim_end_matches('\n').to_owned())
}

fn asked(_index: usize) {
    #[cfg(not(target_arch = "wasm32"))]
    RECORDING.with(|r| {
        if let Some(asked) = r.borrow_mut().as_mut() {
            asked.insert(_index);
        }
    });
}

/// The rest of a page's words: fetched once, the first time they are wanted.
mod rest {
    use std::cell::{Cell, RefCell};

    thread_local! {
        pub static LISTENERS: RefCell<Vec<Box<dyn Fn()>>> = const { RefCell::new(Vec::new()) };
        static STARTED: Cell<bool> = const { Cell::new(false) };
        static FAILED: Cell<bool> = const { Cell::new(false) };
    }

    pub fn failed() -> bool {
        FAILED.with(Cell::get)
    }

    /// Starts fetching the rest of the words if some are missing and nobody has yet;
    /// whether some are missing.
    pub fn wanted() -> bool {
        if cfg!(not(feature = "page")) {
            return false; // a part's build is given its words whole
        }
        let Some(hash) = super::words().rest_hash().filter(|_| !super::complete()) else {
            return false;
        };
        if !STARTED.with(|s| s.replace(true)) {
            fetch(hash.to_owned());
        }
        true
    }

    #[cfg(target_arch = "wasm32")]
    fn fetch(hash: String) {
        crate::browser::fetch_words_file(
            "rest",
            &hash,
            Box::new(|text| {
                let rest = text
                    .and_then(|text| super::Table::decode(&text).ok())
                    .filter(|rest| rest.lang == super::words().lang);
                match rest {
                    // What the page's words lack is the rest's (see `t`).
                    Some(rest) => {
                        super::FALLBACK.with(|f| f.set(Some(&*Box::leak(Box::new(rest)))))
                    }
                    None => FAILED.with(|f| f.set(true)),
                }
                super::GENERATION.with(|g| g.set(g.get() + 1));
                LISTENERS.with(|l| l.borrow().iter().for_each(|changed| changed()));
            }),
        );
    }

    /// Natively every word is built in: nothing to fetch.
    #[cfg(not(target_arch = "wasm32"))]
    fn fetch(_: String) {}
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

    #[test]
    fn a_page_carries_what_its_first_render_asks_for_and_the_rest_is_split_off() {
        use crate::components::{App, AppProps};
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        let props = AppProps { prerender: false, ..AppProps::embedded(Default::default(), "rx") };
        let (html, first) = record_first(|| {
            runtime.block_on(yew::LocalServerRenderer::<App>::with_props(props).render())
        });
        let at = |id: &str| index_of(id).expect("a marker");
        // On the first screen: the parts' titles and the calculator's reset.
        assert!(first.contains(&at(id!("calculator-title"))) && first.contains(&at(id!("reset"))));
        // Behind a toggle, recorded as the live widget draws it before the rest has come:
        // the line saying so, not the body.
        assert!(!first.contains(&at(id!("model-legend"))), "the calculator's more settings wait");
        assert!(!first.contains(&at(id!("risks-slashing-body"))), "a risk's body waits");
        assert!(html.contains("Loading the restaking explainer…"));
        // Outside the recording, the toggles are drawn whole again.
        assert!(complete());
        // Split there: each message in exactly one half, the page's naming the rest.
        let compact = ENGLISH;
        let (page, rest) = split(compact, &first);
        let (page, rest) =
            (Table::decode(&page).expect("the page's"), Table::decode(&rest).expect("the rest"));
        assert_eq!(page.rest_hash(), Some(""));
        assert_eq!(rest.rest_hash(), None);
        let whole = english();
        for i in 0..crate::ids::IDS.len() {
            let (here, there) = (page.pattern(i).is_some(), rest.pattern(i).is_some());
            assert_eq!(
                here,
                first.contains(&i) && whole.pattern(i).is_some(),
                "{}",
                crate::ids::IDS[i]
            );
            assert_eq!(
                there,
                !first.contains(&i) && whole.pattern(i).is_some(),
                "{}",
                crate::ids::IDS[i]
            );
        }
    }

    #[test]
    fn words_name_their_rest_after_the_sources_hash() {
        let table = Table::decode("en\tsha256-a\tsha256-b\nX").expect("read");
        assert_eq!((table.sources_hash(), table.rest_hash()), ("sha256-a", Some("sha256-b")));
        let table = Table::decode("en\tsha256-a\nX").expect("read");
        assert_eq!((table.sources_hash(), table.rest_hash()), ("sha256-a", None));
        assert_eq!(Table::decode("tr\t\t\nX").expect("read").rest_hash(), Some(""));
    }
}
