// Shared by the end-to-end tests, the screenshot script and the benchmark: a static
// server for dist/ on loopback, and Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// The build under test: dist/ unless RX_DIST names another (the benchmark builds elsewhere).
export const DIST = process.env.RX_DIST ? resolve(process.env.RX_DIST) : join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** The Content-Security-Policy the widget promises to run under. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Serves `dir` on 127.0.0.1 at a free port, under the path `prefix` (say '/blog/assets/'
 * to check that nothing assumes the site root). `headers` are added to every response.
 */
export async function serve(dir = DIST, headers = {}, prefix = '/', { precompressed = false } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!full.startsWith(prefix)) throw new Error('outside the prefix');
      const path = '/' + full.slice(prefix.length);
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      // Like a server set up for dist/'s precompressed files: the .br or .gz beside the
      // asset, when the browser takes it.
      const accepts = String(req.headers['accept-encoding'] || '');
      let encoding = null;
      if (precompressed) {
        for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
          if (accepts.includes(name) && (await stat(file + ext).catch(() => null))) {
            encoding = [name, ext];
            break;
          }
        }
      }
      const body = await readFile(encoding ? file + encoding[1] : file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(encoding ? { 'content-encoding': encoding[0], vary: 'accept-encoding' } : {}),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Flags that let Chromium run headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * Starts a server (with `serve`'s arguments) and a browser before a test file's tests
 * and stops them after; returns an object whose `server` and `browser` are then set.
 */
export function lifecycle(...serveArgs) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve(...serveArgs);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Resolves once nothing in the page's light DOM has changed for `quietMs` milliseconds,
 * and fails if it is still changing after `timeout`. It cannot see inside an embed's
 * shadow root; and a quiet window only suggests that an update is over. To read a value
 * that should change, poll for it with `until` or `expectValue`.
 */
export async function settled(page, quietMs = 60, { timeout = 5000 } = {}) {
  const quiet = await page.evaluate(
    ([quiet, timeout]) =>
      new Promise((done) => {
        let timer = setTimeout(() => finish(true), quiet);
        const limit = setTimeout(() => finish(false), timeout);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(() => finish(true), quiet);
        });
        function finish(wasQuiet) {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(limit);
          done(wasQuiet);
        }
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
    [quietMs, timeout],
  );
  if (!quiet) throw new Error(`settled: the page was still changing after ${timeout} ms`);
}

/**
 * Calls `probe` (sync or async) every `interval` ms until it returns something truthy,
 * and returns that. Fails after `timeout` ms with `message` and the last value seen (or
 * the last error thrown), so a failure says what was awaited and what was there instead.
 */
export async function until(probe, { timeout = 10_000, interval = 25, message = String(probe) } = {}) {
  const start = Date.now();
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() - start >= timeout) {
      const seen = last instanceof Error ? `error: ${last.message.split('\n')[0]}` : JSON.stringify(last);
      throw new Error(`until: ${message}: not so after ${timeout} ms (last seen ${seen})`);
    }
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

/**
 * Polls `locator`'s attribute `name` until it equals `expected` (a string, a RegExp, or
 * a predicate on the value) and returns the value; fails after `timeout` ms naming the
 * element, the attribute, what was expected and what it last held.
 */
export async function expectValue(locator, name, expected, { timeout = 10_000 } = {}) {
  const matches =
    typeof expected === 'function'
      ? expected
      : expected instanceof RegExp
        ? (v) => v !== null && expected.test(v)
        : (v) => v === expected;
  const start = Date.now();
  let last = '(no such element)';
  for (;;) {
    const left = Math.max(1, timeout - (Date.now() - start));
    try {
      last = await locator.getAttribute(name, { timeout: Math.min(left, 1000) });
      if (matches(last)) return last;
    } catch {
      // Not in the page yet (or not any more): keep polling.
    }
    if (Date.now() - start >= timeout) {
      throw new Error(`expectValue: ${locator} [${name}]: expected ${String(expected)}, still ${JSON.stringify(last)} after ${timeout} ms`);
    }
    await new Promise((ok) => setTimeout(ok, 25));
  }
}

/** Polls until `locator` matches exactly `n` elements. */
export async function expectCount(locator, n, { timeout = 10_000 } = {}) {
  return until(async () => (await locator.count()) === n, { timeout, message: `${locator} to match ${n} elements` });
}

/**
 * A screenshot of `locator` once two in a row are identical: the widget has finished
 * loading, laying out and fading in.
 */
export async function steadyScreenshot(locator, { timeout = 10_000 } = {}) {
  let previous = await locator.screenshot();
  return until(
    async () => {
      const shot = await locator.screenshot();
      const same = shot.equals(previous);
      previous = shot;
      return same && shot;
    },
    { timeout, interval: 100, message: `${locator} to look the same in two screenshots in a row` },
  );
}

/** A page object for the calculator: how a reader reaches each control and figure. */
export class Calculator {
  constructor(page, prefix = 'rx') {
    this.page = page;
    this.prefix = prefix;
  }

  slider(name) {
    return this.page.locator(`#${this.prefix}-${name}`);
  }

  exact(name) {
    return this.page.locator(`#${this.prefix}-${name}-exact`);
  }

  output(result) {
    return this.page.locator(`output[data-result="${result}"]`);
  }

  /**
   * Waits until the widget has stopped changing: Yew may spread one update over several
   * tasks, so a read right after a key press can see it half done.
   */
  async settled(quietMs = 60, options = {}) {
    await settled(this.page, quietMs, options);
  }

  async value(result) {
    await this.settled();
    const v = await this.output(result).getAttribute('data-value');
    return v === '' ? null : Number(v);
  }

  /**
   * Polls until result `result` is `expected` (a number within `tolerance`, or null for
   * "none"), failing after `timeout` ms with what it last saw.
   */
  async expect(result, expected, { tolerance = 1e-9, timeout = 10_000 } = {}) {
    await expectValue(
      this.output(result),
      'data-value',
      (v) => (expected === null ? v === '' : v !== null && v !== '' && Math.abs(Number(v) - expected) <= tolerance),
      { timeout },
    );
  }

  /** Polls until result `result` shows `expected` (a string or a RegExp) as its text. */
  async expectText(result, expected, { timeout = 10_000 } = {}) {
    await until(
      async () => {
        const text = (await this.output(result).textContent()).replace(/\u00a0/g, ' ');
        return expected instanceof RegExp ? expected.test(text) : text === expected;
      },
      { timeout, message: `${result} to read ${expected}` },
    );
  }

  async text(result) {
    await this.settled();
    return (await this.output(result).textContent()).replace(/\u00a0/g, ' ');
  }

  notices() {
    return this.page.locator('.rx-notices__item');
  }

  /** Waits until the widget is live: rendered or hydrated, with its handlers attached. */
  async ready() {
    await this.page.locator('.rx[data-rx-ready]').first().waitFor();
  }
}
