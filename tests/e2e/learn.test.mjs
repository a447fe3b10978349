// End-to-end tests of learning by doing: the three predict-then-reveal questions (a
// guess, the reveal, the exact figure, the figure following the URL's numbers, keyboard
// only, a skip, asking again) and the "play the story" walk through the five steps.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { expectValue, lifecycle, until } from './harness.mjs';

const env = lifecycle();

async function open(path = '', options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  if (options.clock) await page.clock.install();
  await page.goto(env.server.url + path);
  await page.locator('.rx[data-rx-ready]').waitFor();
  return { page, context };
}

const question = (page, name) => page.locator(`[data-rx-question="${name}"]`);
const answer = (page, name) => question(page, name).locator('[data-rx-answer]');
const near = (a, b, tolerance = 1e-9) => Math.abs(Number(a) - b) <= tolerance;

/** Moves a question's guess slider with the keyboard alone and commits it with Enter. */
async function guessByKeys(page, name, presses) {
  const slider = question(page, name).locator('input[type=range]');
  await slider.focus();
  for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab'); // to "Check my guess"
  assert.equal(await page.evaluate(() => document.activeElement.hasAttribute('data-rx-guess')), true);
  await page.keyboard.press('Enter');
}

describe('predict, then reveal', () => {
  test('one slash: the answer waits for a guess, then the fan-out slashes and says how close it was', async () => {
    const { page, context } = await open();
    assert.equal(await answer(page, 'slash-loss').isHidden(), true, 'hidden until the reader guesses');
    assert.equal(await answer(page, 'years-erased').isHidden(), true);
    // 8 ETH to start, plus 4 steps of 32/64: 10 ETH.
    await guessByKeys(page, 'slash-loss', 4);
    await expectValue(answer(page, 'slash-loss'), 'data-value', (v) => near(v, 1.6)); // 32 · 5 %
    assert.equal(await answer(page, 'slash-loss').isVisible(), true);
    // The verdict's words are among the rest of the page's, fetched as the reader guesses.
    await answer(page, 'slash-loss').filter({ hasText: /Your guess, 10\sETH, was 8\.4\sETH too high/ }).waitFor({ timeout: 5000 });
    // The reveal is the fan-out's own slash: the deposit is now 30.4 ETH.
    await expectValue(page.locator('.rx-fan__deposit'), 'data-stake-left', (v) => near(v, 30.4));
    await context.close();
  });

  test('years erased, by keyboard alone: loss ÷ extra reward, with why', async () => {
    const { page, context } = await open();
    await guessByKeys(page, 'slash-loss', 0);
    await question(page, 'years-erased').waitFor();
    assert.equal(await answer(page, 'years-erased').isHidden(), true);
    await guessByKeys(page, 'years-erased', 10); // 0.5 + 10 · 0.1 = 1.5 years
    await expectValue(answer(page, 'years-erased'), 'data-value', (v) => near(v, 1.6 / 1.12));
    await answer(page, 'years-erased').filter({ hasText: /Your guess, 1\.5\syears, was spot on/ }).waitFor({ timeout: 5000 });
    const text = (await answer(page, 'years-erased').textContent()).replace(/\u00a0/g, ' ');
    assert.match(text, /1\.6 ETH ÷ 1\.12 ETH = 1\.43 years/);
    assert.match(text, /Your guess, 1\.5 years, was spot on/);
    await context.close();
  });

  test('the questions ask and answer with a link\'s own numbers', async () => {
    const { page, context } = await open('?stake=64&slash=10');
    assert.match(await question(page, 'slash-loss').locator('.rx-q__prompt').textContent(), /your 64\sETH/);
    // The guess slider stands for 0 to 64 ETH in the same 64 positions as for 32 ETH, and
    // starts a quarter of the way: 16 ETH.
    const slider = question(page, 'slash-loss').locator('input[type=range]');
    assert.deepEqual(await slider.evaluate((el) => [el.min, el.max, el.value]), ['0', '64', '16']);
    assert.equal((await slider.getAttribute('aria-valuetext')).replace(/\u00a0/g, ' '), '16 ETH');
    await question(page, 'slash-loss').locator('summary').click(); // "Just show me"
    await expectValue(answer(page, 'slash-loss'), 'data-value', (v) => near(v, 6.4)); // 64 · 10 %
    assert.doesNotMatch(await answer(page, 'slash-loss').textContent(), /Your guess/, 'no guess, no verdict');
    await question(page, 'years-erased').locator('summary').click();
    // 6.4 ETH against 64 · (2 + 1.5) % = 2.24 ETH a year of extra reward.
    await expectValue(answer(page, 'years-erased'), 'data-value', (v) => near(v, 6.4 / 2.24));
    await context.close();
  });

  test('the chart: a guess drawn by pointer or keyboard before the slashed line, which then draws in beside it', async () => {
    const { page, context } = await open();
    const chart = page.locator('.rx-chart');
    const series = page.locator('.rx-chart__series .rx-chart__line--slashed');
    // The chart draws what it can: plain staking and restaking with no slash.
    assert.equal(await series.evaluate((el) => getComputedStyle(el).visibility), 'hidden', 'no slashed line before the guess');
    assert.equal(
      await page.locator('.rx-chart__series .rx-chart__line--restaked').evaluate((el) => getComputedStyle(el).visibility),
      'visible',
    );
    assert.equal(await answer(page, 'chart').isHidden(), true);
    // A tap at the height of 40 ETH on the 30-45 ETH axis (plot from y=30 to y=216 of 260).
    const svg = page.locator('.rx-chart__svg');
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    const y = ((216 - (216 - 30) * ((40 - 30) / 15)) / 260) * box.height;
    await page.mouse.click(box.x + box.width * 0.8, box.y + y);
    const slider = question(page, 'chart').locator('input[type=range]');
    // The guess as the slider speaks it ("40.1 ETH"); its value is a position on the axis.
    const said = async () => parseFloat((await slider.getAttribute('aria-valuetext')).replace(/,/g, ''));
    await until(async () => near(await said(), 40, 0.2), { message: 'the tap to set a guess near 40 ETH' });
    assert.equal(await page.locator('.rx-chart__guess').count(), 1, 'the guess is drawn');
    // The keyboard nudges the same guess.
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    assert.ok((await said()) < 40);
    await question(page, 'chart').locator('[data-rx-guess]').click();
    // By hand: 32 + 1.5 · 2.24 = 35.36 at the slash, which takes 1.6; then 3.5 years at
    // 7 % of 30.4 ETH = 7.448: 30.4 + 3.36 + 7.448 = 41.208 ETH.
    await expectValue(answer(page, 'chart'), 'data-value', (v) => near(v, 41.208, 1e-6));
    assert.equal(await series.evaluate((el) => getComputedStyle(el).visibility), 'visible', 'the slashed line draws in');
    assert.equal(await page.locator('.rx-chart__guess').count(), 1, 'and the guess stays beside them');
    assert.match(await chart.locator('.rx-chart__final').first().textContent(), /37\.6/);
    await context.close();
  });

  test('a reader can ask again after changing the numbers, and nothing leaves the page', async () => {
    const { page, context } = await open();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await guessByKeys(page, 'slash-loss', 0);
    await answer(page, 'slash-loss').waitFor();
    await page.locator('#rx-slash').fill('10');
    const again = question(page, 'slash-loss').getByRole('button', { name: /Ask again/ });
    await again.click();
    assert.equal(await answer(page, 'slash-loss').isHidden(), true);
    await question(page, 'slash-loss').locator('[data-rx-guess]').click();
    await expectValue(answer(page, 'slash-loss'), 'data-value', (v) => near(v, 3.2)); // 32 · 10 %
    // The guess is in no URL and no request: only the slash size is (written once the
    // changes pause).
    await page.waitForFunction(() => new URLSearchParams(location.search).get('slash') === '10');
    assert.doesNotMatch(page.url(), /guess/);
    assert.equal(new URL(page.url()).searchParams.get('slash'), '10');
    // (The browser may fetch the page's icon late, and the page fetches the rest of its
    // words, the same file for every reader, the first time it needs one; nothing else
    // goes out.)
    assert.deepEqual(requests.filter((u) => !u.endsWith('/favicon.svg') && !u.endsWith('/locales/rest.en.txt')), []);
    await context.close();
  });

  test('with every answer on show, axe finds no violation', async () => {
    const { page, context } = await open();
    await guessByKeys(page, 'slash-loss', 2);
    await question(page, 'years-erased').locator('summary').click();
    await question(page, 'chart').locator('[data-rx-guess]').click();
    const results = await new AxeBuilder({ page }).include('.rx').analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });

  test('without JavaScript each question is readable, its answer one click away', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.server.url);
    for (const name of ['slash-loss', 'years-erased', 'chart']) {
      assert.equal(await answer(page, name).isVisible(), false);
      await question(page, name).locator('summary').click();
      assert.equal(await answer(page, name).isVisible(), true, `${name}'s answer opens without script`);
    }
    assert.match(await answer(page, 'slash-loss').textContent(), /1\.6\sETH/);
    await context.close();
  });
});

describe('play the story', () => {
  const tab = (page) => page.locator('[role=tabpanel]');
  const beat = (page) => page.locator('[data-rx-story-beat]');

  test('one control walks the five steps, a beat every five seconds, ending on a slash and the exit', async () => {
    const { page, context } = await open('', { clock: true });
    const play = page.locator('[data-rx-play]');
    assert.equal(await play.count(), 1, 'one control, at the top of the page');
    await play.click();
    await expectValue(tab(page), 'data-step', '1');
    assert.match(await beat(page).textContent(), /Step 1 of 5/);
    const heard = [await beat(page).textContent()];
    for (const step of ['2', '3', '4']) {
      await page.clock.runFor(5000);
      await expectValue(tab(page), 'data-step', step);
      heard.push(await beat(page).textContent());
    }
    // The fan-out lights the step's part as it goes.
    await page.locator('.rx-fan.rx-fan--focus-rewards').waitFor();
    await page.clock.runFor(5000); // the slash
    await expectValue(page.locator('.rx-fan__deposit'), 'data-stake-left', (v) => near(v, 30.4));
    heard.push(await beat(page).textContent());
    await page.clock.runFor(5000);
    await expectValue(tab(page), 'data-step', '5');
    heard.push(await beat(page).textContent());
    // Each beat's heading was announced once, in order.
    assert.equal(new Set(heard).size, 6, heard.join(' | '));
    await page.clock.runFor(5000);
    await expectValue(play, 'data-rx-playing', 'false');
    await context.close();
  });

  test('the same control pauses it, and any other input stops it', async () => {
    const { page, context } = await open('', { clock: true });
    const play = page.locator('[data-rx-play]');
    await play.click();
    await page.clock.runFor(5000);
    await expectValue(tab(page), 'data-step', '2');
    await play.click(); // pause
    await expectValue(play, 'data-rx-playing', 'false');
    await page.clock.runFor(15000);
    assert.equal(await tab(page).getAttribute('data-step'), '2', 'paused: no further step');
    await play.click(); // on from where it paused
    await expectValue(tab(page), 'data-step', '3');
    await page.locator('#rx-stake').focus();
    await page.keyboard.press('ArrowRight'); // the reader takes over
    await expectValue(play, 'data-rx-playing', 'false');
    await page.clock.runFor(15000);
    assert.equal(await tab(page).getAttribute('data-step'), '3', 'stopped by the reader');
    await context.close();
  });

  test('under reduced motion it steps the same; in a flow and fan-out embed it is there too', async () => {
    const { page, context } = await open('embed.html?view=fan-out,flow', { clock: true, reducedMotion: 'reduce' });
    await page.locator('[data-rx-play]').click();
    await page.clock.runFor(5000);
    await expectValue(tab(page), 'data-step', '2');
    await context.close();
  });
});
