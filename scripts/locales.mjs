// Each build's words (run by post-build.mjs, after the part builds, before the hashes).
// The prerender step writes every locale's whole compact file, `locales/<lang>.txt`
// (src/i18n.rs says the format: the locale's code, then `id<TAB>pattern` a line). A
// build's wasm holds the ids it asks for (`t("id")` keeps them as strings) and no words,
// so each build gets only the messages whose ids are in it:
// - the whole widget: `locales/<lang>.txt`, and the words its pages carry inline;
// - each part's build: `locales/<part>.<lang>.txt` (fetched by web/embed.js).
// An id found by chance inside another string only keeps a message too many.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pages } from './minify.mjs';

/** The lines of `compact` whose ids occur in `wasm` (a Buffer), with the first line. */
export function cut(compact, wasm) {
  const [lang, ...lines] = compact.split('\n').filter((l) => l !== '');
  // The loaders' lines (web/embed.js, web/boot.js) in every build's.
  const kept = lines.filter((line) => line.startsWith('loader-') || wasm.includes(Buffer.from(line.slice(0, line.indexOf('\t')))));
  return `${lang}\n${kept.map((l) => `${l}\n`).join('')}`;
}

/** Writes each build's words into `dir`; returns { build: { lang: bytes } }. */
export function writeLocales(dir) {
  const folder = join(dir, 'locales');
  const langs = readdirSync(folder).filter((n) => /^[a-zA-Z-]+\.txt$/.test(n));
  const whole = Object.fromEntries(langs.map((n) => [n.slice(0, -4), readFileSync(join(folder, n), 'utf8')]));
  const sizes = {};
  for (const wasmName of readdirSync(dir).filter((n) => /^restaking-explainer(-[a-z-]+)?_bg\.wasm$/.test(n))) {
    const wasm = readFileSync(join(dir, wasmName));
    const part = /^restaking-explainer-([a-z-]+)_bg\.wasm$/.exec(wasmName)?.[1];
    const build = part ?? 'page';
    sizes[build] = {};
    for (const [lang, compact] of Object.entries(whole)) {
      const text = cut(compact, wasm);
      writeFileSync(join(folder, part ? `${part}.${lang}.txt` : `${lang}.txt`), text);
      sizes[build][lang] = text.length;
      if (!part) whole[lang] = text;
    }
  }
  // The pages carry the whole widget's words (see src/bin/prerender.rs).
  const block = /(<script type="text\/plain" id="rx-words">)([a-zA-Z-]+)\n[\s\S]*?(<\/script>)/;
  for (const page of pages(dir)) {
    const html = readFileSync(page, 'utf8');
    const found = block.exec(html);
    if (!found) continue;
    const text = whole[found[2]];
    if (!text) throw new Error(`${page}: words of an unknown locale, ${found[2]}`);
    writeFileSync(page, html.replace(block, (_, open, _lang, close) => `${open}${text}${close}`));
  }
  return sizes;
}
