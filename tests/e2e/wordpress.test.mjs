// End-to-end tests in a real WordPress (Debian's 6.1, started and stopped here; see
// wordpress.mjs): an Author, whom WordPress does not let write a <restaking-explainer> or
// an <iframe>, pastes a part's link on a line of its own, and WordPress discovers our
// oEmbed response, frames the part in its sandbox and sizes it with its own script. An
// Administrator keeps the element.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, expectValue, launch, serve, until } from './harness.mjs';
import { hasWordPress, startWordPress } from './wordpress.mjs';

let copy;
let site;
let wp;
let browser;

before(async () => {
  if (!hasWordPress()) throw new Error('no WordPress here: scripts/setup.sh installs it');
  // The widget as an author's host would serve it: from another origin, with the CORS
  // header, its pasted links pointed at that address.
  copy = mkdtempSync(join(tmpdir(), 'rx-wp-widget-'));
  cpSync(DIST, copy, { recursive: true });
  site = await serve(copy, { 'access-control-allow-origin': '*' }, '/restaking/');
  execFileSync('node', [join(copy, 'oembed.mjs'), site.url]);
  wp = await startWordPress({
    paste: `${site.url}calculator.html`,
    pasteTr: `${site.url}tr/calculator.html`,
    embedJs: `${site.url}embed.js`,
    widgetPort: Number(new URL(site.url).port),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await wp?.stop();
  await site?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

async function open(post) {
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 900 }, permissions: ['local-network-access'] });
  const page = await ctx.newPage();
  await page.goto(`${wp.url}/?p=${post}`);
  return { ctx, page };
}

describe('in a real WordPress', () => {
  for (const [post, how] of [['pasted', 'in the block editor'], ['pasted_classic', 'in a classic post']]) test(`an Author's link pasted ${how} becomes the live part, in WordPress's sandbox, sized by WordPress's script`, async () => {
    const { ctx, page } = await open(wp.posts[post]);
    const iframe = page.locator('iframe.wp-embedded-content');
    await iframe.waitFor({ state: 'attached' });
    assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts');
    const src = await iframe.getAttribute('src');
    assert.ok(src.startsWith(`${site.url}embed.html?view=calculator#?secret=`), src);
    const frame = page.frameLocator('iframe.wp-embedded-content');
    await frame.locator('.rx[data-rx-ready] output[data-result="gross-reward"]').waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('output[data-result="gross-reward"]').getAttribute('data-value'), '2.24');
    // WordPress clips the frame to 1 px and shows the link until a message with its
    // secret comes: then wp-embed.js shows the frame in the link's place, and sizes it
    // from our WordPress-dialect message (at most 1,000 px).
    await until(async () => (await iframe.getAttribute('style')) === null, { message: 'WordPress to show the frame' });
    assert.equal(await page.locator('blockquote.wp-embedded-content').evaluate((b) => getComputedStyle(b).display), 'none');
    const content = await frame.locator('#restaking-explainer').evaluate((el) => el.scrollHeight);
    await until(async () => Number(await iframe.getAttribute('height')) === Math.min(1000, content), {
      message: `WordPress to size the frame to ${Math.min(1000, content)} px`,
    });
    await ctx.close();
  });

  test('a Turkish article\'s pasted link becomes the part in Turkish, sized by WordPress\'s script', async () => {
    const { ctx, page } = await open(wp.posts.pasted_tr);
    const iframe = page.locator('iframe.wp-embedded-content');
    await iframe.waitFor({ state: 'attached' });
    assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts');
    const src = await iframe.getAttribute('src');
    assert.ok(src.startsWith(`${site.url}tr/embed.html?view=calculator#?secret=`), src);
    // WordPress's own link, shown until the frame speaks, carries the Turkish title.
    assert.match(await page.locator('blockquote.wp-embedded-content a').textContent(), /Kendiniz hesaplayın/);
    const frame = page.frameLocator('iframe.wp-embedded-content');
    const gross = frame.locator('.rx[data-rx-ready] output[data-result="gross-reward"]');
    await gross.waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('.rx').getAttribute('lang'), 'tr');
    assert.equal(await gross.getAttribute('data-value'), '2.24');
    assert.match(await gross.textContent(), /^\s*2,24\sETH\s*$/);
    await until(async () => (await iframe.getAttribute('style')) === null, { message: 'WordPress to show the frame' });
    const content = await frame.locator('#restaking-explainer').evaluate((el) => el.scrollHeight);
    await until(async () => Number(await iframe.getAttribute('height')) === Math.min(1000, content), {
      message: `WordPress to size the frame to ${Math.min(1000, content)} px`,
    });
    await ctx.close();
  });

  test('an Administrator keeps <restaking-explainer>; an Author\'s is filtered out', async () => {
    const admin = await open(wp.posts.element_by_admin);
    await admin.page.locator('restaking-explainer .rx[data-rx-ready]').waitFor({ timeout: 30_000 });
    await expectValue(admin.page.locator('restaking-explainer output[data-result="base-reward"]'), 'data-value', '2.24');
    await admin.ctx.close();
    const author = await open(wp.posts.element_by_author);
    assert.equal(await author.page.locator('restaking-explainer').count(), 0, 'WordPress removed it');
    await author.ctx.close();
  });
});
