// End-to-end tests of the release build in dist/, driven like a reader would:
// keyboard on the sliders, typed numbers, URLs with good and bad state, axe-core.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { Calculator, expectCount, expectValue, lifecycle, settled, until } from './harness.mjs';

const env = lifecycle();

/** Opens the standalone page at `query`, failing the test on any page error. */
async function open(query = '', options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  const foreign = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(env.server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(env.server.url + query);
  const calc = new Calculator(page);
  await calc.ready();
  return { page, calc, context, problems, foreign };
}

const near = (a, b, tol = 1e-9) => Math.abs(a - b) <= tol;

describe('the calculator in dist/', () => {
  test('opens on the article example, with units, and asks nothing of other origins', async () => {
    const { calc, context, problems, foreign } = await open();
    await calc.expect('base-reward', 1.12);
    await calc.expect('extra-reward', 1.12);
    await calc.expect('gross-apr', 7);
    await calc.expect('slash-loss', 1.6);
    await calc.expectText('gross-reward', '2.24 ETH');
    await calc.expectText('years-erased', '1.43 years');
    await calc.expectText('breakeven-probability', '35.3 %');
    const narration = await calc.page.locator('.rx-narration').textContent();
    assert.match(narration.replace(/\u00a0/g, ' '), /one 5 % slash costs 1\.6 ETH, more than a full year \(1\.43 years\)/);
    assert.deepEqual(problems, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });

  test('the stake slider moves with the keyboard and every figure follows', async () => {
    const { page, calc, context } = await open();
    const slider = calc.slider('stake');
    await slider.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expectValue(slider, 'aria-valuetext', '40 ETH');
    await calc.expect('base-reward', 1.4);
    await calc.expect('slash-loss', 2);
    await calc.slider('base').focus();
    await page.keyboard.press('ArrowLeft');
    await settled(page);
    await calc.expect('base-reward', 40 * 0.034); // one step is 0.1 %
    await page.keyboard.press('Home');
    await settled(page);
    await calc.expect('base-reward', 0);
    await context.close();
  });

  test('focus is visible and reaches every control by Tab', async () => {
    const { page, context } = await open();
    const seen = new Set();
    for (let i = 0; i < 96; i++) {
      await page.keyboard.press('Tab');
      await settled(page);
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (el === document.body) return { id: '', outline: 'body' };
        const style = getComputedStyle(el);
        return { id: el.id || el.textContent.trim().slice(0, 20), outline: style.outlineStyle };
      });
      if (info.id) seen.add(info.id);
      assert.notEqual(info.outline, 'none', `focus on ${info.id} is visible`);
      // The settings beyond the essentials open from the keyboard, in one key.
      if (await page.evaluate(() => document.activeElement.matches('.rx-more__summary:not([open] > *)'))) {
        await page.keyboard.press('Enter');
        // They come with the rest of the page's words, fetched as the group opens.
        await page.locator('#rx-model-independent').waitFor({ timeout: 5000 });
      }
    }
    for (const id of ['rx-stake', 'rx-stake-exact', 'rx-base', 'rx-slash', 'rx-service-0-rate', 'rx-model-independent', 'rx-service-0-prob', 'rx-fee', 'rx-years']) {
      assert.ok(seen.has(id), `Tab reaches #${id}`);
    }
    await context.close();
  });

  test('typed numbers are taken, clamped with a notice, or refused', async () => {
    const { page, calc, context } = await open();
    await calc.exact('stake').fill('250000');
    await settled(page);
    await calc.exact('stake').press('Enter');
    await settled(page);
    await calc.expect('slash-loss', 5000);
    await until(async () => /0\.01 to 100,000 ETH/.test(await calc.notices().first().textContent()), { message: `a notice matching ${/0\.01 to 100,000 ETH/}` });
    await calc.exact('base').fill('three');
    await settled(page);
    await calc.exact('base').press('Tab');
    await settled(page);
    await until(async () => (await calc.exact('base').inputValue()) === '3.5', { message: `the entry to read ${'3.5'}` });
    await expectCount(calc.notices(), 2);
    await page.getByRole('button', { name: /^Back to the worked example/ }).click();
    await settled(page);
    await calc.expect('gross-reward', 2.24);
    await expectCount(calc.notices(), 0);
    await context.close();
  });

  test('a URL restores its state and changes are written back in place', async () => {
    const { page, calc, context } = await open('?stake=64&services=1,1,1&prob=10&model=correlated&years=8');
    await calc.expect('base-reward', 2.24);
    await calc.expect('extra-reward', 1.92);
    await calc.expect('combined-slash-probability', 10);
    assert.equal(await page.locator('fieldset.rx-service').count(), 3);
    const entries = await page.evaluate(() => history.length);
    await calc.slider('slash').focus();
    await page.keyboard.press('ArrowRight');
    await settled(page);
    // The URL is written by an effect just after the render.
    await page.waitForFunction(() => new URLSearchParams(location.search).get('slash') === '5.5');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('slash'), '5.5');
    assert.equal(url.searchParams.get('stake'), '64');
    assert.equal(url.searchParams.get('services'), '1,1,1');
    assert.equal(await page.evaluate(() => history.length), entries, 'replaceState, not pushState');
    await page.reload();
    await calc.ready();
    await calc.expect('slash-loss', 64 * 0.055);
    await context.close();
  });

  test('bad URL values are clamped or refused with visible notices, never NaN', async () => {
    const { page, calc, context, problems } = await open(
      '?stake=-5&base=abc&slash=1e999&services=1,2,3,4,5,6,7,8,9,10&prob=x&model=maybe&years=99',
    );
    await calc.expect('slash-loss', 0.01); // 100 % of the 0.01 ETH minimum
    await calc.expect('base-reward', 0.01 * 0.035);
    assert.equal(await page.locator('fieldset.rx-service').count(), 8);
    const notices = (await calc.notices().allTextContents()).join('\n');
    for (const part of ['Stake can be', '“abc” is not a number', '10 services were given', '“maybe”']) {
      assert.ok(notices.includes(part), `notice mentions ${part}: ${notices}`);
    }
    assert.ok(await calc.notices().first().isVisible());
    const body = await page.locator('.rx').innerText();
    assert.doesNotMatch(body, /NaN|Infinity|undefined/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a route preset sets path, fees and model, keeps the reader\'s numbers, and lives in the URL', async () => {
    const { page, calc, context } = await open('?stake=64');
    await page.locator('.rx-more__summary').click();
    await page.locator('[data-route="lido-eigenlayer"]').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('model') === 'allocated');
    const url = new URL(page.url()).searchParams;
    assert.deepEqual(
      ['stake', 'fee', 'protocolfee', 'commission', 'lrtfee'].map((k) => url.get(k)),
      ['64', '10', '20', '10', null],
    );
    // By hand: base 64·3.5 % less Lido's 10 % = 2.016; extra 64·(½·2 + ½·1.5) % = 1.12, less
    // EigenLayer's 20 %, then the operator's 10 % of the rest: 1.12·0.8·0.9 = 0.8064.
    await calc.expect('base-reward', 2.016);
    await calc.expect('extra-reward', 0.8064);
    assert.equal(await page.locator('[data-route="lido-eigenlayer"]').getAttribute('aria-pressed'), 'true');
    // The note's marks lead to their sources, dated, in the page's list, whose details
    // wait one click away: fetched, once, when the list first opens.
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/locales\/sources\.en\.txt$/.test(e.name)).length);
    assert.equal(await fetched(), 0, 'no source fetched before one is asked for');
    const note = page.locator('.rx-routes__note');
    const marks = await note.locator('a.rx-cite__mark').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await page.locator('.rx-sources-part:not(.rx-sources-part--short) .rx-sources-part__summary').click();
    const entries = await Promise.all(marks.map((href) => page.locator(href).innerHTML()));
    assert.equal(await fetched(), 1);
    assert.ok(entries.some((e) => e.includes('2025-04-17')), entries.join('\n'));
    assert.ok(entries.some((e) => e.includes('href="https://docs.lido.fi/guides/lido-tokens-integration-guide"')));
    // A mark opens its fact in place, beside it, with the source's own words.
    await note.locator('a.rx-cite__mark').first().click();
    await until(() => page.locator('.rx-fact-pop').isVisible(), { message: 'the cited fact to show' });
    assert.match(await page.locator('.rx-fact-pop').innerText(), /checked 2026-12-03\.\s+“/);
    assert.equal(await fetched(), 1, 'fetched once');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('input[type=range][id$="-alloc"]').count(), 2, 'allocation sliders appear');

    await page.locator('[data-route="lrt"]').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('path') === 'lrt');
    // LRT fee 10 % on both layers; the protocol fee 20 % and the commission 10 % on the
    // services: 2.24·0.9 and 1.12·0.8·0.9·0.9.
    await calc.expect('base-reward', 2.24 * 0.9);
    await calc.expect('extra-reward', 1.12 * 0.8 * 0.9 * 0.9);
    await page.reload();
    await calc.ready();
    assert.equal(await page.locator('[data-route="lrt"]').getAttribute('aria-pressed'), 'true', 'a shared link reproduces it');

    await page.locator('[data-route="native"]').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('path') === 'native');
    await calc.expect('base-reward', 2.24); // no LST, no LST fee

    await page.locator('[data-route="article"]').click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('model'));
    assert.equal(new URL(page.url()).search, '?stake=64', 'back to the article\'s fees and model, the stake kept');
    assert.equal(await page.locator('input[type=range][id$="-alloc"]').count(), 0);
    await context.close();
  });

  test('allocation sliders move slices within what the stake has free', async () => {
    const { page, calc, context } = await open('?model=allocated');
    await calc.expect('slash-loss', 0.8); // half of 32 ETH, slashed 5 %
    // B down to nothing, then A up to all of it.
    await page.locator('#rx-service-1-alloc').focus();
    await page.keyboard.press('Home');
    await settled(page);
    await page.locator('#rx-service-0-alloc').focus();
    await page.keyboard.press('End');
    await settled(page);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('alloc') === '100,0');
    await calc.expect('slash-loss', 1.6); // the largest slice is the whole stake
    await calc.expect('extra-reward', 0.64); // only A pays: 32 · 2 %
    await until(async () => /A slice of 32 ETH; 0 % of the stake is unallocated/.test((await page.locator('#rx-service-0-alloc-hint').textContent()).replace(/\u00a0/g, ' ')), { message: 'the slice hint' });
    // Typing more than is free is clamped, and the notice says why.
    await calc.exact('service-1-alloc').fill('30');
    await calc.exact('service-1-alloc').press('Enter');
    await settled(page);
    await until(async () => /can be 0 to 0 % of the stake, since the other services hold the rest/.test(await calc.notices().first().textContent()), { message: `a notice matching ${/can be 0 to 0 % of the stake, since the other services hold the rest/}` });
    // A new service takes what is free: nothing here.
    await page.getByRole('button', { name: 'Add a service' }).click();
    await settled(page);
    await until(async () => (await page.locator('#rx-service-2-alloc-exact').inputValue()) === '0', { message: `the entry to read ${'0'}` });
    await context.close();
  });

  test('the SPEC\'s allocated link shows its figures and every new parameter round-trips', async () => {
    const { page, calc, context } = await open('?model=allocated&alloc=60,30&lrtfee=5&path=lrt');
    // By hand: base 1.12·0.95 = 1.064; extra 32·(0.6·2 + 0.3·1.5) % · 0.95 = 0.5016;
    // slash-loss 32·0.6·0.05 = 0.96; break-even (0.5016/32)/(0.05·0.9) = 34.83 %.
    await calc.expect('base-reward', 1.064);
    await calc.expect('extra-reward', 0.5016);
    await calc.expect('slash-loss', 0.96);
    await calc.expect('breakeven-probability', 0.5016 / 32 / 0.045 * 100);
    await calc.slider('stake').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('stake') === '33');
    const url = new URL(page.url()).searchParams;
    assert.deepEqual(
      ['model', 'alloc', 'lrtfee', 'path'].map((k) => url.get(k)),
      ['allocated', '60,30', '5', 'lrt'],
    );
    await context.close();
  });

  test('bad allocations, fees and paths give plain notices and lose nothing else', async () => {
    const { page, calc, context, problems } = await open('?alloc=90,60&lrtfee=abc&model=allocated&path=teleport&stake=40');
    const notices = (await calc.notices().allTextContents()).join('\n');
    for (const part of ['added up to 150 % of the stake; they were scaled down in proportion', '“abc” is not a number', '“teleport”']) {
      assert.ok(notices.includes(part), `notice mentions ${part}: ${notices}`);
    }
    // 90:60 scaled to 60:40; the largest slice, 60 % of 40 ETH, slashed 5 %: 1.2 ETH.
    await calc.expect('slash-loss', 1.2);
    assert.doesNotMatch(await page.locator('.rx').innerText(), /NaN|Infinity|undefined/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a run of slider steps is announced once, after it settles, by one live region', async () => {
    const { page, context } = await open();
    // The accessibility tree: which regions are live at all. The 11 outputs, the
    // narration and the guesses' values are not; what is left is the notices, the one
    // summary, and the story's beat (which speaks only while the story plays).
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const live = nodes.filter((n) => (n.properties || []).some((p) => p.name === 'live' && p.value.value !== 'off'));
    const story = await page.locator('[data-rx-story-beat][role=status]').count();
    assert.equal(story, 1);
    // And each "save this figure" line, which speaks only when a save fails (empty here).
    const saves = page.locator('.rx-save [role=status]');
    assert.deepEqual(await saves.allTextContents(), Array(await saves.count()).fill(''));
    assert.ok(live.length <= 2 + story + (await saves.count()), `live regions: ${live.map((n) => n.role?.value).join(', ')}`);
    // Every change to a region a screen reader would speak, as it happens.
    await page.evaluate(() => {
      window.__spoken = [];
      const regions = [...document.querySelectorAll('[aria-live], [role=status], [role=alert], output')].filter(
        (el) => el.getAttribute('aria-live') !== 'off',
      );
      for (const el of regions) {
        new MutationObserver(() => window.__spoken.push({ region: el.className, text: el.textContent })).observe(el, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      }
    });
    const slider = page.locator('#rx-stake');
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await until(() => page.evaluate(() => window.__spoken.length > 0), { message: 'an announcement' });
    // A further wait, bounded, to show that nothing else is queued after it.
    await new Promise((ok) => setTimeout(ok, 1000));
    const spoken = await page.evaluate(() => window.__spoken);
    assert.equal(spoken.length, 1, JSON.stringify(spoken));
    assert.match(spoken[0].region, /rx-calculator__announce/);
    // 37 ETH at 7 % in all: 2.59 ETH a year.
    assert.match(spoken[0].text.replace(/\u00a0/g, ' '), /^In all 2\.59 ETH a year \(7 %\)/);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      test(`axe-core finds no serious or critical violation (${colorScheme}, ${width} px)`, async () => {
        // The allocated model shows every control there is: routes, three fees, slices.
        const { page, context } = await open('?fee=1&model=allocated', { colorScheme, viewport: { width, height: 900 } });
        const { violations } = await new AxeBuilder({ page }).include('.rx').analyze();
        const bad = violations.filter((v) => ['serious', 'critical'].includes(v.impact));
        assert.deepEqual(
          bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
          [],
        );
        await context.close();
      });
    }
  }

  test('on a phone the headline figures stay in view beside the sliders, never over the focused one', async () => {
    const { page, calc, context } = await open('', { viewport: { width: 360, height: 740 } });
    const bar = page.locator('.rx-headline--narrow');
    assert.equal(await bar.getAttribute('aria-hidden'), 'true', 'screen readers hear the live summary instead');
    await calc.slider('stake').scrollIntoViewIfNeeded();
    await calc.slider('stake').focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    // 40 ETH: one slash takes 2 ETH, which is 2 / 1.4 = 1.43 years of extra reward.
    await calc.expect('slash-loss', 2);
    const same = async () => {
      for (const name of ['gross-apr', 'slash-loss', 'years-erased']) {
        const shown = (await bar.locator(`[data-headline="${name}"] .rx-headline__value`).textContent()).replace(/\u00a0/g, ' ');
        const output = (await calc.output(name).textContent()).replace(/\u00a0/g, ' ');
        if (shown !== output) return false;
      }
      return true;
    };
    await until(same, { message: 'the bar to show what the outputs show' });
    // In view, at the bottom of the screen, while the stake slider is too.
    const box = await bar.boundingBox();
    assert.ok(Math.abs(box.y + box.height - 740) <= 1, `bar at ${box.y}`);
    // Tab through the inputs: no focused control ends up under the bar.
    const covered = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const hit = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el.closest('.rx-calculator__inputs')) return null;
        const r = el.getBoundingClientRect();
        const b = document.querySelector('.rx-headline--narrow').getBoundingClientRect();
        return r.bottom > b.top + 1 && r.top < b.bottom ? el.id || el.textContent.trim() : null;
      });
      if (hit) covered.push(hit);
    }
    assert.deepEqual(covered, []);
    await context.close();
    // On a wide screen the bar heads the results beside the sliders instead.
    const wide = await open('', { viewport: { width: 1280, height: 900 } });
    assert.equal(await wide.page.locator('.rx-headline--narrow').isVisible(), false);
    const head = await wide.page.locator('.rx-headline--wide').boundingBox();
    const results = await wide.page.locator('.rx-calculator__outputs').boundingBox();
    assert.ok(Math.abs(head.y - results.y) <= 1 && head.x >= results.x, 'at the top of the results column');
    await wide.context.close();
  });

  test('nothing overflows a 360 px phone screen', async () => {
    const { page, context } = await open('', { viewport: { width: 360, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 360, `page is ${overflow} px wide`);
    await context.close();
  });
});
