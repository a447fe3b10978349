// End-to-end tests of the links an author pastes: each part's page with its oEmbed
// discovery link, the static responses, a built folder pointed at another address by
// `node oembed.mjs <address>` (no Rust toolchain), and the response's HTML framed the way
// WordPress frames it (sandboxed, with a secret, sized by the frame's own messages).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, lifecycle, serve, until } from './harness.mjs';

const env = lifecycle();
const PARTS = ['fan-out', 'flow', 'calculator', 'compare', 'risks'];
const CODES = ['en', 'tr', 'ar', 'es', 'pt-BR', 'zh-CN', 'vi'];
// Each locale's folder: English at the root.
const folderOf = (code) => (code === 'en' ? '' : `${code}/`);
let copy;
let site;

before(async () => {
  // A built folder served from another address, with the CORS header a sandboxed frame
  // needs, and pointed at that address by its own script.
  copy = mkdtempSync(join(tmpdir(), 'rx-oembed-'));
  cpSync(DIST, copy, { recursive: true });
  site = await serve(copy, { 'access-control-allow-origin': '*' }, '/restaking/');
  execFileSync('node', [join(copy, 'oembed.mjs'), site.url]);
});

after(async () => {
  await site?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('the links an author pastes', () => {
  test('the precompressed copies say what the rewritten files say', () => {
    // A server that serves `.gz` and `.br` beside a file must not serve the old address.
    for (const file of ['index.html', 'calculator.html', 'tr/calculator.html', 'oembed/calculator.json', 'tr/embed.html']) {
      const text = readFileSync(join(copy, file));
      assert.ok(text.includes(site.url), `${file} names the new address`);
      assert.ok(gunzipSync(readFileSync(join(copy, `${file}.gz`))).equals(text), `${file}.gz`);
      assert.ok(brotliDecompressSync(readFileSync(join(copy, `${file}.br`))).equals(text), `${file}.br`);
    }
  });

  test('every locale’s pages name their hreflang alternates by the new address', async () => {
    const codes = CODES;
    for (const folder of ['', 'tr/', 'zh-CN/']) {
      for (const file of ['', 'embed.html', 'calculator.html']) {
        const page = await (await fetch(`${site.url}${folder}${file}`)).text();
        const found = Object.fromEntries([...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)" \/>/g)].map((m) => [m[1], m[2]]));
        const want = Object.fromEntries(codes.map((c) => [c, `${site.url}${c === 'en' ? '' : `${c}/`}${file}`]));
        assert.deepEqual(found, { ...want, 'x-default': `${site.url}${file}` }, `${folder}${file}`);
      }
    }
  });

  for (const code of CODES) test(`each part's page in ${code} advertises its oEmbed response, and the response is valid and absolute`, async () => {
    const folder = folderOf(code);
    const titles = new Set();
    for (const part of PARTS) {
      const page = await (await fetch(`${site.url}${folder}${part}.html`)).text();
      assert.match(page, new RegExp(`^<!doctype html>\\s*<html lang="${code}"`), `${folder}${part}.html is in ${code}`);
      const links = [...page.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)" \/>/g)];
      assert.equal(links.length, 1, `${part}: one discovery link`);
      assert.equal(links[0][1], `${site.url}${folder}oembed/${part}.json`);
      assert.ok(page.includes(`<title>${links[0][2]}</title>`), `${part}: the page's title is the response's`);
      const res = await fetch(links[0][1]);
      assert.equal(res.status, 200);
      const json = await res.json();
      assert.equal(json.version, '1.0');
      assert.equal(json.type, 'rich');
      assert.equal(json.provider_name, 'Restaking, explained');
      assert.equal(json.provider_url, site.url);
      assert.ok(Number.isInteger(json.width) && Number.isInteger(json.height) && json.height <= 1000, `${part}: ${json.width} × ${json.height}`);
      assert.match(json.title, / · Restaking, explained$/);
      titles.add(json.title);
      // A link to the page first, then the frame, both absolute: what WordPress keeps.
      const m = /^<blockquote><a href="([^"]+)">[^<]+<\/a><\/blockquote><iframe src="([^"]+)" width="(\d+)" height="(\d+)" title="[^"]+"[^>]*><\/iframe>$/.exec(json.html);
      assert.ok(m, `${part}: ${json.html}`);
      assert.equal(m[1], `${site.url}${folder}${part}.html`);
      assert.equal(m[2], `${site.url}${folder}embed.html?view=${part}`);
      assert.equal(json.thumbnail_url, `${site.url}${folder}images/${part}.png`);
      // The frame it names is the locale's page.
      assert.match(await (await fetch(m[2])).text(), new RegExp(`<html lang="${code}"`));
    }
    assert.equal(titles.size, PARTS.length, 'each part its own title');
    if (code !== 'en') {
      // In the locale's words: no title the same as English's.
      const english = await (await fetch(`${site.url}oembed/calculator.json`)).json();
      const own = await (await fetch(`${site.url}${folder}oembed/calculator.json`)).json();
      assert.notEqual(own.title, english.title);
    }
  });

  test('in a frame of WordPress\'s largest, 600 × 1,000 px, the calculator\'s essentials and its headline figures are in view together', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 600, height: 1000 }, permissions: ['local-network-access'] });
    const page = await ctx.newPage();
    await page.goto(`${site.url}embed.html?view=calculator`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    // WordPress never makes an oEmbed frame taller than 1,000 px; the part is taller, so
    // what matters is what the frame shows before any scroll.
    assert.ok(await page.evaluate(() => document.documentElement.scrollHeight) > 1000);
    const inView = (locator) => locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight;
    });
    for (const id of ['rx-stake', 'rx-base', 'rx-slash']) {
      assert.ok(await inView(page.locator(`#${id}`)), `#${id} in view`);
    }
    // One of the two headline bars (narrow and wide layouts) shows; its three figures in view.
    const figures = await page.locator('.rx-headline__figure').evaluateAll((els) => els
      .map((el) => [el.textContent.replace(/\s+/g, ' '), el.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0)
      .map(([text, r]) => [text, r.top >= 0 && r.bottom <= innerHeight]));
    assert.equal(figures.length, 3, JSON.stringify(figures));
    assert.deepEqual(figures.filter(([, shown]) => !shown), [], 'every figure in view');
    const said = figures.map(([text]) => text).join(' ');
    // And they say the worked example's figures: 7 % a year, 1.6 ETH for one slash.
    assert.match(said, /7\s?%/);
    assert.match(said, /1\.6\sETH/);
    await ctx.close();
  });

  test('a part\'s page in a locale, opened, is that part alone, live, in its language; ?lang leads there from English\'s', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 600, height: 900 }, permissions: ['local-network-access'] });
    const page = await ctx.newPage();
    await page.goto(`${site.url}calculator.html?lang=tr&stake=40`);
    await page.waitForURL(/\/tr\/calculator\.html\?lang=tr&stake=40$/);
    await page.locator('.rx[data-rx-ready]').waitFor();
    assert.equal(await page.locator('.rx').getAttribute('lang'), 'tr');
    assert.equal(await page.locator('.rx-calculator').count(), 1);
    assert.equal(await page.locator('.rx-compare__table, .rx-fan, .rx-risks').count(), 0, 'no other part');
    // The reader's number, written as Turkish writes it: 40 ETH at 3.5 % is 1.4 ETH a year.
    assert.equal(await page.locator('#rx-stake').inputValue(), '40');
    const base = page.locator('output[data-result="base-reward"]');
    assert.equal(await base.getAttribute('data-value'), '1.4');
    assert.match(await base.textContent(), /^\s*1,4\sETH\s*$/);
    await ctx.close();
  });

  test('a part\'s page, opened, is that part alone, live', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 600, height: 900 }, permissions: ['local-network-access'] });
    const page = await ctx.newPage();
    await page.goto(`${site.url}compare.html`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    assert.equal(await page.locator('.rx-compare__table').count(), 1);
    assert.equal(await page.locator('.rx-calculator, .rx-fan, .rx-risks').count(), 0, 'no other part');
    await ctx.close();
  });

  test('framed as WordPress frames a response, the part comes alive and its frame is sized by its messages', async () => {
    const json = await (await fetch(`${site.url}oembed/calculator.json`)).json();
    const ctx = await env.browser.newContext({ viewport: { width: 900, height: 900 }, permissions: ['local-network-access'] });
    const page = await ctx.newPage();
    // What wp_filter_oembed_result() and wp-embed.js do with a response: the frame gets
    // sandbox="allow-scripts", a secret in its address and data-secret; a height message
    // with that secret sizes it, between 200 and 1,000 px.
    await page.route(`${env.server.url}wordpress-post.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>A post</title></head><body><main>${json.html
          .replace('<blockquote>', '<blockquote class="wp-embedded-content" data-secret="S3cr3tAbCd">')
          .replace(/<iframe src="([^"]+)"/, '<iframe sandbox="allow-scripts" security="restricted" data-secret="S3cr3tAbCd" src="$1#?secret=S3cr3tAbCd"')}</main>
        <script>
          addEventListener('message', (e) => {
            const d = e.data;
            if (!d || d.message !== 'height' || !d.secret) return;
            const frame = document.querySelector('iframe[data-secret="' + d.secret + '"]');
            if (frame && frame.contentWindow === e.source) frame.height = Math.min(1000, Math.max(200, d.value));
          });
        </script></body></html>`,
      }),
    );
    await page.goto(`${env.server.url}wordpress-post.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('.rx[data-rx-ready] output[data-result="gross-reward"]').waitFor();
    assert.equal((await frame.locator('output[data-result="gross-reward"]').textContent()).replace(/\u00a0/g, ' '), '2.24 ETH');
    const content = await frame.locator('#restaking-explainer').evaluate((el) => el.scrollHeight);
    await until(async () => Number(await page.locator('iframe').getAttribute('height')) === Math.min(1000, Math.max(200, content)), {
      message: `the frame sized to ${content} px, within WordPress's cap`,
    });
    await ctx.close();
  });
});
