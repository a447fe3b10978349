// "Embed this explainer": the standalone page's panel for article authors. It writes
// the snippets (the element, the div, the iframe, the links to paste, the pictures with
// links in HTML and Markdown) for the widget's current numbers, the parts and the theme
// the author chooses, each with a copy button.
//
// A module of its own, loaded the first time the panel is opened (web/panel-loader.js,
// called by src/components/embed_code.rs), so that no reader of the widget downloads
// what only authors use: drawn by the wasm, the panel cost its readers 11 KB of gzip.
// Every word comes from src/copy.rs, in `words` (the order is `EmbedWords` there); the
// numbers come as the pinned query the wasm writes (`config::to_pinned_pairs`).

/** The parts, as `view=` names them, in the widget's order (`View::ALL`). */
export const VIEWS = ['fan-out', 'flow', 'calculator', 'compare', 'risks'];
const THEMES = ['auto', 'light', 'dark'];

/** Escapes text for an HTML attribute value in double quotes. */
const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The snippets for `query` (every number pinned, `name=value&…`, values
 * percent-encoded) showing the parts `views` in `theme`, loaded from `base` (ending in
 * `/`), pinned to `version` and, when the build wrote it, the script's `integrity`.
 * `worked`: the numbers are the worked example's, which the pictures show. `words` as
 * `show` takes them; `lang`, the page's locale, which the snippets keep. Returns
 * `[label, kind, code]` for each snippet.
 */
export function snippets({ query, views, theme, worked, base, integrity, version, words, lang = 'en' }) {
  const w = named(words);
  // In a locale's page the snippets keep its language (SPEC, "Languages").
  const language = lang === 'en' ? [] : [['lang', lang]];
  // The locale's own pages, pictures and frame: English at the root, others in a folder.
  const folder = lang === 'en' ? '' : `${lang}/`;
  const pairs = [...new URLSearchParams(query), ['theme', theme], ['view', views.join(',')], ...language];
  const check = integrity ? ` integrity="${attr(integrity)}" crossorigin="anonymous"` : '';
  const loader = `<script src="${base}embed.js?v=${version}"${check} defer></script>`;
  const picture = (view) => {
    const i = VIEWS.indexOf(view);
    return [`${base}${folder}images/${view}.png`, w.alts[i]];
  };
  const imageLink = (view) => {
    const [src, alt] = picture(view);
    return `<a href="${base}${folder}${view}.html"><img src="${src}" alt="${attr(alt)}" width="1200" height="630" style="max-width:100%;height:auto"></a>`;
  };
  // Readers without script see the first part's picture, where it shows these numbers.
  const noscript = worked && views.length ? `<noscript>${imageLink(views[0])}</noscript>` : '';
  const element = `<restaking-explainer${pairs.map(([k, v]) => ` ${k}="${attr(v)}"`).join('')}>${noscript}</restaking-explainer>\n${loader}`;
  const div = `<div data-restaking-explainer="${views.join(',')}"${pairs
    .filter(([k]) => k !== 'view')
    .map(([k, v]) => ` data-${k}="${attr(v)}"`)
    .join('')}>${noscript}</div>\n${loader}`;
  const frameQuery = `${query}&theme=${theme}&view=${views.join(',')}`.replace(/&/g, '&amp;');
  const frame = `<iframe src="${base}${folder}embed.html?${frameQuery}" title="${attr(w.frameTitle)}" height="900" loading="lazy" data-restaking-explainer-frame></iframe>\n<script src="${base}embed-host.js" defer></script>`;
  const paste = views.map((v) => `${base}${folder}${v}.html`).join('\n');
  const image = views.map(imageLink).join('\n');
  const markdown = views
    .map((view) => {
      const [src, alt] = picture(view);
      return `[![${alt.replace(/\[/g, '(').replace(/\]/g, ')')}](${src})](${base}${folder}${view}.html)`;
    })
    .join('\n\n');
  return [
    [w.labels[0], 'element', element],
    [w.labels[1], 'script', div],
    [w.labels[2], 'iframe', frame],
    [w.labels[3], 'paste', paste],
    [w.labels[4], 'image', image],
    [w.labels[5], 'markdown', markdown],
  ];
}

/** `words` (an array in `EmbedWords`'s order) by name. */
function named(words) {
  let i = 0;
  const take = (n) => words.slice(i, (i += n));
  const [hint, parts] = take(2);
  const titles = take(5);
  const [theme] = take(1);
  const themes = take(3);
  const previews = take(3);
  const articles = take(2);
  const [sample] = take(1);
  const labels = take(6);
  const [copy, copied, byHand, frameTitle] = take(4);
  const alts = take(5);
  return { hint, parts, titles, theme, themes, previews, articles, sample, labels, copy, copied, byHand, frameTitle, alts };
}

/** An element `tag` with `attrs` (false or null ones left out) and `children`. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value == null) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...children);
  return el;
}

/**
 * Shows the panel in `el` for the widget's numbers: `query` (every number pinned),
 * `worked` (whether they are the worked example's). The first call draws it, with ids
 * from `prefix`, the theme `theme` chosen, and `words`; later calls rewrite the snippets.
 */
export function show(el, prefix, query, worked, version, theme, words) {
  const panel = (el.rxPanel ??= draw(el, prefix, version, theme, words));
  panel.update({ query, worked });
}

function draw(el, prefix, version, initialTheme, words) {
  const w = named(words);
  // Where the widget is served from (this module sits beside embed.js, also when the
  // page is a locale's, one folder down), and its embed.js's hash (the release build
  // writes it into the page).
  const base = new URL('.', import.meta.url).href;
  const integrity = document.querySelector('meta[name="rx-embed-integrity"]')?.content ?? '';
  const state = { query: '', worked: false, views: ['calculator'], theme: initialTheme };
  const id = (name) => `${prefix}-${name}`;

  const parts = h('fieldset', { class: 'rx-group' }, h('legend', { class: 'rx-group__legend' }, w.parts),
    ...VIEWS.map((view, i) => h('div', { class: 'rx-choice' },
      h('input', {
        type: 'checkbox', id: id(`view-${view}`), value: view, checked: state.views.includes(view),
        onchange: () => {
          const next = VIEWS.filter((v) => parts.querySelector(`input[value="${v}"]`).checked);
          // One part at least: unticking the last one leaves it ticked.
          if (!next.length) parts.querySelector(`input[value="${view}"]`).checked = true;
          state.views = next.length ? next : [view];
          write();
        },
      }),
      h('label', { for: id(`view-${view}`) }, w.titles[i]))));

  // The theme, and a preview of the embed in a white and in a dark article.
  const samples = w.articles.map((name, i) => h('span', { class: 'rx-embed__sample', 'data-rx-preview': i ? 'dark-article' : 'white-article' }, w.sample));
  const said = h('p', { class: 'rx-group__hint', id: id('theme-preview') });
  const themes = h('fieldset', { class: 'rx-group rx-embed__theme', 'aria-describedby': id('theme-preview') },
    h('legend', { class: 'rx-group__legend' }, w.theme),
    ...THEMES.map((value, i) => h('div', { class: 'rx-choice' },
      h('input', {
        type: 'radio', name: id('theme'), id: id(`theme-${value}`), value, checked: value === state.theme,
        onchange: () => {
          state.theme = value;
          write();
        },
      }),
      h('label', { for: id(`theme-${value}`) }, w.themes[i]))),
    h('div', { class: 'rx-embed__preview', 'aria-hidden': 'true' },
      ...w.articles.map((name, i) => h('div', { class: `rx-embed__article${i ? ' rx-embed__article--dark' : ''}` },
        h('span', { class: 'rx-embed__article-name' }, name),
        h('span', { class: 'rx-embed__article-line' }),
        samples[i],
        h('span', { class: 'rx-embed__article-line' })))),
    said);

  const boxes = w.labels.map((label, i) => {
    const area = h('textarea', { id: id(`code-${i}`), class: 'rx-embed__code', readonly: true, rows: '5', spellcheck: 'false' });
    const status = h('p', { class: 'rx-embed__copy-status', role: 'status' });
    const button = h('button', {
      type: 'button', class: 'rx-button rx-button--quiet',
      onclick: async () => {
        let ok = false;
        try {
          // Missing outside secure contexts (a page served over plain http).
          await navigator.clipboard.writeText(area.value);
          ok = true;
        } catch {
          // No clipboard here, or the write was refused: select the text to copy by hand.
          area.focus();
          area.select();
        }
        for (const box of boxes) {
          box.button.textContent = box.button === button && ok ? w.copied : w.copy;
          box.status.textContent = box.button === button && !ok ? w.byHand : '';
        }
      },
    }, w.copy);
    const node = h('div', { class: 'rx-embed__snippet' }, h('label', { class: 'rx-field__label', for: id(`code-${i}`) }, label), area, button, status);
    return { area, button, status, node };
  });

  function write() {
    const look = state.theme === 'auto' ? ['rx--light', 'rx--dark'] : [`rx--${state.theme}`, `rx--${state.theme}`];
    samples.forEach((s, i) => (s.className = `rx-embed__sample ${look[i]}`));
    said.textContent = w.previews[THEMES.indexOf(state.theme)];
    snippets({ ...state, base, integrity, version, words, lang: document.documentElement.lang || 'en' }).forEach(([, kind, code], i) => {
      boxes[i].area.dataset.snippet = kind;
      boxes[i].area.value = code;
    });
  }

  el.className = 'rx-embed__panel';
  el.replaceChildren(h('p', { class: 'rx-group__hint' }, w.hint), parts, themes, ...boxes.map((b) => b.node));
  return {
    update({ query, worked }) {
      Object.assign(state, { query, worked });
      write();
    },
  };
}
