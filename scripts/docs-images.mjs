// The README's pictures, from the built dist/: the fan-out under each slashing model,
// the flow's three paths with their exits, the four-column comparison, the calculator at
// 360, 760 and 1280 px, each question before and after its answer, the story mid-play,
// and the whole page on a phone, light and dark. Usage: node scripts/docs-images.mjs
// (after `trunk build --release`); writes PNGs into docs/.
import { join } from 'node:path';
import { launch, ROOT, serve } from '../tests/e2e/harness.mjs';

const DOCS = join(ROOT, 'docs');
// [file, query, element, width, colour scheme, before the shot]
const SHOTS = [
  // The fan-out under each slashing model, at both widths, in both themes; under the
  // allocated model with one slice slashed.
  ...['independent', 'correlated', 'allocated'].flatMap((model) =>
    [360, 1280].flatMap((width) =>
      ['light', 'dark'].map((scheme) => [
        `fan-out-${model}-${width}-${scheme}.png`,
        model === 'allocated' ? '?model=allocated&alloc=50,30&step=3' : `?model=${model}&step=3`,
        '.rx-fanout',
        width,
        scheme,
        model === 'allocated' ? '[data-simulate="service-0"]' : undefined,
      ]),
    ),
  ),
  ['flow-exit-lst-1280-light.png', '?step=5&path=liquid', '.rx-flow', 1280, 'light'],
  ['flow-exit-native-1280-dark.png', '?step=5&path=native', '.rx-flow', 1280, 'dark'],
  ['flow-exit-lrt-360-light.png', '?step=5&path=lrt', '.rx-flow', 360, 'light'],
  ['flow-operator-360-dark.png', '?step=3', '.rx-flow', 360, 'dark'],
  ['compare-1280-light.png', '', '.rx-compare', 1280, 'light'],
  ['compare-360-dark.png', '', '.rx-compare', 360, 'dark'],
  ['calculator-routes-1280-dark.png', '?model=allocated&fee=10&commission=10', '.rx-calculator', 1280, 'dark'],
  // The calculator as it opens, essentials first.
  ...[360, 760, 1280].flatMap((width) =>
    ['light', 'dark'].map((scheme) => [`calculator-${width}-${scheme}.png`, '?view=calculator', '.rx-calculator', width, scheme]),
  ),
  // Each question before and after its answer.
  ...[360, 1280].flatMap((width) =>
    ['light', 'dark'].flatMap((scheme) => [
      [`question-slash-loss-before-${width}-${scheme}.png`, '', '.rx-fanout', width, scheme],
      [`question-slash-loss-after-${width}-${scheme}.png`, '', '.rx-fanout', width, scheme, guess('slash-loss', 3)],
      [`question-chart-before-${width}-${scheme}.png`, '', '.rx-chart-question', width, scheme],
      [`question-chart-after-${width}-${scheme}.png`, '', '.rx-chart-question', width, scheme, guess('chart', 20)],
    ]),
  ),
  ['question-years-erased-after-1280-light.png', '', '.rx-quiz', 1280, 'light', async (page) => {
    await guess('slash-loss', 0)(page);
    await guess('years-erased', 6)(page);
  }],
  ['question-years-erased-after-360-dark.png', '', '.rx-quiz', 360, 'dark', async (page) => {
    await guess('slash-loss', 0)(page);
    await guess('years-erased', 6)(page);
  }],
  // The story, its third beat (step 3) on show.
  ...[360, 1280].flatMap((width) =>
    ['light', 'dark'].map((scheme) => [`story-mid-play-${width}-${scheme}.png`, '', '.rx-pair', width, scheme, async (page) => {
      await page.clock.install();
      await page.locator('[data-rx-play]').click();
      await page.clock.runFor(10_000);
    }]),
  ),
];

/** A reader's guess on question `name`: the slider `steps` keys to the right, checked. */
function guess(name, steps) {
  return async (page) => {
    const q = page.locator(`[data-rx-question="${name}"]`);
    await q.locator('input[type=range]').focus();
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
    await q.locator('[data-rx-guess]').click();
  };
}

const server = await serve();
const browser = await launch();
try {
  for (const [file, query, selector, width, colorScheme, click] of SHOTS) {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(server.url + query);
    await page.locator('.rx[data-rx-ready]').first().waitFor();
    if (typeof click === 'function') await click(page);
    else if (click) await page.locator(click).click();
    const element = page.locator(selector).first();
    await element.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await element.screenshot({ path: join(DOCS, file) });
    console.log(join('docs', file));
    await context.close();
  }
  // The whole page on a phone, as it opens.
  {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('.rx[data-rx-ready]').first().waitFor();
    await page.screenshot({ path: join(DOCS, 'page-360-light.png'), fullPage: true });
    console.log(join('docs', 'page-360-light.png'));
    await context.close();
  }
  // The headline bar on a phone, with the stake slider in view.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('.rx[data-rx-ready]').first().waitFor();
  await page.locator('#rx-stake').scrollIntoViewIfNeeded();
  await page.locator('#rx-stake').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(DOCS, 'calculator-phone-headline.png') });
  console.log(join('docs', 'calculator-phone-headline.png'));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
