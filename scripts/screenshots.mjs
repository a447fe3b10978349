// Screenshots of the built dist/ in headless Chromium: phone (360 px) and desktop
// (1280 px), light and dark. Usage: node scripts/screenshots.mjs [out-dir] [query]
// Writes PNGs to out-dir (default: a temporary folder) and prints their paths.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve } from '../tests/e2e/harness.mjs';

const out = process.argv[2] || (await mkdtemp(join(tmpdir(), 'rx-shots-')));
const query = process.argv[3] || '';
const server = await serve();
const browser = await launch();
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const [name, width] of [['phone', 360], ['desktop', 1280]]) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(server.url + query);
      await page.locator('.rx[data-rx-ready]').first().waitFor();
      await page.waitForTimeout(1500); // let entry animations settle
      const file = join(out, `${name}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('.rx *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className.baseVal ?? el.className} ${Math.round(el.getBoundingClientRect().right)}`),
      );
      console.log(file, wide.length ? `overflowing: ${wide.join('; ')}` : '');
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
