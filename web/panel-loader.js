// Loads web/embed-panel.js the first time the embed panel is opened, with its words for
// the page's locale, and shows it in `el` (src/components/embed_code.rs calls this; the
// build puts this file inside the glue, scripts/minify.mjs). Both sit beside boot.js,
// which every standalone page loads: the English page's folder (a locale's page is one
// folder down). The words, `locales/panel.<lang>.txt`, one a line, are written by the
// prerender step (`panel_words` in src/components/embed_code.rs), so that neither the
// readers' wasm nor their words carry any of them.
let panel;

/** Shows the panel in `el` (see `show` in web/embed-panel.js); `failed` if it cannot load. */
export function rxEmbedPanel(el, prefix, query, worked, version, theme, lang, failed) {
  const beside = document.querySelector('script[src$="boot.js"]')?.src ?? document.baseURI;
  const at = (file) => new URL(file, beside).href;
  panel ??= Promise.all([
    import(at('embed-panel.js')),
    fetch(at(`locales/panel.${lang}.txt`)).then((r) => (r.ok ? r.text() : Promise.reject(r.status))),
  ]);
  panel.then(
    ([module, words]) => module.show(el, prefix, query, worked, version, theme, words.split('\n')),
    () => {
      panel = undefined; // a later opening tries again
      el.textContent = failed;
    },
  );
}
