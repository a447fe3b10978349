#!/usr/bin/env node
// The links an author pastes into WordPress, Ghost or any oEmbed consumer (MIT, no
// dependencies). Each part has its own page, `<part>.html` (written by the build's
// prerender step), whose address on a line of its own becomes the widget. For each, this
// writes into the page an oEmbed discovery link, and beside it the response,
// `oembed/<part>.json`: static, so a pasted link shows the worked example (a static host
// cannot vary it by query), with absolute addresses, as WordPress needs.
//
// The build runs it with the address from RX_PUBLIC_URL. To serve a built folder, or the
// npm package, from another address, run it there again; no Rust toolchain is needed:
//
//   node oembed.mjs https://example.org/restaking/
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROVIDER = 'Restaking, explained';
// The frame's first height in CSS px at 600 px wide; the frame then tells its own
// (frame.js), and WordPress keeps it under 1,000 px.
const WIDTH = 600;
const HEIGHTS = { 'fan-out': 1000, flow: 800, compare: 1000, calculator: 1000, risks: 820 };
const DISCOVERY = /[ \t]*<link rel="alternate" type="application\/json\+oembed"[^>]*>\n?/g;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The parts with a page of their own in `dir`: `<part>.html` whose mount names its part. */
export function parts(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, /data-rx-view="([a-z-]+)"/.exec(readFileSync(join(dir, name), 'utf8'))?.[1]])
    .filter(([name, part]) => part && name === `${part}.html`)
    .map(([, part]) => part);
}

/** The oEmbed response for `part`, served from `base` (absolute, ending in "/"). */
export function response(base, part, title) {
  const page = new URL(`${part}.html`, base).href;
  const frame = new URL(`embed.html?view=${part}`, base).href;
  const height = HEIGHTS[part] ?? 1000;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: PROVIDER,
    provider_url: base,
    title,
    width: WIDTH,
    height,
    // A link first, then the frame: WordPress shows the frame, and loads the script
    // that sizes it, only after such a link.
    html:
      `<blockquote><a href="${escape(page)}">${escape(title)}</a></blockquote>` +
      `<iframe src="${escape(frame)}" width="${WIDTH}" height="${height}" title="${escape(title)}" ` +
      'frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>',
  };
}

/** Writes every part's discovery link and response in `dir` for the address `base`. */
export function writeOembed(dir, base) {
  const url = new URL(base);
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${base}: an http or https address, please`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  const root = url.href;
  mkdirSync(join(dir, 'oembed'), { recursive: true });
  const found = parts(dir);
  for (const part of found) {
    const path = join(dir, `${part}.html`);
    const html = readFileSync(path, 'utf8').replace(DISCOVERY, '');
    const title = `${partTitle(html) ?? part} · ${PROVIDER}`;
    const json = new URL(`oembed/${part}.json`, root).href;
    const link = `<link rel="alternate" type="application/json+oembed" href="${escape(json)}" title="${escape(title)}" />`;
    const page = html.replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`).replace('</head>', `${link}</head>`);
    writeFileSync(path, page);
    writeFileSync(join(dir, 'oembed', `${part}.json`), `${JSON.stringify(response(root, part, title), null, 2)}\n`);
  }
  return found;
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
