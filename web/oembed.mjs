#!/usr/bin/env node
// The links an author pastes into WordPress, Ghost or any oEmbed consumer (MIT, no
// dependencies). Each part has its own page, `<part>.html` (written by the build's
// prerender step), whose address on a line of its own becomes the widget. For each, this
// writes into the page an oEmbed discovery link, and beside it the response,
// `oembed/<part>.json`: static, so a pasted link shows the worked example (a static host
// cannot vary it by query), with absolute addresses, as WordPress needs. Each page, and
// the standalone page, also gets the tags that make a shared link a card with its picture;
// and every locale's pages get their `hreflang` alternates as absolute addresses.
//
// Every locale's pages get the same, from their folder (`tr/calculator.html`,
// `tr/oembed/calculator.json`, `tr/images/calculator.png`).
//
// The build runs it with the address from RX_PUBLIC_URL. To serve a built folder, or the
// npm package, from another address, run it there again; no Rust toolchain is needed:
//
//   node oembed.mjs https://example.org/restaking/
import { existsSync, readdirSync, readFileSync, writeFileSync as writeFile, mkdirSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROVIDER = 'Restaking, explained';
// The frame's first height in CSS px at 600 px wide; the frame then tells its own
// (frame.js), and WordPress keeps it under 1,000 px.
const WIDTH = 600;
const HEIGHTS = { 'fan-out': 1000, flow: 800, compare: 1000, calculator: 1000, risks: 820 };
const DISCOVERY = /[ \t]*<link rel="alternate" type="application\/json\+oembed"[^>]*>\n?/g;
// The pictures the build draws (src/image.rs): a card of 1200 × 630 px per part, and one
// for the whole explainer, `images/<name>.png`, whose SVG's title is its text alternative.
const PICTURE = { width: 1200, height: 630 };
const PREVIEW = /[ \t]*<meta (?:property="og:|name="twitter:)[^>]*>\n?/g;

/**
 * Writes `text` to `path`, and the precompressed copies beside it again where the build
 * made them (`.gz`, `.br`: servers that serve them would otherwise serve the old text).
 */
function writeFileSync(path, text) {
  writeFile(path, text);
  if (existsSync(`${path}.gz`)) writeFile(`${path}.gz`, gzipSync(text, { level: 9 }));
  if (existsSync(`${path}.br`)) writeFile(`${path}.br`, brotliCompressSync(text));
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The parts with a page of their own in `dir`: `<part>.html` whose mount names its part. */
export function parts(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, /data-rx-view="([a-z-]+)"/.exec(readFileSync(join(dir, name), 'utf8'))?.[1]])
    .filter(([name, part]) => part && name === `${part}.html`)
    .map(([, part]) => part);
}

/**
 * The oEmbed response for `part` in the locale whose folder is `folder` (`''` for English,
 * else `'tr/'` and so on), served from `base` (absolute, ending in "/").
 */
export function response(base, part, title, folder = '') {
  const page = new URL(`${folder}${part}.html`, base).href;
  const frame = new URL(`${folder}embed.html?view=${part}`, base).href;
  const height = HEIGHTS[part] ?? 1000;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: PROVIDER,
    provider_url: base,
    title,
    width: WIDTH,
    height,
    thumbnail_url: new URL(`${folder}images/${part}.png`, base).href,
    thumbnail_width: PICTURE.width,
    thumbnail_height: PICTURE.height,
    // A link first, then the frame: WordPress shows the frame, and loads the script
    // that sizes it, only after such a link.
    html:
      `<blockquote><a href="${escape(page)}">${escape(title)}</a></blockquote>` +
      `<iframe src="${escape(frame)}" width="${WIDTH}" height="${height}" title="${escape(title)}" ` +
      'frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>',
  };
}

/** The folders of the locales built into `dir`: `''` for English, then `'tr/'` and so on. */
export function localeFolders(dir) {
  const folders = readdirSync(dir).filter((n) => /^[a-z]{2}(-[A-Z]{2})?$/.test(n) && existsSync(join(dir, n, 'index.html')));
  return ['', ...folders.map((n) => `${n}/`)];
}

/**
 * Writes every part's discovery link and response in `dir` for the address `base`, in
 * every locale: English's pages at the root, each other locale's in its folder, each
 * with its own responses (`<folder>oembed/<part>.json`) and pictures. Returns the parts.
 */
export function writeOembed(dir, base) {
  const url = new URL(base);
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${base}: an http or https address, please`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  const root = url.href;
  const folders = localeFolders(dir);
  const found = parts(dir);
  for (const folder of folders) {
    const here = join(dir, folder);
    mkdirSync(join(here, 'oembed'), { recursive: true });
    for (const part of parts(here)) {
      const path = join(here, `${part}.html`);
      const html = readFileSync(path, 'utf8').replace(DISCOVERY, '');
      const title = `${partTitle(html) ?? part} · ${PROVIDER}`;
      const alt = pictureAlt(here, part) ?? title;
      const json = new URL(`${folder}oembed/${part}.json`, root).href;
      const link = `<link rel="alternate" type="application/json+oembed" href="${escape(json)}" title="${escape(title)}" />`;
      const page = html.replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`).replace('</head>', `${link}</head>`);
      writeFileSync(path, withPreview(page, root, `${folder}${part}.html`, `${folder}images/${part}.png`, title, alt));
      writeFileSync(join(here, 'oembed', `${part}.json`), `${JSON.stringify(response(root, part, title, folder), null, 2)}\n`);
    }
    const index = join(here, 'index.html');
    const page = readFileSync(index, 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? PROVIDER;
    const alt = pictureAlt(here, 'restaking-explained') ?? title;
    writeFileSync(index, withPreview(page, root, folder, `${folder}images/restaking-explained.png`, title, alt));
  }
  // Each locale's pages name their alternates (hreflang) by absolute address, as search
  // engines read them: English at the root, each other locale in its folder.
  const files = ['index.html', 'embed.html', ...found.map((part) => `${part}.html`)];
  for (const path of folders.flatMap((folder) => files.map((file) => join(dir, folder, file)))) {
    if (!existsSync(path)) continue;
    const file = path.slice(path.lastIndexOf('/') + 1);
    const name = file === 'index.html' ? '' : file;
    const alternate = /(<link rel="alternate" hreflang="([^"]+)" href=")[^"]*(")/g;
    const html = readFileSync(path, 'utf8').replace(alternate, (_, open, code, close) =>
      `${open}${escape(new URL(`${['en', 'x-default'].includes(code) ? '' : `${code}/`}${name}`, root).href)}${close}`);
    writeFileSync(path, html);
  }
  return found;
}

/**
 * `html` with the tags that make a shared link a card (Open Graph, and Twitter's large
 * image): the page at `root` + `file`, its picture at `root` + `picture`, its title and
 * the picture's text alternative. Written again on every run, for the new address.
 */
function withPreview(html, root, file, picture, title, alt) {
  const image = new URL(picture, root).href;
  const tags = [
    ['property', 'og:type', 'website'],
    ['property', 'og:url', new URL(file, root).href],
    ['property', 'og:title', title],
    ['property', 'og:image', image],
    ['property', 'og:image:width', String(PICTURE.width)],
    ['property', 'og:image:height', String(PICTURE.height)],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:image', image],
  ]
    .map(([kind, name, content]) => `<meta ${kind}="${name}" content="${escape(content)}" />`)
    .join('');
  return html.replace(PREVIEW, '').replace('</head>', `${tags}</head>`);
}

/** The text alternative of picture `name`: its SVG's title, if the build drew it. */
function pictureAlt(dir, name) {
  try {
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(join(dir, 'images', `${name}.svg`), 'utf8'))?.[1];
    return title?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  } catch {
    return undefined;
  }
}

/** The part's own title, the first heading of its prerendered widget. */
function partTitle(html) {
  const heading = /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(html)?.[1];
  const text = heading?.replace(/<[^>]*>/g, '').trim();
  return text ? text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>') : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [base] = process.argv.slice(2);
  if (!base) {
    console.error('usage: node oembed.mjs <the address this folder is served from, e.g. https://example.org/restaking/>');
    process.exit(2);
  }
  const dir = fileURLToPath(new URL('.', import.meta.url));
  try {
    console.log(`oEmbed for ${writeOembed(dir, base).join(', ')} at ${base}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
