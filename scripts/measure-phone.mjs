// Measures the standalone page as a newcomer meets it on a 360 px phone: the page's
// height, where each part starts and how tall it is, and the words visible before any
// click. Usage: node scripts/measure-phone.mjs [query]. Writes nothing.
import { launch, serve } from '../tests/e2e/harness.mjs';

const server = await serve();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(server.url + (process.argv[2] || ''));
  await page.locator('.rx[data-rx-ready]').first().waitFor();
  const m = await page.evaluate(() => {
    const parts = [...document.querySelectorAll('.rx > *')].map((el) => {
      const r = el.getBoundingClientRect();
      return { part: el.className.split(' ')[0] + (el.id ? `#${el.id}` : ''), top: Math.round(r.top + scrollY), height: Math.round(r.height) };
    });
    const live = document.querySelector('main');
    const hidden = [...live.querySelectorAll('.rx-visually-hidden')].map((el) => el.innerText).join(' ');
    const count = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    return { height: document.documentElement.scrollHeight, parts, words: count(live.innerText) - count(hidden) };
  });
  console.log(`page height ${m.height} px (${(m.height / 800).toFixed(1)} screens); ${m.words} words before any click`);
  for (const p of m.parts) console.log(`  ${p.part}: top ${p.top}, height ${p.height}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
