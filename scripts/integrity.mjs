// Subresource integrity for the script embed (run by post-build.mjs after minifying):
// the sha256 of every file embed.js loads (each build's glue and wasm, the stylesheet,
// the words) is written into embed.js (a part's words into its glue), which then refuses a file that differs; then embed.js's own
// sha384, which the embed snippet carries, is written into the standalone page for its
// embed panel. See SPEC, "Packaging". Inside embed.js the shorter sha256 (which SRI
// accepts as well) keeps thirteen hashes from costing the loader 0.2 KB of its 3 KB.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The SRI value (`sha384-…`, or another algorithm SRI knows) of the file at `path`. */
export function sri(path, algorithm = 'sha384') {
  return `${algorithm}-${createHash(algorithm).update(readFileSync(path)).digest('base64')}`;
}

/**
 * Writes the hashes of what embed.js loads into `dir`/embed.js. A part's build carries the
 * hashes of its own words, one per locale, in its glue (`export const WORDS`), whose hash
 * embed.js holds: so embed.js holds one hash per locale (the whole widget's words), not
 * one per locale and part, and a calculator embed downloads its build's seven, not all
 * forty-two. The whole widget's glue is also the standalone page's, which carries its
 * words inline and so gets none.
 */
export function writeIntegrity(dir) {
  const words = existsSync(join(dir, 'locales')) ? readdirSync(join(dir, 'locales')).filter((n) => n.endsWith('.txt')).sort() : [];
  const hash = (n) => sri(join(dir, n), 'sha256');
  for (const glue of readdirSync(dir).filter((n) => /^restaking-explainer-[a-z-]+\.js$/.test(n))) {
    const part = glue.slice('restaking-explainer-'.length, -'.js'.length);
    const own = words.filter((n) => n.startsWith(`${part}.`)).map((n) => `locales/${n}`);
    const table = JSON.stringify(Object.fromEntries(own.map((n) => [n, hash(n)])));
    writeFileSync(join(dir, glue), `${readFileSync(join(dir, glue), 'utf8').trimEnd()}export const WORDS=${table};\n`);
  }
  const files = readdirSync(dir)
    .filter((n) => /^restaking-explainer(-[a-z-]+)?(\.js|_bg\.wasm)$/.test(n) || n === 'widget.css')
    // The whole widget's words in each locale (written by the prerender step).
    .concat(words.filter((n) => n.split('.').length === 2).map((n) => `locales/${n}`));
  const hashes = Object.fromEntries(files.sort().map((n) => [n, hash(n)]));
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
