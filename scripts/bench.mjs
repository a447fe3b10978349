// The benchmark (not a test): bundle sizes, time to the first rendered result, and
// slider input-to-update latency, measured on the release dist/ in headless Chromium
// over loopback. Prints a readable summary and one JSON line; writes no file.
//
// Method:
// - sizes: every .wasm, .js and .css in dist/, gzip level 9 (what a server sends);
// - first result: RUNS fresh page loads; a MutationObserver installed before any page
//   script records performance.now() (milliseconds since navigation start) when the
//   first output[data-result] enters the DOM;
// - slider latency: ITERATIONS times, set the stake slider's value and dispatch an
//   `input` event, then wait (MutationObserver) until both the base-reward output and
//   the chart's restaked line have changed; the time between is one sample.
// - animation: the CPU is throttled 4x through the DevTools protocol; for 5 s of the
//   fan-out's animation (with a simulated slash at 1 s and 3 s) a PerformanceObserver
//   counts long tasks (> 50 ms) and a requestAnimationFrame loop records frame times.
// The machine is shared and noisy: read medians and p95s, not single runs.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launch, serve } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS || 15);
const ITERATIONS = Number(process.env.ITERATIONS || 200);

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const summary = (xs) => ({
  median: +quantile(xs, 0.5).toFixed(2),
  p95: +quantile(xs, 0.95).toFixed(2),
  min: +Math.min(...xs).toFixed(2),
  max: +Math.max(...xs).toFixed(2),
  n: xs.length,
});

async function sizes() {
  const out = { wasm: 0, js: 0, css: 0 };
  const raw = { wasm: 0, js: 0, css: 0 };
  for (const name of await readdir(DIST)) {
    const kind = name.split('.').pop();
    if (!(kind in out)) continue;
    const body = await readFile(join(DIST, name));
    raw[kind] += body.length;
    out[kind] += gzipSync(body, { level: 9 }).length;
  }
  return { gzip: { ...out, total: out.wasm + out.js + out.css }, raw };
}

const server = await serve();
const browser = await launch();
try {
  const firstResult = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('output[data-result]')) {
          window.__firstResultMs = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__firstResultMs !== undefined);
    firstResult.push(await page.evaluate(() => window.__firstResultMs));
    await context.close();
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('.rx[data-rx-ready]').first().waitFor();
  const latency = await page.evaluate(async (iterations) => {
    const slider = document.getElementById('rx-stake');
    const out = document.querySelector('output[data-result="base-reward"]');
    const path = document.querySelector('path.rx-chart__line--restaked');
    const samples = [];
    for (let i = 0; i < iterations; i++) {
      const before = [out.getAttribute('data-value'), path.getAttribute('d')];
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (out.getAttribute('data-value') !== before[0] && path.getAttribute('d') !== before[1]) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.querySelector('.rx'), { attributes: true, childList: true, subtree: true, characterData: true });
      });
      slider.value = String(2 + (i % 2 === 0 ? i % 900 : 950 - (i % 900)));
      const t0 = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      samples.push((await changed) - t0);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    return samples;
  }, ITERATIONS);
  await context.close();

  const animContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const animPage = await animContext.newPage();
  await animPage.goto(server.url);
  await animPage.locator('.rx[data-rx-ready]').first().waitFor();
  const cdp = await animContext.newCDPSession(animPage);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const animation = await animPage.evaluate(async () => {
    const longTasks = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)))
      .observe({ type: 'longtask' });
    const frames = [];
    const start = performance.now();
    let last = start;
    setTimeout(() => document.querySelector('[data-simulate="service-0"]').click(), 1000);
    setTimeout(() => document.querySelector('[data-simulate="ethereum"]').click(), 3000);
    await new Promise((done) => {
      const tick = (now) => {
        frames.push(now - last);
        last = now;
        if (now - start < 5000) requestAnimationFrame(tick);
        else done();
      };
      requestAnimationFrame(tick);
    });
    return { longTasks, frames: frames.slice(1), running: document.getAnimations().length };
  });
  await animContext.close();

  const result = {
    bytes: await sizes(),
    first_result_ms: summary(firstResult),
    slider_update_ms: summary(latency),
    animation_4x_throttled: {
      long_tasks: animation.longTasks.length,
      longest_task_ms: animation.longTasks.length ? Math.max(...animation.longTasks) : 0,
      frame_ms: summary(animation.frames),
      animations: animation.running,
    },
  };
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const g = result.bytes.gzip;
  console.log(`bundle (gzip -9): wasm ${kb(g.wasm)}, js ${kb(g.js)}, css ${kb(g.css)}, total ${kb(g.total)}`);
  const f = result.first_result_ms;
  console.log(`first result in the DOM: median ${f.median} ms, p95 ${f.p95} ms (min ${f.min}, max ${f.max}, ${f.n} loads)`);
  const s = result.slider_update_ms;
  console.log(`slider input to updated output and chart: median ${s.median} ms, p95 ${s.p95} ms (max ${s.max}, ${s.n} moves)`);
  const a = result.animation_4x_throttled;
  console.log(`fan-out animation, CPU 4x throttled, 5 s: ${a.long_tasks} long tasks, frame time median ${a.frame_ms.median} ms, p95 ${a.frame_ms.p95} ms (${a.frame_ms.n} frames, ${a.animations} animations)`);
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await server.close();
}
