// The npm package that dist/ also is (run by post-build.mjs): a package.json naming
// restaking-explainer at the crate's version and licence, so that `npm pack` in dist/
// makes a tarball whose root holds embed.js and everything it loads, and an npm CDN
// serves it as it is (…/restaking-explainer@<version>/embed.js). The precompressed
// .br and .gz files stay out: CDNs compress for themselves.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The `key = "value"` of Cargo.toml's [package] table. */
export function crateField(key) {
  const manifest = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const table = manifest.split(/^\[/m).find((t) => t.startsWith('package]')) || '';
  const found = new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, 'm').exec(table);
  if (!found) throw new Error(`Cargo.toml's [package] has no ${key}`);
  return found[1];
}

/** Writes `dir`/package.json. */
export function writePackage(dir) {
  const pkg = {
    name: 'restaking-explainer',
    version: crateField('version'),
    description: crateField('description'),
    license: crateField('license'),
    // What a CDN serves for the bare package URL.
    main: 'embed.js',
    browser: 'embed.js',
    unpkg: 'embed.js',
    jsdelivr: 'embed.js',
    files: ['*.js', '*.mjs', '*.wasm', '*.css', '*.html', '*.svg', '*/*.html', 'locales/*.txt', 'oembed/*.json', '*/oembed/*.json', 'images/*.svg', 'images/*.png', '*/images/*.svg', '*/images/*.png', 'examples/*.html', 'examples/*.css'],
    sideEffects: true,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return pkg;
}
