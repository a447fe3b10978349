// The fan-out as a reader sees it: every word in the figure large enough and in enough
// contrast, measured on the rendered SVG (axe-core does not check text inside SVG), at
// 360 and 1280 px, in both themes, under the pooled and the allocated models.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lifecycle, until } from './harness.mjs';

const env = lifecycle();

/** WCAG relative luminance of an "rgb(r, g, b)" colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the fan-out figure', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      for (const query of ['', '?model=allocated&alloc=40,30&step=3']) {
        test(`labels are at least 13 px and 4.5:1, marks 3:1 (${colorScheme}, ${width} px${query ? ', allocated' : ''})`, async () => {
          const context = await env.browser.newContext({ colorScheme, viewport: { width, height: 900 }, reducedMotion: 'reduce' });
          const page = await context.newPage();
          await page.goto(env.server.url + query);
          await page.locator('.rx[data-rx-ready]').first().waitFor();
          await page.locator('.rx-fan').scrollIntoViewIfNeeded();
          const found = await until(
            () =>
              page.evaluate(() => {
                const svg = document.querySelector('.rx-fan__svg');
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                const background = getComputedStyle(document.querySelector('.rx')).backgroundColor;
                // The opacity an element is drawn with: its own times its ancestors'.
                const opacity = (el) => {
                  let o = 1;
                  for (let e = el; e && e !== svg; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
                  return o;
                };
                const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim());
                const marks = [...svg.querySelectorAll('.rx-fan__node, .rx-fan__deposit, .rx-fan__slice, .rx-fan__operator')];
                return {
                  background,
                  texts: texts.map((t) => ({
                    text: t.textContent.trim(),
                    px: parseFloat(getComputedStyle(t).fontSize) * scale,
                    fill: getComputedStyle(t).fill,
                    opacity: opacity(t),
                  })),
                  marks: marks.map((m) => ({ cls: m.getAttribute('class'), stroke: getComputedStyle(m).stroke, opacity: opacity(m) })),
                };
              }),
            { message: 'the figure to be drawn' },
          );
          assert.ok(found.texts.length >= 8, `${found.texts.length} labels`);
          const small = found.texts.filter((t) => t.px < 13).map((t) => `${t.text}: ${t.px.toFixed(1)} px`);
          assert.deepEqual(small, [], 'labels under 13 px');
          const faint = found.texts
            .filter((t) => t.opacity < 1 || contrast(t.fill, found.background) < 4.5)
            .map((t) => `${t.text}: ${contrast(t.fill, found.background).toFixed(2)}:1 at opacity ${t.opacity}`);
          assert.deepEqual(faint, [], 'labels under 4.5:1');
          // The marks a reader must see (nodes, deposit, slices, operator): 3:1 at least,
          // unless the flow's current step has stepped them back on purpose.
          const weak = found.marks
            .filter((m) => m.opacity === 1 && contrast(m.stroke, found.background) < 3)
            .map((m) => `${m.cls}: ${contrast(m.stroke, found.background).toFixed(2)}:1`);
          assert.deepEqual(weak, [], 'marks under 3:1');
          const smallest = Math.min(...found.texts.map((t) => t.px));
          const lowest = Math.min(...found.texts.map((t) => contrast(t.fill, found.background)));
          console.log(`# ${colorScheme} ${width}px${query}: smallest label ${smallest.toFixed(1)} px, lowest contrast ${lowest.toFixed(2)}:1`);
          await context.close();
        });
      }
    }
  }
});
