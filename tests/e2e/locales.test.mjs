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
import { CSP, DIST, ROOT, lifecycle, until } from './harness.mjs';

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

// Every locale but English, as each writes 7 %, 1.12 ETH, 1,400 ETH (a four-digit
// figure: Spanish alone leaves it ungrouped) and 3.5 in the exact entry.
const LOCALES = [
  { lang: 'tr', dir: 'ltr', gross: '%7', reward: '1,12\u00a0ETH', large: '1.400\u00a0ETH', base: '3,5' },
  { lang: 'ar', dir: 'rtl', gross: '\u20687%\u2069', reward: '\u20681.12\u00a0ETH\u2069', large: '\u20681,400\u00a0ETH\u2069', base: '3.5' },
  { lang: 'es', dir: 'ltr', gross: '7\u00a0%', reward: '1,12\u00a0ETH', large: '1400\u00a0ETH', base: '3,5' },
  { lang: 'pt-BR', dir: 'ltr', gross: '7%', reward: '1,12\u00a0ETH', large: '1.400\u00a0ETH', base: '3,5' },
  { lang: 'zh-CN', dir: 'ltr', gross: '7%', reward: '1.12\u00a0ETH', large: '1,400\u00a0ETH', base: '3.5' },
  { lang: 'vi', dir: 'ltr', gross: '7%', reward: '1,12\u00a0ETH', large: '1.400\u00a0ETH', base: '3,5' },
];
const CODES = ['en', ...LOCALES.map((l) => l.lang)];

async function open(path, { width = 1280, javaScriptEnabled = true } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.server.url + path);
  return { context, page, errors };
}

/**
 * What does not fit on `page`: a box that clips its text (overflow hidden or clip, and
 * wider content), an element reaching past the widget's sides, a label of the diagram
 * or the chart outside its picture, and headline figures that overlap or spill.
 */
function unfitting(page) {
  return page.evaluate(() => {
    const found = [];
    const root = document.querySelector('.rx');
    const edge = root.getBoundingClientRect();
    const name = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent || '').trim().slice(0, 30)}"`;
    // Shown, and not a text for screen readers alone (clipped to nothing on purpose).
    const shown = (el) => {
      if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') return false;
      for (let p = el; p && p !== root; p = p.parentElement) if (getComputedStyle(p).clipPath !== 'none') return false;
      return true;
    };
    for (const el of root.querySelectorAll('*')) {
      if (!shown(el) || el.closest('svg, [hidden], .rx-visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim()) {
        found.push(`clipped: ${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      }
      // Upwards and downwards too: Vietnamese stacks two marks on a letter (Ệ), which a
      // tight box would cut.
      if (['hidden', 'clip'].includes(style.overflowY) && el.scrollHeight > el.clientHeight + 1 && el.textContent.trim()) {
        found.push(`clipped below or above: ${name(el)} (${el.scrollHeight} > ${el.clientHeight})`);
      }
      const box = el.getBoundingClientRect();
      if (box.width && (box.left < edge.left - 1 || box.right > edge.right + 1)) {
        let inScroll = false;
        for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
          if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) inScroll = true;
        }
        if (!inScroll && style.position !== 'absolute' && box.width > 1) found.push(`past the widget's side: ${name(el)}`);
      }
    }
    for (const svg of root.querySelectorAll('.rx-fanout svg, .rx-chart svg')) {
      if (!shown(svg)) continue;
      const frame = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        if (!shown(text) || !text.textContent.trim()) continue;
        const b = text.getBoundingClientRect();
        if (b.left < frame.left - 1 || b.right > frame.right + 1 || b.top < frame.top - 1 || b.bottom > frame.bottom + 1) {
          found.push(`outside its picture: text "${text.textContent.trim().slice(0, 30)}"`);
        }
      }
    }
    const figures = [...root.querySelectorAll('.rx-headline__figure')].filter(shown);
    figures.forEach((a, i) => {
      const box = a.getBoundingClientRect();
      for (const part of a.children) {
        const p = part.getBoundingClientRect();
        if (p.left < box.left - 1 || p.right > box.right + 1) found.push(`spills from its headline figure: ${name(part)}`);
      }
      for (const b of figures.slice(i + 1)) {
        const o = b.getBoundingClientRect();
        if (box.left < o.right - 1 && o.left < box.right - 1 && box.top < o.bottom - 1 && o.top < box.bottom - 1) {
          found.push(`headline figures overlap: ${name(a)} and ${name(b)}`);
        }
      }
    });
    return found;
  });
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
      assert.deepEqual(await menu.evaluateAll((as) => as.map((a) => a.lang)), CODES);
      assert.equal(await page.getAttribute('.page__langs a[aria-current="page"]', 'lang'), lang);
      // Folded, and named by the page's own language.
      assert.equal(await page.locator('.page__langs details[open]').count(), 0);
      assert.equal(await page.locator('.page__langs summary span').getAttribute('lang'), lang);
      const hreflang = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => [l.hreflang, l.href]));
      assert.deepEqual(
        hreflang.map(([l]) => l),
        [...CODES, 'x-default'],
      );
      // Absolute, at the address the build was given (RX_PUBLIC_URL; the root page's
      // og:url names it).
      const site = /<meta property="og:url" content="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))[1];
      assert.equal(hreflang[0][1], site);
      assert.equal(hreflang[2][1], `${site}ar/`);
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
      // Chinese sets no space between sentences, where the widget joins two (sentence-gap).
      if (lang === 'zh-CN') {
        const told = await page.locator('.rx-narration').allTextContents();
        assert.ok(told.length && told.every((t) => t.includes('。') && !/[。？] /.test(t)), `no space after a Chinese full stop: ${told}`);
      }
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 360, `the page is ${wide} px wide`);
      // Every label fits: the first screen, the calculator's essentials with its headline
      // bar in view, and the chart.
      for (const at of ['.rx-fanout', '#rx-calculator-title', '.rx-chart']) {
        await page.locator(at).first().scrollIntoViewIfNeeded();
        assert.deepEqual(await unfitting(page), [], `at ${at}`);
      }
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

test('en: every label fits at 360 px too', async () => {
  const { context, page } = await open('', { width: 360 });
  await page.locator('.rx[data-rx-ready]').waitFor();
  for (const at of ['.rx-fanout', '#rx-calculator-title', '.rx-chart']) {
    await page.locator(at).first().scrollIntoViewIfNeeded();
    assert.deepEqual(await unfitting(page), [], `at ${at}`);
  }
  await context.close();
});

describe('numbers as each locale writes them', () => {
  for (const { lang, gross, reward, large, base } of LOCALES) {
    test(`${lang}: the seed's figures in ${lang}'s way, exact in data-value; four digits grouped or not`, async () => {
      const { context, page } = await open(`${lang}/`);
      const figure = (name) => page.locator(`output[data-result="${name}"]`);
      // The prerendered figures, then the live widget's: the same text.
      for (const live of [false, true]) {
        if (live) await page.locator('.rx[data-rx-ready]').waitFor();
        assert.ok(near(await figure('gross-apr').getAttribute('data-value'), 7));
        assert.equal((await figure('gross-apr').textContent()).trim(), gross, `gross, live ${live}`);
        assert.ok(near(await figure('base-reward').getAttribute('data-value'), 1.12));
        assert.equal((await figure('base-reward').textContent()).trim(), reward, `reward, live ${live}`);
      }
      assert.equal(await page.locator('#rx-base-exact').inputValue(), base);
      await page.goto(`${env.server.url}${lang}/?stake=40000`);
      await page.locator('.rx[data-rx-ready]').waitFor();
      assert.ok(near(await figure('base-reward').getAttribute('data-value'), 1400));
      assert.equal((await figure('base-reward').textContent()).trim(), large);
      await context.close();
    });
  }

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

  for (const { lang, base } of LOCALES.filter((l) => !['tr', 'ar'].includes(l.lang))) {
    const typed = base.replace('3', '4');
    test(`${lang}: a typed ${typed} is read with the locale's separator`, async () => {
      const { context, page } = await open(`${lang}/`);
      await page.locator('.rx[data-rx-ready]').waitFor();
      const entry = page.locator('#rx-base-exact');
      await entry.fill(typed);
      await entry.press('Enter');
      await until(async () => near(await page.locator('output[data-result="base-reward"]').getAttribute('data-value'), 1.44));
      assert.equal(await entry.inputValue(), typed);
      await context.close();
    });
  }

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

describe('the loaders speak the reader’s language', () => {
  test('an embed’s box says “loading” and “could not load” in its locale', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route(`${env.server.url}examples/loader.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': CSP },
        body: `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>loader</title></head><body>
<restaking-explainer id="c" view="calculator"></restaking-explainer>
<script src="../embed.js" defer></script></body></html>`,
      }),
    );
    // The wasm comes late, and changed: refused by its hash.
    let release;
    const late = new Promise((resolve) => (release = resolve));
    await context.route(/restaking-explainer-calculator_bg\.wasm$/, async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length - 1] ^= 1;
      await late;
      await route.fulfill({ response, body });
    });
    const page = await context.newPage();
    await page.goto(`${env.server.url}examples/loader.html`);
    const box = page.locator('#c .rx-placeholder');
    await until(async () => (await box.textContent()) === message('tr', 'loader-loading'), { message: 'the Turkish loading line' });
    release();
    await until(async () => (await page.getAttribute('#c', 'data-rx-state')) === 'failed', { message: 'refused' });
    assert.equal(await box.textContent(), message('tr', 'loader-failed'));
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
    // A language alone finds its locale (pt → pt-BR); Traditional Chinese is not served
    // the simplified script.
    await page.goto(`${env.server.url}?lang=pt`);
    await page.waitForURL(/\/pt-BR\/\?lang=pt$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'pt-BR');
    await page.goto(`${env.server.url}?lang=zh-Hans-CN`);
    await page.waitForURL(/\/zh-CN\/\?lang=zh-Hans-CN$/);
    await page.goto(`${env.server.url}?lang=zh-TW`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await page.goto(`${env.server.url}?lang=xx`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.getAttribute('.rx', 'lang'), 'en');
    await context.close();
  });

  test('the language menu keeps the reader’s numbers', async () => {
    const { context, page } = await open('?stake=48&lang=en');
    await page.locator('.rx[data-rx-ready]').waitFor();
    await page.locator('.page__langs summary').click();
    await page.locator('.page__langs a[lang="tr"]').click();
    await page.waitForURL((url) => url.pathname === '/tr/' && url.search === '?stake=48');
    await page.locator('.rx[data-rx-ready]').waitFor();
    assert.equal(await page.locator('#rx-stake-exact').inputValue(), '48');
    await page.locator('.page__langs summary').click();
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
      <restaking-explainer id="none" view="calculator"></restaking-explainer>
      <restaking-explainer id="portuguese" lang="pt" view="calculator"></restaking-explainer>
      <div id="chinese" data-restaking-explainer="calculator" data-lang="zh-CN"></div>
      <section lang="es-MX"><restaking-explainer id="spanish" view="calculator"></restaking-explainer></section>
      <section lang="vi"><restaking-explainer id="vietnamese" view="calculator"></restaking-explainer></section>
      <section lang="zh-TW"><restaking-explainer id="traditional" view="calculator"></restaking-explainer></section>
      ${LOCALES.map(({ lang }, i) => `
      <restaking-explainer id="attr-${i}" lang="${lang}" view="flow"></restaking-explainer>
      <div id="data-${i}" data-restaking-explainer="flow" data-lang="${lang}"></div>
      <section lang="${lang}"><restaking-explainer id="around-${i}" view="flow"></restaking-explainer></section>`).join('')}`;
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
    const expected = {
      attr: 'tr', data: 'ar', around: 'tr', other: 'en', none: 'en',
      portuguese: 'pt-BR', chinese: 'zh-CN', spanish: 'es', vietnamese: 'vi', traditional: 'en',
    };
    // And every locale each of the three ways, on the flow's build.
    LOCALES.forEach(({ lang }, i) => Object.assign(expected, { [`attr-${i}`]: lang, [`data-${i}`]: lang, [`around-${i}`]: lang }));
    for (const [id, lang] of Object.entries(expected)) {
      const root = page.locator(`#${id} .rx[data-rx-ready]`);
      await root.scrollIntoViewIfNeeded();
      await root.waitFor({ timeout: 20_000 });
      assert.equal(await root.getAttribute('lang'), lang, id);
      assert.equal(await root.getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr', id);
      const title = await root.locator('h2').first().textContent();
      assert.equal(title.trim(), message(lang, /^(attr|data|around)-/.test(id) ? 'flow-title' : 'calculator-title'), id);
    }
    // The article's own lang is never changed.
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const count = Object.keys(expected).length;
    await until(async () => (await page.evaluate(() => document.querySelectorAll('[data-rx-state="mounted"]').length)) === count);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('the sources, in the reader\'s language', () => {
  test('a mark on the Turkish page opens its fact in Turkish, with the source\'s own words', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${env.server.url}tr/`);
    await page.locator('.rx[data-rx-ready]').waitFor();
    await page.locator('.rx-intro__source .rx-cite__mark').first().click();
    const pop = page.locator('.rx-fact-pop');
    await until(() => pop.isVisible(), { message: 'the fact beside its mark' });
    const fact = await page.locator('.rx-intro__source .rx-cite__mark').first().getAttribute('data-fact');
    const said = (await pop.innerText()).replace(/\s+/g, ' ');
    // Its statement, as tr.ftl has it (its first words: a message may hold a term).
    assert.ok(said.includes(message('tr', `fact-${fact}`).slice(0, 30)), said);
    assert.match(said, /kontrol/i, 'its dates in Turkish');
    assert.match(said, /“[A-Z]/, 'the quote as the source wrote it');
    await ctx.close();
  });
});
