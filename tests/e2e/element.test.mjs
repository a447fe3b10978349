// End-to-end tests of the drop-in embed: the <restaking-explainer> element and its host
// API (params, results, set, reset, the restaking-change event), the same API on a div
// embed, the story example that the prose drives, and the npm package served from a
// second origin the way a CDN would, with every file checked against its hash.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { CSP, DIST, expectValue, lifecycle, serve, until } from './harness.mjs';

const env = lifecycle(undefined, { 'content-security-policy': CSP });

/** A context that records CSP violations and page errors. */
async function context(options = {}) {
  const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const record = { violations: [], errors: [] };
  await ctx.exposeFunction('__reportViolation', (text) => record.violations.push(text));
  await ctx.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  ctx.on('page', (p) => p.on('pageerror', (e) => record.errors.push(e.message)));
  return { ctx, record };
}

/** Serves `body` as examples/`name`.html beside the built widget, under `csp`. */
async function page(ctx, name, body, { csp = CSP, script = '<script src="../embed.js" defer></script>' } = {}) {
  await ctx.route(`${env.server.url}examples/${name}.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': csp },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="icon" href="../favicon.svg"></head><body>${body}${script}</body></html>`,
    }),
  );
  const p = await ctx.newPage();
  await p.goto(`${env.server.url}examples/${name}.html`);
  return p;
}

const live = (p, css) => p.locator(`${css} .rx[data-rx-ready]`).first().waitFor();
const near = (a, b) => a !== null && Math.abs(a - b) < 1e-9;

describe('the <restaking-explainer> element', () => {
  test('is configured by its attributes, and follows one changed later', async () => {
    const { ctx, record } = await context();
    const p = await page(ctx, 'element', '<restaking-explainer id="a" view="calculator" stake="64" services="2.5,1"></restaking-explainer>');
    await live(p, '#a');
    // By hand: 64 · 3.5 % = 2.24 ETH base; 64 · (2.5 + 1) % = 2.24 ETH extra.
    const results = () => p.locator('#a').evaluate((el) => el.results);
    assert.ok(near((await results())['base-reward'], 2.24));
    assert.ok(near((await results())['extra-reward'], 2.24));
    assert.equal(await p.locator('#a output[data-result="gross-reward"]').getAttribute('data-value'), '4.48');
    assert.equal(await p.locator('#a').evaluate((el) => el.params.stake), '64');
    await p.locator('#a').evaluate((el) => el.setAttribute('stake', '100'));
    await expectValue(p.locator('#a output[data-result="base-reward"]'), 'data-value', '3.5');
    // EigenLayer's protocol fee as an attribute: 100 · 3.5 % = 3.5 ETH extra, less 20 %.
    await p.locator('#a').evaluate((el) => el.setAttribute('protocolfee', '20'));
    await until(async () => near(Number(await p.locator('#a output[data-result="extra-reward"]').getAttribute('data-value')), 2.8), {
      message: 'the extra reward less the protocol fee',
    });
    assert.equal(await p.locator('#a').evaluate((el) => el.params.protocolfee), '20');
    assert.equal(await p.locator('#a #rx-protocolfee').inputValue(), '20', 'its slider shows it, in the fees');
    // Out of range: clamped, with the same plain notice a URL gets.
    await p.locator('#a').evaluate((el) => el.setAttribute('slash', '250'));
    await until(async () => /Size of one severe slash can be 0 to 100/.test(await p.locator('#a .rx-notices').textContent()), {
      message: 'the clamping notice',
    });
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    await ctx.close();
  });

  test('set, results and reset, and one restaking-change per change, from the host and from the reader', async () => {
    const { ctx } = await context();
    const p = await page(ctx, 'api', '<restaking-explainer id="a" view="calculator"></restaking-explainer>');
    await live(p, '#a');
    await p.evaluate(() => {
      window.__events = [];
      document.addEventListener('restaking-change', (e) => window.__events.push({ target: e.target.id, composed: e.composed, ...e.detail }));
    });
    await p.locator('#a').evaluate((el) => el.set({ stake: 10, services: [3, 2, 1] }));
    await until(() => p.evaluate(() => window.__events.length === 1), { message: 'one event for the set' });
    let event = (await p.evaluate(() => window.__events))[0];
    assert.equal(event.target, 'a');
    assert.equal(event.composed, true);
    assert.equal(event.params.stake, '10');
    assert.equal(event.params.services, '3,2,1');
    assert.equal(event.params.protocolfee, '0', 'no protocol fee unless asked');
    assert.ok(near(event.results['gross-reward'], 0.95)); // 0.35 + 0.6, by hand
    assert.equal(event.results['years-erased'] > 0, true);
    // The reader moves a slider: the event says so too, with the new figures.
    await p.locator('#a #rx-stake').focus();
    await p.keyboard.press('ArrowRight');
    await until(() => p.evaluate(() => window.__events.length >= 2), { message: 'an event for the reader' });
    event = (await p.evaluate(() => window.__events)).at(-1);
    assert.equal(event.params.stake, '11');
    // A burst of host changes in one frame is told once.
    const before = await p.evaluate(() => window.__events.length);
    await p.locator('#a').evaluate((el) => { el.set({ base: 4 }); el.set({ base: 4.5 }); el.set({ base: 5 }); });
    await until(() => p.evaluate((n) => window.__events.length > n, before), { message: 'an event for the burst' });
    await new Promise((ok) => setTimeout(ok, 300));
    assert.equal(await p.evaluate(() => window.__events.length), before + 1);
    await p.locator('#a').evaluate((el) => el.reset());
    await until(async () => near((await p.locator('#a').evaluate((el) => el.results))['gross-reward'], 2.24), { message: 'reset' });
    // The protocol fee comes off the services' 1.12 ETH before the commission: 1.12 · 0.8 · 0.5.
    await p.locator('#a').evaluate((el) => el.set({ protocolfee: 20, commission: 50 }));
    await until(async () => near((await p.locator('#a').evaluate((el) => el.results))['extra-reward'], 0.448), { message: 'the fees' });
    assert.equal(await p.locator('#a').evaluate((el) => el.params.protocolfee), '20');
    assert.equal((await p.evaluate(() => window.__events)).at(-1).params.protocolfee, '20', 'the event carries it');
    await p.locator('#a').evaluate((el) => el.reset());
    await until(async () => (await p.locator('#a').evaluate((el) => el.params.protocolfee)) === '0', { message: 'reset' });
    // Bad input never breaks it: refused with a notice, never NaN.
    await p.locator('#a').evaluate((el) => el.set({ stake: 'lots', nonsense: 1 }));
    await until(async () => /“lots” is not a number/.test(await p.locator('#a .rx-notices').textContent()), { message: 'notice' });
    assert.doesNotMatch(await p.locator('#a .rx').innerText(), /NaN|Infinity/);
    await ctx.close();
  });

  test('a div embed has the same API and event; two widgets keep their own state', async () => {
    const { ctx } = await context();
    const p = await page(
      ctx,
      'two',
      '<div id="d" data-restaking-explainer="calculator" data-stake="20"></div><restaking-explainer id="e" view="compare" stake="40"></restaking-explainer>',
    );
    await live(p, '#d');
    await p.locator('#e').scrollIntoViewIfNeeded();
    await live(p, '#e');
    await p.evaluate(() => {
      window.__from = [];
      document.addEventListener('restaking-change', (e) => window.__from.push(e.target.id));
    });
    await p.locator('#d').evaluate((el) => el.set({ stake: 30 }));
    await until(() => p.evaluate(() => window.__from.includes('d')), { message: 'the div\'s event' });
    assert.equal(await p.locator('#d').evaluate((el) => el.params.stake), '30');
    assert.equal(await p.locator('#e').evaluate((el) => el.params.stake), '40', 'the other keeps its own');
    assert.deepEqual(await p.evaluate(() => window.__from), ['d']);
    await ctx.close();
  });

  test('the story example: the prose sets the widget as it scrolls and quotes the reader\'s figures', async () => {
    const { ctx, record } = await context({ viewport: { width: 1100, height: 800 } });
    const p = await ctx.newPage();
    await p.goto(`${env.server.url}examples/story.html`);
    const widget = p.locator('restaking-explainer');
    await live(p, 'restaking-explainer');
    const paragraphs = p.locator('[data-story-set]');
    const count = await paragraphs.count();
    assert.ok(count >= 3, `${count} paragraphs drive the widget`);
    for (let i = 0; i < count; i++) {
      const para = paragraphs.nth(i);
      const wanted = JSON.parse(await para.getAttribute('data-story-set'));
      await para.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      for (const [name, value] of Object.entries(wanted)) {
        await until(async () => String((await widget.evaluate((el) => el.params))[name]) === String(value), {
          message: `paragraph ${i} to set ${name}=${value}`,
        });
      }
    }
    // The prose quotes the widget's own figures, from its restaking-change events.
    const last = paragraphs.nth(count - 1);
    const results = await widget.evaluate((el) => el.results);
    const format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    for (const name of ['slash-loss', 'years-erased']) {
      const want = format.format(results[name]);
      await until(async () => (await last.locator(`[data-story-figure="${name}"]`).textContent()) === want, {
        message: `the last paragraph to quote ${name} = ${want}`,
      });
    }
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    await ctx.close();
  });

  // theme=auto follows the article around the element: its background, else its
  // color-scheme; the reader's system setting only where the page gives no sign.
  const THEME_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";
  const pages = [
    // A white page and a dark page, each against both system settings: the page decides.
    ...['light', 'dark'].flatMap((system) => [
      { name: `white-${system}`, head: '<style>body { background: #fff; color: #111 }</style>', system, want: 'rx--light' },
      { name: `dark-${system}`, head: '<style>body { background: rgb(17, 20, 24); color: #eee }</style>', system, want: 'rx--dark' },
    ]),
    // A dark box in a white page: the nearest background is the one behind the widget.
    { name: 'dark-box', head: '<style>body { background: #fff } .box { background: #222 }</style>', box: true, system: 'light', want: 'rx--dark' },
    { name: 'plain', head: '', system: 'dark', want: 'rx--light' }, // the browser's white canvas
    { name: 'scheme-dark', head: '<meta name="color-scheme" content="dark">', system: 'light', want: 'rx--dark' },
    { name: 'both', head: '<meta name="color-scheme" content="light dark">', system: 'dark', want: 'rx--auto' },
    { name: 'forced', head: '<style>body { background: #fff }</style>', system: 'dark', want: 'rx--dark', theme: 'dark' },
  ];
  for (const t of pages) {
    test(`theme ${t.theme ?? 'auto'} in a ${t.name} page, the reader's system ${t.system}: ${t.want}`, async () => {
      const { ctx, record } = await context({ colorScheme: t.system });
      const element = `<restaking-explainer id="a" view="compare"${t.theme ? ` theme="${t.theme}"` : ''}></restaking-explainer>`;
      const p = await page(ctx, `theme-${t.name}`, `${t.head}${t.box ? `<div class="box">${element}</div>` : element}`, { csp: THEME_CSP });
      await live(p, '#a');
      assert.equal(await p.locator('#a .rx').getAttribute('class'), `rx ${t.want}`);
      // The widget's colours follow: its text is light on a dark scheme, dark on a light one.
      const scheme = await p.locator('#a .rx').evaluate((el) => getComputedStyle(el).colorScheme);
      const dark = t.want === 'rx--dark' || (t.want === 'rx--auto' && t.system === 'dark');
      assert.equal(scheme.includes('dark') && !scheme.includes('light') ? 'dark' : scheme.includes('light') && !scheme.includes('dark') ? 'light' : 'both', t.want === 'rx--auto' ? 'both' : dark ? 'dark' : 'light');
      // The host API still says what was asked for.
      assert.equal(await p.locator('#a').evaluate((el) => el.params.theme), t.theme ?? 'auto');
      assert.deepEqual(record.errors, []);
      await ctx.close();
    });
  }
});

describe('the npm package, served from a CDN-like origin', () => {
  let dir;
  let files;
  before(() => {
    // Pack a copy of dist/ (npm writes nothing into dist/ itself) and unpack it.
    const work = mkdtempSync(join(tmpdir(), 'rx-pack-'));
    cpSync(DIST, join(work, 'dist'), { recursive: true });
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: join(work, 'dist') });
    const [{ filename, files: listed }] = JSON.parse(out.toString());
    files = listed.map((f) => f.path);
    execFileSync('tar', ['-xzf', join(work, filename), '-C', work]);
    dir = join(work, 'package');
  });

  test('names restaking-explainer at the crate\'s version, with embed.js and all it loads at its root, and no .br or .gz', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const cargo = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8');
    assert.equal(pkg.name, 'restaking-explainer');
    assert.equal(pkg.version, /^version = "([^"]+)"/m.exec(cargo)[1]);
    assert.equal(pkg.license, 'MIT');
    for (const f of ['embed.js', 'widget.css', 'restaking-explainer.js', 'restaking-explainer_bg.wasm', 'restaking-explainer-calculator.js', 'restaking-explainer-calculator_bg.wasm',
      // A locale's pages to paste, their oEmbed responses and pictures, for `node oembed.mjs`.
      'oembed.mjs', 'tr/calculator.html', 'tr/oembed/calculator.json', 'tr/images/calculator.png', 'ar/images/risks.svg']) {
      assert.ok(files.includes(f), `${f} is in the package`);
    }
    assert.deepEqual(files.filter((f) => /\.(br|gz)$/.test(f)), []);
  });

  async function embedFromCdn(extra = {}) {
    const cdn = await serve(dir, { 'access-control-allow-origin': '*' });
    const { ctx, record } = await context({ permissions: ['local-network-access'], ...extra });
    const sri = `sha384-${createHash('sha384').update(readFileSync(join(dir, 'embed.js'))).digest('base64')}`;
    const csp = `default-src 'self' ${cdn.origin}; script-src 'self' ${cdn.origin} 'wasm-unsafe-eval'; style-src 'self' ${cdn.origin}`;
    const p = await page(ctx, 'cdn', '<restaking-explainer id="c" view="calculator" stake="64"></restaking-explainer>', {
      csp,
      script: `<script src="${cdn.url}embed.js" integrity="${sri}" crossorigin="anonymous" defer></script>`,
    });
    return { p, ctx, record, cdn };
  }

  test('runs from a second origin with the integrity attribute, under the strict policy', async () => {
    const { p, ctx, record, cdn } = await embedFromCdn();
    await live(p, '#c');
    assert.equal(await p.locator('#c output[data-result="base-reward"]').getAttribute('data-value'), '2.24');
    assert.deepEqual(record.violations, []);
    await ctx.close();
    await cdn.close();
  });

  for (const target of ['wasm', 'glue', 'words']) {
    test(`a changed ${target} is refused, and the box says so`, async () => {
      const name = {
        wasm: 'restaking-explainer-calculator_bg.wasm',
        glue: 'restaking-explainer-calculator.js',
        words: join('locales', 'calculator.en.txt'),
      }[target];
      const path = join(dir, name);
      const original = readFileSync(path);
      // A change that leaves the file valid, so that only the hash can tell: one letter
      // of a class name in the wasm's data, or of the heading in the words, a comment at
      // the end of the glue.
      let changed;
      if (target !== 'glue') {
        changed = Buffer.from(original);
        const at = changed.indexOf(target === 'wasm' ? 'rx-calculator' : 'Work it out');
        assert.ok(at > 0, `the calculator's heading is in its ${target}`);
        changed[at] = changed[at] ^ 0x20;
      } else {
        changed = Buffer.concat([original, Buffer.from('\n/* one byte more */\n')]);
      }
      writeFileSync(path, changed);
      try {
        const { p, ctx, cdn } = await embedFromCdn();
        await expectValue(p.locator('#c'), 'data-rx-state', 'failed');
        assert.match(await p.locator('#c .rx-placeholder').textContent(), /The restaking explainer could not load\./);
        assert.equal(await p.locator('#c .rx[data-rx-ready]').count(), 0);
        await ctx.close();
        await cdn.close();
      } finally {
        writeFileSync(path, original);
      }
    });
  }

  test('the sources come when first asked for, checked: a changed file is refused, and the list says so', async () => {
    // As it is: the part's list of sources, opened, lists its facts, fetched from the CDN
    // and checked against the hash its words carry.
    let { p, ctx, cdn } = await embedFromCdn();
    await live(p, '#c');
    await p.locator('#c .rx-sources-part__summary').click();
    const first = p.locator('#c .rx-sources-part__list > li').first();
    await first.waitFor();
    assert.match(await first.innerText(), /checked 2026-12-03\.\s+“/);
    await ctx.close();
    await cdn.close();
    // Changed on its way: refused, and said so.
    const path = join(dir, 'locales', 'sources.en.txt');
    const original = readFileSync(path);
    writeFileSync(path, Buffer.from(original.toString('utf8').replace('2026-12-03', '2026-12-04')));
    try {
      ({ p, ctx, cdn } = await embedFromCdn());
      await live(p, '#c');
      await p.locator('#c .rx-sources-part__summary').click();
      await p.locator('#c .rx-sources-part__all').getByText('The sources could not load.').waitFor();
      assert.equal(await p.locator('#c .rx-sources-part__list').count(), 0);
      await ctx.close();
      await cdn.close();
    } finally {
      writeFileSync(path, original);
    }
  });
});
