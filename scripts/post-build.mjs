// Trunk's post_build hook (see Trunk.toml), for release builds:
// 1. prerender: the native `prerender` binary writes the article's example into
//    index.html and embed.html (src/bin/prerender.rs), so content comes before wasm;
// 2. part builds: one wasm per part, for single-part script embeds (scripts/part-builds.mjs),
//    and each build's words, only the messages it asks for (scripts/locales.mjs);
// 3. minify: the JavaScript and CSS, with esbuild, and the pages' heads (scripts/minify.mjs);
// 4. oEmbed: each part's page gets its discovery link and response (web/oembed.mjs),
//    for the address in RX_PUBLIC_URL;
// 5. integrity: the hashes of what embed.js loads, written into it, and its own into the
//    standalone page's embed panel (scripts/integrity.mjs); the package manifest;
// 6. precompress: every text asset and the wasm get a .gz and a .br beside them, for
//    servers that serve precompressed files (see README, "Serving").
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minifyDir, minifyFile, minifyHead } from './minify.mjs';
import { standalonePages, writeEmbedHash, writeIntegrity } from './integrity.mjs';
import { writePackage } from './package.mjs';
import { buildParts } from './part-builds.mjs';
import { writeLocales } from './locales.mjs';
import { writeOembed } from '../web/oembed.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk: TRUNK_STAGING_DIR is not set');
// A debug build (`trunk serve`) is prerendered too, so that its locale pages (`tr/`,
// `ar/`) and words exist, but without the pictures, and with nothing minified or hashed.
const release = process.env.TRUNK_PROFILE === 'release';

// Trunk leaves its own `<link data-trunk rel="rust">` in the page (our loader is
// web/boot.js, not trunk's injected one); a link with no href is invalid HTML.
const index = join(dir, 'index.html');
writeFileSync(index, readFileSync(index, 'utf8').replace(/[ \t]*<link data-trunk rel="rust"[^>]*>\n?/, ''));

execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', dir, ...(release ? [] : ['--no-pictures'])], { stdio: 'inherit' });
if (!release) process.exit(0);
buildParts(dir);
writeLocales(dir);
// embed.js is minified once the hashes it carries are known: they are of minified files.
minifyDir(dir, ['embed.js']);
writeIntegrity(dir);
minifyFile(join(dir, 'embed.js'));
writeEmbedHash(dir);
// The links an author pastes: each part's page gets its oEmbed discovery link and
// response, for the address the build is told (web/oembed.mjs says how to change it).
writeOembed(dir, process.env.RX_PUBLIC_URL || 'http://127.0.0.1:8080/');
for (const page of readdirSync(dir).filter((name) => name.endsWith('.html'))) minifyHead(join(dir, page));
// Each locale's pages: its standalone page, its frame and its parts' pages.
for (const page of standalonePages(dir).slice(1)) {
  const folder = join(page, '..');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.html'))) minifyHead(join(folder, name));
}
writePackage(dir);

const COMPRESS = /\.(html|js|mjs|css|wasm|svg|json|txt)$/;
function* files(d) {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESS.test(name)) yield path;
  }
}
for (const path of files(dir)) {
  const body = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  );
}
