// End-to-end tests of the prerendered HTML: the article's example without JavaScript,
// and a hydration that takes the page over without replacing it or moving it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectValue, lifecycle } from './harness.mjs';

const env = lifecycle();

describe('content before wasm', () => {
  for (const file of ['', 'embed.html']) {
    test(`without JavaScript, /${file} shows the example's figures and the comparison`, async () => {
      const context = await env.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(env.server.url + file);
      const value = (name) => page.locator(`output[data-result="${name}"]`).getAttribute('data-value');
      const near = (a, b) => Math.abs(a - b) < 1e-9;
      assert.ok(near(Number(await value('base-reward')), 1.12));
      assert.ok(near(Number(await value('gross-apr')), 7));
      assert.ok(near(Number(await value('slash-loss')), 1.6));
      const gross = (await page.locator('output[data-result="gross-reward"]').textContent()).replace(/\u00a0/g, ' ');
      assert.equal(gross, '2.24 ETH');
      assert.equal(await page.locator('.rx-compare__table tbody tr').count(), 6);
      assert.match(await page.locator('.rx-narration').textContent(), /1\.43/);
      await context.close();
    });
  }

  test('the wasm hydrates the prerendered page in place: no node replaced, no layout shift', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__removed = 0;
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('DOMContentLoaded', () => {
        window.__first = document.querySelector('.rx');
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.removedNodes) if (n.nodeType === 1 && n.matches('.rx, .rx-part')) window.__removed += 1;
        }).observe(document.body, { childList: true, subtree: true });
      });
    });
    await page.goto(env.server.url);
    await page.locator('.rx[data-rx-ready]').waitFor();
    const { same, removed, shift } = await page.evaluate(() => ({
      same: window.__first === document.querySelector('.rx'),
      removed: window.__removed,
      shift: window.__shift,
    }));
    assert.ok(same, 'the prerendered root is the live root');
    assert.equal(removed, 0);
    assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
    // And it is live: a slider moves the figures.
    await page.locator('#rx-stake').fill('100');
    await expectValue(page.locator('output[data-result="base-reward"]'), 'data-value', '3.5');
    await context.close();
  });

  test('a URL with other numbers is drawn afresh, never hydrated into a mismatch', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}?stake=10&view=calculator`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    assert.equal(await page.locator('output[data-result="base-reward"]').getAttribute('data-value'), '0.35');
    assert.equal(await page.locator('output[data-result="base-reward"]').count(), 1);
    assert.equal(await page.locator('.rx-fan').count(), 0, 'only the part asked for');
    await context.close();
  });
});
