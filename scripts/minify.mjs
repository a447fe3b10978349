// Minifies the JavaScript and CSS that trunk wrote into a release build's staging
// folder, in place, with esbuild (pinned in package.json): comments, whitespace and
// local names go; exported names and import paths stay. The names the wasm imports its
// browser calls by (wasm-bindgen's `__wbg_setAttribute_8a2f…`, each with a 16-digit
// hash that no compressor can shrink, written in both the wasm and its glue) become
// short ones, in both files alike, so the wasm still links (`minifyImports`). Run by post-build.mjs for the widget and by the benchmark's
// floor app, so both are measured after the same treatment. Trunk's own minifier is
// not used: trunk 0.21 fails on wasm-bindgen's glue ("RequiredTokenNotFound").
// Trunk has already written subresource-integrity hashes into the HTML; they are
// recomputed for the minified files.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';

/**
 * Every HTML page of `dir`, as full paths: its own, and those of each locale's folder
 * (`tr/index.html`, whose links point one folder up).
 */
export function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() && existsSync(join(dir, e.name, 'index.html'))
      ? readdirSync(join(dir, e.name)).filter((n) => n.endsWith('.html')).map((n) => join(dir, e.name, n))
      : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** Minifies one .js or .css file in place. */
export function minifyFile(path) {
  const loader = path.endsWith('.js') ? 'js' : 'css';
  const { code } = transformSync(readFileSync(path, 'utf8'), { loader, minify: true, legalComments: 'none' });
  writeFileSync(path, code);
}

/**
 * Takes the comments and the whitespace between tags out of an HTML page's head. Only the
 * head: in the body a space between two tags can be a word space.
 */
export function minifyHead(path) {
  const html = readFileSync(path, 'utf8').replace(/<head>[\s\S]*?<\/head>/, (head) =>
    head.replace(/<!--[\s\S]*?-->/g, '').replace(/>\s+</g, '><').replace(/\s*\n\s*/g, ' '),
  );
  writeFileSync(path, html);
}

/**
 * Renames the functions a wasm-bindgen module imports from its glue (`__wbg_…` and
 * `__wbindgen_…`) to short names, `__a`, `__b`, …, in the wasm's import section and in
 * the glue `jsPath` alike. Binaryen's `--minify-imports` leaves these alone (it renames
 * only imports from the module `env`). Fails, writing nothing, unless every name is
 * found exactly once in the glue (as its key in the imports object).
 */
export function minifyImports(wasmPath, jsPath) {
  const bytes = readFileSync(wasmPath);
  let pos = 8; // after the magic number and the version
  const leb = () => {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[pos++];
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
    }
  };
  const uleb = (n) => {
    const out = [];
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return Buffer.from(out);
  };
  const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (i) => {
    let s = '';
    for (let n = i; n >= 0; n = Math.floor(n / LETTERS.length) - 1) s = LETTERS[n % LETTERS.length] + s;
    return `__${s}`;
  };
  while (pos < bytes.length) {
    const start = pos;
    const id = bytes[pos++];
    const end = leb() + pos;
    if (id !== 2) {
      pos = end;
      continue;
    }
    // The import section: each entry is a module name, a field name and a description;
    // only field names change, so every index the code uses stays as it is.
    const renamed = new Map();
    const parts = [];
    const count = leb();
    parts.push(uleb(count));
    for (let i = 0; i < count; i++) {
      // The module's name, with its length, kept as it is.
      const moduleStart = pos;
      const moduleLength = leb();
      pos += moduleLength;
      const module = bytes.subarray(moduleStart, pos);
      const fieldLength = leb();
      const field = bytes.toString('utf8', pos, (pos += fieldLength));
      const descStart = pos;
      const kind = bytes[pos++];
      const limits = () => {
        const flags = leb();
        leb(); // the minimum
        if (flags & 1) leb(); // the maximum
      };
      if (kind === 0) leb(); // a function: its type index
      else if (kind === 1) { pos++; limits(); } // a table: its element type, its limits
      else if (kind === 2) limits(); // a memory
      else if (kind === 3) pos += 2; // a global: its type, its mutability
      else throw new Error(`${wasmPath}: import kind ${kind} is not known here`);
      let name = field;
      if (/^__wbg_|^__wbindgen_/.test(field)) {
        if (!renamed.has(field)) renamed.set(field, short(renamed.size));
        name = renamed.get(field);
      }
      parts.push(module, uleb(Buffer.byteLength(name)), Buffer.from(name), bytes.subarray(descStart, pos));
    }
    let js = readFileSync(jsPath, 'utf8');
    for (const [from, to] of renamed) {
      const at = new RegExp(`\\b${from}\\b`, 'g');
      const found = js.match(at)?.length ?? 0;
      if (found !== 1) throw new Error(`${jsPath}: ${from} is there ${found} times, not once`);
      js = js.replace(at, to);
    }
    const section = Buffer.concat(parts);
    writeFileSync(wasmPath, Buffer.concat([bytes.subarray(0, start), Buffer.from([2]), uleb(section.length), section, bytes.subarray(end)]));
    writeFileSync(jsPath, js);
    return renamed.size;
  }
  return 0;
}

/**
 * Puts the JavaScript that a glue imports from wasm-bindgen's `snippets/` (our own
 * modules, named by `#[wasm_bindgen(module = …)]`, such as web/save.js) inside the glue
 * itself, so that loading it costs no request and the glue's integrity hash covers it.
 * Each snippet is a module of plain functions; its `export`s become the glue's own.
 * Returns how many were put in.
 */
export function inlineSnippets(jsPath) {
  let count = 0;
  const js = readFileSync(jsPath, 'utf8').replace(
    /^import \{([^}]*)\} from '(\.\/snippets\/[^']+)';\n/gm,
    (_, names, file) => {
      count += 1;
      const code = readFileSync(join(dirname(jsPath), file), 'utf8').replace(/^export (function|const|let) /gm, '$1 ');
      const aliases = names
        .split(',')
        .map((n) => n.trim().split(/\s+as\s+/))
        .filter(([from, to]) => to && to !== from)
        .map(([from, to]) => `const ${to} = ${from};\n`);
      return `${code}\n${aliases.join('')}`;
    },
  );
  writeFileSync(jsPath, js);
  return count;
}

/**
 * Minifies every top-level .js and .css file of `dir` (not examples/), but `skip`, after
 * putting each glue's snippets inside it (and removing `snippets/`) and shortening the
 * import names of each `<name>_bg.wasm` and its glue `<name>.js`.
 */
export function minifyDir(dir, skip = []) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('_bg.wasm'))) {
    const glue = join(dir, name.replace(/_bg\.wasm$/, '.js'));
    if (existsSync(glue)) inlineSnippets(glue);
  }
  rmSync(join(dir, 'snippets'), { recursive: true, force: true });
  for (const name of readdirSync(dir).filter((n) => n.endsWith('_bg.wasm'))) {
    const glue = join(dir, name.replace(/_bg\.wasm$/, '.js'));
    if (existsSync(glue)) minifyImports(join(dir, name), glue);
  }
  for (const name of readdirSync(dir)) {
    if ((!name.endsWith('.js') && !name.endsWith('.css')) || skip.includes(name)) continue;
    minifyFile(join(dir, name));
  }
  for (const path of pages(dir)) {
    // Any tag with both a top-folder href and an integrity hash (stylesheets, and the
    // floor app's module preloads), whatever the attributes' order.
    const html = readFileSync(path, 'utf8').replace(/<link\b[^>]*>/g, (tag) => {
      const href = /\bhref="(?:\.\.?\/)?([^"/?#]+)"/.exec(tag);
      if (!href || !/\bintegrity="sha384-/.test(tag) || !existsSync(join(dir, href[1]))) return tag;
      const hash = createHash('sha384').update(readFileSync(join(dir, href[1]))).digest('base64');
      return tag.replace(/\bintegrity="sha384-[^"]*"/, `integrity="sha384-${hash}"`);
    });
    writeFileSync(path, html);
  }
}

// As a trunk hook of its own (the floor app): minify the staging folder of a release build.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('run by trunk: TRUNK_STAGING_DIR is not set');
  if (process.env.TRUNK_PROFILE === 'release') minifyDir(dir);
}
