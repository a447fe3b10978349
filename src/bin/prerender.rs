//! Build step (run natively by scripts/post-build.mjs, not shipped): renders the
//! standalone page and the iframe page with Yew's server-side renderer, so the
//! article's example, its figures and the comparison are in the HTML before any
//! script runs. The wasm then draws the live widget off the page and swaps it in (see
//! `start` in src/lib.rs).
//!
//! Usage: `prerender <dist-or-staging-dir>`; rewrites `index.html` and `embed.html` there,
//! and writes each part's own page, `<part>.html`, from `embed.html`.

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
        let page = prerender::insert(&page, MOUNT_ID, &body)
            .unwrap_or_else(|| panic!("{path:?} has no element with id {MOUNT_ID}"));
        std::fs::write(&path, page).unwrap_or_else(|e| panic!("writing {path:?}: {e}"));
        println!("prerendered {} ({} bytes of HTML)", path.display(), body.len());
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
