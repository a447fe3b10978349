// End-to-end tests of "less at once": the calculator opens on its essentials, a slider
// and the figures it moves are on screen together at phone, column and desktop widths,
// an embedded calculator fits an article column, and the whole page asks for no more
// than 2,000 words of reading before any click.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lifecycle } from './harness.mjs';

const env = lifecycle();

/** The essential sliders: stake, base rate, slash size, each service's extra rate. */
const ESSENTIALS = ['#rx-stake', '#rx-base', '#rx-slash', '#rx-service-0-rate', '#rx-service-1-rate'];

/**
 * With the control `selector` scrolled to the middle of the screen: is a figure showing
 * each of `results` on screen and uncovered (the topmost element at its centre)? Figures
 * are the published outputs or the headline bar's copies of them. Runs in the page.
 */
function figuresInView([selector, results]) {
  const control = document.querySelector(selector);
  control.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = control.getBoundingClientRect();
  const out = { control: Math.round(rect.top + rect.height / 2), missing: [] };
  for (const name of results) {
    const candidates = document.querySelectorAll(`output[data-result="${name}"], [data-headline="${name}"]`);
    const seen = [...candidates].some((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) return false;
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top === el || el.contains(top);
    });
    if (!seen) out.missing.push(name);
  }
  return out;
}

describe('the calculator answers beside its sliders', () => {
  for (const [width, height] of [[360, 740], [760, 900], [1280, 900]]) {
    for (const path of ['', 'embed.html?view=calculator']) {
      test(`at ${width} px (/${path}), with any essential slider in mid-screen, the total rate and one slash are in view`, async () => {
        const context = await env.browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        await page.goto(env.server.url + path);
        await page.locator('.rx[data-rx-ready]').waitFor();
        for (const selector of ESSENTIALS) {
          const seen = await page.evaluate(figuresInView, [selector, ['gross-apr', 'slash-loss']]);
          assert.deepEqual(seen.missing, [], `${selector} at y=${seen.control}: not in view: ${seen.missing}`);
        }
        await context.close();
      });
    }
  }

  test('a calculator embedded in a 760 px article column is at most 1,500 px tall as it opens', async () => {
    // The iframe page, 760 px wide, as the host would size it.
    const context = await env.browser.newContext({ viewport: { width: 760, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.server.url}embed.html?view=calculator`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    const frame = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(frame <= 1500, `the iframe page is ${frame} px tall`);
    // The script embed in a 760 px column of an article page.
    await page.route(`${env.server.url}examples/column.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Column</title><body style="margin:0">
          <main style="width:760px;margin:0 auto"><div id="box" data-restaking-explainer="calculator"></div></main>
          <script src="../embed.js" defer></script></body></html>`,
      }),
    );
    await page.goto(`${env.server.url}examples/column.html`);
    const placeholder = await page.locator('#box').evaluate((el) => el.getBoundingClientRect().height);
    await page.locator('#box').locator('.rx[data-rx-ready]').waitFor();
    const live = await page.locator('#box').evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(live <= 1500, `the script embed is ${live} px tall`);
    assert.ok(Math.abs(placeholder - live) <= live * 0.1, `its placeholder (${placeholder} px) is within 10 % of ${live} px`);
    await context.close();
  });
});

describe('essentials first', () => {
  test('the calculator opens with its other settings folded into one labelled group', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}?view=calculator`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    const more = page.locator('details.rx-more');
    assert.equal(await more.getAttribute('open'), null, 'closed by default');
    assert.match(await page.locator('.rx-more__summary').textContent(), /odds.*model.*fees/);
    for (const id of ['#rx-service-0-prob', '#rx-model-independent', '#rx-fee', '#rx-years', '#rx-service-0-name']) {
      assert.equal(await page.locator(id).isVisible(), false, `${id} waits in the group`);
    }
    for (const id of ESSENTIALS) assert.ok(await page.locator(id).isVisible(), `${id} is an essential`);
    // One key opens it.
    await page.locator('.rx-more__summary').focus();
    await page.keyboard.press('Enter');
    assert.notEqual(await more.getAttribute('open'), null);
    // Its settings come with the rest of the page's words, fetched as it opens.
    await page.locator('#rx-service-0-prob').waitFor({ state: 'visible', timeout: 5000 });
    await context.close();
  });

  for (const query of ['prob=3', 'model=allocated', 'commission=10', 'names=Price%20feed,Bridge', 'years=8']) {
    test(`a link with ${query} opens the group`, async () => {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${env.server.url}?view=calculator&${query}`);
      await page.locator('.rx[data-rx-ready]').waitFor();
      assert.notEqual(await page.locator('details.rx-more').getAttribute('open'), null);
      await context.close();
    });
  }

  test('a link with only essential values keeps the group closed', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}?view=calculator&stake=64&services=2.5,1&slash=10`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    assert.equal(await page.locator('details.rx-more').getAttribute('open'), null);
    await context.close();
  });
});

describe('words', () => {
  test('the whole page shows at most 2,000 words before any click', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.locator('.rx[data-rx-ready]').waitFor();
    // What a reader sees: the rendered text, without closed disclosures, hidden popovers
    // or the text kept for screen readers only.
    const words = await page.evaluate(() => {
      const live = document.querySelector('main');
      // innerText leaves out closed <details> and [hidden]; the visually hidden text is
      // in it, so its words are taken off.
      const hiddenText = [...live.querySelectorAll('.rx-visually-hidden')].map((el) => el.innerText).join(' ');
      const count = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      return count(live.innerText) - count(hiddenText);
    });
    assert.ok(words <= 2000, `${words} words before any click`);
    await context.close();
  });
});
