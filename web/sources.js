// The facts' details (src/facts.rs, src/components/sources.rs), one click away: fetched
// when a reader first asks for one, and shown beside the mark that asked. In JavaScript
// because it is mostly DOM calls, which cost the wasm several times these bytes; the
// build puts it inside each wasm-bindgen glue (scripts/minify.mjs, `inlineSnippets`).

/** A text file beside the widget, checked against `integrity` when the build gave one. */
export function rxFetchText(url, integrity) {
  return fetch(url, integrity ? { integrity, mode: 'cors', credentials: 'omit' } : {}).then((r) =>
    r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`)),
  );
}

/**
 * Shows a fact under `mark`, in its widget's own box (one per widget, id `id`, named
 * `label`): a popover, closed by Escape, a tap elsewhere or its button (`close`), kept
 * inside the screen, above the mark near the bottom. `heading` numbers it; `words` are
 * its statement, source, address, dates and quote, or one line saying why they are
 * missing. False where the browser has no popovers.
 */
export function rxShowFact(mark, id, label, heading, words, close) {
  const widget = mark.closest('[data-rx-root]');
  if (!widget || !HTMLElement.prototype.showPopover) return false;
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const key in attrs) e.setAttribute(key, attrs[key]);
    e.append(...kids);
    return e;
  };
  let pop = widget.querySelector('.rx-fact-pop');
  if (!pop) {
    pop = el('div', { class: 'rx-fact-pop', id, popover: 'auto', role: 'dialog', 'aria-label': label, tabindex: '-1' });
    widget.append(pop);
  }
  const [statement, source, url, dates, quote] = words;
  pop.replaceChildren(
    el('p', { class: 'rx-fact-pop__number' }, heading),
    ...(url
      ? [statement, ' ', el('span', { class: 'rx-sources' }, el('a', { href: url, rel: 'noopener noreferrer', lang: 'en', dir: 'ltr' }, source), dates),
        el('blockquote', { class: 'rx-quote', cite: url, lang: 'en', dir: 'ltr' }, `“${quote}”`)]
      : [el('p', {}, statement)]),
    el('button', { type: 'button', class: 'rx-button rx-button--quiet', popovertarget: id, popovertargetaction: 'hide' }, close),
  );
  const at = mark.getBoundingClientRect();
  const width = Math.min(innerWidth - 16, 360);
  const low = at.bottom > innerHeight * 0.6;
  Object.assign(pop.style, {
    width: `${width}px`,
    left: `${Math.max(8, Math.min(at.left - width / 2, innerWidth - width - 8))}px`,
    top: low ? 'auto' : `${at.bottom + 6}px`,
    bottom: low ? `${innerHeight - at.top + 6}px` : 'auto',
  });
  // Shown already (another mark): hidden first, so it opens again where it now belongs.
  if (pop.matches(':popover-open')) pop.hidePopover();
  pop.showPopover();
  pop.focus();
  return true;
}
