//! Build step (run natively by scripts/post-build.mjs, not shipped): renders the
//! standalone page and the iframe page with Yew's server-side renderer, so the
//! article's example, its figures and the comparison are in the HTML before any
//! script runs. The wasm then draws the live widget off the page and swaps it in (see
//! `start` in src/lib.rs).
//!
//! Usage: `prerender <dist-or-staging-dir>` (run from the project's root, whose
//! `locales/` it reads); rewrites `index.html` and `embed.html` there, writes each part's
//! own page, `<part>.html`, from `embed.html`, the pictures, `images/<name>.svg` and
//! `.png` (src/image.rs; not with `--no-pictures`), and for each locale but English the
//! same in its folder (`<lang>/index.html`, `<lang>/embed.html`, `<lang>/<part>.html`,
//! `<lang>/images/`), and its words, `locales/<lang>.txt`, and its facts' details,
//! `locales/sources.<lang>.txt`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use restaking_explainer::components::{App, AppProps};
    use restaking_explainer::config::{Config, View};
    use restaking_explainer::i18n::{self, LOCALES};
    use restaking_explainer::prerender::{self, localised};
    use restaking_explainer::MOUNT_ID;

    let dir = std::env::args().nth(1).expect("usage: prerender <dir holding index.html>");
    let dir = std::path::Path::new(&dir);
    // A debug build's quicker pass (scripts/post-build.mjs).
    let no_pictures = std::env::args().any(|a| a == "--no-pictures");
    let runtime =
        tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
    let render = |props: AppProps| {
        runtime.block_on(async {
            yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
        })
    };
    let read = |file: &str| {
        let path = dir.join(file);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path:?}: {e}"))
    };
    let write = |path: std::path::PathBuf, text: &str| {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("making {parent:?}: {e}"));
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("writing {path:?}: {e}"));
    };
    let templates = [("index.html", read("index.html")), ("embed.html", read("embed.html"))];
    let page_props = |file: &str, config: Config| {
        let standalone = file == "index.html";
        AppProps {
            sync_url: standalone,
            embed_code: standalone,
            transparent: !standalone,
            prerender: true,
            ..AppProps::embedded(config, "rx")
        }
    };
    // English at the root, then each locale in its own folder, with its words beside the
    // widget (`locales/<lang>.txt`, cut per build and fetched by embed.js: see
    // scripts/locales.mjs) and in its pages (read by web/boot.js).
    // What the live widget's first render asks for on any page the build writes: the
    // words each page carries. The rest wait in `locales/rest.<lang>.txt`, fetched the
    // first time a reader asks for one of them (see `locale::complete`).
    let first = {
        use restaking_explainer::locale::{always, record_first};
        let mut first: std::collections::BTreeSet<usize> =
            always().iter().filter_map(|id| i18n::index_of(id)).collect();
        for file in ["index.html", "embed.html"] {
            let configs = std::iter::once(Config::default())
                .chain(View::ALL.map(|view| Config { views: vec![view], ..Config::default() }));
            for config in configs {
                let props = AppProps { prerender: false, ..page_props(file, config) };
                first.extend(record_first(|| render(props)).1);
            }
        }
        first
    };
    for locale in LOCALES {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("locales/{}.ftl", locale.code));
        let ftl =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path:?}: {e}"));
        let compact = i18n::compile(locale.code, &ftl, &restaking_explainer::ids::IDS)
            .unwrap_or_else(|problems| panic!("{}", problems.join("\n")));
        write(dir.join(format!("locales/{}.txt", locale.code)), &compact);
        restaking_explainer::locale::set(Some(&compact)).expect("the words as compiled");
        // The facts' details in this locale, fetched by the widget when first asked for.
        let sources = restaking_explainer::facts::sources_file();
        write(dir.join(format!("locales/sources.{}.txt", locale.code)), &sources);
        // The embed panel's words, one a line, fetched with its module (web/panel-loader.js).
        let panel = restaking_explainer::components::panel_words();
        assert!(
            panel.iter().all(|w| !w.contains('\n')),
            "{} panel words hold a line break",
            locale.code
        );
        write(dir.join(format!("locales/panel.{}.txt", locale.code)), &panel.join("\n"));
        // The words, in a data block that web/boot.js reads: its text must not end it.
        // Only those the first screen asks for; the rest beside them.
        assert!(!compact.contains('<'), "{} words hold a '<'", locale.code);
        let (carried, rest) = restaking_explainer::locale::split(&compact, &first);
        write(dir.join(format!("locales/rest.{}.txt", locale.code)), &rest);
        let block = format!("<script type=\"text/plain\" id=\"rx-words\">{carried}</script>");
        let with_words = |body: &str| prerender::with_words(body, &block);
        let folder = if locale.code == "en" { dir.to_path_buf() } else { dir.join(locale.code) };
        for (file, template) in &templates {
            let page = localised(template, file);
            // Each part's own page, the link an author pastes (see web/oembed.mjs): the
            // iframe page, naming its part on the mount, with that part alone.
            if *file == "embed.html" {
                for view in View::ALL {
                    let config = Config { views: vec![view], ..Config::default() };
                    let body = render(page_props(file, config));
                    let name = format!("{}.html", view.as_str());
                    let named = localised(template, &name).replacen(
                        "data-rx-page=\"embed\"",
                        &format!("data-rx-page=\"embed\" data-rx-view=\"{}\"", view.as_str()),
                        1,
                    );
                    let part = prerender::insert(&named, MOUNT_ID, &with_words(&body))
                        .unwrap_or_else(|| panic!("{file} has no element with id {MOUNT_ID}"));
                    let out = folder.join(name);
                    write(out.clone(), &part);
                    println!("prerendered {} ({} bytes of HTML)", out.display(), body.len());
                }
            }
            let body = render(page_props(file, Config::default()));
            if *file == "index.html" && !no_pictures {
                pictures(dir, &folder, &body);
            }
            let page = prerender::insert(&page, MOUNT_ID, &with_words(&body))
                .unwrap_or_else(|| panic!("{file} has no element with id {MOUNT_ID}"));
            let out = folder.join(file);
            write(out.clone(), &page);
            println!("prerendered {} ({} bytes of HTML)", out.display(), body.len());
        }
    }
    restaking_explainer::locale::set(None).expect("English");
}

/// Writes the pictures (src/image.rs) into `<folder>/images/` (the locale's folder): for
/// the whole explainer (`restaking-explained`) and for each part, an SVG and a PNG, drawn
/// from `html`, the server-rendered worked example in the locale in use, and styled by
/// `<dir>/widget.css`.
#[cfg(not(target_arch = "wasm32"))]
fn pictures(dir: &std::path::Path, folder: &std::path::Path, html: &str) {
    use restaking_explainer::config::View;
    use restaking_explainer::image;

    let css_path = dir.join("widget.css");
    let css =
        std::fs::read_to_string(&css_path).unwrap_or_else(|e| panic!("reading {css_path:?}: {e}"));
    let fonts = image::fonts().unwrap_or_else(|e| panic!("{e}"));
    image::check_locale_font(&fonts).unwrap_or_else(|e| panic!("{e}"));
    let out = folder.join("images");
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("making {out:?}: {e}"));
    let named = std::iter::once((None, "restaking-explained"))
        .chain(View::ALL.into_iter().map(|v| (Some(v), v.as_str())));
    for (view, name) in named {
        let card = image::card_for(view, html)
            .unwrap_or_else(|| panic!("the prerendered page lacks a figure for {name}"));
        // The SVG for browsers, which lay out its lines; the PNG drawn by resvg from lines
        // it can lay out (src/image.rs, `runs_placed`).
        let svg = image::card_svg(&card, &css, None);
        let png = image::png(&image::card_svg(&card, &css, Some(&fonts)), &fonts)
            .unwrap_or_else(|e| panic!("drawing {name}: {e}"));
        for (ext, bytes) in [("svg", svg.as_bytes()), ("png", png.as_slice())] {
            let path = out.join(format!("{name}.{ext}"));
            std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("writing {path:?}: {e}"));
        }
        println!("drew {}/{name}.svg and .png ({} bytes of PNG)", out.display(), png.len());
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
