//! Build step (run natively by scripts/post-build.mjs, not shipped): renders the
//! standalone page and the iframe page with Yew's server-side renderer, so the
//! article's example, its figures and the comparison are in the HTML before any
//! script runs. The wasm then draws the live widget off the page and swaps it in (see
//! `start` in src/lib.rs).
//!
//! Usage: `prerender <dist-or-staging-dir>`; rewrites `index.html` and `embed.html` there,
//! writes each part's own page, `<part>.html`, from `embed.html`, and the pictures,
//! `images/<name>.svg` and `.png` (src/image.rs).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use restaking_explainer::components::{App, AppProps};
    use restaking_explainer::config::{Config, View};
    use restaking_explainer::{prerender, MOUNT_ID};

    let dir = std::env::args().nth(1).expect("usage: prerender <dir holding index.html>");
    let runtime =
        tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
    for (file, props) in [
        (
            "index.html",
            AppProps {
                sync_url: true,
                embed_code: true,
                prerender: true,
                ..AppProps::embedded(Config::default(), "rx")
            },
        ),
        (
            "embed.html",
            AppProps {
                transparent: true,
                prerender: true,
                ..AppProps::embedded(Config::default(), "rx")
            },
        ),
    ] {
        let path = std::path::Path::new(&dir).join(file);
        let page =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path:?}: {e}"));
        // Each part's own page, the link an author pastes (see scripts/oembed.mjs): the
        // iframe page, naming its part on the mount, with that part alone.
        if file == "embed.html" {
            for view in View::ALL {
                let config = Config { views: vec![view], ..Config::default() };
                let props = AppProps {
                    transparent: true,
                    prerender: true,
                    ..AppProps::embedded(config, "rx")
                };
                let body = runtime.block_on(async {
                    yew::LocalServerRenderer::<App>::with_props(props)
                        .hydratable(false)
                        .render()
                        .await
                });
                let named = page.replacen(
                    "data-rx-page=\"embed\"",
                    &format!("data-rx-page=\"embed\" data-rx-view=\"{}\"", view.as_str()),
                    1,
                );
                let part = prerender::insert(&named, MOUNT_ID, &body)
                    .unwrap_or_else(|| panic!("{path:?} has no element with id {MOUNT_ID}"));
                let out = std::path::Path::new(&dir).join(format!("{}.html", view.as_str()));
                std::fs::write(&out, part).unwrap_or_else(|e| panic!("writing {out:?}: {e}"));
                println!("prerendered {} ({} bytes of HTML)", out.display(), body.len());
            }
        }
        let body = runtime.block_on(async {
            yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
        });
        if file == "index.html" {
            pictures(std::path::Path::new(&dir), &body);
        }
        let page = prerender::insert(&page, MOUNT_ID, &body)
            .unwrap_or_else(|| panic!("{path:?} has no element with id {MOUNT_ID}"));
        std::fs::write(&path, page).unwrap_or_else(|e| panic!("writing {path:?}: {e}"));
        println!("prerendered {} ({} bytes of HTML)", path.display(), body.len());
    }
}

/// Writes the pictures (src/image.rs) into `<dir>/images/`: for the whole explainer
/// (`restaking-explained`) and for each part, an SVG and a PNG, drawn from `html`, the
/// server-rendered worked example, and styled by `<dir>/widget.css`.
#[cfg(not(target_arch = "wasm32"))]
fn pictures(dir: &std::path::Path, html: &str) {
    use restaking_explainer::config::View;
    use restaking_explainer::image;

    let css_path = dir.join("widget.css");
    let css =
        std::fs::read_to_string(&css_path).unwrap_or_else(|e| panic!("reading {css_path:?}: {e}"));
    let fonts = image::fonts().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.join("images");
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("making {out:?}: {e}"));
    let named = std::iter::once((None, "restaking-explained"))
        .chain(View::ALL.into_iter().map(|v| (Some(v), v.as_str())));
    for (view, name) in named {
        let card = image::card_for(view, html)
            .unwrap_or_else(|| panic!("the prerendered page lacks a figure for {name}"));
        let svg = image::card_svg(&card, &css);
        let png = image::png(&svg, &fonts).unwrap_or_else(|e| panic!("drawing {name}: {e}"));
        for (ext, bytes) in [("svg", svg.as_bytes()), ("png", png.as_slice())] {
            let path = out.join(format!("{name}.{ext}"));
            std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("writing {path:?}: {e}"));
        }
        println!("drew images/{name}.svg and .png ({} bytes of PNG)", png.len());
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
