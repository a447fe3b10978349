// Loads web/embed-panel.js the first time the embed panel is opened, and shows it in
// `el` (src/components/embed_code.rs calls this; the build puts this file inside the
// glue, scripts/minify.mjs). The module sits beside boot.js, which every standalone page
// loads: the English page's folder (a locale's page is one folder down).
let panel;

/** Shows the panel in `el` (see `show` in web/embed-panel.js); `failed` if it cannot load. */
export function rxEmbedPanel(el, prefix, query, worked, version, theme, words, failed) {
  const beside = document.querySelector('script[src$="boot.js"]')?.src ?? document.baseURI;
  panel ??= import(new URL('embed-panel.js', beside).href);
  panel.then(
    (module) => module.show(el, prefix, query, worked, version, theme, words),
    () => {
      el.textContent = failed;
    },
  );
}
