// The single-part builds, for script embeds that show one part (run by post-build.mjs in
// release builds). Each is the same source built with one part's cargo feature alone
// (see Cargo.toml, [features]): no opening, glossary, sources, embed-code panel or
// standalone page, and none of the other parts. Each goes through the same steps as
// trunk's build of the whole widget (cargo, wasm-bindgen, wasm-opt -Oz) and is written
// beside it as restaking-explainer-<part>.js and restaking-explainer-<part>_bg.wasm.
// embed.js finds them by their hashes (scripts/integrity.mjs): it loads the one an element asks for, and the
// whole widget for anything else (several parts, or a debug build, which has none).
import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PARTS = ['fan-out', 'flow', 'compare', 'calculator', 'risks'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));
// wasm-opt comes from npm (binaryen, see setup.sh), like trunk's.
const env = { ...process.env, PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter) };
const run = (command, args) => execFileSync(command, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });

/** Builds the wasm binary with `features` (none: the defaults) and returns its path, as
 * cargo reports it (wherever its target folder is configured to be). */
function cargoBuild(features) {
  const args = ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown',
    '--bin', 'restaking-explainer', '--message-format=json-render-diagnostics'];
  if (features) args.push('--no-default-features', '--features', features);
  const out = execFileSync('cargo', args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  const artifact = out.toString().split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .find((m) => m.reason === 'compiler-artifact' && m.target.kind.includes('bin') && m.target.name === 'restaking-explainer');
  const wasm = artifact?.filenames.find((f) => f.endsWith('.wasm'));
  if (!wasm) throw new Error(`cargo reported no wasm for the ${features || 'default'} build`);
  return wasm;
}

/** Builds every part into `dir` and writes their list into `dir`/embed.js. */
export function buildParts(dir) {
  for (const part of PARTS) {
    const built = cargoBuild(part);
    const name = `restaking-explainer-${part}`;
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir, '--out-name', name, built]);
    // The same features as trunk enables for wasm-opt 132, and the same extra flag as
    // index.html gives it (data-wasm-opt-params).
    const wasm = join(dir, `${name}_bg.wasm`);
    run('wasm-opt', ['-Oz', '--low-memory-unused', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
      '--enable-mutable-globals', '--enable-reference-types', wasm, '-o', wasm]);
  }
  // Leaves the cargo artifact as trunk left it: the whole widget, with default features.
  // (embed.js learns which builds there are from the hashes scripts/integrity.mjs writes.)
  cargoBuild(null);
}
