// The Nu HTML Checker (npm vnu-jar, on Java) on what we ship: the built pages as they
// are served, and the live DOM of the standalone page and embed.html once the wasm has
// drawn them. Any error fails the test, with the checker's own words.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, lifecycle } from './harness.mjs';

const env = lifecycle();
const VNU = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/** The checker's errors for `files`, as "file:line: message" lines. */
function check(files) {
  return new Promise((done, fail) => {
    // It exits non-zero when it finds errors, and writes its JSON report to stderr.
    execFile('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { maxBuffer: 16 << 20 }, (error, _out, err) => {
      let report;
      try {
        report = JSON.parse(err);
      } catch {
        fail(error ?? new Error(`no report from the checker: ${err}`));
        return;
      }
      done(
        report.messages
          .filter((m) => m.type === 'error' || m.subType === 'fatal')
          .map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.message} [${(m.extract || '').trim().slice(0, 80)}]`),
      );
    });
  });
}

describe('valid HTML', () => {
  test('the built pages have no error', async () => {
    // And each part's own page, the link an author pastes.
    // And each locale's pages (SPEC, "Languages").
    const files = ['index.html', 'embed.html', join('examples', 'article.html'), 'fan-out.html', 'flow.html', 'calculator.html', 'compare.html', 'risks.html',
      ...['tr', 'ar', 'es', 'pt-BR', 'zh-CN', 'vi'].flatMap((lang) =>
        ['index', 'embed', 'fan-out', 'flow', 'calculator', 'compare', 'risks'].map((page) => join(lang, `${page}.html`)))].map((f) => join(DIST, f));
    assert.deepEqual(await check(files), []);
  });

  test('the live DOM of the standalone page and embed.html has no error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rx-vnu-'));
    const files = [];
    for (const [name, query] of [
      ['live-index.html', '?model=allocated&step=5&path=lrt'],
      ['live-index-default.html', ''],
      ['live-embed.html', 'embed.html?view=calculator,compare'],
      ['live-tr-index.html', 'tr/?model=allocated&step=3'],
      ['live-ar-index.html', 'ar/?model=correlated&step=5&path=native'],
    ]) {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      await page.goto(env.server.url + query);
      await page.locator('.rx[data-rx-ready]').first().waitFor();
      const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
      const file = join(dir, name);
      await writeFile(file, html);
      files.push(file);
      await context.close();
    }
    assert.deepEqual(await check(files), []);
  });
});
