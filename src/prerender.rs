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

#[cfg(test)]
mod tests {
    use super::*;

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
}
