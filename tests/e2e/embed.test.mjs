// End-to-end tests of embedding, on examples/article.html (a site stylesheet with
// aggressive global rules, two script widgets and one iframe), everything served under
// a sub-path with the strict Content-Security-Policy as a header.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CSP, DIST, expectCount, expectValue, lifecycle, serve, steadyScreenshot, until } from './harness.mjs';

const PREFIX = '/blog/static/restaking/';
const env = lifecycle(undefined, { 'content-security-policy': CSP }, PREFIX);

/** A context that records CSP violations (in every frame), page errors and foreign requests. */
async function context(options = {}) {
  const ctx = await env.browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 }, ...options });
  const record = { violations: [], errors: [], foreign: [] };
  await ctx.exposeFunction('__reportViolation', (text) => record.violations.push(text));
  await ctx.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  ctx.on('request', (r) => {
    if (!r.url().startsWith(env.server.origin) && !r.url().startsWith('data:')) record.foreign.push(r.url());
  });
  ctx.on('page', (p) => p.on('pageerror', (e) => record.errors.push(e.message)));
  return { ctx, record };
}

/**
 * Serves an extra page (and its stylesheet) next to the article, with the same policy
 * unless `csp` says otherwise, loading the given `scripts` from dist/.
 */
async function extraPage(ctx, name, body, css = '', { csp = CSP, scripts = ['embed.js'] } = {}) {
  const tags = scripts.map((src) => `<script src="../${src}" defer></script>`).join('\n');
  await ctx.route(`${env.server.url}examples/${name}.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': csp },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="icon" href="../favicon.svg"><link rel="stylesheet" href="${name}.css"></head><body>${body}
${tags}</body></html>`,
    }),
  );
  await ctx.route(`${env.server.url}examples/${name}.css`, (route) =>
    route.fulfill({ contentType: 'text/css', headers: { 'content-security-policy': CSP }, body: css }),
  );
}

async function mounted(page, css) {
  const host = page.locator(css);
  await host.scrollIntoViewIfNeeded();
  await expectValue(host, 'data-rx-state', 'mounted');
  await host.locator('.rx-host:not([hidden]) .rx[data-rx-ready] .rx-part').first().waitFor();
  return host;
}

/** The CSS heights of the page's embed elements, once two reads 150 ms apart agree. */
async function steadyHeights(page) {
  const read = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-restaking-explainer]')].map((el) => el.getBoundingClientRect().height),
    );
  let previous = await read();
  return until(
    async () => {
      const now = await read();
      const same = JSON.stringify(now) === JSON.stringify(previous);
      previous = now;
      return same && now;
    },
    { interval: 150, message: 'the widgets to stop changing height' },
  );
}

/** From now on, records the frame's height right after embed-host.js handles each probe. */
async function recordProbes(page) {
  await page.evaluate(() => {
    window.__probes = {};
    window.addEventListener('message', (event) => {
      if (event.data && event.data.probe) {
        window.__probes[event.data.probe] = document.querySelector('iframe[data-restaking-explainer-frame]').style.height;
      }
    });
  });
}

/** The frame's height just after embed-host.js handled the message `probe`. */
async function heightAfter(page, probe) {
  const seen = await until(() => page.evaluate((p) => (p in window.__probes ? { height: window.__probes[p] } : null), probe), {
    message: `the message "${probe}" to reach the host page`,
  });
  return seen.height;
}

describe('embedding', () => {
  test('each part build holds its own part and none of the others, nor the page-only blocks', async () => {
    // A sentence that only each block's code asks for (src/copy.rs): in its build's words
    // (scripts/locales.mjs cuts them by the ids in the wasm) or, built from numbers, in
    // the wasm itself.
    const only = {
      'fan-out': 'how far a slash reaches',
      flow: 'How long the way out takes',
      compare: 'The four are easy to confuse',
      calculator: 'Over the years',
      risks: 'Before you restake',
      glossary: 'Words used here',
      'embed code': 'Embed this explainer in your article',
    };
    const holds = async (build) => {
      const wasm = await readFile(join(DIST, `${build}_bg.wasm`));
      const part = build.replace(/^restaking-explainer-?/, '');
      const words = await readFile(join(DIST, 'locales', part ? `${part}.en.txt` : 'en.txt'), 'utf8');
      return Object.keys(only).filter((block) => wasm.includes(only[block]) || words.includes(only[block]));
    };
    assert.deepEqual(await holds('restaking-explainer'), Object.keys(only), 'the whole widget holds every block');
    for (const part of ['fan-out', 'flow', 'compare', 'calculator', 'risks']) {
      assert.deepEqual(await holds(`restaking-explainer-${part}`), [part]);
    }
  });

  test('two script widgets mount with their own numbers, lazily, under the strict CSP', async () => {
    const { ctx, record } = await context();
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}examples/article.html`);
    const calc = page.locator('[data-restaking-explainer="calculator"]');
    assert.equal(await calc.getAttribute('data-rx-state'), 'waiting', 'far below the fold: not loaded yet');
    assert.ok(
      (await calc.evaluate((el) => parseFloat(el.shadowRoot.querySelector('.rx-placeholder').style.minHeight))) > 1000,
      'a sized placeholder holds its place',
    );

    // The placeholders hold about the widgets' real heights, so the article barely moves.
    const placeholders = await page.evaluate(() =>
      [...document.querySelectorAll('[data-restaking-explainer]')].map((el) => el.getBoundingClientRect().height),
    );
    const fan = await mounted(page, '[data-restaking-explainer="fan-out,flow"]');
    assert.equal(await fan.locator('[data-branch]').count(), 4, 'Ethereum plus data-services="2,1.5,1"');
    assert.match(await fan.locator('[data-branch="service-0"]').textContent(), /Oracle/);
    assert.equal(await fan.locator('[role=tabpanel]').getAttribute('data-step'), '3');

    await mounted(page, '[data-restaking-explainer="calculator"]');
    const real = await steadyHeights(page);
    placeholders.forEach((h, i) => {
      assert.ok(Math.abs(real[i] - h) / real[i] < 0.1, `placeholder ${h} px for a widget of ${real[i]} px`);
    });
    await expectValue(calc.locator('output[data-result="base-reward"]'), 'data-value', '2.24');
    assert.equal(await calc.locator('.rx').getAttribute('class'), 'rx rx--dark');
    // Each keeps its own state: a service added here adds nothing there.
    await calc.getByRole('button', { name: 'Add a service' }).click();
    await expectCount(calc.locator('fieldset.rx-service'), 3);
    assert.equal(await fan.locator('[data-branch]').count(), 4);
    assert.equal(await calc.evaluate((el) => el.shadowRoot.querySelector('.rx-placeholder')), null, 'the placeholder is gone');
    assert.equal(new URL(page.url()).search, '', 'an embed never touches the host URL');
    // One glue module, and so one wasm instance, per widget: a crash in one cannot stop
    // the other (the crash message itself is tested in tests/crash.rs). The calculator
    // alone loads its own build; the fan-out with the flow, the whole widget's (its glue
    // for embeds, `-all`, which carries its wasm's and words' hashes, and its wasm).
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => /restaking-explainer[-a-z]*(\.js|_bg\.wasm)$/.test(u.pathname)),
    );
    assert.deepEqual(loaded.map((u) => u.pathname.split('/').pop() + u.search).sort(), [
      'restaking-explainer-all.js?instance=1',
      'restaking-explainer-calculator.js?instance=2',
      'restaking-explainer-calculator_bg.wasm',
      'restaking-explainer_bg.wasm',
    ]);
    assert.equal(await calc.getAttribute('data-rx-build'), 'restaking-explainer-calculator');

    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.foreign, []);
    await ctx.close();
  });

  test('the host page CSS leaves the widget as it is on a blank page', async () => {
    const attrs = 'data-restaking-explainer="calculator" data-stake="64" data-services="2.5,1" data-prob="3" data-theme="dark"';
    const { ctx, record } = await context();
    const shots = [];
    const article = await ctx.newPage();
    await article.goto(`${env.server.url}examples/article.html`);
    // The headline bar sticks to the bottom of the screen, wherever the page happens to
    // be scrolled: held in place for the comparison (through the CSSOM, as the CSP allows).
    const unstick = (el) => {
      el.shadowRoot.querySelector('.rx-headline').style.position = 'static';
    };
    let host = await mounted(article, '[data-restaking-explainer="calculator"]');
    await host.evaluate(unstick);
    shots.push(PNG.sync.read(await steadyScreenshot(host)));
    // The blank page puts the widget at the same width and the same sub-pixel offset, so
    // only the host's styles could make the pictures differ.
    const box = await host.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width };
    });
    await article.close();
    const css = `body{margin:0}.col{width:${box.width}px;margin:${40 + (box.y % 1)}px 0 0 ${box.x}px}`;
    await extraPage(ctx, 'blank', `<div class="col"><div ${attrs}></div></div>`, css);
    const blank = await ctx.newPage();
    await blank.goto(`${env.server.url}examples/blank.html`);
    host = await mounted(blank, '[data-restaking-explainer="calculator"]');
    await host.evaluate(unstick);
    shots.push(PNG.sync.read(await steadyScreenshot(host)));
    const [a, b] = shots;
    assert.equal(`${a.width}x${a.height}`, `${b.width}x${b.height}`, 'same size on both pages');
    const out = new PNG({ width: a.width, height: a.height });
    const diff = pixelmatch(a.data, b.data, out.data, a.width, a.height, { threshold: 0.1 });
    if (process.env.SHOTS_DIR) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${process.env.SHOTS_DIR}/embed-article.png`, PNG.sync.write(a));
      writeFileSync(`${process.env.SHOTS_DIR}/embed-blank.png`, PNG.sync.write(b));
      writeFileSync(`${process.env.SHOTS_DIR}/embed-diff.png`, PNG.sync.write(out));
    }
    const share = diff / (a.width * a.height);
    assert.ok(share < 0.002, `${diff} pixels (${(share * 100).toFixed(3)} %) differ`);
    assert.deepEqual(record.violations, []);
    await ctx.close();
  });

  test('the iframe reports its height and the host snippet applies it', async () => {
    const { ctx, record } = await context();
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}examples/article.html`);
    const iframe = page.locator('iframe[data-restaking-explainer-frame]');
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe[data-restaking-explainer-frame]');
    await frame.locator('.rx[data-rx-ready] .rx-compare__table').waitFor();
    await page.waitForFunction(() => {
      const f = document.querySelector('iframe[data-restaking-explainer-frame]');
      const inner = f.contentDocument.getElementById('restaking-explainer');
      return f.style.height && Math.abs(parseFloat(f.style.height) - inner.scrollHeight) <= 1;
    });
    const [outer, inner] = await iframe.evaluate((f) => [
      f.getBoundingClientRect().height,
      f.contentDocument.documentElement.scrollHeight,
    ]);
    assert.ok(Math.abs(outer - inner) <= 2, `frame ${outer}px, content ${inner}px`);
    assert.equal(await frame.locator('.rx').getAttribute('class'), 'rx rx--light rx--transparent');
    // The frame follows its content: a picked row adds a line under the table.
    const before = outer;
    await frame.getByRole('button', { name: 'Reward source' }).click();
    await page.waitForFunction((h) => parseFloat(document.querySelector('iframe[data-restaking-explainer-frame]').style.height) > h, before);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.foreign, []);
    await ctx.close();
  });

  // The three guards of embed-host.js, one by one. Each message carries a `probe` name; a
  // listener added after embed-host.js's own records the frame's height as it is right
  // after embed-host.js has handled that message, so no later height report can hide it.
  test('the host snippet keeps a frame between 200 and 6,000 px', async () => {
    const { ctx } = await context();
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}examples/article.html`);
    await recordProbes(page);
    const iframe = page.locator('iframe[data-restaking-explainer-frame]');
    await iframe.scrollIntoViewIfNeeded();
    await page.frameLocator('iframe[data-restaking-explainer-frame]').locator('.rx[data-rx-ready] .rx-compare__table').waitFor();
    // Posted from inside the frame, as the embed itself would: only the height is absurd.
    const frame = await (await iframe.elementHandle()).contentFrame();
    const post = (probe, height) =>
      frame.evaluate(([probe, height]) => parent.postMessage({ source: 'restaking-explainer', type: 'height', height, frame: 'compare', probe }, '*'), [probe, height]);
    await post('huge', 1e9);
    assert.equal(await heightAfter(page, 'huge'), '6000px');
    await post('tiny', 5);
    assert.equal(await heightAfter(page, 'tiny'), '200px');
    await post('fine', 456.2);
    assert.equal(await heightAfter(page, 'fine'), '457px', 'a height in range is taken as it is, rounded up');
    await ctx.close();
  });

  test('the host snippet ignores a message that no frame of its sent', async () => {
    const { ctx } = await context();
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}examples/article.html`);
    await recordProbes(page);
    // From the host page's own realm: the right origin, but not from one of the frames.
    await page.evaluate(() => window.postMessage({ source: 'restaking-explainer', type: 'height', height: 333, probe: 'host' }, '*'));
    assert.notEqual(await heightAfter(page, 'host'), '333px');
    await ctx.close();
  });

  test('the host snippet ignores a frame served from another origin', async () => {
    const other = await serve(undefined, { 'content-security-policy': CSP });
    try {
      // The host page here is made up by Playwright, which Chromium counts as a public
      // page, so its frame on loopback needs Local Network Access granted.
      const { ctx } = await context({ permissions: ['local-network-access'] });
      // The frame is one of the page's data-restaking-explainer-frame iframes, so only
      // the origin tells it from the embed that embed-host.js came with.
      await extraPage(
        ctx,
        'other-origin',
        `<iframe src="${other.url}embed.html?view=compare&amp;frame=other" title="from elsewhere" data-restaking-explainer-frame></iframe>`,
        '',
        { csp: `${CSP}; frame-src ${other.origin}`, scripts: ['embed-host.js'] },
      );
      const page = await ctx.newPage();
      await page.goto(`${env.server.url}examples/other-origin.html`);
      await recordProbes(page);
      const iframe = page.locator('iframe[data-restaking-explainer-frame]');
      const frame = await (await iframe.elementHandle()).contentFrame();
      assert.equal(new URL(frame.url()).origin, other.origin);
      await frame.locator('.rx[data-rx-ready] .rx-compare__table').waitFor();
      await frame.evaluate(() => parent.postMessage({ source: 'restaking-explainer', type: 'height', height: 333, probe: 'other' }, '*'));
      assert.equal(await heightAfter(page, 'other'), '', 'neither the forged height nor the frame\'s own reports were applied');
      await ctx.close();
    } finally {
      await other.close();
    }
  });

  test('a page theme\'s rules for [data-theme] leave the widget\'s box alone, and the placeholder holds', async () => {
    const { ctx, record } = await context({ viewport: { width: 800, height: 900 } });
    // Pico CSS and many sites' dark modes style any [data-theme] element; an embed that
    // sets data-theme is one.
    await extraPage(
      ctx,
      'themed',
      '<main><h1>A themed article</h1><div id="themed" data-restaking-explainer="risks" data-theme="dark"></div></main>',
      `[data-theme="dark"] { background: rgb(200, 0, 0); color: rgb(0, 200, 0); padding: 40px;
        border: 5px solid rgb(0, 0, 255); font: 40px/3 serif; height: 10px; min-height: 10px; }`,
    );
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}examples/themed.html`);
    const host = page.locator('#themed');
    // The placeholder holds the risks' height before the widget comes.
    const before = await host.evaluate((el) => el.getBoundingClientRect().height);
    await mounted(page, '#themed');
    const after = (await steadyHeights(page))[0];
    assert.ok(Math.abs(after - before) / after < 0.1, `placeholder ${before} px, widget ${after} px`);
    const box = await host.evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.paddingTop, s.borderTopWidth, s.backgroundColor, s.height === '10px'];
    });
    assert.deepEqual(box, ['0px', '0px', 'rgba(0, 0, 0, 0)', false], 'the page\'s rules do not reach the widget\'s box');
    // The widget's own dark theme, not the page's red.
    assert.equal(await host.locator('.rx').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(20, 23, 28)');
    assert.deepEqual(record.errors, []);
    await ctx.close();
  });

  for (const allowed of [true, false]) {
    test(`a script embed served from another origin ${allowed ? 'loads with' : 'says it could not load without'} Access-Control-Allow-Origin`, async () => {
      // The widget's files on a second origin (a CDN, a static host), the article here.
      const other = await serve(undefined, allowed ? { 'access-control-allow-origin': '*' } : {});
      try {
        const { ctx, record } = await context({ permissions: ['local-network-access'] });
        const csp = `default-src 'self' ${other.origin}; script-src 'self' ${other.origin} 'wasm-unsafe-eval'; style-src 'self' ${other.origin}`;
        await ctx.route(`${env.server.url}examples/cross-origin.html`, (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            headers: { 'content-security-policy': csp },
            body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cross-origin</title>
<link rel="icon" href="../favicon.svg"></head><body><div id="far" data-restaking-explainer="compare"></div>
<script src="${other.url}embed.js" defer></script></body></html>`,
          }),
        );
        const page = await ctx.newPage();
        await page.goto(`${env.server.url}examples/cross-origin.html`);
        if (allowed) {
          await mounted(page, '#far');
          assert.equal(await page.locator('#far .rx-compare__table').count(), 1);
        } else {
          await expectValue(page.locator('#far'), 'data-rx-state', 'failed');
          assert.match(await page.locator('#far .rx-placeholder').textContent(), /could not load/);
        }
        assert.deepEqual(record.violations, []);
        await ctx.close();
      } finally {
        await other.close();
      }
    });
  }

  test('embed.html posts only real heights, never 0', async () => {
    const { ctx } = await context();
    await extraPage(
      ctx,
      'heights',
      '<iframe src="../embed.html?view=risks&amp;frame=h" title="risks" data-restaking-explainer-frame></iframe>',
      'iframe { width: 100%; border: 0; }',
      { scripts: [] },
    );
    const page = await ctx.newPage();
    // Record every height the frame posts, from the very first one.
    await page.addInitScript(() => {
      window.__heights = [];
      window.addEventListener('message', (e) => {
        if (e.data && e.data.source === 'restaking-explainer') window.__heights.push(e.data.height);
      });
    });
    await page.goto(`${env.server.url}examples/heights.html`);
    const heights = await until(() => page.evaluate(() => (window.__heights.length ? window.__heights : null)), {
      message: 'a height from the frame',
    });
    assert.ok(heights.every((h) => h > 100), JSON.stringify(heights));
    await ctx.close();
  });

  test('a widget mounts on any element, whether or not it can carry a shadow root', async () => {
    const { ctx, record } = await context();
    const attrs = 'data-restaking-explainer="compare" data-theme="light"';
    // li, figure and td cannot carry a shadow root; div, span, p, section and a custom
    // element can.
    await extraPage(
      ctx,
      'elements',
      `<div id="on-div" ${attrs}></div>
<span id="on-span" ${attrs}></span>
<p id="on-p" ${attrs}></p>
<section id="on-section" ${attrs}></section>
<ul><li id="on-li" ${attrs}></li></ul>
<figure id="on-figure" ${attrs}></figure>
<table><tr><td id="on-td" ${attrs}></td></tr></table>
<rx-box id="on-rx-box" ${attrs}></rx-box>`,
      'body{margin:0 auto;width:760px}',
    );
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}examples/elements.html`);
    for (const id of ['on-div', 'on-span', 'on-p', 'on-section', 'on-li', 'on-figure', 'on-td', 'on-rx-box']) {
      const el = page.locator(`#${id}`);
      await el.scrollIntoViewIfNeeded();
      await expectValue(el, 'data-rx-state', 'mounted');
      // A live widget in the shadow root of the element or of the div made inside it.
      await until(
        () =>
          el.evaluate((el) => {
            const shadow = el.shadowRoot || el.firstElementChild?.shadowRoot;
            const live = shadow?.querySelector('.rx-host:not([hidden]) .rx[data-rx-ready]');
            return Boolean(live && live.getBoundingClientRect().height > 100);
          }),
        { message: `a live, visible widget in #${id}` },
      );
    }
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.violations, []);
    await ctx.close();
  });

  test('an element that cannot take a widget says so in its box, and the others still mount', async () => {
    const { ctx, record } = await context();
    // Something on the page breaks shadow roots in #broken, inner div included; and the
    // widget of #unloaded cannot load its code (the first glue module is refused).
    await ctx.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        if (this.closest('#broken')) throw new DOMException('broken by the host page', 'NotSupportedError');
        return attach.call(this, init);
      };
    });
    await ctx.route(/restaking-explainer(-risks)?\.js\?instance=1$/, (route) => route.abort());
    await extraPage(
      ctx,
      'broken',
      `<div id="broken" data-restaking-explainer="risks"></div>
<div id="unloaded" data-restaking-explainer="risks"></div>
<div class="spacer"></div>
<div id="fine" data-restaking-explainer="risks"></div>`,
      'body{margin:0 auto;width:760px}.spacer{height:3000px}',
    );
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}examples/broken.html`);
    const message = 'The restaking explainer could not load.';
    for (const id of ['broken', 'unloaded']) {
      const el = page.locator(`#${id}`);
      await expectValue(el, 'data-rx-state', 'failed');
      await el.getByText(message).waitFor();
      const height = await el.evaluate((el) => el.getBoundingClientRect().height);
      assert.ok(height > 0 && height < 200, `#${id} shows its message without a placeholder-sized gap (${height} px)`);
    }
    await mounted(page, '#fine');
    assert.deepEqual(record.errors, []);
    await ctx.close();
  });

  test('the placeholder of each part, and of the whole widget, is within 10 % of its height', async () => {
    const { ctx } = await context();
    const views = ['fan-out', 'flow', 'compare', 'calculator', 'risks', ''];
    // The column embed.js's heights were measured in.
    await extraPage(ctx, 'column', views.map((v) => `<div data-restaking-explainer="${v}"></div>`).join('\n'), 'body{margin:0 auto;width:760px}');
    // Hold every widget's code until the placeholders have been measured.
    let release;
    const held = new Promise((ok) => (release = ok));
    // (the whole widget's glue and each part build's)
    await ctx.route(/restaking-explainer(-[a-z-]+)?\.js\?instance=/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}examples/column.html`);
    await until(() => page.evaluate(() => document.querySelectorAll('[data-rx-state="waiting"]').length === 6), {
      message: 'six placeholders',
    });
    const placeholders = await page.evaluate(() =>
      [...document.querySelectorAll('[data-restaking-explainer]')].map((el) => el.getBoundingClientRect().height),
    );
    release();
    for (const v of views) await mounted(page, `[data-restaking-explainer="${v}"]`);
    const real = await steadyHeights(page);
    const report = views.map((v, i) => `${v || 'whole'}: placeholder ${placeholders[i]} px, widget ${real[i]} px`).join('; ');
    if (process.env.RX_REPORT_HEIGHTS) console.log(report);
    views.forEach((v, i) => {
      assert.ok(Math.abs(real[i] - placeholders[i]) / real[i] < 0.1, `${v || 'whole'} off by more than 10 % (${report})`);
    });
    await ctx.close();
  });

  test('bad attributes give a visible notice, and widgets added later mount on request', async () => {
    const { ctx, record } = await context();
    await extraPage(
      ctx,
      'bad',
      '<div data-restaking-explainer="calculator,nonsense" data-stake="lots" data-services="1,2,3,4,5,6,7,8,9" data-model="maybe" data-step="12"></div><div id="later"></div>',
    );
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}examples/bad.html`);
    const host = await mounted(page, '[data-restaking-explainer^="calculator"]');
    const notices = (await host.locator('.rx-notices__item').allTextContents()).join('\n');
    for (const part of ['“lots” is not a number', '9 services were given', '“maybe”', '“nonsense”']) {
      assert.ok(notices.includes(part), `${part} in ${notices}`);
    }
    assert.equal(await host.locator('fieldset.rx-service').count(), 8);
    assert.doesNotMatch(await host.locator('.rx').innerText(), /NaN|Infinity/);

    await page.evaluate(() => {
      const el = document.createElement('div');
      el.setAttribute('data-restaking-explainer', 'risks');
      el.setAttribute('data-services', '1');
      document.getElementById('later').append(el);
      return window.RestakingExplainer.mount();
    });
    const later = await mounted(page, '#later [data-restaking-explainer="risks"]');
    assert.match(await later.locator('.rx-risk__now').textContent(), /across 1 service/);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    await ctx.close();
  });

  test('the standalone and iframe pages run under the CSP from a sub-path, and offer the embed code', async () => {
    const { ctx, record } = await context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}?stake=48`);
    await page.locator('.rx[data-rx-ready]').first().waitFor();
    await page.getByText('Embed this explainer in your article').click();
    const script = await until(async () => {
      const value = await page.locator('[data-snippet="script"]').inputValue();
      return /data-restaking-explainer="calculator"/.test(value) && value;
    }, { message: 'the script snippet to be written' });
    assert.match(script, /data-stake="48" data-base="3.5" data-services="2,1.5"/);
    assert.ok(script.includes(`src="${env.server.url}embed.js?v=`), script);
    // The loader is pinned by its hash, the page's own embed.js's.
    const hash = /integrity="(sha384-[^"]+)" crossorigin="anonymous"/.exec(script);
    assert.ok(hash, script);
    const served = await (await fetch(`${env.server.url}embed.js`)).arrayBuffer();
    const { createHash } = await import('node:crypto');
    assert.equal(hash[1], `sha384-${createHash('sha384').update(Buffer.from(served)).digest('base64')}`);
    const element = await page.locator('[data-snippet="element"]').inputValue();
    assert.match(element, /^<restaking-explainer stake="48" /);
    const iframe = await page.locator('[data-snippet="iframe"]').inputValue();
    assert.ok(iframe.includes(`src="${env.server.url}embed.html?stake=48&amp;base=3.5`), iframe);
    await page.getByRole('checkbox', { name: 'Six risks to weigh' }).check();
    await until(async () => /data-restaking-explainer="calculator,risks"/.test(await page.locator('[data-snippet="script"]').inputValue()), {
      message: 'the script snippet to name the risks',
    });
    // The links to paste: each part's own page, a line each, and each one advertises its
    // oEmbed response.
    const paste = await page.locator('[data-snippet="paste"]').inputValue();
    assert.equal(paste, `${env.server.url}calculator.html\n${env.server.url}risks.html`);
    for (const link of paste.split('\n')) {
      assert.match(await (await fetch(link)).text(), /<link rel="alternate" type="application\/json\+oembed"/, link);
    }
    await page.getByRole('button', { name: 'Copy' }).first().click();
    // The first snippet is the element's.
    await until(async () => /^<restaking-explainer stake="48"/.test(await page.evaluate(() => navigator.clipboard.readText())), {
      message: 'the clipboard to hold the snippet',
    });

    await expectValue(page.getByRole('button', { name: 'Copied' }).first(), 'class', /rx-button/);

    // Where the page has no clipboard (served over plain http), the code is selected and
    // the reader told how to copy it; the button never claims "Copied".
    const bare = await ctx.newPage();
    await bare.addInitScript(() => {
      delete Navigator.prototype.clipboard;
    });
    await bare.goto(`${env.server.url}?stake=48`);
    await bare.locator('.rx[data-rx-ready]').first().waitFor();
    await bare.getByText('Embed this explainer in your article').click();
    await bare.getByRole('button', { name: 'Copy' }).first().click();
    await until(async () => /press Ctrl\+C/.test(await bare.locator('.rx-embed__copy-status').first().textContent()), {
      message: 'the copy-by-hand message',
    });
    assert.equal(await bare.getByRole('button', { name: 'Copied' }).count(), 0);
    const selected = await bare.evaluate(() => {
      const area = document.activeElement;
      return area.tagName === 'TEXTAREA' && area.selectionEnd - area.selectionStart === area.value.length;
    });
    assert.ok(selected, 'the whole snippet is selected');

    const embed = await ctx.newPage();
    await embed.goto(`${env.server.url}embed.html?view=calculator&stake=10`);
    await embed.locator('.rx[data-rx-ready] output[data-result="base-reward"][data-value="0.35"]').waitFor();
    assert.equal(new URL(embed.url()).search, '?view=calculator&stake=10', 'the iframe page leaves its URL alone');
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.foreign, []);
    await ctx.close();
  });
});

describe('the embed panel\'s theme choice', () => {
  test('a preview shows the embed in a white and a dark article; the snippets carry the choice, and a pasted one keeps it', async () => {
    const { ctx, record } = await context({ colorScheme: 'light' });
    const page = await ctx.newPage();
    await page.goto(env.server.url);
    await page.locator('.rx[data-rx-ready]').first().waitFor();
    await page.getByText('Embed this explainer in your article').click();
    const sample = (article) => page.locator(`[data-rx-preview="${article}-article"]`);
    const ground = (article) => sample(article).evaluate((el) => getComputedStyle(el).backgroundColor);
    const [white, dark] = ['rgb(255, 255, 255)', 'rgb(20, 23, 28)']; // --rx-bg, light and dark
    // By default the embed follows the article: light in the white one, dark in the dark
    // one, though the reader's system here is light.
    assert.equal(await page.getByRole('radio', { name: 'Follow the article' }).isChecked(), true);
    assert.deepEqual([await ground('white'), await ground('dark')], [white, dark]);
    const theme = page.getByRole('group', { name: 'Colours' });
    assert.match(await theme.getAttribute('aria-describedby'), /./);
    await page.getByRole('radio', { name: 'Always dark' }).check();
    await until(async () => (await ground('white')) === dark, { message: 'the white article\'s sample to turn dark' });
    assert.equal(await ground('dark'), dark);
    assert.match(await page.locator('.rx-embed__theme .rx-group__hint').textContent(), /Dark in every article/);
    const element = await page.locator('[data-snippet="element"]').inputValue();
    assert.match(element, / theme="dark"/);
    assert.match(await page.locator('[data-snippet="script"]').inputValue(), / data-theme="dark"/);
    assert.match(await page.locator('[data-snippet="iframe"]').inputValue(), /[?&;]theme=dark/);
    await page.getByRole('radio', { name: 'Always light' }).check();
    await until(async () => (await ground('dark')) === white, { message: 'the dark article\'s sample to turn light' });
    // The dark choice, pasted into a white article, is dark there.
    await extraPage(ctx, 'themed', element.replace(/<script[^>]*><\/script>/, ''), 'body { background: #fff }');
    const article = await ctx.newPage();
    await article.goto(`${env.server.url}examples/themed.html`);
    const host = await mounted(article, 'restaking-explainer');
    assert.match(await host.locator('.rx').first().getAttribute('class'), /\brx--dark\b/);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    await ctx.close();
  });
});
