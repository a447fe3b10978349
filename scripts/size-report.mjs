// Where the wasm's bytes go: reads a wasm file that still has its name section (see
// scripts/size-report.sh) and prints the code bytes of each crate, the data bytes,
// and the largest functions. Raw bytes after wasm-opt; gzip shrinks code to about
// 40 % and text to about 35 %, so read shares rather than totals. Writes nothing.
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/size-report.mjs FILE.wasm [TOP]');
const bytes = readFileSync(file);

let pos = 8; // after the magic number and the version
const leb = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return result;
  }
};
const text = (len) => bytes.toString('utf8', pos, (pos += len));

let imported = 0; // imported functions come first in the function index space
const bodies = []; // code size of each defined function, in index order
const names = new Map();
let data = 0;
const sections = {};
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const end = pos + size;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      text(leb()); // module
      text(leb()); // field
      const kind = bytes[pos++];
      if (kind === 0) { leb(); imported++; }
      else if (kind === 1) { pos++; const flags = leb(); leb(); if (flags & 1) leb(); }
      else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); }
      else if (kind === 3) { pos += 2; }
      else if (kind === 4) { pos++; leb(); }
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const len = leb();
      bodies.push(len);
      pos += len;
    }
  } else if (id === 11) {
    data = size;
  } else if (id === 0) {
    const name = text(leb());
    if (name === 'name') {
      while (pos < end) {
        const sub = bytes[pos++];
        const subEnd = leb() + pos;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) names.set(leb(), text(leb()));
        }
        pos = subEnd;
      }
    }
  }
  sections[id] = (sections[id] || 0) + size;
  pos = end;
}

// "<yew::…>::view", "core[hash]::fmt::…", "restaking_explainer::…": the first path
// segment names the crate; generic code counts for the crate that defines it.
const crateOf = (name) => {
  // Each component's render (its html!) is inlined into Yew's generic `view`.
  if (/CompStateInner<COMP> as [\w:]+Stateful>::view/.test(name)) return 'components (the widget\'s html!, in yew\'s view)';
  if (name.includes('feat_hydration')) return 'yew hydration';
  const m = /^[<&\s]*(?:dyn\s+)?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name);
  return m ? m[1] : '(other)';
};
const byCrate = new Map();
const fns = [];
bodies.forEach((size, i) => {
  const name = names.get(imported + i) ?? `#${imported + i}`;
  const crate = crateOf(name);
  byCrate.set(crate, (byCrate.get(crate) || 0) + size);
  fns.push([size, name.replace(/::h[0-9a-f]{16}$/, '')]);
});
const code = bodies.reduce((a, b) => a + b, 0);
const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
console.log(`${file}: ${kb(bytes.length)} in all, ${kb(code)} code in ${bodies.length} functions, ${kb(data)} data`);
console.log('\ncode by crate');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${kb(size)}  ${(100 * size / code).toFixed(1).padStart(5)} %  ${crate}`);
}
console.log(`\nlargest ${top} functions`);
for (const [size, name] of fns.sort((a, b) => b[0] - a[0]).slice(0, Number(top))) {
  console.log(`${kb(size)}  ${name.slice(0, 150)}`);
}
