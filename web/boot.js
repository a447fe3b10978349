// Starts the widget on the standalone page and on embed.html (the iframe page). A file
// of its own rather than trunk's inline loader, so both pages run under a
// Content-Security-Policy without 'unsafe-inline'.
//
// The page already shows the prerendered widget, so the wasm starts late (unless the URL
// asks for other numbers than the prerendered example's: see pending.js): when the
// browser is first idle, or at the reader's first pointer or key event over the widget,
// whichever comes first (it is downloaded and compiled before that, see `compiled`). Nothing the reader does in between is lost: slider moves and
// typed text are carried over by the swap itself (see `start` in src/lib.rs), and a
// click on a button, a tab, a choice or a summary is replayed on the same element of the
// live widget, once it is there; so is a click on a citation's mark, whose entry the
// prerendered page leaves out (it opens in place once the live widget is there).
import init, { start, words, rest } from './restaking-explainer.js';

const root = document.getElementById('restaking-explainer');
// Set by pending.js when the URL asks for numbers other than the prerendered example's.
const pending = document.documentElement.hasAttribute('data-rx-pending');
const CLICKABLE = 'button, summary, input[type=radio], input[type=checkbox], a.rx-cite__mark';
const clicks = [];
let begun = false;

/** The element's place under `base`, as child indices, with what it looks like. */
function place(el, base) {
  const path = [];
  for (let e = el; e && e !== base; e = e.parentElement) path.unshift([...e.parentElement.children].indexOf(e));
  return { path, tag: el.tagName, text: el.textContent.trim() };
}

/** The element at `place` under `base`, if it is the same kind with the same words. */
function find({ path, tag, text }, base) {
  let e = base;
  for (const i of path) e = e && e.children[i];
  return e && e.tagName === tag && e.textContent.trim() === text ? e : null;
}

function onClick(event) {
  const target = event.target instanceof Element && event.target.closest(CLICKABLE);
  if (target && root.contains(target)) {
    clicks.push(place(target, root));
    // A mark's entry is not on the prerendered page: it opens in place once live.
    if (target.matches('a')) event.preventDefault();
  }
  begin();
}

// The wasm is fetched and compiled at once, which browsers do off the main thread; only
// running it waits. Where streaming compilation is missing or refused (a server that
// does not send application/wasm), the loader fetches it again when the time comes.
const wasm = new URL('./restaking-explainer_bg.wasm', import.meta.url);
const compiled =
  root && 'compileStreaming' in WebAssembly ? WebAssembly.compileStreaming(fetch(wasm)).catch(() => wasm) : Promise.resolve(wasm);

// The widget's words: the page carries them (src/bin/prerender.rs); a page made by hand
// without them gets its language's file from `locales/`.
const lang = document.documentElement.lang || 'en';
const inline = document.getElementById('rx-words');
const text = inline
  ? Promise.resolve(inline.textContent)
  : fetch(new URL(`./locales/${lang}.txt`, import.meta.url)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`no words for ${lang}`))));

function begin() {
  if (begun) return;
  begun = true;
  compiled
    .then((module) => init({ module_or_path: module }))
    .then(() => text)
    // The words, and where the widget's files are (its sources are fetched from there).
    .then((given) => words(given, new URL('.', import.meta.url).href))
    // Resolves with the live widget's root once it has taken the prerendered one's place.
    .then(() => start())
    .then((el) => {
      if (!el) return; // no widget on this page
      root.removeEventListener('click', onClick, true);
      // The page carries the words its first screen needs; the rest come the first time
      // a toggle opens (src/locale.rs, `complete`). `toggle` does not bubble.
      el.addEventListener('toggle', rest, true);
      for (const click of clicks.splice(0)) find(click, el)?.click();
    })
    .finally(() => document.documentElement.removeAttribute('data-rx-pending'))
    .catch(async (error) => {
      console.error(error);
      const el = document.getElementById('restaking-explainer');
      // The locale's words for it, loader-failed, the second line of src/i18n.rs's
      // compact form; English without them.
      const found = (await text.catch(() => '')).split('\n')[1];
      if (el) el.textContent = found || 'The restaking explainer could not load.';
    });
}

// The language menu (src/prerender.rs) keeps the reader's numbers: a link to another
// locale's page takes the query the widget keeps in the URL (less any `lang`, which would
// send the reader back).
document.querySelector('.page__langs')?.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[hreflang]') : null;
  if (!link) return;
  const query = new URLSearchParams(window.location.search);
  query.delete('lang');
  link.search = query.toString();
});

if (root) {
  root.addEventListener('click', onClick, true);
  for (const type of ['pointerdown', 'keydown', 'focusin']) root.addEventListener(type, begin, { capture: true, once: true });
  // The reader's own numbers wait for the live widget: start it now, not at idle time.
  if (pending) begin();
  else if ('requestIdleCallback' in window) requestIdleCallback(begin, { timeout: 2000 });
  else setTimeout(begin, 200);
} else {
  begin();
}
