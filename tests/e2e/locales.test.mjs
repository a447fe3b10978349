// The widget in the reader's language (SPEC, "Languages"): each locale's prerendered
// pages and live widget, the `lang` URL parameter, and the language an embed takes from
// `lang`, `data-lang` or the article around it. The expected words are read from the
// locales' own Fluent files, so a test fails when a page shows other words than its
// locale's (English's, say).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { CSP, ROOT, lifecycle, until } from './harness.mjs';

const env = lifecycle(undefined, { 'content-security-policy': CSP });

/** The one-line message `id` of `locales/<lang>.ftl`, as Fluent reads it. */
function message(lang, id) {
  const ftl = readFileSync(join(ROOT, 'locales', `${lang}.ftl`), 'utf8');
  const found = new RegExp(`^${id} = (.*)$`, 'm').exec(ftl);
  assert.ok(found, `${lang}.ftl has ${id} on one line`);
  return found[1].trim();
}

/** Whether a `data-value` (locale-neutral, unrounded) is `expected`. */
const near = (value, expected) => /^-?[0-9.e-]+$/.test(value) && Math.abs(Number(value) - expected) < 1e-9;

const LOCALES = [
  { lang: 'tr', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
];

async function open(path, { width = 1280, javaScriptEnabled = true } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.server.url + path);
  return { context, page, errors };
}

const heading = (page) => page.locator('#rx-calculator-title, .rx-calculator h2').first().textContent();

describe('each locale has its pages, prerendered and live', () => {
  for (const { lang, dir } of LOCALES) {
    test(`${lang}: the prerendered page, before any script, is in ${lang}`, async () => {
      const { context, page } = await open(`${lang}/`, { javaScriptEnabled: false });
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('.rx', 'lang'), lang);
      assert.equal(await page.getAttribute('.rx', 'dir'), dir);
      assert.equal((await heading(page)).trim(), message(lang, 'calculator-title'));
      assert.equal((await page.title()).trim(), message(lang, 'picture-page-title'));
      // Every locale, each in its own name, the page's own marked; and the alternates.
      const menu = page.locator('.page__langs a');
      assert.deepEqual(await menu.evaluateAll((as) => as.map((a) => a.lang)), ['en', 'tr', 'ar']);
      assert.equal(await page.getAttribute('.page__langs a[aria-current="page"]', 'lang'), lang);
      const hreflang = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => [l.hreflang, l.href]));
      assert.deepEqual(
        hreflang.map(([l]) => l),
        ['en', 'tr', 'ar', 'x-default'],
      );
      assert.equal(hreflang[0][1], env.server.url);
      assert.equal(hreflang[2][1], `${env.server.url}ar/`);
      await context.close();
    });

    test(`${lang}: the live widget stays in ${lang}, with no error and no sideways scroll at 360 px`, async () => {
      const { context, page, errors } = await open(`${lang}/`, { width: 360 });
      await page.locator('.rx[data-rx-ready]').waitFor();
      assert.equal(await page.getAttribute('.rx', 'lang'), lang);
      assert.equal(await page.getAttribute('.rx', 'dir'), dir);
      assert.equal((await heading(page)).trim(), message(lang, 'calculator-title'));
      const shown = await page.locator('.rx').textContent();
      for (const id of ['results-title', 'inputs-legend', 'chart-title']) assert.ok(shown.includes(message(lang, id)), `${id} in ${lang}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 360, `the page is ${wide} px wide`);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test(`${lang}: the embed page is in ${lang} too`, async () => {
      const { context, page } = await open(`${lang}/embed.html`);
      await page.locator('.rx[data-rx-ready]').waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal((await heading(page)).trim(), message(lang, 'calculator-title'));
      await context.close();
    });

    test(`${lang}: axe-core finds no serious or critical violation`, async () => {
      const { context, page } = await open(`${lang}/`);
      await page.locator('.rx[data-rx-ready]').waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const bad = violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
      await context.close();
    });
  }
});

describe('numbers as each locale writes them', () => {
  test('Turkish: %7 and 1,12 ETH on the page; a typed decimal comma is taken; data-value stays neutral', async () => {
    const { context, page } = await open('tr/');
    await page.locator('.rx[data-rx-ready]').waitFor();
    const gross = page.locator('output[data-result="gross-apr"]');
    assert.ok(near(await gross.getAttribute('data-value'), 7));
    assert.equal((await gross.textContent()).trim(), '%7');
    assert.equal((await page.locator('output[data-result="base-reward"]').textContent()).trim(), '1,12\u00a0ETH');
    const entry = page.locator('#rx-base-exact');
    assert.equal(await entry.inputValue(), '3,5');
    await entry.fill('4,5');
    await entry.press('Enter');
    await until(async () => near(await page.locator('output[data-result="base-reward"]').getAttribute('data-value'), 1.44));
    assert.equal(await entry.inputValue(), '4,5');
    // The link (written after a short rest) stays locale-neutral.
    await until(() => /[?&]base=4\.5(&|$)/.test(page.url()), { message: 'base=4.5 in the URL' });
    await context.close();
  });

  test('Arabic: Arabic-Indic digits typed are read; figures keep Western digits, isolated', async () => {
    const { context, page } = await open('ar/');
    await page.locator('.rx[data-rx-ready]').waitFor();
    const entry = page.locator('#rx-stake-exact');
    await entry.fill('٦٤');
    await entry.press('Enter');
    const reward = page.locator('output[data-result="base-reward"]');
    await until(async () => near(await reward.getAttribute('data-value'), 2.24));
    assert.equal(await entry.inputValue(), '64');
    assert.match(await reward.textContent(), /^\u2068?2\.24\u00a0ETH\u2069?$/);
    await context.close();
  });
});

describe('the embed panel of a locale’s page', () => {
  test('its snippets keep the language and load from the widget’s own folder', async () => {
    const { context, page, errors } = await open('tr/?stake=48');
    await page.locator('.rx[data-rx-ready]').waitFor();
    await page.getByText(message('tr', 'embed-title')).click();
    const snippet = (kind) => page.locator(`[data-snippet="${kind}"]`).inputValue();
    await until(async () => /^<restaking-explainer stake="48" /.test(await snippet('element')), { message: 'the element snippet' });
    const element = await snippet('element');
    assert.match(element, / lang="tr"/);
    assert.ok(element.includes(`<script src="${env.server.url}embed.js?v=`), element);
    assert.match(await snippet('script'), / data-lang="tr"/);
    assert.ok((await snippet('iframe')).includes(`src="${env.server.url}tr/embed.html?stake=48`));
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('choosing the language', () => {
  test('?lang= goes to the locale’s page with the same numbers; an unknown one stays English', async () => {
    const { context, page } = await open('?stake=64&lang=tr-TR');
    await page.waitForURL(/\/tr\/\?stake=64&lang=tr-TR$/);
    await page.locator('.rx[data-rx-ready]').waitFor();
    assert.equal(await page.getAttribute('.rx', 'lang'), 'tr');
    await page.goto(`${env.server.url}tr/?lang=en`);
    await page.waitForURL((url) => url.pathname === '/');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.goto(`${env.server.url}embed.html?lang=ar`);
    await page.waitForURL(/\/ar\/embed\.html\?lang=ar$/);
    await page.goto(`${env.server.url}?lang=xx`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.getAttribute('.rx', 'lang'), 'en');
    await context.close();
  });

  test('the language menu keeps the reader’s numbers', async () => {
    const { context, page } = await open('?stake=48&lang=en');
    await page.locator('.rx[data-rx-ready]').waitFor();
    await page.locator('.page__langs a[lang="tr"]').click();
    await page.waitForURL((url) => url.pathname === '/tr/' && url.search === '?stake=48');
    await page.locator('.rx[data-rx-ready]').waitFor();
    assert.equal(await page.locator('#rx-stake-exact').inputValue(), '48');
    await page.locator('.page__langs a[lang="en"]').click();
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?stake=48');
    await context.close();
  });

  test('an embed takes lang, data-lang, else the article’s lang, else English', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const body = `
      <restaking-explainer id="attr" lang="tr" view="calculator"></restaking-explainer>
      <div id="data" data-restaking-explainer="calculator" data-lang="ar"></div>
      <section lang="tr-TR"><restaking-explainer id="around" view="calculator"></restaking-explainer></section>
      <section lang="de"><restaking-explainer id="other" view="calculator"></restaking-explainer></section>
      <restaking-explainer id="none" view="calculator"></restaking-explainer>`;
    await context.route(`${env.server.url}examples/langs.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': CSP },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>langs</title></head><body>${body}
<script src="../embed.js" defer></script></body></html>`,
      }),
    );
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.server.url}examples/langs.html`);
    const expected = { attr: 'tr', data: 'ar', around: 'tr', other: 'en', none: 'en' };
    for (const [id, lang] of Object.entries(expected)) {
      const root = page.locator(`#${id} .rx[data-rx-ready]`);
      await root.scrollIntoViewIfNeeded();
      await root.waitFor({ timeout: 20_000 });
      assert.equal(await root.getAttribute('lang'), lang, id);
      assert.equal(await root.getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr', id);
      const title = await root.locator('h2').first().textContent();
      assert.equal(title.trim(), message(lang, 'calculator-title'), id);
    }
    // The article's own lang is never changed.
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await until(() => page.evaluate(() => document.querySelectorAll('[data-rx-state="mounted"]').length === 5));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
