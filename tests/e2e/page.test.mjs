// End-to-end tests of the whole explainer page in dist/: glossary terms by keyboard,
// touch and Escape; the comparison and risks wired to the diagram; numbers that change
// without moving the layout; and a print rendering without controls.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Calculator, expectValue, lifecycle, settled, until } from './harness.mjs';

const env = lifecycle();

async function open(query = '', options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(env.server.url + query);
  await new Calculator(page).ready();
  return { page, context };
}

/** Waits until the glossary `term` is open (true) or closed (false). */
const expanded = (term, open) => expectValue(term, 'aria-expanded', String(open));
const shown = (pop, visible) =>
  until(async () => (await pop.isVisible()) === visible, { message: `${pop} ${visible ? 'shown' : 'hidden'}` });

describe('the whole explainer page', () => {
  test('a glossary term opens and closes by keyboard, and Escape closes it', async () => {
    const { page, context } = await open();
    const term = page.locator('[data-term="validator"]');
    const pop = page.locator(`#${await term.getAttribute('aria-controls')}`);
    await term.focus();
    await page.keyboard.press('Enter');
    await expanded(term, true);
    await shown(pop, true);
    assert.match(await pop.textContent(), /needs 32 ETH at least; since May 2025 one with compounding \(0x02\) credentials can count up to 2,048 ETH/);
    await page.keyboard.press('Escape');
    await expanded(term, false);
    await shown(pop, false);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.term), 'validator', 'focus stays');
    await page.keyboard.press('Space');
    await expanded(term, true);
    await page.keyboard.press('Tab');
    await expanded(term, false); // moving on closes it
    await context.close();
  });

  test('a glossary term opens with a tap and closes with a tap elsewhere', async () => {
    const { page, context } = await open('', { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const term = page.locator('[data-term="lst"]').first();
    await term.tap();
    await expanded(term, true);
    const box = await page.locator(`#${await term.getAttribute('aria-controls')}`).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `the definition fits the screen: ${JSON.stringify(box)}`);
    await page.locator('.rx-part__title').first().tap();
    await expanded(term, false);
    await context.close();
  });

  test('every fact in the sources shows its source\'s own words, and the corrected rules say so', async () => {
    const { page, context } = await open();
    const entries = page.locator('.rx-sources-part:not(.rx-sources-part--short) .rx-sources-part__list > li');
    await page.locator('.rx-sources-part:not(.rx-sources-part--short) .rx-sources-part__summary').click();
    // Fetched when the list first opens (src/facts.rs).
    await entries.first().waitFor();
    const facts = await entries.evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.dataset.fact,
        link: li.querySelector('.rx-sources a')?.getAttribute('href'),
        quote: li.querySelector('blockquote.rx-quote'),
      })).map(({ id, link, quote }) => ({
        id, link, cite: quote?.getAttribute('cite'), lang: quote?.getAttribute('lang'),
        words: quote?.textContent ?? '', visible: quote ? quote.getClientRects().length > 0 : false,
      })),
    );
    assert.ok(facts.length >= 30, `${facts.length} facts`);
    for (const f of facts) {
      assert.ok(f.visible, `${f.id}'s quote shows once the list is open`);
      assert.ok(f.link?.startsWith('https://'), `${f.id} links its source`);
      assert.equal(f.cite, f.link, `${f.id}'s quote names the same source`);
      assert.equal(f.lang, 'en');
      assert.ok(f.words.replace(/[^A-Za-z0-9]/g, '').length >= 20, `${f.id} is quoted: ${f.words}`);
    }
    const quote = (id) => facts.find((f) => f.id === id)?.words ?? '';
    // What became false in 2025-26, now said with the source's words beside it.
    assert.match(quote('ethereum-partial-withdrawals'), /automatic sweeps only occur above the 2048 ETH threshold/);
    assert.match(quote('eigen-incentives'), /only be sent to stake supporting productive AVSs/);
    assert.match(quote('eigenlayer-slash-delay'), /no mechanism .* to allow an erroneous slashing event to be reverted/);
    assert.match(quote('etherfi-exit'), /with an exit fee/);
    assert.match(quote('eigenlayer-protocol-fee'), /20%/);
    // Every word the page holds, behind a toggle or not.
    const body = await page.locator('.rx').textContent();
    assert.doesNotMatch(body, /Any balance above a validator's 32 ETH is swept/);
    assert.doesNotMatch(body, /which the services do not pay for/);
    assert.doesNotMatch(body, /left containing bad debt|with nothing behind them/);
    // The dated case, one click away under its risk.
    const risk = page.locator('.rx-risk', { hasText: 'Complexity and integration' });
    await risk.locator('.rx-risk__summary').click();
    await risk.locator('.rx-risk__case summary').click();
    assert.match(await risk.innerText(), /Kelp restored rsETH's backing on 25 May 2026/);
    await context.close();
  });

  test('a comparison row and a risk link light up the diagram', async () => {
    const { page, context } = await open();
    await page.getByRole('button', { name: 'Reward source' }).click();
    await page.locator('.rx-fan.rx-fan--focus-rewards').waitFor();
    await until(async () => /rewards flowing back/.test(await page.locator('.rx-compare__shown').textContent()), {
      message: 'the comparison to say what the diagram shows',
    });
    await page.locator('.rx-risk', { hasText: 'Liquidity and de-peg' }).locator('.rx-risk__summary').click();
    await page.getByRole('link', { name: /Show where it enters: Liquidity and de-peg/ }).click();
    await page.locator('.rx-fan.rx-fan--focus-exit').waitFor();
    await expectValue(page.locator('[role=tabpanel]'), 'data-step', '5');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('step') === '5');
    // The reader is taken to the diagram (the scroll may be smooth, so wait for it to end).
    await until(() => page.locator('#rx-fan-out').evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 50), {
      message: 'the diagram at the top of the screen',
    });
    await context.close();
  });

  for (const width of [360, 1280]) {
    test(`changing numbers does not move the layout (${width} px)`, async () => {
      const { page, context } = await open('', { viewport: { width, height: 900 } });
      const tops = () =>
        page.evaluate(() =>
          ['.rx-results', '.rx-chart', '.rx-risks', '.rx-glossary'].map(
            (s) => document.querySelector(s).getBoundingClientRect().top + window.scrollY,
          ),
        );
      const before = await tops();
      const reward = page.locator('output[data-result="base-reward"]');
      // The slider's whole range, and the exact entry's longest figures. Each changes
      // the base reward: once it has, the page has taken the new number.
      for (const [id, v] of [['stake', '1'], ['stake', '999'], ['stake', '250'], ['stake-exact', '99999.99'], ['base-exact', '19.99'], ['stake-exact', '12345.67'], ['stake', '32'], ['base', '3.5']]) {
        const was = await reward.getAttribute('data-value');
        await page.locator(`#rx-${id}`).fill(v);
        if (id.endsWith('exact')) await page.locator(`#rx-${id}`).press('Enter');
        await expectValue(reward, 'data-value', (now) => now !== was);
        await settled(page); // and whatever else the same change redraws
        const now = await tops();
        assert.deepEqual(now, before, `${id} = ${v}`);
      }
      await context.close();
    });

    test(`moving allocations does not move the layout (${width} px)`, async () => {
      const { page, context } = await open('?model=allocated', { viewport: { width, height: 900 } });
      const tops = () =>
        page.evaluate(() =>
          ['.rx-results', '.rx-chart', '.rx-risks', '.rx-glossary', '.rx-service-more:last-of-type .rx-field:last-child'].map(
            (s) => document.querySelector(s).getBoundingClientRect().top + window.scrollY,
          ),
        );
      const before = await tops();
      for (const [id, v] of [['service-1-alloc', '0'], ['service-0-alloc', '100'], ['service-0-alloc', '3'], ['service-1-alloc', '97'], ['service-1-alloc-exact', '12.34'], ['service-0-alloc-exact', '87.66']]) {
        await page.locator(`#rx-${id}`).fill(v);
        if (id.endsWith('exact')) await page.locator(`#rx-${id}`).press('Enter');
        await settled(page);
        assert.deepEqual(await tops(), before, `${id} = ${v}`);
      }
      await context.close();
    });
  }

  test('the comparison stays a table for screen readers when it is drawn as cards', async () => {
    const { page, context } = await open('?view=compare', { viewport: { width: 360, height: 900 } });
    // Cards on a phone: each row a box of its own, its name beside the one column shown...
    assert.equal(await page.locator('.rx-compare__table tbody tr').first().evaluate((tr) => getComputedStyle(tr).display), 'grid');
    // ...and still a row of cells with four column headers in the accessibility tree.
    const tree = await page.locator('.rx-compare__table').ariaSnapshot();
    assert.match(tree, /^- table /);
    // (The snapshot is YAML: a line may be quoted, "- 'cell ...'".)
    const count = (role) => (tree.match(new RegExp(`- '?${role}\\b`, 'g')) || []).length;
    assert.equal(count('columnheader'), 5);
    assert.equal(count('rowheader'), 6);
    assert.equal(count('cell'), 24);
    await context.close();
  });

  test('every part, the glossary and the embed panel start on the same line at 1280 px', async () => {
    const { page, context } = await open('', { viewport: { width: 1280, height: 900 } });
    const lefts = await page.evaluate(() =>
      [
        ...document.querySelectorAll('.rx-compare .rx-part__title, .rx-calculator .rx-part__title, .rx-risks .rx-part__title, .rx-glossary .rx-part__title, .rx-glossary__item:first-child dt, .rx-sources-part .rx-part__title, .rx-embed__summary'),
      ].map((el) => {
        // Where the first character is drawn, whatever marker or padding comes before it.
        const range = document.createRange();
        const text = [...el.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim()) || el;
        range.selectNodeContents(text);
        return [el.className || el.tagName, Math.round(range.getBoundingClientRect().left)];
      }),
    );
    const first = lefts[0][1];
    const off = lefts.filter(([, left]) => Math.abs(left - first) > 1);
    assert.deepEqual(off, [], `all start at ${first}px`);
    await context.close();
  });

  test('the print rendering hides the controls and keeps the figures', async () => {
    const { page, context } = await open('', { viewport: { width: 900, height: 1200 } });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.rx-fan__controls', '.rx-flow__nav', '.rx-field__slider', '.rx-intro__nav']) {
      assert.ok(await page.locator(hidden).first().isHidden(), `${hidden} is hidden in print`);
    }
    for (const shown of ['.rx-fan__svg', '.rx-compare__table', '.rx-chart__svg', 'output[data-result="gross-reward"]']) {
      assert.ok(await page.locator(shown).first().isVisible(), `${shown} prints`);
    }
    const out = process.env.SHOTS_DIR || (await mkdtemp(join(tmpdir(), 'rx-print-')));
    await page.screenshot({ path: join(out, 'print.png'), fullPage: true });
    await context.close();
  });
});
