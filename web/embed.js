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
  var HEIGHTS = { 'fan-out': 1015, flow: 870, compare: 1230, calculator: 3380, risks: 1505 };
  var GAP = 48;
  // The whole widget adds its opening, the glossary and the sources part.
  var INTRO_AND_GLOSSARY = 2245;
  var instances = 0;

  function parts(el) {
    var list = (el.getAttribute('data-restaking-explainer') || '')
      .split(',')
      .map(function (p) { return p.trim().toLowerCase(); })
      .filter(function (p) { return HEIGHTS[p]; });
    return list.length ? list : Object.keys(HEIGHTS);
  }

  // The element that carries the shadow root, per author's element: usually the element
  // itself, an inner div when the element cannot carry one (see shadowHost).
  var hosts = new WeakMap();
  var FAILED = 'The restaking explainer could not load.';

  // Only some elements can carry a shadow root: div, span, p, section, article, aside,
  // blockquote, body, h1-h6, header, footer, main, nav, and custom elements (<rx-box>).
  // On any other (li, figure, td, dd, …) attachShadow throws NotSupportedError, so the
  // widget's shadow root goes on a div made inside it. Like a shadow root on the element
  // itself, the div takes the place of whatever the element held.
  function shadowHost(el) {
    if (el.shadowRoot) return el;
    try {
      el.attachShadow({ mode: 'open' });
      return el;
    } catch (error) {
      var inner = document.createElement('div');
      el.replaceChildren(inner);
      inner.attachShadow({ mode: 'open' });
      return inner;
    }
  }

  function placeholder(el) {
    var list = parts(el);
    var height = list.reduce(function (sum, p) { return sum + HEIGHTS[p]; }, 0) + GAP * (list.length - 1);
    if (list.length === Object.keys(HEIGHTS).length) height += INTRO_AND_GLOSSARY;
    var host = shadowHost(el);
    hosts.set(el, host);
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = css;
    var box = document.createElement('div');
    box.className = 'rx rx-placeholder';
    box.textContent = 'Loading the restaking explainer…';
    // On the placeholder inside the shadow root, not on the host: the host's box is the
    // widget's (`:host`, held with !important against the page's own rules), and the
    // placeholder leaves with its height when the widget appears.
    box.style.minHeight = height + 'px';
    host.shadowRoot.replaceChildren(link, box);
  }

  // A widget that could not start says so in its own box, at the size of its message
  // rather than the placeholder's: a gap with nothing in it would look like a broken page.
  function fail(el, error) {
    console.error(error);
    try {
      el.setAttribute('data-rx-state', 'failed');
      var host = hosts.get(el);
      var shadow = host && host.shadowRoot;
      var box = shadow && shadow.querySelector('.rx-placeholder');
      if (box) box.style.minHeight = '';
      if (!box) {
        box = document.createElement('div');
        box.className = 'rx rx-placeholder';
        (shadow || el).appendChild(box);
      }
      box.textContent = FAILED;
    } catch (ignored) {
      // An element that takes no children either: the console has the error.
    }
  }

  // The parts that have a build of their own, smaller than the whole widget's; filled
  // in by the release build (scripts/part-builds.mjs). Empty in a debug build.
  var PART_BUILDS = [];

  // The smallest build that has every part `el` asks for: the part's own when it asks
  // for one, the whole widget otherwise.
  function build(el) {
    var list = parts(el);
    return list.length === 1 && PART_BUILDS.indexOf(list[0]) >= 0
      ? 'restaking-explainer-' + list[0]
      : 'restaking-explainer';
  }

  function load(el) {
    instances += 1;
    var name = build(el);
    el.setAttribute('data-rx-build', name);
    // One module instance, and so one wasm instance, per widget: a crash stays in its box.
    var glue = new URL(name + '.js?instance=' + instances, base).href;
    var wasm = new URL(name + '_bg.wasm', base);
    return import(glue)
      .then(function (mod) {
        return mod.default({ module_or_path: wasm }).then(function () {
          // The widget takes the placeholder's place once its stylesheet has loaded.
          mod.mount(el, css, hosts.get(el));
        });
      })
      .catch(function (error) {
        fail(el, error);
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
      // Each element on its own: one that cannot take a widget shows why in its box and
      // leaves every other widget on the page to mount.
      try {
        el.setAttribute('data-rx-state', 'waiting');
        placeholder(el);
        if (observer) observer.observe(el);
        else load(el);
      } catch (error) {
        fail(el, error);
      }
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
