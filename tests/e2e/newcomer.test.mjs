// End-to-end tests of the page as a newcomer meets it on a 360 px phone: how long it is
// and where the calculator starts; staking said before restaking; each control and the
// figure it moves on screen together after the reader acts; the story's words on screen;
// citations that open in place; and the numbers and words that once tricked a reader.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lifecycle, settled, until } from './harness.mjs';

const env = lifecycle();
const PHONE = { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true };

async function open(query = '', options = PHONE) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(env.server.url + query);
  await page.locator('.rx[data-rx-ready]').first().waitFor();
  return { page, context };
}

/** Whether every one of `selectors` shows a box fully inside the screen (runs in the page). */
function allInView(selectors) {
  return selectors.map((selector) => {
    const el = [...document.querySelectorAll(selector)].find((e) => e.getClientRects().length > 0);
    if (!el) return `${selector}: not shown`;
    const r = el.getBoundingClientRect();
    const inside = r.height > 0 && r.top >= -1 && r.bottom <= innerHeight + 1 && r.left >= -1 && r.right <= innerWidth + 1;
    return inside ? null : `${selector}: ${Math.round(r.top)}..${Math.round(r.bottom)} of ${innerHeight}`;
  }).filter(Boolean);
}

async function expectInView(page, selectors, what) {
  let missing = [];
  await until(async () => (missing = await page.evaluate(allInView, selectors)).length === 0, {
    timeout: 3000,
    message: `${what}: ${missing.join('; ')}`,
  }).catch(() => assert.fail(`${what}: ${missing.join('; ')}`));
}

/** The deposit, however it is drawn (whole, or in slices). */
const DEPOSIT = '.rx-fan__deposit, .rx-fan__slices';

describe('a newcomer on a 360 px phone', () => {
  test('the page is at most 9,000 px long and the calculator starts within 4,000 px', async () => {
    const { page, context } = await open();
    const m = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      calculator: document.querySelector('#rx-calculator').getBoundingClientRect().top + scrollY,
    }));
    assert.ok(m.height <= 9000, `page ${m.height} px`);
    assert.ok(m.calculator <= 4000, `calculator at ${m.calculator} px`);
    await context.close();
  });

  test('staking is said before restaking is used, and the new words are defined', async () => {
    const { page, context } = await open();
    // The widget's own words (the page's title above it names the whole explainer).
    const text = await page.locator('.rx').first().innerText();
    const staking = text.search(/Staking locks ETH/);
    assert.ok(staking >= 0, 'the opening says what staking is');
    assert.ok(staking < text.search(/restak/i), 'before the first word of restaking');
    const terms = await page.locator('[data-term]').evaluateAll((els) => els.map((e) => e.dataset.term));
    for (const term of ['staking', 'operator', 'defi', 'slashing']) assert.ok(terms.includes(term), `${term} is a term`);
    // The glossary's list waits behind its toggle, with the rest of the page's words.
    await page.locator('.rx-glossary__all > summary').click();
    await page.locator('.rx-glossary dt').first().waitFor({ timeout: 5000 });
    const glossary = await page.locator('.rx-glossary dt').allTextContents();
    for (const word of ['Staking', 'Operator', 'EigenLayer', 'DeFi', 'Unbonding']) assert.ok(glossary.includes(word), word);
    // The services are concrete, each said in a line.
    assert.match(await page.locator('.rx-fan__roles').innerText(), /Oracle: brings prices .*Bridge: moves tokens between chains/);
    await context.close();
  });

  test('a slash button and the deposit it shrinks are on screen together', async () => {
    const { page, context } = await open();
    const button = page.locator('[data-simulate="service-0"]');
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    await settled(page);
    await expectInView(page, ['[data-simulate="service-0"]', DEPOSIT, '.rx-fan__status'], 'after a slash');
    await page.locator('.rx-fan__status').filter({ hasText: /Oracle: −1\.6\sETH, 30\.4\sETH left/ }).waitFor({ timeout: 5000 });
    await context.close();
  });

  test('the flow\'s Next, its new step and the diagram are on screen together', async () => {
    const { page, context } = await open();
    for (let step = 2; step <= 5; step++) {
      const next = page.locator('.rx-flow__nav .rx-button:not(.rx-button--quiet)');
      await next.scrollIntoViewIfNeeded();
      await next.tap();
      await until(async () => (await page.locator('.rx-flow__panel').getAttribute('data-step')) === String(step));
      await settled(page);
      await expectInView(page, ['.rx-flow__heading', '.rx-fan__svg'], `step ${step}`);
    }
    await context.close();
  });

  test('picking a comparison row and showing where a risk enters bring the diagram, and a link leads back', async () => {
    const { page, context } = await open();
    const pick = page.locator('#rx-compare-pick-3');
    await pick.scrollIntoViewIfNeeded();
    await pick.tap();
    await expectInView(page, ['.rx-fan__svg', '.rx-fan__focus-note'], 'the lit diagram');
    const back = page.locator('.rx-fan__back');
    assert.match(await back.innerText(), /Back to the comparison/);
    await back.tap();
    await expectInView(page, ['#rx-compare-pick-3'], 'back at the row');

    const risk = page.locator('.rx-risk').nth(1);
    await risk.locator('summary').scrollIntoViewIfNeeded();
    await risk.locator('summary').tap();
    await risk.locator('.rx-risk__link').tap();
    await expectInView(page, ['.rx-fan__svg', '.rx-fan__back'], 'the diagram, from a risk');
    await page.locator('.rx-fan__back').tap();
    await expectInView(page, ['#rx-risk-link-1'], 'back at the risk');
    await context.close();
  });

  test('an odds slider and the figures it moves are on screen together', async () => {
    const { page, context } = await open();
    await page.locator('.rx-more__summary').tap();
    const odds = page.locator('#rx-service-0-prob');
    await odds.scrollIntoViewIfNeeded();
    const before = await page.locator('[data-rx-odds-now]').innerText();
    await odds.focus();
    await page.keyboard.press('ArrowRight');
    await settled(page);
    await until(async () => (await page.locator('[data-rx-odds-now]').innerText()) !== before, { message: 'the line follows' });
    await expectInView(page, ['#rx-service-0-prob', '[data-rx-odds-now]'], 'odds and what they take');
    await context.close();
  });

  test('the first question\'s answer and the slash it shows in the diagram are on screen together', async () => {
    const { page, context } = await open();
    const q = page.locator('[data-rx-question="slash-loss"]');
    await q.locator('[data-rx-guess]').scrollIntoViewIfNeeded();
    await q.locator('[data-rx-guess]').tap();
    await until(() => q.locator('[data-rx-answer]').isVisible(), { message: 'the answer' });
    await settled(page);
    await expectInView(page, ['[data-rx-question="slash-loss"] [data-rx-answer]', DEPOSIT], 'answer and deposit');
    await context.close();
  });

  test('the story tells itself in words on the diagram, a tap moves on, and it keeps the first question a question', async () => {
    const { page, context } = await open();
    await page.locator('[data-rx-play]').first().tap();
    const caption = page.locator('[data-rx-caption]');
    await caption.waitFor();
    await expectInView(page, ['[data-rx-caption]', '.rx-fan__svg'], 'the caption beside the diagram');
    assert.match(await caption.innerText(), /Step 1 of 5/);
    // Short enough to read in its time: at most 25 words a beat.
    const words = (await caption.locator('p').innerText()).split(/\s+/).length;
    assert.ok(words <= 25, `${words} words`);
    for (const expected of [/Step 2 of 5/, /Step 3 of 5/, /Step 4 of 5/, /A service slashes/]) {
      await caption.locator('button').tap();
      await until(async () => expected.test(await caption.innerText()), { message: String(expected) });
    }
    // At the slash, what it took stays the question's to tell.
    const hidden = await page.evaluate(() => getComputedStyle(document.querySelector('.rx-fan__label--deposit')).visibility);
    assert.equal(hidden, 'hidden');
    await caption.locator('button').tap(); // the way out
    await caption.locator('button').tap(); // the end
    await until(async () => (await caption.count()) === 0, { message: 'the story ends' });
    await until(async () => (await page.locator(DEPOSIT).first().getAttribute('data-stake-left')) === '32', {
      message: 'the deposit whole again',
    });
    await context.close();
  });

  test('citation marks are 24 px targets that open in place and keep the reader\'s place', async () => {
    const { page, context } = await open();
    // Most marks wait behind a toggle ("for the curious", a risk's case), drawn once it
    // opens: open them all (a toggle may hold another).
    for (let pass = 0; pass < 3; pass++) {
      await page.locator('details:is(.rx-curious, .rx-risk__details):not([open]) > summary').evaluateAll((ss) => ss.forEach((s) => s.click()));
      await until(async () => (await page.locator('details[open] .rx-later').count()) === 0, { message: 'every open toggle drawn' });
    }
    const sizes = await page.locator('.rx-cite__mark').evaluateAll((marks) =>
      marks.filter((m) => m.getClientRects().length).map((m) => [m.getBoundingClientRect().width, m.getBoundingClientRect().height]),
    );
    assert.ok(sizes.length > 5);
    for (const [w, h] of sizes) assert.ok(w >= 24 && h >= 24, `a ${w} × ${h} target`);
    const mark = page.locator('.rx-intro__source .rx-cite__mark');
    await mark.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => ({ y: scrollY, history: history.length, url: location.href }));
    await mark.tap();
    const pop = page.locator('.rx-fact-pop');
    await until(() => pop.isVisible(), { message: 'the fact opens' });
    await expectInView(page, ['.rx-fact-pop'], 'the fact beside its mark');
    assert.match(await pop.innerText(), /COINOTAG/);
    assert.match(await pop.innerText(), /Suppose you stake 32 ETH/);
    const after = await page.evaluate(() => ({ y: scrollY, history: history.length, url: location.href }));
    assert.deepEqual(after, before, 'the page stays where it was, with no new history entry');
    await page.keyboard.press('Escape');
    await until(async () => !(await pop.isVisible()), { message: 'Escape closes it' });
    await context.close();
  });
});

describe('nothing that tricks', () => {
  test('a sentence fits its numbers: many years erased are not "more than a full year"', async () => {
    const { page, context } = await open('?services=0.5');
    const narration = (await page.locator('.rx-calculator .rx-narration').innerText()).replace(/\u00a0/g, ' ');
    assert.match(narration, /costs 1\.6 ETH, 10 years of the extra reward/);
    assert.doesNotMatch(narration, /more than a full year \(10/);
    await context.close();
  });

  test('the headline figures never run into each other', async () => {
    for (const stake of [501, 2906, 99999]) {
      const { page, context } = await open(`?stake=${stake}&services=0.2,0.1`);
      const boxes = await page.locator('.rx-headline--narrow .rx-headline__value').evaluateAll((els) =>
        els.map((e) => {
          const r = document.createRange();
          r.selectNodeContents(e);
          const b = r.getBoundingClientRect();
          return { left: b.left, right: b.right, fits: e.scrollWidth <= e.clientWidth + 1 };
        }),
      );
      for (let i = 0; i < boxes.length; i++) {
        assert.ok(boxes[i].fits, `figure ${i} fits its column at ${stake} ETH`);
        if (i > 0) assert.ok(boxes[i - 1].right <= boxes[i].left, `figures ${i - 1} and ${i} apart at ${stake} ETH`);
      }
      await context.close();
    }
  });

  test('the base rate says it is before the LST\'s fee, and the narration names every fee', async () => {
    const { page, context } = await open('?stake=10&base=2.8&fee=10&protocolfee=20&commission=10');
    const narration = (await page.locator('.rx-calculator .rx-narration').innerText()).replace(/\u00a0/g, ' ');
    assert.match(narration, /Staking 10 ETH at 2\.8 % earns about 0\.25 ETH a year after the LST's 10 % fee/);
    assert.match(narration, /after EigenLayer's 20 % and the operator's 10 % fees/);
    assert.match(await page.locator('#rx-base-hint, .rx-calculator').first().innerText(), /Before any fee/);
    await context.close();
  });

  test('Ethereum\'s own slashing shows as a small penalty and a forced exit', async () => {
    const { page, context } = await open();
    await page.locator('[data-simulate="ethereum"]').tap();
    // Its words are among the rest of the page's, fetched as the reader taps.
    await page.locator('.rx-fan__status').filter({ hasText: /forced exit/ }).waitFor({ timeout: 5000 });
    const status = (await page.locator('.rx-fan__status').innerText()).replace(/\u00a0/g, ' ');
    assert.match(status, /Ethereum: −0\.00781 ETH at first, and a forced exit/);
    assert.doesNotMatch(await page.locator('.rx-fanout > .rx-part__title, .rx-fan__controls').first().innerText(), /severe slash on/);
    await context.close();
  });

  test('the 5 % slash is named as the worked example\'s before the question asks about it', async () => {
    const { page, context } = await open();
    const prompt = await page.locator('[data-rx-question="slash-loss"]').innerText();
    assert.match(prompt.replace(/\u00a0/g, ' '), /5 % of what a service can reach \(the worked example's figure: real services set their own\)\. Guess first/);
    await context.close();
  });

  test('the chart draws what it can before the guess', async () => {
    const { page, context } = await open();
    const shown = await page.locator('.rx-chart__series .rx-chart__line').evaluateAll((lines) =>
      lines.map((l) => getComputedStyle(l).visibility),
    );
    assert.deepEqual(shown, ['visible', 'visible', 'hidden'], 'plain and restaked drawn, the slashed line the guess');
    await context.close();
  });

  test('embedded in someone else\'s article, it never calls itself "the article"', async () => {
    for (const view of ['calculator', 'fan-out', 'flow', 'compare', 'risks']) {
      const { page, context } = await open(`embed.html?view=${view}`, { viewport: { width: 760, height: 900 } });
      const text = await page.locator('.rx').first().innerText();
      assert.doesNotMatch(text, /the article|this page was given/i, view);
      await context.close();
    }
  });
});
