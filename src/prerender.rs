//! Putting server-rendered HTML into a page's mount element (pure string work, so the
//! build step needs no HTML parser).

/// The attribute that marks a mount element holding the default state's HTML.
pub const PRERENDERED_ATTR: &str = "data-rx-prerendered";

/// Replaces the content of the element whose `id` is `id` with `html` and marks it as
/// prerendered. The element's content must not contain another element of the same tag
/// (true of our pages: a loading line and a `<noscript>`). `None` when there is no
/// such element.
pub fn insert(page: &str, id: &str, html: &str) -> Option<String> {
    let id_at = page.find(&format!("id=\"{id}\""))?;
    let open_start = page[..id_at].rfind('<')?;
    let tag: String =
        page[open_start + 1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    let open_end = id_at + page[id_at..].find('>')?;
    let close = open_end + page[open_end..].find(&format!("</{tag}>"))?;
    let (before, open_tag, after) =
        (&page[..open_start], &page[open_start..open_end], &page[close..]);
    Some(format!("{before}{open_tag} {PRERENDERED_ATTR}=\"default\">{html}{after}"))
}

/// The widget's prerendered `html` with `block` (the page's words, a `<script>` element)
/// inside it: as the last child of the part at its middle, or at its end when no part is
/// there. The page's words repeat much of its text, and gzip finds a repeat only within
/// 32 KB behind it: from the middle, the words reach the text on both sides (605 B less
/// for the English page than after the widget). web/boot.js reads them before the live
/// widget takes the prerendered one's place.
pub fn with_words(html: &str, block: &str) -> String {
    let middle = html.len() / 2;
    let mut best: Option<usize> = None;
    let mut from = 0;
    while let Some(found) = html[from..].find("<section") {
        let start = from + found;
        from = start + 1;
        let tag_end = html[start..].find('>').map_or(html.len(), |e| start + e);
        if !html[start..tag_end].contains("rx-part") {
            continue;
        }
        // Its closing tag, past any section inside it.
        let (mut depth, mut at) = (0usize, start);
        let close = loop {
            let open = html[at + 1..].find("<section").map(|o| at + 1 + o);
            let Some(shut) = html[at + 1..].find("</section>").map(|c| at + 1 + c) else {
                break None;
            };
            match open {
                Some(o) if o < shut => {
                    depth += 1;
                    at = o;
                }
                _ if depth == 0 => break Some(shut),
                _ => {
                    depth -= 1;
                    at = shut;
                }
            }
        };
        let Some(close) = close else { break };
        let distance =
            |c: usize| if (start..=c).contains(&middle) { 0 } else { c.abs_diff(middle) };
        if best.is_none_or(|b| distance(close) < distance(b)) {
            best = Some(close);
        }
    }
    let at = best.unwrap_or(html.len());
    format!("{}{block}{}", &html[..at], &html[at..])
}

/// The path from a page in locale `from` to the page `file` in locale `to`: English at
/// the root, every other locale in its own folder (`tr/`, `ar/`). `file` is
/// `index.html` (linked as its folder) or another page's name.
pub fn locale_href(from: &str, to: &str, file: &str) -> String {
    let up = if from == "en" { "" } else { "../" };
    let folder = if to == "en" { String::new() } else { format!("{to}/") };
    let name = if file == "index.html" { "" } else { file };
    let href = format!("{up}{folder}{name}");
    if href.is_empty() {
        "./".into()
    } else {
        href
    }
}

/// The page `file` (a template: `index.html` or `embed.html`, with its prerendered
/// widget) made the page of the locale in use (crate::locale), to be written to
/// `<lang>/<file>` (English stays at the root): `lang` and `dir` on `<html>`, the title,
/// description and header in its words, relative URLs one folder up, `hreflang`
/// alternates for every locale, and the language menu (the template's empty
/// `<nav class="page__langs">`) filled in.
pub fn localised(page: &str, file: &str) -> String {
    use crate::copy;
    use crate::i18n::LOCALES;
    use crate::locale::{lang, rtl, t};
    let lang = lang();
    let mut out = String::with_capacity(page.len() + 1024);
    let mut rest = page;
    // Relative URLs one folder up, in a locale's folder.
    while let Some(at) = rest.find([' ', '\n']).filter(|_| lang != "en") {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        for attr in ["href=\"", "src=\""] {
            if let Some(value) = rest.strip_prefix(attr) {
                let local = !["http:", "https:", "#", "/", "data:", "../", "mailto:"]
                    .iter()
                    .any(|p| value.starts_with(p));
                if local {
                    out.push_str(attr);
                    out.push_str("../");
                    rest = value.strip_prefix("./").unwrap_or(value);
                }
            }
        }
    }
    out.push_str(rest);
    let dir = if rtl() { " dir=\"rtl\"" } else { "" };
    let alternates: String = LOCALES
        .iter()
        .map(|l| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
                l.code,
                locale_href(lang, l.code, file)
            )
        })
        .chain(std::iter::once(format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />",
            locale_href(lang, "en", file)
        )))
        .collect();
    let menu: String = LOCALES
        .iter()
        .map(|l| {
            let here = if l.code == lang { " aria-current=\"page\"" } else { "" };
            let dir = if l.rtl { " dir=\"rtl\"" } else { "" };
            format!(
                "<li><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\"{dir}{here}>{}</a></li>",
                locale_href(lang, l.code, file),
                l.name,
                code = l.code
            )
        })
        .collect();
    let escape =
        |text: &str| text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    out.replacen("<html lang=\"en\">", &format!("<html lang=\"{lang}\"{dir}>"), 1)
        .replacen(
            "<title>Restaking, explained</title>",
            &format!("<title>{}</title>", escape(copy::picture_page_title())),
            1,
        )
        .replacen(
            "<p class=\"page__kicker\">An interactive explainer</p>",
            &format!("<p class=\"page__kicker\">{}</p>", escape(copy::picture_kicker_page())),
            1,
        )
        .replacen(
            "<h1 class=\"page__title\">Restaking, explained</h1>",
            &format!("<h1 class=\"page__title\">{}</h1>", escape(copy::picture_page_title())),
            1,
        )
        .replacen(
            "<nav class=\"page__langs\"></nav>",
            &format!(
                "<nav class=\"page__langs\" aria-label=\"{label}\"><details><summary>{label}: \
                 <span lang=\"{lang}\">{here}</span></summary><ul>{menu}</ul></details></nav>",
                label = escape(t(id!("language-menu"))),
                here = crate::i18n::supported(lang).map_or("English", |l| l.name),
            ),
            1,
        )
        .replacen("</head>", &format!("{alternates}</head>"), 1)
        .replacen(DESCRIPTION, &escape(t(id!("page-description"))), 1)
}

/// The standalone page's description as index.html has it (kept equal to
/// `page-description` in locales/en.ftl by a test).
const DESCRIPTION: &str = "An interactive explainer of ETH restaking: what it earns, what one slash costs, and when the extra yield is worth the extra risk.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_go_inside_the_part_at_the_middle_or_at_the_end() {
        let w = "<script>W</script>";
        let part = |id: &str, inner: &str| {
            format!("<section id=\"{id}\" class=\"rx-part\">{inner}</section>")
        };
        // Three parts of one size: the middle one takes them, after its own inner section.
        let html =
            [part("a", "aaaa"), part("b", "<section>x</section>bb"), part("c", "cccc")].concat();
        let out = with_words(&html, w);
        assert!(
            out.contains("<section>x</section>bb<script>W</script></section><section id=\"c\""),
            "{out}"
        );
        assert_eq!(out.replace(w, ""), html);
        // No part: after everything.
        assert_eq!(with_words("<div>x</div>", w), "<div>x</div><script>W</script>");
    }

    #[test]
    fn the_mount_elements_content_is_replaced_and_marked() {
        let page = "<body><div id=\"m\" class=\"x\"><p>Loading…</p><noscript>no</noscript></div><p>after</p></body>";
        let out = insert(page, "m", "<section>hi</section>").expect("found");
        assert_eq!(
            out,
            "<body><div id=\"m\" class=\"x\" data-rx-prerendered=\"default\"><section>hi</section></div><p>after</p></body>"
        );
        assert_eq!(insert(page, "nope", "x"), None);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn a_locale_page_points_one_folder_up_and_to_every_locale() {
        assert_eq!(locale_href("en", "en", "index.html"), "./");
        assert_eq!(locale_href("en", "tr", "index.html"), "tr/");
        assert_eq!(locale_href("tr", "en", "embed.html"), "../embed.html");
        assert_eq!(locale_href("tr", "ar", "index.html"), "../ar/");
        let page = "<html lang=\"en\"><head><title>Restaking, explained</title>\n<meta name=\"description\" content=\"DESC\" />\n<link rel=\"icon\" href=\"favicon.svg\" /><script src=\"./boot.js\"></script></head><body><nav class=\"page__langs\"></nav><a href=\"https://x.org/\">x</a><a href=\"#f\">f</a></body></html>".replace("DESC", DESCRIPTION);
        let english = localised(&page, "index.html");
        assert!(english.contains("href=\"favicon.svg\""), "{english}");
        assert!(english.contains("hreflang=\"ar\" href=\"ar/\""), "{english}");
        assert!(
            english.contains(
                "<a href=\"./\" hreflang=\"en\" lang=\"en\" aria-current=\"page\">English</a>"
            ),
            "{english}"
        );
        let ftl = "page-description = وصف\npicture-page-title = شرح";
        let arabic = crate::i18n::compile("ar", ftl, &crate::ids::IDS).expect("compiles");
        crate::locale::set(Some(&arabic)).expect("a compact file");
        let arabic = localised(&page, "index.html");
        crate::locale::set(None).expect("English");
        assert!(arabic.starts_with("<html lang=\"ar\" dir=\"rtl\">"), "{arabic}");
        assert!(arabic.contains("<title>شرح</title>"), "{arabic}");
        assert!(arabic.contains("content=\"وصف\""), "{arabic}");
        assert!(arabic.contains("href=\"../favicon.svg\""), "{arabic}");
        assert!(arabic.contains("src=\"../boot.js\""), "{arabic}");
        assert!(arabic.contains("href=\"https://x.org/\"") && arabic.contains("href=\"#f\""));
        assert!(arabic.contains("hreflang=\"x-default\" href=\"../\""), "{arabic}");
        assert!(arabic.contains("<a href=\"../tr/\" hreflang=\"tr\" lang=\"tr\">Türkçe</a>"));
    }
}
