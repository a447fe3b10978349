// Lighthouse (mobile preset) on the standalone page of a release build, served over
// loopback with its precompressed files and the strict CSP. Run by scripts/lighthouse.sh,
// which installs Lighthouse into a temporary folder. Prints the three scores.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CSP, serve } from '../tests/e2e/harness.mjs';

const cli = join(process.env.LIGHTHOUSE_DIR, 'node_modules/lighthouse/cli/index.js');
const out = join(process.env.LIGHTHOUSE_DIR, 'report.json');
const server = await serve(undefined, { 'content-security-policy': CSP }, '/', { precompressed: true });
try {
  // Asynchronously: the server answering Lighthouse runs in this very process.
  const child = spawn(
    process.execPath,
    [
      cli,
      server.url,
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      '--quiet',
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' } },
  );
  const code = await new Promise((done) => child.on('close', done));
  if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const scores = Object.fromEntries(
    Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]),
  );
  const audits = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  for (const a of audits) console.log(`${a}: ${report.audits[a].displayValue}`);
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  if (failing.length) console.log(`below 0.9: ${failing.join(', ')}`);
  console.log(`scores: ${JSON.stringify(scores)}`);
} finally {
  await server.close();
}
