//! Compiles the locales' Fluent files (`locales/<lang>.ftl`) into the compact form the
//! widget reads (src/i18n.rs), refusing the build if one cannot be read. English is then
//! built into the wasm (src/locale.rs); the other locales' compact files are written
//! beside the widget by the prerender step, so a reader downloads only their own.

#[path = "src/number_text.rs"]
#[allow(dead_code, missing_docs)]
mod number_text;

#[path = "src/i18n.rs"]
#[allow(dead_code, missing_docs)]
mod i18n;

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for locale in i18n::LOCALES {
        let path = format!("locales/{}.ftl", locale.code);
        println!("cargo::rerun-if-changed={path}");
        let ftl = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        let compact = i18n::compile(locale.code, &ftl)
            .unwrap_or_else(|problems| panic!("{path}:\n{}", problems.join("\n")));
        let target = out.join(format!("{}.txt", locale.code));
        std::fs::write(&target, compact).unwrap_or_else(|e| panic!("writing {target:?}: {e}"));
    }
}
