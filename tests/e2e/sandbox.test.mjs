// End-to-end tests of the embed page inside a sandboxed frame, as WordPress and other
// oEmbed consumers put it (`sandbox="allow-scripts"`: an opaque origin, no storage, no
// popups): live where the widget's host sends Access-Control-Allow-Origin, readable
// without it, and telling its parent its height in each dialect a host listens for.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lifecycle, serve, until } from './harness.mjs';

const env = lifecycle();
const SECRET = 'Ab3dE6gH9k';

/**
 * Opens an article page that holds the embed page of `frameServer` in a sandboxed frame
 * (with WordPress's secret in its address), and records every message the frame posts.
 */
async function article(frameServer, { sandbox = 'sandbox="allow-scripts"', listenAfter = 0 } = {}) {
  const ctx = await env.browser.newContext({ viewport: { width: 1000, height: 900 }, permissions: ['local-network-access'] });
  const page = await ctx.newPage();
  await page.route(`${env.server.url}article-sandbox.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>An article</title></head><body>
        <script>
          window.__messages = [];
          // listenAfter: a page whose listener comes late (a slow script), after the
          // frame's first messages, and which never says "ready".
          const listen = () => addEventListener('message', (e) => window.__messages.push(e.data));
          if (${listenAfter}) addEventListener('load', () => setTimeout(listen, ${listenAfter})); else listen();
        </script>
        <p>Before the frame.</p>
        <iframe ${sandbox} title="Restaking, explained" width="600" height="400"
          src="${frameServer.url}embed.html?view=calculator#?secret=${SECRET}"></iframe>
      </body></html>`,
    }),
  );
  await page.goto(`${env.server.url}article-sandbox.html`);
  const frame = page.frameLocator('iframe');
  return { ctx, page, frame };
}

const messages = (page) => page.evaluate(() => window.__messages);

describe('the embed page in a sandbox', () => {
  test('where its host sends the CORS header it comes alive, and tells its height in three dialects', async () => {
    const host = await serve(undefined, { 'access-control-allow-origin': '*' });
    const { ctx, page, frame } = await article(host);
    await frame.locator('.rx[data-rx-ready] output[data-result="gross-reward"]').waitFor();
    // Live: a slider moves the figures, in the sandbox.
    await frame.locator('[id$="-stake-exact"]').fill('64');
    await frame.locator('[id$="-stake-exact"]').press('Enter');
    await until(async () => (await frame.locator('output[data-result="base-reward"]').getAttribute('data-value')) === '2.24', {
      message: 'the live widget to take the new stake',
    });
    const all = await until(async () => {
      const m = await messages(page);
      const own = m.filter((d) => d?.source === 'restaking-explainer' && d.type === 'height');
      const amp = m.filter((d) => d?.sentinel === 'amp' && d.type === 'embed-size');
      const wp = m.filter((d) => d?.message === 'height');
      return own.length && amp.length && wp.length ? { own, amp, wp } : null;
    }, { message: 'a height in each dialect' });
    const content = await frame.locator('body').evaluate((b) => b.querySelector('#restaking-explainer').scrollHeight);
    const last = (list, key) => list[list.length - 1][key];
    assert.equal(last(all.own, 'height'), content, 'its own: the content height');
    assert.equal(last(all.amp, 'height'), content, "AMP's");
    assert.equal(last(all.wp, 'value'), content, "WordPress's");
    assert.ok(all.wp.every((d) => d.secret === SECRET), 'WordPress gets its secret back');
    assert.ok(Number.isInteger(last(all.wp, 'value')));
    // WordPress's script says "ready" once it listens: the frame answers with its height.
    const before = all.wp.length;
    await page.evaluate((secret) => document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret }, '*'), SECRET);
    await until(async () => (await messages(page)).filter((d) => d?.message === 'height').length > before, {
      message: 'an answer to "ready"',
    });
    // With another secret, no answer.
    const after = (await messages(page)).filter((d) => d?.message === 'height').length;
    await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret: 'someoneElse' }, '*'));
    await page.waitForTimeout(300);
    assert.equal((await messages(page)).filter((d) => d?.message === 'height').length, after);
    // The first "ready" stopped the frame's own repeats (it posts again a few times while
    // nobody may be listening): a second one is answered all the same.
    await page.evaluate((secret) => document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret }, '*'), SECRET);
    await until(async () => (await messages(page)).filter((d) => d?.message === 'height').length > after, {
      message: 'an answer to a second "ready"',
    });
    // A source's link cannot open a tab from this sandbox, nor should it take the widget's
    // place: its address is given as text, selected, and the frame stays where it was.
    await frame.locator('.rx-sources-part__summary').click();
    const source = frame.locator('.rx-sources-part__list a[href^="https://"]').first();
    const href = await source.getAttribute('href');
    await source.click();
    const text = frame.locator('input.rx-link-text');
    await text.waitFor();
    assert.equal(await text.inputValue(), href);
    assert.ok(await text.evaluate((el) => el === document.activeElement && el.selectionEnd - el.selectionStart === el.value.length), 'selected');
    assert.ok(page.frames().some((f) => f.url().includes('/embed.html?view=calculator')), 'the frame still holds the widget');
    await ctx.close();
    await host.close();
  });

  test('a page that listens only after the frame has loaded, and never says "ready", is told the height all the same', async () => {
    const host = await serve(undefined, { 'access-control-allow-origin': '*' });
    const { ctx, page, frame } = await article(host, { listenAfter: 1500 });
    await frame.locator('.rx[data-rx-ready]').waitFor();
    const wp = await until(async () => (await messages(page)).filter((d) => d?.message === 'height' && d.secret === SECRET).length, {
      message: 'a height in WordPress\'s dialect after the late listener',
      timeout: 20_000,
    });
    assert.ok(wp > 0);
    await ctx.close();
    await host.close();
  });

  test('in a frame that may open tabs, a source opens in a new one', async () => {
    const host = await serve(undefined, { 'access-control-allow-origin': '*' });
    const { ctx, frame } = await article(host, { sandbox: '' });
    await ctx.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/plain', body: 'a source' }));
    await frame.locator('.rx[data-rx-ready]').waitFor();
    await frame.locator('.rx-sources-part__summary').click();
    const source = frame.locator('.rx-sources-part__list a[href^="https://"]').first();
    const href = await source.getAttribute('href');
    const [tab] = await Promise.all([ctx.waitForEvent('page'), source.click()]);
    assert.equal(tab.url(), href);
    assert.equal(await frame.locator('input.rx-link-text').count(), 0);
    await ctx.close();
    await host.close();
  });

  test('without the header its prerendered content stays readable', async () => {
    const host = await serve();
    const { ctx, page, frame } = await article(host);
    const gross = frame.locator('output[data-result="gross-reward"]');
    await gross.waitFor();
    assert.equal((await gross.textContent()).replace(/\u00a0/g, ' '), '2.24 ETH');
    assert.match(await frame.locator('.rx-narration').textContent(), /1\.43/);
    // The script was refused (a module from an opaque origin needs CORS): never live.
    await page.waitForTimeout(1000);
    assert.equal(await frame.locator('.rx[data-rx-ready]').count(), 0);
    // But the frame is sized for what it shows: web/frame.js is a classic script.
    const content = await frame.locator('#restaking-explainer').evaluate((el) => el.scrollHeight);
    const wp = (await messages(page)).filter((d) => d?.message === 'height' && d.secret === SECRET);
    assert.ok(wp.length > 0, 'WordPress is told a height');
    assert.equal(wp[wp.length - 1].value, content);
    await ctx.close();
    await host.close();
  });
});
