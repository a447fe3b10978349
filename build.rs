//! Compiles the locales' Fluent files (`locales/<lang>.ftl`) into the compact form the
//! widget reads (src/i18n.rs), refusing the build if one cannot be read. English is then
//! built in natively (src/locale.rs); every locale's compact file is written beside the
//! widget by the prerender step, so a reader downloads only their own.
//!
//! It also writes `ids.rs` (included by src/ids.rs): the ids in the compact form's order
//! (English's, the loaders' lines first), and the macro `id!` that turns an id, at
//! compile time, into the short marker of its place (an id English lacks does not
//! compile). So the wasm holds no id, and the compact form none either.

#[path = "src/number_text.rs"]
#[allow(dead_code, missing_docs)]
mod number_text;

#[path = "src/i18n.rs"]
#[allow(dead_code, missing_docs)]
mod i18n;

fn main() {
    use std::fmt::Write as _;
    println!("cargo::rerun-if-changed=locales");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let read = |code: &str| {
        let path = format!("locales/{code}.ftl");
        println!("cargo::rerun-if-changed={path}");
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
    };
    let english = i18n::parse_ftl("en", &read("en"))
        .unwrap_or_else(|problems| panic!("locales/en.ftl:\n{}", problems.join("\n")));
    let order = i18n::order(&english);
    for locale in i18n::LOCALES {
        let compact =
            i18n::compile(locale.code, &read(locale.code), &order).unwrap_or_else(|problems| {
                panic!("locales/{}.ftl:\n{}", locale.code, problems.join("\n"))
            });
        let target = out.join(format!("{}.txt", locale.code));
        std::fs::write(&target, compact).unwrap_or_else(|e| panic!("writing {target:?}: {e}"));
    }
    let mut ids = format!(
        "/// Every message's id, in the compact form's order.\npub const IDS: [&str; {}] = [\n",
        order.len()
    );
    for id in &order {
        let _ = writeln!(ids, "    {id:?},");
    }
    ids.push_str(
        "];\n\n/// The marker of the message `id` (see `crate::i18n::marker`), at compile time.\n\
         #[macro_export]\nmacro_rules! id {\n",
    );
    for (index, id) in order.iter().enumerate() {
        let _ = writeln!(ids, "    ({id:?}) => {{ {:?} }};", i18n::marker(index));
    }
    ids.push_str(
        "    ($other:literal) => { compile_error!(concat!(\"no message \", $other, \" in locales/en.ftl\")) };\n}\n",
    );
    let target = out.join("ids.rs");
    std::fs::write(&target, ids).unwrap_or_else(|e| panic!("writing {target:?}: {e}"));
}
