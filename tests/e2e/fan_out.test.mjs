// End-to-end tests of the fan-out and the flow in dist/: motion that can be stopped
// (pause, reduced motion, off screen), a simulated slash seen in the calculator, and
// the stepper driven by keyboard with its step kept in the URL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Calculator, expectCount, expectValue, lifecycle, until } from './harness.mjs';

const env = lifecycle();

async function open(query = '', options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(env.server.url + query);
  const calc = new Calculator(page);
  await calc.ready();
  return { page, calc, context, problems };
}

const running = (page) =>
  page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
const noAnimations = (page) =>
  until(() => page.evaluate(() => document.getAnimations().length === 0), { message: 'no animation at all' });
const flowsRunning = (page) => until(async () => (await running(page)) >= 3, { message: 'three or more running animations' });

describe('the fan-out and the flow in dist/', () => {
  test('reward flows animate, and the pause button stops every animation', async () => {
    const { page, context } = await open();
    await flowsRunning(page); // one reward flow per branch
    const pause = page.getByRole('button', { name: 'Pause animation' });
    await pause.click();
    await noAnimations(page);
    // The label alone tells the state: no aria-pressed beside it ("Play animation, not pressed").
    assert.equal(await page.getByRole('button', { name: 'Play animation' }).getAttribute('aria-pressed'), null);
    await page.getByRole('button', { name: 'Play animation' }).click();
    await flowsRunning(page);
    await context.close();
  });

  test('reduced motion shows end states with no animation at all', async () => {
    const { page, context } = await open('', { reducedMotion: 'reduce' });
    await page.locator('[data-simulate="service-0"]').click();
    // The end state is drawn: the deposit already shows what is left.
    await expectValue(page.locator('.rx-fan__deposit'), 'data-stake-left', (v) => Math.abs(Number(v) - 30.4) < 1e-9);
    assert.equal(await page.evaluate(() => document.getAnimations().length), 0);
    await context.close();
  });

  test('the animation pauses off screen and resumes on screen', async () => {
    const { page, context } = await open('', { viewport: { width: 1280, height: 700 } });
    await page.locator('.rx-calculator .rx-chart').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('.rx-fan').classList.contains('rx-fan--offscreen'));
    assert.equal(await running(page), 0, JSON.stringify(await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').map((a) => [a.animationName || a.transitionProperty, a.effect?.target?.getAttribute('class')]).slice(0, 6))));
    await page.locator('.rx-fan').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('.rx-fan').classList.contains('rx-fan--offscreen'));
    await flowsRunning(page);
    await context.close();
  });

  test('a simulated slash leaves the deposit and shows in the calculator, and undo takes it back', async () => {
    const { page, calc, context, problems } = await open();
    await page.locator('[data-simulate="ethereum"]').click();
    await expectValue(page.locator('[data-after="stake-left"]'), 'data-value', '31.9921875');
    // Ethereum's own initial penalty, 1/4096 of 32 ETH = 0.0078125 ETH, not the 5 % slash,
    // and the forced exit that comes with it.
    await until(
      async () => {
        const status = (await page.locator('.rx-fan__status').textContent()).replace(/\u00a0/g, ' ');
        return /^Ethereum: −0\.00781 ETH at first, and a forced exit$/.test(status.trim());
      },
      { message: 'the status to tell of the slash' },
    );
    assert.ok(Math.abs(Number(await calc.output('slash-loss').getAttribute('data-value')) - 1.6) < 1e-9, 'the SPEC result is unchanged');
    await page.getByRole('button', { name: 'Undo last slash' }).first().click();
    await expectCount(page.locator('[data-after]'), 0);
    await expectValue(page.locator('.rx-fan__deposit'), 'data-stake-left', '32');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const width of [360, 1280]) {
    test(`a simulated slash moves nothing below the figure (${width} px)`, async () => {
      const { page, context } = await open('?model=allocated', { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      const tops = () =>
        page.evaluate(() =>
          // Down to the calculator, whose own lines about the slashes come after it.
          ['.rx-fan__legend', '.rx-flow', '.rx-calculator'].map((s) => Math.round(document.querySelector(s).getBoundingClientRect().top + window.scrollY)),
        );
      const before = await tops();
      for (const branch of ['service-0', 'ethereum', 'service-1']) {
        await page.locator(`[data-simulate="${branch}"]`).click();
        await expectValue(page.locator('.rx-fan__status'), 'role', 'status');
        await until(async () => /(left|forced exit)$/.test((await page.locator('.rx-fan__status').textContent()).trim()), {
          message: 'the status to tell of the slash',
        });
        assert.deepEqual(await tops(), before, `after a slash on ${branch}`);
      }
      await context.close();
    });
  }

  test('the stepper moves by keyboard, and its step lives in the URL', async () => {
    const { page, context } = await open('?step=2');
    assert.equal(await page.locator('[role=tab][aria-selected=true]').getAttribute('id'), 'rx-step-tab-2');
    await page.locator('#rx-step-tab-2').focus();
    await page.keyboard.press('ArrowRight');
    await until(() => page.evaluate(() => document.activeElement.id === 'rx-step-tab-3'), { message: 'focus on the third tab' });
    await page.waitForFunction(() => new URLSearchParams(location.search).get('step') === '3');
    assert.ok(await page.locator('.rx-fan.rx-fan--focus-services').count());
    await page.keyboard.press('End');
    await page.getByRole('heading', { name: /Step 5 of 5/ }).waitFor();
    assert.match(await page.locator('.rx-timeline').textContent(), /Day 14/);
    // Two keys in quick succession: the URL follows once they pause.
    await page.waitForFunction(() => new URLSearchParams(location.search).get('step') === '5');
    await page.reload();
    await page.locator('.rx[data-rx-ready]').first().waitFor();
    assert.equal(await page.locator('[role=tabpanel]').getAttribute('data-step'), '5');
    await context.close();
  });
});
