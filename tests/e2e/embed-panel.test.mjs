// The snippets the embed panel writes (web/embed-panel.js), checked as strings, with
// no browser: what each one pins, and where it loads from. The panel in the page, its
// choices and its copy buttons, are tested in embed.test.mjs and pictures.test.mjs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { snippets, VIEWS } from '../../web/embed-panel.js';

// The words as src/copy.rs passes them (`EMBED_WORDS`, then five text alternatives):
// here, each one names itself, so a test sees which word went where.
const WORDS = [
  'hint', 'parts', ...VIEWS.map((v) => `title:${v}`), 'theme', 'auto', 'light', 'dark',
  'preview:auto', 'preview:light', 'preview:dark', 'white', 'dark article', 'sample',
  'label:element', 'label:script', 'label:iframe', 'label:paste', 'label:image', 'label:markdown',
  'Copy', 'Copied', 'by hand', 'frame title', ...VIEWS.map((v) => `alt:${v} [32 ETH]`),
];
const QUERY = 'stake=32&base=3.5&services=2,1.5&prob=0.5,0.5&names=Oracle,A%20%26%20B&slash=5';
const BASE = 'https://example.org/rx/';

function write(options = {}) {
  const all = snippets({ query: QUERY, views: ['calculator'], theme: 'auto', worked: true, base: BASE, integrity: '', version: '9.9.9', words: WORDS, ...options });
  return Object.fromEntries(all.map(([label, kind, code]) => [kind, { label, code }]));
}

describe('the embed panel\'s snippets', () => {
  test('each is labelled with its own word, in the order the panel shows them', () => {
    const all = snippets({ query: QUERY, views: ['flow'], theme: 'auto', worked: false, base: BASE, integrity: '', version: '1', words: WORDS });
    assert.deepEqual(all.map(([label, kind]) => [label, kind]), [
      ['label:element', 'element'], ['label:script', 'script'], ['label:iframe', 'iframe'],
      ['label:paste', 'paste'], ['label:image', 'image'], ['label:markdown', 'markdown'],
    ]);
  });

  test('the element pins every number as an attribute, decoded and escaped, then the loader with its version and hash', () => {
    const { code } = write({ integrity: 'sha384-abc', views: ['calculator', 'risks'], theme: 'dark', worked: false }).element;
    assert.equal(code, '<restaking-explainer stake="32" base="3.5" services="2,1.5" prob="0.5,0.5" names="Oracle,A &amp; B" slash="5" theme="dark" view="calculator,risks"></restaking-explainer>\n'
      + '<script src="https://example.org/rx/embed.js?v=9.9.9" integrity="sha384-abc" crossorigin="anonymous" defer></script>');
  });

  test('the div names its parts and pins the rest as data- attributes', () => {
    const { code } = write({ views: ['fan-out', 'calculator'], worked: false }).script;
    assert.ok(code.startsWith('<div data-restaking-explainer="fan-out,calculator" data-stake="32" data-base="3.5" data-services="2,1.5"'), code);
    assert.ok(code.includes(' data-theme="auto"') && !code.includes('data-view'), code);
    assert.ok(code.endsWith('<script src="https://example.org/rx/embed.js?v=9.9.9" defer></script>'), code);
  });

  test('the iframe carries the query as it came, escaped for HTML, with the theme and the parts', () => {
    const { code } = write({ theme: 'light' }).iframe;
    assert.ok(code.startsWith('<iframe src="https://example.org/rx/embed.html?stake=32&amp;base=3.5&amp;services=2,1.5&amp;prob=0.5,0.5&amp;names=Oracle,A%20%26%20B&amp;slash=5&amp;theme=light&amp;view=calculator" title="frame title"'), code);
    assert.ok(code.endsWith('\n<script src="https://example.org/rx/embed-host.js" defer></script>'), code);
  });

  test('the links to paste and the pictures: one per part, each picture linking to its part\'s page', () => {
    const s = write({ views: ['fan-out', 'risks'] });
    assert.equal(s.paste.code, 'https://example.org/rx/fan-out.html\nhttps://example.org/rx/risks.html');
    assert.deepEqual(s.image.code.split('\n'), [
      '<a href="https://example.org/rx/fan-out.html"><img src="https://example.org/rx/images/fan-out.png" alt="alt:fan-out [32 ETH]" width="1200" height="630" style="max-width:100%;height:auto"></a>',
      '<a href="https://example.org/rx/risks.html"><img src="https://example.org/rx/images/risks.png" alt="alt:risks [32 ETH]" width="1200" height="630" style="max-width:100%;height:auto"></a>',
    ]);
    // Markdown: brackets in the words would end the text early, so they become parentheses.
    assert.equal(s.markdown.code, '[![alt:fan-out (32 ETH)](https://example.org/rx/images/fan-out.png)](https://example.org/rx/fan-out.html)\n\n'
      + '[![alt:risks (32 ETH)](https://example.org/rx/images/risks.png)](https://example.org/rx/risks.html)');
  });

  test('on a locale\'s page, the snippets keep its language: its pages to paste, its pictures, its frame', () => {
    const s = write({ views: ['calculator'], lang: 'tr' });
    assert.equal(s.paste.code, 'https://example.org/rx/tr/calculator.html');
    assert.equal(s.image.code, '<a href="https://example.org/rx/tr/calculator.html"><img src="https://example.org/rx/tr/images/calculator.png" alt="alt:calculator [32 ETH]" width="1200" height="630" style="max-width:100%;height:auto"></a>');
    assert.equal(s.markdown.code, '[![alt:calculator (32 ETH)](https://example.org/rx/tr/images/calculator.png)](https://example.org/rx/tr/calculator.html)');
    assert.ok(s.iframe.code.startsWith('<iframe src="https://example.org/rx/tr/embed.html?'), s.iframe.code);
    // The script embeds load the one embed.js, and name the language.
    assert.ok(s.element.code.includes(' lang="tr"') && s.element.code.includes('src="https://example.org/rx/embed.js?'), s.element.code);
    assert.ok(s.element.code.includes('<noscript><a href="https://example.org/rx/tr/calculator.html"><img src="https://example.org/rx/tr/images/calculator.png"'), s.element.code);
  });

  test('a script embed of the worked example carries its first part\'s picture for readers without script, and of other numbers none', () => {
    const worked = write({ views: ['compare', 'flow'] });
    for (const kind of ['element', 'script']) {
      const code = worked[kind].code;
      assert.ok(code.includes('><noscript><a href="https://example.org/rx/compare.html"><img src="https://example.org/rx/images/compare.png"'), code);
      assert.equal(code.match(/<img/g).length, 1);
    }
    const other = write({ worked: false });
    assert.ok(!other.element.code.includes('<noscript>') && !other.script.code.includes('<noscript>'));
  });
});
