// Loads web/embed-panel.js the first time the embed panel is opened, with its own rules
// (styles/panel.css) and its words for the page's locale, and shows it in `el`
// (src/components/embed_code.rs calls this; the build puts this file inside the glue,
// scripts/minify.mjs). All three sit beside boot.js, which every standalone page loads:
// the English page's folder (a locale's page is one folder down). The words,
// `locales/panel.<lang>.txt`, one a line, are written by the prerender step
// (`panel_words` in src/components/embed_code.rs). So no reader of the widget downloads
// what only authors use.
let panel;

/** Shows the panel in `el` (see `show` in web/embed-panel.js); `failed` if it cannot load. */
export function rxEmbedPanel(el, prefix, query, worked, version, theme, lang, failed) {
  const beside = document.querySelector('script[src$="boot.js"]')?.src ?? document.baseURI;
  const at = (file) => new URL(file, beside).href;
  panel ??= Promise.all([
    import(at('embed-panel.js')),
    // Its own rules (styles/panel.css), in the page's head: the panel is in the page.
    new Promise((loaded, failed) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: at('panel.css') });
      link.onload = loaded;
      link.onerror = failed;
      document.head.append(link);
    }),
    fetch(at(`locales/panel.${lang}.txt`)).then((r) => (r.ok ? r.text() : Promise.reject(r.status))),
  ]);
  panel.then(
    ([module, , words]) => module.show(el, prefix, query, worked, version, theme, words.split('\n')),
    () => {
      panel = undefined; // a later opening tries again
      el.textContent = failed;
    },
  );
}
