// The benchmark (not a test): run through scripts/bench.sh, which builds the widget and
// the one-slider floor app (bench/floor) the same way. Prints a readable summary and one
// JSON line; writes no file. Everything runs in Debian's headless Chromium over loopback.
//
// Method:
// - sizes: every .wasm, .js and .css the page loads, gzip level 9 and brotli 11; and
//   the same for a page holding one script embed of each part alone (embed.js loads
//   that part's own build, see scripts/part-builds.mjs);
// - first result: RUNS fresh page loads each; a MutationObserver installed before any
//   page script records performance.now() (ms since navigation start) when the first
//   output[data-result] is in the DOM (the widget's is prerendered HTML), and when the
//   widget is live (hydrated or rendered, handlers attached: .rx[data-rx-ready]);
// - slider latency: ITERATIONS times, set the stake slider's value and dispatch `input`,
//   then wait (MutationObserver) until the base-reward output and the chart's line have
//   both changed; one sample is that wait. Until the next frame, a second observer
//   counts the DOM nodes the move changed, and the widget's render counter
//   (src/renders.rs, read through its JS module) the components it re-rendered;
// - animation: ANIMATION_RUNS times, the CPU throttled 4x through the DevTools protocol,
//   5 s of the fan-out's animation with a simulated slash at 1 s and 3 s: long tasks
//   (> 50 ms) from a PerformanceObserver, frame times from a requestAnimationFrame loop;
// - story: STORY_RUNS times, the CPU throttled 4x, a second after the page is live, the
//   "play the story" control pressed and the whole story played (six beats of 5 s, the
//   clock not sped up, the page's own timers being real: 30 s), counting long tasks
//   (> 50 ms) and giving their durations;
// - heap: JS heap in use (DevTools Performance.getMetrics, after a forced garbage
//   collection) before and after HEAP_SECONDS of animation.
// The machine is shared and noisy: read medians and spreads, not single runs.
// A quick look at a built dist/ while working: `ONLY=slider node scripts/bench.mjs` runs
// the slider section alone, `ONLY=sizes` the sizes alone, `ONLY=first` the page loads,
// `ONLY=story` the story.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch, serve } from '../tests/e2e/harness.mjs';
import { PARTS } from './part-builds.mjs';

const RUNS = Number(process.env.RUNS || 15);
const ITERATIONS = Number(process.env.ITERATIONS || 300);
const ANIMATION_RUNS = Number(process.env.ANIMATION_RUNS || 3);
const HEAP_SECONDS = Number(process.env.HEAP_SECONDS || 60);
const STORY_RUNS = Number(process.env.STORY_RUNS || 2);
const WIDGET = resolve(process.env.RX_DIST || 'dist');
const FLOOR = process.env.FLOOR_DIST ? resolve(process.env.FLOOR_DIST) : null;

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const round = (x) => +x.toFixed(2);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const summary = (xs) => ({
  median: round(quantile(xs, 0.5)),
  p95: round(quantile(xs, 0.95)),
  min: round(Math.min(...xs)),
  max: round(Math.max(...xs)),
  n: xs.length,
});

/** Bytes of what `page` (a path under `dir`) loads: wasm, JS and CSS. */
async function sizes(dir, files) {
  const out = { gzip: { wasm: 0, js: 0, css: 0 }, brotli: { wasm: 0, js: 0, css: 0 }, raw: { wasm: 0, js: 0, css: 0 } };
  for (const name of files) {
    const kind = name.endsWith('.wasm') ? 'wasm' : name.endsWith('.css') ? 'css' : 'js';
    const body = await readFile(join(dir, name));
    out.raw[kind] += body.length;
    out.gzip[kind] += gzipSync(body, { level: 9 }).length;
    out.brotli[kind] += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  for (const k of ['gzip', 'brotli', 'raw']) out[k].total = out[k].wasm + out[k].js + out[k].css;
  return out;
}

/** Names of the same-origin wasm/js/css files a page requests until it is live: the
 * widget's page, or (given `part`) an article holding one script embed of that part. */
async function loadedFiles(browser, url, part = null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname.split('/').pop();
    if (/\.(wasm|js|css)$/.test(path)) files.add(path);
  });
  if (part === null) {
    await page.goto(url);
    await page.locator('.rx[data-rx-ready]').first().waitFor();
  } else {
    // An article with nothing but the embed, served beside the widget.
    await page.route(`${url}bench-embed.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Embed</title><div data-restaking-explainer="${part}"></div><script src="embed.js" defer></script></html>`,
      }),
    );
    await page.goto(`${url}bench-embed.html`);
    await page.locator('[data-rx-state="mounted"]').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-rx-state]').shadowRoot.querySelector('.rx-host[hidden]'));
  }
  await context.close();
  return [...files];
}

async function firstResult(browser, url) {
  const first = [];
  const live = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (window.__first === undefined && document.querySelector('output[data-result]')) {
          window.__first = performance.now();
        }
        if (document.querySelector('.rx[data-rx-ready]')) {
          window.__live = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__live !== undefined);
    const t = await page.evaluate(() => [window.__first ?? window.__live, window.__live]);
    first.push(t[0]);
    live.push(t[1]);
    await context.close();
  }
  return { first: summary(first), live: summary(live) };
}

async function sliderLatency(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.rx[data-rx-ready]').first().waitFor();
  const result = await page.evaluate(async (iterations) => {
    // The widget's render counter (src/renders.rs), from the module boot.js loaded; the
    // floor app has none.
    const counts = async () => {
      const script = [...document.scripts].find((s) => s.src.endsWith('boot.js'));
      if (!script) return null;
      const module = await import(new URL('./restaking-explainer.js', script.src).href);
      return Object.fromEntries(module.renderCounts().split(',').map((p) => p.split(' ')).map(([n, k]) => [n, +k]));
    };
    const slider = document.getElementById('rx-stake');
    const out = document.querySelector('output[data-result="base-reward"]');
    const path = document.querySelector('path.rx-chart__line--restaked');
    const root = document.querySelector('.rx');
    // Every DOM change in the widget during a move: records, and the distinct nodes changed.
    let records = 0;
    let nodes = new Set();
    new MutationObserver((list) => {
      records += list.length;
      for (const r of list) nodes.add(r.target);
    }).observe(root, { attributes: true, childList: true, subtree: true, characterData: true });
    const before = await counts();
    const times = [];
    const changedRecords = [];
    const changedNodes = [];
    for (let i = 0; i < iterations; i++) {
      const previous = [out.getAttribute('data-value'), path.getAttribute('d')];
      const changed = new Promise((done) => {
        const observer = new MutationObserver(() => {
          if (out.getAttribute('data-value') !== previous[0] && path.getAttribute('d') !== previous[1]) {
            observer.disconnect();
            done(performance.now());
          }
        });
        observer.observe(root, { attributes: true, childList: true, subtree: true, characterData: true });
      });
      records = 0;
      nodes = new Set();
      slider.value = String(2 + (i % 2 === 0 ? i % 900 : 950 - (i % 900)));
      const t0 = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      times.push((await changed) - t0);
      await new Promise((r) => requestAnimationFrame(() => r()));
      changedRecords.push(records);
      changedNodes.push(nodes.size);
    }
    const after = await counts();
    // Component renders per move, by component.
    const renders = after && Object.fromEntries(
      Object.entries(after).map(([n, k]) => [n, +((k - (before[n] ?? 0)) / iterations).toFixed(2)]).filter(([, k]) => k > 0),
    );
    return { times, changedRecords, changedNodes, renders };
  }, ITERATIONS);
  await context.close();
  const perMove = result.renders && Object.values(result.renders).reduce((a, b) => a + b, 0);
  return {
    ...summary(result.times),
    dom_records_per_move: summary(result.changedRecords),
    dom_nodes_per_move: summary(result.changedNodes),
    components_per_move: perMove === null ? null : round(perMove),
    renders_per_move: result.renders,
  };
}

/** A live page of `url` at 1280 px with the CPU throttled 4x. */
async function throttledPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.rx[data-rx-ready]').first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

async function animation(browser, url) {
  const longTasks = [];
  const frameP95 = [];
  const frames = [];
  for (let run = 0; run < ANIMATION_RUNS; run++) {
    const { context, page } = await throttledPage(browser, url);
    const result = await page.evaluate(async () => {
      const tasks = [];
      new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      const times = [];
      const start = performance.now();
      let last = start;
      setTimeout(() => document.querySelector('[data-simulate="service-0"]').click(), 1000);
      setTimeout(() => document.querySelector('[data-simulate="ethereum"]').click(), 3000);
      await new Promise((done) => {
        const tick = (now) => {
          times.push(now - last);
          last = now;
          if (now - start < 5000) requestAnimationFrame(tick);
          else done();
        };
        requestAnimationFrame(tick);
      });
      return { tasks, times: times.slice(1) };
    });
    longTasks.push(result.tasks.length);
    frameP95.push(quantile(result.times, 0.95));
    frames.push(...result.times);
    await context.close();
  }
  return { long_tasks: summary(longTasks), frame_p95_ms: summary(frameP95), frame_ms: summary(frames) };
}

async function story(browser, url) {
  const longTasks = [];
  const durations = [];
  for (let run = 0; run < STORY_RUNS; run++) {
    const { context, page } = await throttledPage(browser, url);
    // A reader presses play after reading a moment, not in the page's first frames:
    // the story's own work is what is measured, not the tail of the start-up.
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(async () => {
      const tasks = [];
      new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      const play = document.querySelector('[data-rx-play]');
      play.click();
      await new Promise((done) => {
        const poll = setInterval(() => {
          if (play.getAttribute('data-rx-playing') === 'false') {
            clearInterval(poll);
            done();
          }
        }, 250);
      });
      return tasks;
    });
    longTasks.push(tasks.length);
    durations.push(...tasks);
    await context.close();
  }
  return { long_tasks: summary(longTasks), long_task_ms: durations.map(round) };
}

async function heapGrowth(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.rx[data-rx-ready]').first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  };
  const before = await heap();
  // Keep the reader busy too: a simulated slash and its undo every few seconds.
  await page.evaluate((seconds) => {
    let n = 0;
    const timer = setInterval(() => {
      const target = n % 2 === 0 ? '[data-simulate="service-1"]' : '.rx-fan__controls button:last-child';
      document.querySelector(target)?.click();
      n += 1;
    }, 3000);
    setTimeout(() => clearInterval(timer), seconds * 1000);
  }, HEAP_SECONDS);
  await page.waitForTimeout(HEAP_SECONDS * 1000 + 200);
  const after = await heap();
  await context.close();
  return { before_bytes: before, after_bytes: after, growth_bytes: after - before, seconds: HEAP_SECONDS };
}

const browser = await launch();
const widgetServer = await serve(WIDGET);
const floorServer = FLOOR ? await serve(FLOOR) : null;
try {
  if (process.env.ONLY === 'first') {
    console.log(JSON.stringify({ widget: await firstResult(browser, widgetServer.url), floor: floorServer && (await firstResult(browser, floorServer.url)) }));
    process.exit(0);
  }
  if (process.env.ONLY === 'story') {
    console.log(JSON.stringify({ widget: await story(browser, widgetServer.url) }));
    process.exit(0);
  }
  if (process.env.ONLY === 'slider') {
    console.log(JSON.stringify({ widget: await sliderLatency(browser, widgetServer.url) }));
    process.exit(0);
  }
  const widgetFiles = await loadedFiles(browser, widgetServer.url);
  const embeds = {};
  for (const part of PARTS) {
    const files = await loadedFiles(browser, widgetServer.url, part);
    embeds[part] = { files, bytes: await sizes(WIDGET, files) };
  }
  if (process.env.ONLY === 'sizes') {
    console.log(`widget: ${kb((await sizes(WIDGET, widgetFiles)).gzip.total)} gzip`);
    for (const [part, e] of Object.entries(embeds)) console.log(`${part} embed: ${kb(e.bytes.gzip.total)} gzip (${e.files.join(', ')})`);
    process.exit(0);
  }
  const result = {
    widget: {
      bytes: await sizes(WIDGET, widgetFiles),
      single_part_embed: embeds,
      first_result_ms: await firstResult(browser, widgetServer.url),
      slider_update_ms: await sliderLatency(browser, widgetServer.url),
      animation_4x_throttled: await animation(browser, widgetServer.url),
      story_4x_throttled: await story(browser, widgetServer.url),
      heap: await heapGrowth(browser, widgetServer.url),
    },
  };
  if (floorServer) {
    const floorFiles = await loadedFiles(browser, floorServer.url);
    result.floor = {
      bytes: await sizes(FLOOR, floorFiles),
      first_result_ms: await firstResult(browser, floorServer.url),
      slider_update_ms: await sliderLatency(browser, floorServer.url),
    };
    const w = result.widget;
    const f = result.floor;
    result.ratio = {
      gzip_total: round(w.bytes.gzip.total / f.bytes.gzip.total),
      first_result_median: round(w.first_result_ms.first.median / f.first_result_ms.first.median),
      live_median: round(w.first_result_ms.live.median / f.first_result_ms.live.median),
      slider_p95: round(w.slider_update_ms.p95 / f.slider_update_ms.p95),
      calculator_embed_gzip: round(w.single_part_embed.calculator.bytes.gzip.total / f.bytes.gzip.total),
    };
  }

  const line = (name, r) => {
    const g = r.bytes.gzip;
    console.log(`${name}: wasm ${kb(g.wasm)} + js ${kb(g.js)} + css ${kb(g.css)} = ${kb(g.total)} gzip (${kb(r.bytes.brotli.total)} brotli)`);
    const f = r.first_result_ms;
    console.log(`${name}: first result in the DOM median ${f.first.median} ms (${f.first.min}–${f.first.max}); live median ${f.live.median} ms (${f.live.min}–${f.live.max}), ${f.live.n} loads`);
    const s = r.slider_update_ms;
    console.log(`${name}: slider input to updated output and line median ${s.median} ms, p95 ${s.p95} ms (max ${s.max}, ${s.n} moves)`);
    console.log(`${name}: each move changed ${s.dom_nodes_per_move.median} DOM nodes (median; ${s.dom_records_per_move.median} mutation records)` +
      (s.renders_per_move ? ` and re-rendered ${s.components_per_move} components: ${Object.entries(s.renders_per_move).map(([n, k]) => `${n} ${k}`).join(', ')}` : ''));
  };
  line('widget', result.widget);
  for (const [part, e] of Object.entries(result.widget.single_part_embed)) {
    const g = e.bytes.gzip;
    console.log(`widget: a single-part script embed of ${part} downloads wasm ${kb(g.wasm)} + js ${kb(g.js)} + css ${kb(g.css)} = ${kb(g.total)} gzip (${e.files.join(', ')})`);
  }
  const a = result.widget.animation_4x_throttled;
  console.log(`widget: animation at 4x CPU throttling, ${a.long_tasks.n} × 5 s: long tasks per run median ${a.long_tasks.median} (max ${a.long_tasks.max}); frame-time p95 median ${a.frame_p95_ms.median} ms (${a.frame_p95_ms.min}–${a.frame_p95_ms.max})`);
  const st = result.widget.story_4x_throttled;
  console.log(`widget: the whole story at 4x CPU throttling, ${st.long_tasks.n} plays: long tasks per play median ${st.long_tasks.median} (max ${st.long_tasks.max})`);
  const h = result.widget.heap;
  console.log(`widget: JS heap after ${h.seconds} s of animation: ${(h.growth_bytes / 1024).toFixed(1)} KB growth (${kb(h.before_bytes)} → ${kb(h.after_bytes)})`);
  if (result.floor) {
    line('floor', result.floor);
    const r = result.ratio;
    console.log(`widget ÷ floor: gzip ${r.gzip_total}× (calculator embed ${r.calculator_embed_gzip}×), first result ${r.first_result_median}×, live ${r.live_median}×, slider p95 ${r.slider_p95}×`);
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await widgetServer.close();
  await floorServer?.close();
}
