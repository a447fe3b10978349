// Restaking, explained: the script embed.
//
//   <div data-restaking-explainer="calculator,fan-out" data-stake="32"></div>
//   <script src="https://…/embed.js" defer></script>
//
// Every element with data-restaking-explainer (a comma-separated list of parts; empty
// means all five) gets a widget of its own, configured by data- attributes named like
// the URL parameters (data-stake, data-services, data-theme, data-step, …). Nothing
// loads until an element comes near the viewport; until then it keeps a sized
// placeholder. Elements added to the page later: call window.RestakingExplainer.mount()
// (or .mount(someContainer) to look only inside it).
(function () {
  'use strict';

  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : window.location.href);
  var css = new URL('widget.css', base).href;
  // Heights in CSS px of each part in a column 760 px wide (measured on embed.html): the
  // placeholder's size, so the page below barely moves when the widget arrives.
  var HEIGHTS = { 'fan-out': 620, flow: 710, compare: 920, calculator: 2900, risks: 1230 };
  var GAP = 48;
  var INTRO_AND_GLOSSARY = 880;
  var instances = 0;

  function parts(el) {
    var list = (el.getAttribute('data-restaking-explainer') || '')
      .split(',')
      .map(function (p) { return p.trim().toLowerCase(); })
      .filter(function (p) { return HEIGHTS[p]; });
    return list.length ? list : Object.keys(HEIGHTS);
  }

  function placeholder(el) {
    var list = parts(el);
    var height = list.reduce(function (sum, p) { return sum + HEIGHTS[p]; }, 0) + GAP * (list.length - 1);
    if (list.length === Object.keys(HEIGHTS).length) height += INTRO_AND_GLOSSARY;
    el.style.minHeight = height + 'px';
    var shadow = el.shadowRoot || el.attachShadow({ mode: 'open' });
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = css;
    var box = document.createElement('div');
    box.className = 'rx rx-placeholder';
    box.textContent = 'Loading the restaking explainer…';
    shadow.replaceChildren(link, box);
  }

  function load(el) {
    instances += 1;
    // One module instance, and so one wasm instance, per widget: a crash stays in its box.
    var glue = new URL('restaking-explainer.js?instance=' + instances, base).href;
    var wasm = new URL('restaking-explainer_bg.wasm', base);
    return import(glue)
      .then(function (mod) {
        return mod.default({ module_or_path: wasm }).then(function () {
          // The widget takes the placeholder's place once its stylesheet has loaded.
          mod.mount(el, css);
        });
      })
      .catch(function (error) {
        el.setAttribute('data-rx-state', 'failed');
        var box = el.shadowRoot && el.shadowRoot.querySelector('.rx-placeholder');
        if (box) box.textContent = 'The restaking explainer could not load.';
        console.error(error);
      });
  }

  var observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          function (entries) {
            entries.forEach(function (entry) {
              if (entry.isIntersecting) {
                observer.unobserve(entry.target);
                load(entry.target);
              }
            });
          },
          { rootMargin: '600px 0px' }
        )
      : null;

  function mount(root) {
    var found = (root || document).querySelectorAll('[data-restaking-explainer]:not([data-rx-state])');
    Array.prototype.forEach.call(found, function (el) {
      el.setAttribute('data-rx-state', 'waiting');
      placeholder(el);
      if (observer) observer.observe(el);
      else load(el);
    });
    return found.length;
  }

  window.RestakingExplainer = { mount: mount };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { mount(); });
  } else {
    mount();
  }
})();
