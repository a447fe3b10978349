// End-to-end tests of a shared link: the prerendered page holds the article's example,
// so until the live widget takes over, a link with other numbers must never show the
// article's figures as its answer. Every frame from the first paint to live is sampled,
// at full speed and at 4x CPU throttling.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lifecycle } from './harness.mjs';

const env = lifecycle();

/** Links, each with one figure worked out by hand from the spec's formulas. */
const LINKS = [
  // 10 ETH at 3.5 % plus 3 + 2 + 1 %: 0.35 + 0.6 = 0.95 ETH.
  { path: '?stake=10&services=3,2,1', result: 'gross-reward', value: 0.95 },
  // A 10 % slash of 32 ETH: 3.2 ETH; the rewards are the article's own.
  { path: '?slash=10', result: 'slash-loss', value: 3.2 },
  // The iframe page: 64 ETH at 3.5 %: 2.24 ETH base.
  { path: 'embed.html?view=calculator&stake=64', result: 'base-reward', value: 2.24 },
  // No services at all: the extra reward is 0.
  { path: '?services=', result: 'extra-reward', value: 0 },
];

/**
 * Runs before any of the page's scripts: on every animation frame (so before every
 * paint) it records each figure, whether it is dimmed, whether its region is busy, and
 * whether the "working out" note shows.
 */
function sampleEveryFrame() {
  window.__samples = [];
  const frame = () => {
    const root = document.querySelector('.rx');
    const note = root ? getComputedStyle(root, '::before').content : 'none';
    const figures = [...document.querySelectorAll('output[data-result]')].map((el) => ({
      name: el.dataset.result,
      value: el.dataset.value,
      opacity: Number(getComputedStyle(el).opacity),
      busy: Boolean(el.closest('[aria-busy="true"]')),
    }));
    window.__samples.push({
      loading: document.readyState === 'loading',
      live: Boolean(document.querySelector('.rx[data-rx-ready]')),
      note: note.includes('Working out your numbers'),
      figures,
    });
    if (!document.querySelector('.rx[data-rx-ready]')) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Opens `path` at CPU slowdown `rate`, with the wasm held back `holdMs`, and returns the frames. */
async function framesOf(path, rate, { holdMs = 250, noIdle = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (rate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  // The browser is never idle: only a page that starts at once goes live.
  if (noIdle) await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
  await page.addInitScript(sampleEveryFrame);
  // Hold the wasm a little, as a slow network would, so there are frames before live.
  await page.route('**/*.wasm', async (route) => {
    await new Promise((ok) => setTimeout(ok, holdMs));
    await route.continue();
  });
  await page.goto(env.server.url + path);
  await page.locator('.rx[data-rx-ready]').waitFor({ timeout: 20_000 });
  const samples = await page.evaluate(() => window.__samples);
  const live = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('output[data-result]')].map((el) => [el.dataset.result, el.dataset.value])),
  );
  const pending = await page.evaluate(() => document.documentElement.hasAttribute('data-rx-pending'));
  await context.close();
  return { samples, live, pending };
}

describe('a shared link never shows the article\'s numbers as its answer', () => {
  for (const rate of [1, 4]) {
    for (const link of LINKS) {
      test(`${link.path} at ${rate}x CPU: every figure before live is the link's own or marked as not yet`, async () => {
        const { samples, live, pending } = await framesOf(link.path, rate);
        assert.ok(Math.abs(Number(live[link.result]) - link.value) < 1e-9, `${link.result} is ${live[link.result]}`);
        assert.equal(pending, false, 'the mark is cleared once live');
        const before = samples.filter((s) => !s.live && s.figures.length > 0);
        assert.ok(before.length > 0, 'frames with the prerendered figures were sampled');
        let stale = 0;
        for (const [i, s] of before.entries()) {
          for (const f of s.figures) {
            if (f.value === live[f.name]) continue;
            stale += 1;
            const where = `frame ${i}: ${f.name} shows ${f.value}, the link's is ${live[f.name]}`;
            assert.ok(f.opacity <= 0.5, `${where}, and it is not dimmed (opacity ${f.opacity})`);
            assert.ok(s.note, `${where}, with no "working out your numbers" note`);
            // aria-busy is set by boot.js, which runs once the HTML is parsed.
            if (!s.loading) assert.ok(f.busy, `${where}, and its region is not aria-busy`);
          }
        }
        assert.ok(stale > 0, 'the prerendered page did show figures other than the link\'s');
      });
    }
  }

  test('a link starts the widget at once, without waiting for the browser to be idle', async () => {
    const { samples } = await framesOf('?stake=10', 1, { holdMs: 0, noIdle: true });
    assert.ok(samples.at(-1).live);
  });

  test('the article\'s own page keeps its figures undimmed and waits for idle time', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
    await page.goto(env.server.url);
    const gross = page.locator('output[data-result="gross-reward"]');
    assert.equal(await gross.evaluate((el) => getComputedStyle(el).opacity), '1');
    assert.equal(await page.locator('[aria-busy="true"]').count(), 0);
    // With no idle time and no input, the prerendered page stays: nothing forced it live.
    await new Promise((ok) => setTimeout(ok, 1500));
    assert.equal(await page.locator('.rx[data-rx-ready]').count(), 0);
    await context.close();
  });
});
