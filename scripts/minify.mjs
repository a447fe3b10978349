// Minifies the JavaScript and CSS that trunk wrote into a release build's staging
// folder, in place, with esbuild (pinned in package.json): comments, whitespace and
// local names go; exported names, import paths and the glue's import keys stay, so
// the wasm still links. Run by post-build.mjs for the widget and by the benchmark's
// floor app, so both are measured after the same treatment. Trunk's own minifier is
// not used: trunk 0.21 fails on wasm-bindgen's glue ("RequiredTokenNotFound").
// Trunk has already written subresource-integrity hashes into the HTML; they are
// recomputed for the minified files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

/** Minifies one .js or .css file in place. */
export function minifyFile(path) {
  const loader = path.endsWith('.js') ? 'js' : 'css';
  const { code } = transformSync(readFileSync(path, 'utf8'), { loader, minify: true, legalComments: 'none' });
  writeFileSync(path, code);
}

/** Minifies every top-level .js and .css file of `dir` (not examples/), but `skip`. */
export function minifyDir(dir, skip = []) {
  for (const name of readdirSync(dir)) {
    if ((!name.endsWith('.js') && !name.endsWith('.css')) || skip.includes(name)) continue;
    minifyFile(join(dir, name));
  }
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    const path = join(dir, name);
    // Any tag with both a same-folder href and an integrity hash (stylesheets, and the
    // floor app's module preloads), whatever the attributes' order.
    const html = readFileSync(path, 'utf8').replace(/<link\b[^>]*>/g, (tag) => {
      const href = /\bhref="(?:\.\/)?([^"/?#]+)"/.exec(tag);
      if (!href || !/\bintegrity="sha384-/.test(tag) || !existsSync(join(dir, href[1]))) return tag;
      const hash = createHash('sha384').update(readFileSync(join(dir, href[1]))).digest('base64');
      return tag.replace(/\bintegrity="sha384-[^"]*"/, `integrity="sha384-${hash}"`);
    });
    writeFileSync(path, html);
  }
}

// As a trunk hook of its own (the floor app): minify the staging folder of a release build.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('run by trunk: TRUNK_STAGING_DIR is not set');
  if (process.env.TRUNK_PROFILE === 'release') minifyDir(dir);
}
