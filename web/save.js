// "Save this figure" (src/components/save_figure.rs): the reader's fan-out or chart as
// an SVG or a PNG file, made on the page from the figure as it is drawn (the reader's
// numbers, the page's theme), with no request. Written in JavaScript because it is
// mostly DOM and canvas calls, which cost the wasm several times these bytes; the build
// puts it inside each wasm-bindgen glue (scripts/minify.mjs, `inlineSnippets`), so
// loading it costs no request either.
//
// It works where the page's Content-Security-Policy allows no `blob:` or `data:` image:
// nothing is loaded as an image. The SVG is a copy of the figure carrying its computed
// styles as attributes; the PNG is painted from that copy shape by shape, since a canvas
// cannot draw an SVG without loading it.

// The computed properties a saved figure keeps, as SVG presentation attributes.
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'display', 'visibility', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];

const num = (text) => parseFloat(text) || 0;

// The saved figure's margin, in the figure's own units.
const MARGIN = 12;

/**
 * Saves the figure of class `cls` in the part around `near` (the button pressed) as
 * `restaking-<name>.<format>` (`svg` or `png`), its last line reading `from`. The status
 * line beside the button then reads `failed` when no file could be made, `inFrame` when
 * the page is a sandboxed frame (an opaque origin, as WordPress makes its embeds), which
 * may drop a download without a word; else nothing.
 */
export function rxSaveFigure(near, cls, name, format, from, failed, inFrame) {
  const status = near.closest('.rx-save')?.querySelector('[role=status]');
  const say = (words) => {
    if (status) status.textContent = words;
  };
  const svg = near.closest('.rx-part')?.querySelector(`.${cls}`);
  if (!svg) return say(failed);
  // A figure still fading in is saved as it will stand: its finite animations end now
  // (a branch's endless flow of dots is saved where it is).
  for (const a of svg.getAnimations?.({ subtree: true }) ?? []) {
    if (a.effect?.getComputedTiming().endTime !== Infinity) a.finish();
  }
  const copy = svg.cloneNode(true);
  const live = svg.querySelectorAll('*');
  copy.querySelectorAll('*').forEach((to, i) => {
    const style = getComputedStyle(live[i]);
    to.removeAttribute('class');
    for (const prop of PROPS) to.setAttribute(prop, style.getPropertyValue(prop));
  });
  const style = getComputedStyle(svg);
  const [w, h] = (svg.getAttribute('viewBox') || '0 0 300 300').split(' ').slice(2).map(num);
  // The figure's legend, when it has one beside it in HTML (the chart's): a row each,
  // its swatch's line and its words, below the figure.
  const keys = [...(svg.closest('figure')?.querySelectorAll('li') ?? [])].map((li) => {
    const line = li.querySelector('line');
    const look = line ? getComputedStyle(line) : null;
    const stroke = look ? ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap']
      .map((prop) => ` ${prop}="${look.getPropertyValue(prop)}"`).join('') : '';
    const words = [...li.querySelectorAll('span')].map((span) => span.textContent.trim()).join(' ');
    return { stroke, words: words || li.textContent.trim() };
  });
  const rows = keys.length * 16;
  const height = h + 64 + rows;
  // A background in the theme's, told by the text's colour: light text, dark ground.
  const background = num(style.color.replace(/^rgba?\(/, '')) > 128 ? '#14171c' : '#ffffff';
  // A margin of 12 units all round; the words start at the figure's left edge.
  const [outerW, outerH] = [w + 2 * MARGIN, height + MARGIN];
  for (const [key, value] of [['xmlns', 'http://www.w3.org/2000/svg'], ['viewBox', `${-MARGIN} -36 ${outerW} ${outerH}`],
    ['width', outerW * 2], ['height', outerH * 2], ['font-family', style.fontFamily], ['fill', style.color]]) {
    copy.setAttribute(key, value);
  }
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  const text = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  copy.insertAdjacentHTML('afterbegin',
    `<rect x="${-MARGIN}" y="-36" width="${outerW}" height="${outerH}" fill="${background}"/>` +
    `<text x="0" y="-14" font-size="16" font-weight="700">${text(svg.querySelector('title')?.textContent || '')}</text>` +
    keys.map((key, i) => `<line x1="0" y1="${h + 14 + i * 16}" x2="24" y2="${h + 14 + i * 16}"${key.stroke}/>` +
      `<text x="32" y="${h + 18 + i * 16}" font-size="11">${text(key.words)}</text>`).join('') +
    // Shrunk to fit the figure's width (a long address at about 0.55 em a character).
    `<text x="0" y="${h + 18 + rows}" font-size="${Math.min(10, w / (0.55 * from.length)).toFixed(2)}" opacity="0.75">${text(from)}</text>`);
  let href;
  try {
    href = format === 'svg'
      // The HTML serialiser writes a no-break space as `&nbsp;`, which XML lacks.
      ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(copy.outerHTML.replace(/&nbsp;/g, '&#160;'))}`
      : paint(copy, outerW, outerH);
  } catch {
    return say(failed);
  }
  const link = document.createElement('a');
  link.href = href;
  link.download = `restaking-${name}.${format}`;
  near.after(link);
  link.click();
  link.remove();
  say(window.origin === 'null' ? inFrame : '');
}

/** The styled copy, `w` × `h` units from (−MARGIN, −36), painted 1,200 px wide: a PNG's address. */
function paint(svg, w, h) {
  const canvas = document.createElement('canvas');
  const scale = 1200 / w;
  canvas.width = 1200;
  canvas.height = Math.round(h * scale);
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  ctx.translate(MARGIN, 36);
  // SVG's inheritance: an attribute not on a shape comes from the nearest group with it.
  const get = (el, key) => el.closest(`[${key}]`)?.getAttribute(key) || '';
  for (const el of svg.querySelectorAll('*')) {
    let alpha = 1;
    let hidden = get(el, 'visibility') === 'hidden';
    for (let at = el; at && at !== svg.parentNode; at = at.parentElement) {
      alpha *= at.hasAttribute('opacity') ? num(at.getAttribute('opacity')) : 1;
      hidden ||= at.getAttribute('display') === 'none';
    }
    if (hidden || alpha <= 0) continue;
    ctx.globalAlpha = alpha;
    const at = (key) => num(el.getAttribute(key));
    const tag = el.tagName;
    if ((tag === 'text' || tag === 'tspan') && !el.firstElementChild) {
      // A tspan's x and dy (in em) are its own; its y is its text's.
      const textEl = tag === 'tspan' ? el.parentElement : el;
      const size = num(get(el, 'font-size'));
      let y = num(textEl.getAttribute('y'));
      for (let span = textEl.firstElementChild; span; span = span.nextElementSibling) {
        const dy = span.getAttribute('dy') || '';
        y += num(dy) * (dy.endsWith('em') ? size : 1);
        if (span === el) break;
      }
      ctx.font = `${get(el, 'font-weight')} ${size}px ${get(el, 'font-family')}`;
      ctx.textAlign = { middle: 'center', end: 'end' }[get(el, 'text-anchor')] || 'start';
      ctx.textBaseline = get(el, 'dominant-baseline') === 'middle' ? 'middle' : 'alphabetic';
      ctx.fillStyle = get(el, 'fill');
      ctx.fillText(el.textContent, el.hasAttribute('x') ? at('x') : num(textEl.getAttribute('x')), y);
      continue;
    }
    const path = new Path2D(
      tag === 'path' ? el.getAttribute('d')
        : tag === 'polygon' ? `M${el.getAttribute('points')}Z`
          : tag === 'line' ? `M${at('x1')} ${at('y1')}L${at('x2')} ${at('y2')}`
            : tag === 'rect' ? `M${at('x')} ${at('y')}h${at('width')}v${at('height')}h${-at('width')}Z` : '');
    if (tag === 'circle') path.arc(at('cx'), at('cy'), at('r'), 0, 2 * Math.PI);
    const [fill, stroke, width] = [get(el, 'fill'), get(el, 'stroke'), num(get(el, 'stroke-width'))];
    if (fill && fill !== 'none') {
      ctx.fillStyle = fill;
      ctx.fill(path);
    }
    if (stroke && stroke !== 'none' && width > 0) {
      const dash = get(el, 'stroke-dasharray');
      ctx.setLineDash(dash === 'none' ? [] : dash.split(',').map(num));
      ctx.lineWidth = width;
      ctx.lineCap = get(el, 'stroke-linecap') || 'butt';
      ctx.lineJoin = get(el, 'stroke-linejoin') || 'miter';
      ctx.strokeStyle = stroke;
      ctx.stroke(path);
    }
  }
  return canvas.toDataURL('image/png');
}
