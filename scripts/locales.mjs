// Each build's words (run by post-build.mjs, after the part builds, before the hashes).
// The prerender step writes every locale's whole compact file, `locales/<lang>.txt`
// (src/i18n.rs says the format: the locale's code, then one message a line, in the order
// of the ids). A build's wasm holds the markers of the messages it asks for (`id!("…")`:
// a control character, then the message's place in two base-36 digits) and no words, so
// each build gets only those messages, every other line left empty:
// - the whole widget: `locales/<lang>.txt`, and the words its pages carry inline;
// - each part's build: `locales/<part>.<lang>.txt` (fetched by web/embed.js).
// A marker found by chance among other bytes only keeps a message too many.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pages } from './minify.mjs';

/** The places of the messages whose markers occur in `wasm` (a Buffer). */
export function asked(wasm) {
  const found = new Set();
  const digit = (b) => (b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x61 && b <= 0x7a ? b - 0x61 + 10 : -1);
  for (let at = wasm.indexOf(1); at >= 0 && at + 2 < wasm.length; at = wasm.indexOf(1, at + 1)) {
    const [high, low] = [digit(wasm[at + 1]), digit(wasm[at + 2])];
    if (high >= 0 && low >= 0) found.add(high * 36 + low);
  }
  return found;
}

/** `compact` with only the messages `wasm` asks for (and the loaders' two, lines 1 and 2). */
export function cut(compact, wasm) {
  const [lang, ...lines] = compact.split('\n');
  const kept = asked(wasm);
  // The messages after the last one kept are left out: an absent line is no message.
  return [lang, ...lines.map((line, i) => (i < 2 || kept.has(i) ? line : ''))].join('\n').replace(/\n+$/, '');
}

/**
 * `compact` (a build's words, its first line `lang` and the sources' hash) cut in two at
 * the messages `kept` (the prerendered block's text after its locale code) holds: the
 * rest, handed to `writeRest`, and the page's, returned, its first line naming the
 * rest's hash.
 */
export function split(compact, kept, writeRest) {
  const [head, ...lines] = compact.split('\n');
  const [, ...mask] = kept.split('\n');
  const here = (i) => (mask[i] ?? '') !== '';
  const rest = [head.split('\t')[0], ...lines.map((line, i) => (here(i) ? '' : line))].join('\n').replace(/\n+$/, '');
  writeRest(rest);
  const hash = `sha256-${createHash('sha256').update(rest).digest('base64')}`;
  const sources = head.split('\t')[1] ?? '';
  return [`${head.split('\t')[0]}\t${sources}\t${hash}`, ...lines.map((line, i) => (here(i) ? line : ''))].join('\n').replace(/\n+$/, '');
}

/** Writes each build's words into `dir`; returns { build: { lang: bytes } }. */
export function writeLocales(dir) {
  const folder = join(dir, 'locales');
  const langs = readdirSync(folder).filter((n) => /^[a-zA-Z-]+\.txt$/.test(n));
  // Each locale's words name the hash of its sources file (src/facts.rs) after its code,
  // so that the widget can check the file it fetches: the words are checked themselves.
  const withSources = (lang, text) => {
    const sources = join(folder, `sources.${lang}.txt`);
    if (!existsSync(sources)) return text;
    const hash = `sha256-${createHash('sha256').update(readFileSync(sources)).digest('base64')}`;
    return text.replace(/^[^\n]*/, `${lang}\t${hash}`);
  };
  const whole = Object.fromEntries(langs.map((n) => [n.slice(0, -4), withSources(n.slice(0, -4), readFileSync(join(folder, n), 'utf8'))]));
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
  // The pages carry the words their first screen asks for, those the prerender step left
  // in their block (src/bin/prerender.rs); the rest of the whole widget's wait in
  // `locales/rest.<lang>.txt`, fetched once a reader asks for one, whose hash the
  // block's first line names after the sources' (src/locale.rs, `complete`).
  const block = /(<script type="text\/plain" id="rx-words">)([a-zA-Z-]+)([\t\n][\s\S]*?)(<\/script>)/;
  const carried = {};
  for (const page of pages(dir)) {
    const html = readFileSync(page, 'utf8');
    const found = block.exec(html);
    if (!found) continue;
    const lang = found[2];
    if (!whole[lang]) throw new Error(`${page}: words of an unknown locale, ${lang}`);
    carried[lang] ??= split(whole[lang], found[3], (text) => writeFileSync(join(folder, `rest.${lang}.txt`), text));
    writeFileSync(page, html.replace(block, (_, open, _lang, _text, close) => `${open}${carried[lang]}${close}`));
  }
  return sizes;
}
