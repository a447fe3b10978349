// Subresource integrity for the script embed (run by post-build.mjs after minifying):
// the sha256 of every file embed.js loads is written in (each build's glue and the
// stylesheet into embed.js, a build's wasm and words into its glue), and a file that
// differs is refused; then embed.js's own
// sha384, which the embed snippet carries, is written into the standalone page for its
// embed panel. See SPEC, "Packaging". Inside embed.js and the glue the shorter sha256
// (which SRI accepts as well) keeps each hash 20 characters shorter.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The SRI value (`sha384-…`, or another algorithm SRI knows) of the file at `path`. */
export function sri(path, algorithm = 'sha384') {
  return `${algorithm}-${createHash(algorithm).update(readFileSync(path)).digest('base64')}`;
}

/**
 * Writes the hashes of what embed.js loads. Each build's glue carries the hashes of its
 * own wasm (`export const WASM`) and of its words, one per locale (`export const WORDS`,
 * by locale code), and embed.js holds the glue's: so embed.js holds one hash per build
 * and the stylesheet's, whatever the number of locales, and a calculator embed downloads
 * its build's seven words hashes, not all the builds'. The whole widget's glue is also
 * the standalone page's, which carries its words inline and needs none of it: embeds
 * load a copy of it that carries them, `restaking-explainer-all.js`.
 */
export function writeIntegrity(dir) {
  const words = existsSync(join(dir, 'locales')) ? readdirSync(join(dir, 'locales')).filter((n) => n.endsWith('.txt')).sort() : [];
  const hash = (n) => sri(join(dir, n), 'sha256');
  writeFileSync(join(dir, 'restaking-explainer-all.js'), readFileSync(join(dir, 'restaking-explainer.js')));
  for (const glue of readdirSync(dir).filter((n) => /^restaking-explainer-[a-z-]+\.js$/.test(n))) {
    const part = glue.slice('restaking-explainer-'.length, -'.js'.length);
    // A part's words are `<part>.<lang>.txt`; the whole widget's `<lang>.txt`.
    const own = words
      .map((n) => (part === 'all' ? /^([a-zA-Z-]+)\.txt$/ : new RegExp(`^${part}\\.([a-zA-Z-]+)\\.txt$`)).exec(n))
      .filter(Boolean);
    const table = JSON.stringify(Object.fromEntries(own.map(([n, lang]) => [lang, hash(`locales/${n}`)])));
    const wasm = `${part === 'all' ? 'restaking-explainer' : glue.slice(0, -'.js'.length)}_bg.wasm`;
    writeFileSync(
      join(dir, glue),
      `${readFileSync(join(dir, glue), 'utf8').trimEnd()}export const WORDS=${table};export const WASM="${hash(wasm)}";\n`,
    );
  }
  // By build (`calculator`, `all`), and the stylesheet as `css`.
  const files = readdirSync(dir).filter((n) => /^restaking-explainer-[a-z-]+\.js$/.test(n) || n === 'widget.css');
  const key = (n) => (n === 'widget.css' ? 'css' : n.replace(/^restaking-explainer-(.*)\.js$/, '$1'));
  const hashes = Object.fromEntries(files.sort().map((n) => [key(n), hash(n)]));
  const embed = join(dir, 'embed.js');
  const source = readFileSync(embed, 'utf8');
  const marker = 'var INTEGRITY = {};';
  if (!source.includes(marker)) throw new Error(`embed.js has no "${marker}" to fill in`);
  writeFileSync(embed, source.replace(marker, `var INTEGRITY = ${JSON.stringify(hashes)};`));
  return hashes;
}

/**
 * Writes embed.js's own hash into `dir`/index.html and each locale's `<lang>/index.html`,
 * for the embed panel's snippets.
 */
export function writeEmbedHash(dir) {
  const hash = sri(join(dir, 'embed.js'));
  for (const page of standalonePages(dir)) {
    const html = readFileSync(page, 'utf8');
    const marker = '<meta name="rx-embed-integrity" content="" />';
    if (!html.includes(marker)) throw new Error(`${page} has no ${marker} to fill in`);
    writeFileSync(page, html.replace(marker, `<meta name="rx-embed-integrity" content="${hash}" />`));
  }
  return hash;
}

/** The standalone pages: `dir`/index.html, then each locale's (`dir`/<lang>/index.html). */
export function standalonePages(dir) {
  const locales = readdirSync(dir).filter((n) => /^[a-z]{2}(-[A-Z]{2})?$/.test(n) && existsSync(join(dir, n, 'index.html')));
  return [join(dir, 'index.html'), ...locales.map((n) => join(dir, n, 'index.html'))];
}
