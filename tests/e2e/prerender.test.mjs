// End-to-end tests of the prerendered HTML: the article's example without JavaScript,
// and the live widget taking its place in one step without moving anything or losing
// what the reader already did.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectValue, lifecycle, until } from './harness.mjs';

const env = lifecycle();

/**
 * Opens the standalone page with its wasm held back, so the reader meets the
 * prerendered page first; `wasm.release()` lets it through, `wasm.asked` says whether
 * the page has asked for it yet.
 */
async function openWithWasmHeld() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const wasm = { asked: false, release: null };
  const held = new Promise((ok) => {
    wasm.release = ok;
  });
  await page.route('**/*.wasm', async (route) => {
    wasm.asked = true;
    await held;
    await route.continue();
  });
  await page.goto(env.server.url);
  return { page, context, wasm };
}

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

  test('the live widget takes the prerendered one\'s place in one step: no layout shift', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shift = 0;
      window.__swaps = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('DOMContentLoaded', () => {
        window.__first = document.querySelector('.rx');
        // Every time a .rx root leaves the page: exactly once, when the swap happens.
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.removedNodes) if (n.nodeType === 1 && n.querySelector?.('.rx')) window.__swaps += 1;
        }).observe(document.body, { childList: true, subtree: true });
      });
    });
    await page.goto(env.server.url);
    await page.locator('.rx[data-rx-ready]').waitFor();
    const { replaced, swaps, shift, ids } = await page.evaluate(() => ({
      replaced: window.__first !== document.querySelector('.rx') && !window.__first.isConnected,
      swaps: window.__swaps,
      shift: window.__shift,
      ids: document.querySelectorAll('#restaking-explainer').length,
    }));
    assert.ok(replaced, 'the prerendered widget has given way to the live one');
    assert.equal(swaps, 1, 'in one step');
    assert.equal(ids, 1);
    assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
    // And it is live: a slider moves the figures.
    await page.locator('#rx-stake').fill('100');
    await expectValue(page.locator('output[data-result="base-reward"]'), 'data-value', '3.5');
    await context.close();
  });

  test('a click on the prerendered page before the wasm arrived is not lost', async () => {
    const { page, context, wasm } = await openWithWasmHeld();
    // The flow's Next, a slash, and "More settings", pressed on the prerendered page.
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.locator('[data-simulate="service-0"]').click();
    await page.locator('.rx-more__summary').click();
    assert.equal(await page.locator('.rx[data-rx-ready]').count(), 0, 'not live yet');
    assert.ok(wasm.asked, 'the first event starts the wasm');
    wasm.release();
    await page.locator('.rx[data-rx-ready]').waitFor();
    await expectValue(page.locator('[role=tabpanel]'), 'data-step', '2');
    // One slash of 5 % of 32 ETH, as the fan-out's deposit now says.
    await expectValue(page.locator('[data-stake-left]'), 'data-stake-left', '30.4');
    assert.ok(await page.locator('details.rx-more').evaluate((d) => d.open), 'More settings is open');
    // and what it holds is the live widget's: a route preset works.
    await page.locator('[data-route="lido-eigenlayer"]').click();
    await expectValue(page.locator('[data-route="lido-eigenlayer"]'), 'aria-pressed', 'true');
    await context.close();
  });

  test('the page\'s HTML holds the first screen; what waits behind a toggle comes with the live widget', async () => {
    // Without JavaScript: every closed toggle but the questions' answers says it needs the
    // script, and the sources' entries are not there.
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.server.url);
    const toggles = await page.locator('details').evaluateAll((all) => all.map((d) => ({
      cls: d.className, later: !!d.querySelector(':scope > .rx-later'),
    })));
    const later = toggles.filter((t) => t.later).map((t) => t.cls);
    for (const cls of ['rx-more', 'rx-sources-part__all', 'rx-glossary__all', 'rx-embed__details', 'rx-risk__details']) {
      assert.ok(later.some((c) => c.includes(cls)), `${cls} waits for the script: ${later.join(' | ')}`);
    }
    assert.ok(toggles.filter((t) => t.cls.includes('rx-q__reveal')).every((t) => !t.later), 'the answers are there');
    assert.equal(await page.locator('.rx-sources-part__list').count(), 0);
    assert.equal(await page.locator('.rx-later').first().textContent(), 'Loading… (this needs JavaScript)');
    await context.close();
    // With it: a mark clicked before the wasm arrived opens its fact in place once it has,
    // and the page has not moved to the (absent) entry.
    const held = await openWithWasmHeld();
    const mark = held.page.locator('.rx-intro .rx-cite__mark').first();
    await mark.click();
    assert.equal(new URL(held.page.url()).hash, '', 'the mark did not follow its link');
    held.wasm.release();
    await held.page.locator('.rx[data-rx-ready]').waitFor();
    await until(() => held.page.locator('.rx-fact-pop').isVisible(), { message: 'the fact to open in place' });
    assert.match(await held.page.locator('.rx-fact-pop').innerText(), /checked \d{4}-\d{2}-\d{2}\.\s+“/);
    await held.context.close();
  });

  test('what a reader typed and focused before the wasm arrived is kept', async () => {
    const { page, context, wasm } = await openWithWasmHeld();
    const exact = page.locator('#rx-stake-exact');
    await exact.click();
    await exact.fill('64');
    assert.equal(await page.locator('.rx[data-rx-ready]').count(), 0, 'not live yet');
    wasm.release();
    await page.locator('.rx[data-rx-ready]').waitFor();
    // 64 ETH at 3.5 %: 2.24 ETH; and the entry still has the focus, with the text in it.
    await expectValue(page.locator('output[data-result="base-reward"]'), 'data-value', '2.24');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'rx-stake-exact');
    assert.equal(await exact.inputValue(), '64');
    await context.close();
  });

  test('a URL with other numbers is drawn with those numbers', async () => {
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

describe('the rest of the page\'s words', () => {
  /** The standalone page at `path`, live, with every request it makes listed. */
  async function openLive(path = '') {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(env.server.url + path);
    await page.locator('.rx[data-rx-ready]').waitFor();
    const rest = () => requests.filter((p) => /\/locales\/rest\.[a-zA-Z-]+\.txt$/.test(p));
    return { page, context, rest };
  }

  test('come once, when a toggle first opens: the page carries only its first screen\'s', async () => {
    const { page, context, rest } = await openLive();
    // The page's own block holds some messages, not all: what waits behind a toggle is
    // not among them.
    const html = await (await page.request.get(env.server.url)).text();
    const block = /<script type="text\/plain" id="rx-words">([^<]*)<\/script>/.exec(html)[1];
    // Inside one of the widget's middle parts, where gzip finds the text it repeats on
    // both sides (src/prerender.rs, `with_words`).
    const at = html.indexOf('id="rx-words"');
    assert.ok(at > html.indexOf('id="rx-fan-out"') && at < html.indexOf('id="rx-risks"'), 'the words in the middle of the widget');
    assert.match(block.split('\n')[0], /^en\t[^\t]*\tsha256-/, 'the first line names the rest\'s hash');
    assert.ok(!block.includes("How do the services' slashing risks combine?"), 'the model legend waits');
    assert.ok(block.includes('Back to the worked example'), 'the reset button is on the first screen');
    await page.locator('.rx-results').scrollIntoViewIfNeeded();
    await page.locator('#rx-stake').fill('64');
    await page.waitForTimeout(300);
    assert.deepEqual(rest(), [], 'nothing fetched for the first screen, nor for a slider');
    // Opened: a line says the words are coming, then the settings are there.
    await page.locator('.rx-more__summary').click();
    await page.locator('#rx-model-independent').waitFor({ timeout: 5000 });
    assert.match(await page.locator('.rx-more legend').nth(1).textContent(), /\S/);
    assert.deepEqual(rest(), ['/locales/rest.en.txt']);
    // Another toggle: drawn at once, with nothing more fetched.
    await page.locator('.rx-fanout .rx-curious__summary').click();
    await page.locator('.rx-fan__reach').waitFor({ timeout: 2000 });
    assert.equal(rest().length, 1, 'fetched once');
    await context.close();
  });

  test('in the page\'s language, and a message the page lacks comes with them', async () => {
    const { page, context, rest } = await openLive('tr/');
    // Simulating a slash says what it took, in Turkish, though the page did not carry
    // those words.
    await page.locator('[data-simulate="service-0"]').click();
    await page.locator('.rx-fan__status').filter({ hasText: /30,4\sETH/ }).waitFor({ timeout: 5000 });
    assert.deepEqual(rest(), ['/locales/rest.tr.txt']);
    await context.close();
  });

  test('a changed file is refused, and an opened toggle says the words could not load', async () => {
    const context = await env.browser.newContext();
    await context.route('**/locales/rest.en.txt', async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace('combine', 'combines');
      await route.fulfill({ response, body: text });
    });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.locator('.rx[data-rx-ready]').waitFor();
    await page.locator('.rx-more__summary').click();
    await page.locator('.rx-more .rx-later').filter({ hasText: 'The restaking explainer could not load.' }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('#rx-model-independent').count(), 0);
    // The rest of the widget goes on working.
    await page.locator('#rx-stake').fill('64');
    await expectValue(page.locator('output[data-result="slash-loss"]'), 'data-value', (v) => Math.abs(Number(v) - 3.2) < 1e-9);
    await context.close();
  });
});
