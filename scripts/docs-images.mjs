// The README's pictures, from the built dist/: the fan-out under each slashing model,
// the flow's three paths with their exits, the four-column comparison, the calculator at
// 360, 760 and 1280 px, each question before and after its answer, the story mid-play,
// the whole page on a phone, light and dark, and each part as a newcomer on a phone meets
// it (newcomer-360-*), and a link pasted into a real WordPress (wordpress-pasted-link-*,
// where `./scripts/test.sh` has installed one), and each locale's diagram, flow and
// calculator (tr-*, ar-*). Usage: node scripts/docs-images.mjs (after `trunk build
// --release`); writes PNGs into docs/. `RX_ONLY=<prefix>` makes only the shots named so.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, ROOT, serve } from '../tests/e2e/harness.mjs';
import { hasWordPress, startWordPress } from '../tests/e2e/wordpress.mjs';

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
  // Each locale's diagram, flow and calculator (Arabic right to left, its figures kept
  // left to right), at both widths, in both themes.
  ...['tr', 'ar', 'es', 'pt-BR', 'zh-CN', 'vi'].flatMap((lang) =>
    [360, 1280].flatMap((width) =>
      ['light', 'dark'].flatMap((scheme) => [
        [`${lang}-fan-out-${width}-${scheme}.png`, `${lang}/?step=3`, '.rx-fanout', width, scheme],
        [`${lang}-flow-${width}-${scheme}.png`, `${lang}/?step=5&path=liquid`, '.rx-flow', width, scheme],
        [`${lang}-calculator-${width}-${scheme}.png`, `${lang}/?view=calculator`, '.rx-calculator', width, scheme],
      ]),
    ),
  ),
];
// `RX_ONLY=ar-` makes only the pictures whose names start so.
const ONLY = process.env.RX_ONLY || '';

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
  for (const [file, query, selector, width, colorScheme, click] of SHOTS.filter(([file]) => file.startsWith(ONLY))) {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(server.url + query);
    await page.locator('.rx[data-rx-ready]').first().waitFor();
    if (typeof click === 'function') await click(page);
    else if (click) await page.locator(click).click();
    // On a phone the fan-out lends its children to the pair (its diagram sticks through
    // the flow): its picture is the diagram's.
    const element = page.locator(selector === '.rx-fanout' && width < 960 ? '.rx-fan' : selector).first();
    await element.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await element.screenshot({ path: join(DOCS, file) });
    console.log(join('docs', file));
    await context.close();
  }
  if (ONLY) process.exit(0);
  // The whole page on a phone, as it opens, and each part as a reader on a phone meets
  // it: the screen with the part's title at its top, then after the reader's first act
  // there (the diagram stays on screen through the fan-out and the flow).
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 800 }, reducedMotion: 'reduce', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('.rx[data-rx-ready]').first().waitFor();
    await page.screenshot({ path: join(DOCS, `page-360-${scheme}.png`), fullPage: true });
    console.log(join('docs', `page-360-${scheme}.png`));
    const screens = [
      ['opening', async () => page.evaluate(() => scrollTo(0, 0))],
      ['fan-out', async () => page.locator('#rx-fan-out-title').evaluate((el) => el.scrollIntoView())],
      ['fan-out-slashed', async () => {
        await page.locator('[data-simulate="service-0"]').scrollIntoViewIfNeeded();
        await page.locator('[data-simulate="service-0"]').tap();
      }],
      ['flow', async () => page.locator('#rx-flow-title').evaluate((el) => el.scrollIntoView())],
      ['flow-step-3', async () => {
        for (let i = 0; i < 2; i++) await page.locator('.rx-flow__nav .rx-button:not(.rx-button--quiet)').tap();
      }],
      ['calculator', async () => page.locator('#rx-calculator-title').evaluate((el) => el.scrollIntoView())],
      ['compare', async () => page.locator('#rx-compare-title').evaluate((el) => el.scrollIntoView())],
      ['risks', async () => page.locator('#rx-risks-title').evaluate((el) => el.scrollIntoView())],
      ['citation', async () => {
        await page.locator('.rx-intro__source .rx-cite__mark').scrollIntoViewIfNeeded();
        await page.locator('.rx-intro__source .rx-cite__mark').tap();
      }],
    ];
    for (const [name, act] of screens) {
      await act();
      await page.waitForTimeout(400);
      const file = `newcomer-360-${name}-${scheme}.png`;
      await page.screenshot({ path: join(DOCS, file) });
      console.log(join('docs', file));
      if (name === 'citation') await page.keyboard.press('Escape');
    }
    await context.close();
    // The story mid-play on a phone: its words on the diagram.
    const story = await browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 800 }, reducedMotion: 'reduce', isMobile: true, hasTouch: true });
    const storyPage = await story.newPage();
    await storyPage.goto(server.url);
    await storyPage.locator('.rx[data-rx-ready]').first().waitFor();
    await storyPage.clock.install();
    await storyPage.locator('[data-rx-play]').first().tap();
    await storyPage.clock.runFor(13_000);
    await storyPage.waitForTimeout(300);
    await storyPage.screenshot({ path: join(DOCS, `newcomer-360-story-${scheme}.png`) });
    console.log(join('docs', `newcomer-360-story-${scheme}.png`));
    await story.close();
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
  if (hasWordPress()) await wordpressShots(browser);
} finally {
  await browser.close();
  await server.close();
}

/** A calculator link pasted into a WordPress post (the block editor's Embed block). */
async function wordpressShots(browser) {
  const copy = mkdtempSync(join(tmpdir(), 'rx-docs-'));
  cpSync(DIST, copy, { recursive: true });
  const site = await serve(copy, { 'access-control-allow-origin': '*' }, '/restaking/');
  execFileSync('node', [join(copy, 'oembed.mjs'), site.url]);
  const wp = await startWordPress({ paste: `${site.url}calculator.html`, embedJs: `${site.url}embed.js`, widgetPort: Number(new URL(site.url).port) });
  try {
    for (const [width, scheme] of [[1000, 'light'], [360, 'dark']]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, permissions: ['local-network-access'] });
      const page = await context.newPage();
      await page.goto(`${wp.url}/?p=${wp.posts.pasted}`);
      await page.frameLocator('iframe.wp-embedded-content').locator('.rx[data-rx-ready]').waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1500);
      const file = `wordpress-pasted-link-${width}-${scheme}.png`;
      await page.screenshot({ path: join(DOCS, file), fullPage: true });
      console.log(join('docs', file));
      await context.close();
    }
  } finally {
    await wp.stop();
    await site.close();
    rmSync(copy, { recursive: true, force: true });
  }
}
