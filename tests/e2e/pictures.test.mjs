// End-to-end tests of the pictures: the images the build writes for places that run no
// script (a link preview, an oEmbed thumbnail, a newsletter), and the figures a reader
// saves with the "Save this figure" buttons, carrying the reader's own numbers, under
// the strict Content-Security-Policy.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, DIST, lifecycle } from './harness.mjs';

const env = lifecycle(undefined, { 'content-security-policy': CSP });
const IMAGES = ['restaking-explained', 'fan-out', 'flow', 'calculator', 'compare', 'risks'];
// The widget writes a number and its unit with a no-break space between them.
const spaced = (text) => text.replace(/[\u00a0\u202f]|&#160;/g, ' ');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's width and height, from its IHDR chunk; fails unless `bytes` is a PNG. */
function pngSize(bytes) {
  assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'a PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The content of `<meta {attr}="{key}" content="…">` in `html`, or undefined. */
function meta(html, attr, key) {
  return new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];
}

describe('the images the build writes', () => {
  for (const name of IMAGES) {
    test(`${name}: a 1200 × 630 PNG and SVG with the article's numbers`, () => {
      const png = readFileSync(join(DIST, 'images', `${name}.png`));
      assert.deepEqual(pngSize(png), [1200, 630]);
      // Not blank, not a photograph: a flat drawing compresses to tens of kilobytes.
      assert.ok(png.length > 15_000 && png.length < 400_000, `${name}.png is ${png.length} B`);
      const svg = readFileSync(join(DIST, 'images', `${name}.svg`), 'utf8');
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/);
      // 32 ETH at 3.5 % and two services at 2 % and 1.5 %: 1.12 + 1.12 = 2.24 ETH a year;
      // a 5 % slash of 32 ETH is 1.6 ETH.
      const title = spaced(/<title>([^<]+)<\/title>/.exec(svg)?.[1] ?? '');
      for (const figure of ['32 ETH', '1.12 ETH', '2.24 ETH', '1.6 ETH']) {
        assert.ok(title.includes(figure), `${name}: its text alternative names ${figure}: ${title}`);
      }
      // Nothing the picture needs is fetched: no external reference, no custom property left.
      assert.doesNotMatch(svg, /href="http|url\(|var\(--/);
    });
  }

  // Each locale's pictures, in its folder: in its words, with the article's numbers as the
  // locale writes them (a decimal comma but in Chinese and Arabic).
  const COMMA = { tr: true, es: true, 'pt-BR': true, vi: true, 'zh-CN': false, ar: false };
  for (const [code, comma] of Object.entries(COMMA)) {
    test(`${code}: its own pictures, 1200 × 630, in its words and its numbers`, () => {
      for (const name of IMAGES) {
        const png = readFileSync(join(DIST, code, 'images', `${name}.png`));
        assert.deepEqual(pngSize(png), [1200, 630]);
        assert.ok(png.length > 15_000 && png.length < 400_000, `${code}/${name}.png is ${png.length} B`);
        assert.ok(!png.equals(readFileSync(join(DIST, 'images', `${name}.png`))), `${code}/${name}.png is not English's`);
        const svg = readFileSync(join(DIST, code, 'images', `${name}.svg`), 'utf8');
        const title = spaced(/<title>([^<]+)<\/title>/.exec(svg)?.[1] ?? '').replace(/[\u2066-\u2069]/g, '');
        for (const figure of ['32 ETH', '1.12 ETH', '2.24 ETH', '1.6 ETH']) {
          const written = comma ? figure.replace('.', ',') : figure;
          assert.ok(title.includes(written), `${code}/${name}: its text alternative names ${written}: ${title}`);
        }
        assert.doesNotMatch(title, /Restaking, explained|One deposit/, `${code}/${name}: not in English`);
        assert.doesNotMatch(svg, /href="http|url\(|var\(--/);
      }
      // Its pages name its pictures for link previews.
      for (const [page, image] of [['index.html', 'restaking-explained'], ['calculator.html', 'calculator'], ['risks.html', 'risks']]) {
        const html = readFileSync(join(DIST, code, page), 'utf8');
        assert.ok(meta(html, 'property', 'og:image')?.endsWith(`/${code}/images/${image}.png`), `${code}/${page}`);
      }
    });
  }

  test('each page names its picture for link previews, absolutely, with a text alternative', async () => {
    for (const [page, image] of [['index.html', 'restaking-explained'], ['fan-out.html', 'fan-out'], ['calculator.html', 'calculator'], ['compare.html', 'compare'], ['flow.html', 'flow'], ['risks.html', 'risks']]) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const src = meta(html, 'property', 'og:image');
      assert.ok(src && /^https?:\/\/[^/]+\/.*images\/[a-z-]+\.png$/.test(src), `${page}: og:image ${src}`);
      assert.ok(src.endsWith(`images/${image}.png`), `${page}: ${src}`);
      assert.equal(meta(html, 'property', 'og:image:width'), '1200');
      assert.equal(meta(html, 'property', 'og:image:height'), '630');
      assert.equal(meta(html, 'name', 'twitter:card'), 'summary_large_image');
      assert.equal(meta(html, 'name', 'twitter:image'), src);
      assert.match(spaced(meta(html, 'property', 'og:image:alt') ?? ''), /2\.24 ETH/);
      // The address is the build's public one, the same as the page's own.
      const url = meta(html, 'property', 'og:url');
      assert.ok(src.startsWith(new URL('.', url).href), `${page}: ${src} beside ${url}`);
    }
  });

  test('each oEmbed response names its picture as the thumbnail, and it is served', async () => {
    for (const part of ['fan-out', 'flow', 'calculator', 'compare', 'risks']) {
      const json = JSON.parse(readFileSync(join(DIST, 'oembed', `${part}.json`), 'utf8'));
      assert.equal(json.thumbnail_width, 1200);
      assert.equal(json.thumbnail_height, 630);
      assert.equal(json.thumbnail_url, new URL(`images/${part}.png`, json.provider_url).href);
      // Served from where the response says, as a PNG of those dimensions.
      const local = new URL(`images/${part}.png`, env.server.url);
      const res = await fetch(local);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'image/png');
      assert.deepEqual(pngSize(Buffer.from(await res.arrayBuffer())), [1200, 630]);
    }
  });
});

describe('a reader saves a figure', () => {
  /** A context that records CSP violations, page errors and every request's origin. */
  async function context() {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const record = { violations: [], errors: [], foreign: [] };
    await ctx.exposeFunction('__reportViolation', (text) => record.violations.push(text));
    await ctx.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => window.__reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    ctx.on('page', (p) => p.on('pageerror', (e) => record.errors.push(e.message)));
    ctx.on('request', (r) => {
      if (!r.url().startsWith(env.server.origin) && !r.url().startsWith('data:')) record.foreign.push(r.url());
    });
    return { ctx, record };
  }

  async function save(page, part, format) {
    const button = page.locator(`${part} [data-rx-download="${format}"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  test('the fan-out, with the reader\'s stake, as SVG and as PNG', async () => {
    const { ctx, record } = await context();
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}?stake=40`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    const svg = await save(page, '.rx-fanout', 'svg');
    assert.equal(svg.name, 'restaking-fan-out.svg');
    const text = spaced(svg.bytes.toString('utf8'));
    assert.match(text, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(text.includes('40 ETH'), 'the reader\'s stake, not the article\'s');
    assert.ok(!text.includes('32 ETH'), 'not the article\'s stake');
    // Where it came from, so a saved picture still credits its source.
    assert.match(text, /From [^<]*127\.0\.0\.1/);
    // As the figure stands, not as it fades in: every branch whole.
    const branches = [...text.matchAll(/<g data-branch="[^"]+"[^>]* opacity="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(branches, ['1', '1', '1']);
    // Its colours are values, not the page's custom properties, which a file lacks.
    assert.doesNotMatch(text, /var\(--/);
    const png = await save(page, '.rx-fanout', 'png');
    assert.equal(png.name, 'restaking-fan-out.png');
    const [w, h] = pngSize(png.bytes);
    assert.equal(w, 1200);
    assert.ok(h > 300 && h < 2400, `height ${h}`);
    assert.ok(png.bytes.length > 10_000, `a drawing, not an empty canvas: ${png.bytes.length} B`);
    assert.equal(await page.locator('.rx-fanout .rx-save [role=status]').textContent(), '');
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.foreign, []);
    await ctx.close();
  });

  test('from an element embed in an article, under the strict policy', async () => {
    const { ctx, record } = await context();
    await ctx.route(`${env.server.url}examples/saving.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': CSP },
        body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body>'
          + '<p>Before.</p><restaking-explainer view="fan-out" stake="50"></restaking-explainer>'
          + '<script src="../embed.js" defer></script></body></html>',
      }));
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}examples/saving.html`);
    // (Locators reach into the element's shadow root.)
    await page.locator('restaking-explainer .rx[data-rx-ready]').waitFor();
    const svg = await save(page, 'restaking-explainer .rx-fanout', 'svg');
    assert.equal(svg.name, 'restaking-fan-out.svg');
    assert.ok(spaced(svg.bytes.toString('utf8')).includes('50 ETH'), 'the embed\'s own stake');
    const png = await save(page, 'restaking-explainer .rx-fanout', 'png');
    assert.equal(pngSize(png.bytes)[0], 1200);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.foreign, []);
    await ctx.close();
  });

  test('the calculator\'s chart, with the reader\'s years, as SVG and PNG', async () => {
    const { ctx, record } = await context();
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}calculator.html?stake=64&years=3`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    // The chart is saved whole, so its buttons wait until its question is answered.
    const ask = page.locator('[data-rx-question="chart"]');
    assert.equal(await page.locator('.rx-chart-question [data-rx-download]').count(), 0, 'no half a chart to save');
    await ask.locator('summary').click(); // "Just show me"
    await ask.locator('[data-rx-answer]').waitFor();
    const svg = await save(page, '.rx-chart-question', 'svg');
    assert.equal(svg.name, 'restaking-chart.svg');
    const text = spaced(svg.bytes.toString('utf8'));
    assert.ok(/Year 3|3 years|year 3/i.test(text), 'three years drawn');
    assert.ok(text.includes('64'), 'the reader\'s stake');
    // The legend comes along: each line's name and where it ends.
    for (const name of ['Plain staking', 'Restaking, no slash', 'Restaking, one slash']) {
      assert.match(text, new RegExp(`<text[^>]*>${name} \\d`), name);
    }
    const png = await save(page, '.rx-chart-question', 'png');
    assert.equal(pngSize(png.bytes)[0], 1200);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.foreign, []);
    await ctx.close();
  });
});

describe('the pictures an author pastes', () => {
  /** Opens the embed panel of the standalone page at `query` and returns its snippets. */
  async function snippets(ctx, query, parts = []) {
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}${query}`);
    await page.locator('.rx[data-rx-ready]').first().waitFor();
    await page.getByText('Embed this explainer in your article').click();
    for (const name of parts) await page.getByRole('checkbox', { name }).check();
    await page.locator('[data-snippet="markdown"]').waitFor();
    const read = (kind) => page.locator(`[data-snippet="${kind}"]`).inputValue();
    // The checkboxes redraw the snippets: wait for the last part to be named.
    await page.waitForFunction((n) => document.querySelector('[data-snippet="image"]').value.split('\n').length === n, parts.length + 1);
    return { image: await read('image'), markdown: await read('markdown'), element: await read('element'), script: await read('script') };
  }

  test('"a picture and a link" in HTML and Markdown: each part\'s picture, linking to its page, shown in a page that runs no script', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 600, height: 900 } });
    const { image, markdown } = await snippets(ctx, '', ['Six risks to weigh']);
    const lines = image.split('\n');
    assert.equal(lines.length, 2);
    const parsed = lines.map((l) => /^<a href="([^"]+)"><img src="([^"]+)" alt="([^"]+)" width="1200" height="630" style="max-width:100%;height:auto"><\/a>$/.exec(l));
    assert.ok(parsed.every(Boolean), image);
    assert.deepEqual(parsed.map((m) => m[1]), [`${env.server.url}calculator.html`, `${env.server.url}risks.html`]);
    assert.deepEqual(parsed.map((m) => m[2]), [`${env.server.url}images/calculator.png`, `${env.server.url}images/risks.png`]);
    // The Markdown says the same: the same pictures, the same links, the same words.
    const md = [...markdown.matchAll(/\[!\[([^\]]+)\]\(([^)]+)\)\]\(([^)]+)\)/g)];
    assert.deepEqual(md.map((m) => [m[3], m[2], m[1]]), parsed.map((m) => [m[1], m[2], m[3]]));
    // Pasted into a page with scripts off, as an email or a newsletter reads it: the
    // pictures load at their size and keep within a narrow column.
    const mail = await env.browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await mail.newPage();
    await page.route(`${env.server.url}newsletter.html`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><title>A newsletter</title><body>${image}</body></html>` }));
    await page.goto(`${env.server.url}newsletter.html`);
    const sizes = await page.locator('img').evaluateAll((imgs) => Promise.all(imgs.map((img) =>
      img.decode().then(() => [img.naturalWidth, img.naturalHeight, Math.round(img.getBoundingClientRect().width)]))));
    assert.deepEqual(sizes.map(([w, h]) => [w, h]), [[1200, 630], [1200, 630]]);
    assert.ok(sizes.every(([, , shown]) => shown <= 360), JSON.stringify(sizes));
    await mail.close();
    await ctx.close();
  });

  test('a script embed of the worked example shows its picture to a reader without script, and nothing else to one with', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
    const { element, script } = await snippets(ctx, '');
    assert.match(element, /<noscript><a href="[^"]+calculator\.html"><img src="[^"]+images\/calculator\.png"/);
    assert.match(script, /<noscript>/);
    const { element: other } = await snippets(ctx, '?stake=48');
    assert.doesNotMatch(other, /<noscript>/, 'no picture of 32 ETH for an embed of 48');
    for (const js of [false, true]) {
      const reader = await env.browser.newContext({ viewport: { width: 800, height: 900 }, javaScriptEnabled: js });
      const page = await reader.newPage();
      await page.route(`${env.server.url}examples/article.html`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><title>An article</title><body>${element}</body></html>` }));
      await page.goto(`${env.server.url}examples/article.html`);
      if (js) {
        // (Locators reach into the element's shadow root.)
        await page.locator('restaking-explainer .rx[data-rx-ready]').waitFor();
        assert.equal(await page.locator('restaking-explainer img').count(), 0, 'the live widget, no picture');
        assert.equal(await page.locator('restaking-explainer output[data-result="base-reward"]').getAttribute('data-value'), '1.12');
      } else {
        const img = page.locator('restaking-explainer img');
        assert.equal(await img.evaluate((el) => el.decode().then(() => el.naturalWidth)), 1200);
        assert.match(spaced(await img.getAttribute('alt')), /2\.24 ETH/);
      }
      await reader.close();
    }
    await ctx.close();
  });
});
