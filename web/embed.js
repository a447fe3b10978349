// Restaking, explained: the script embed.
//
//   <restaking-explainer view="calculator" stake="64" services="2.5,1"></restaking-explainer>
//   <div data-restaking-explainer="calculator,fan-out" data-stake="32"></div>
//   <script src="https://…/embed.js" integrity="sha384-…" crossorigin="anonymous" defer></script>
//
// A <restaking-explainer> element takes the URL parameters as attributes (view lists the
// parts); the div form takes them with a data- prefix, and data-restaking-explainer
// lists the parts (empty means all five). Each element gets a widget of its own. Nothing
// loads until an element comes near the viewport; until then it keeps a sized
// placeholder. Elements added to the page later: a <restaking-explainer> mounts itself;
// for the div form call window.RestakingExplainer.mount() (or .mount(someContainer)).
//
// The host API, on either kind of element: `params` (the state as URL parameter
// strings), `results` (name → number or null), `set({ stake: 64 })` (merged, validated
// like a URL), `reset()`, and a `restaking-change` event (bubbles, composed; detail =
// { params, results }) after every change of state, at most once an animation frame.
// Every file this loader fetches is checked against a hash the build wrote: the glue
// and the stylesheet against INTEGRITY below, the wasm and the words against the hashes
// in their glue (`WASM`, `WORDS`), whose own hash is here. A file changed on its way (on a
// CDN, say) is refused.
(function () {
  'use strict';

  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : window.location.href);
  var css = new URL('widget.css', base).href;
  // Heights in CSS px of each part in a column 760 px wide (measured on embed.html): the
  // placeholder's size, so the page below barely moves when the widget arrives.
  var HEIGHTS = { 'fan-out': 995, flow: 740, compare: 1199, calculator: 1479, risks: 780 };
  // The sha256 of each build's glue, by build (`calculator` for restaking-explainer-
  // calculator.js, `all` for the whole widget's), and of widget.css (`css`), written in by the
  // release build (scripts/integrity.mjs). Empty in a debug build, which checks nothing.
  var INTEGRITY = {};
  var TAG = 'restaking-explainer';
  // The URL parameters: the element's attributes (the div form's, with data- before).
  var PARAMS = ['stake', 'base', 'services', 'prob', 'alloc', 'names', 'slash', 'fee', 'commission', 'protocolfee', 'lrtfee', 'model',
    'theme', 'view', 'years', 'slashyear', 'step', 'path'];
  var GAP = 48;
  // The calculator's "more settings", which open when the element sets any of them.
  var MORE_OPEN = 1800;
  var MORE_DEFAULTS = { fee: 0, commission: 0, protocolfee: 0, lrtfee: 0, years: 5, slashyear: 2 };

  // Whether `el` sets any of the calculator's "more settings" to other than its default
  // (as Scenario::has_advanced decides for the live widget; a pinned snippet names them
  // all, mostly at their defaults).
  function setsMore(el) {
    var get = function (name) { return el.getAttribute(isElement(el) ? name : 'data-' + name); };
    var list = function (name) { return (get(name) || '').split(',').map(Number); };
    if (get('model') && get('model').trim() !== 'independent') return true;
    if (get('prob') !== null && list('prob').some(function (p) { return p !== 2; })) return true;
    if (get('alloc') !== null && list('alloc').some(function (a, i, all) { return a !== all[0]; })) return true;
    if (get('names') !== null && get('names').split(',').some(function (n, i) {
      return n.trim() !== 'Service ' + String.fromCharCode(65 + i);
    })) return true;
    return Object.keys(MORE_DEFAULTS).some(function (name) {
      return get(name) !== null && Number(get(name)) !== MORE_DEFAULTS[name];
    });
  }
  // The whole widget adds its opening, the glossary and the sources part, less the short
  // source list each part ends with when it is shown alone.
  var INTRO_AND_GLOSSARY = 237;
  var instances = 0;
  // The locales (src/i18n.rs, LOCALES; a unit test checks that the lists agree). The
  // wasm holds no words: each build's are fetched, once, with only the messages that
  // build asks for (scripts/locales.mjs).
  var LOCALES = ['en', 'tr', 'ar', 'es', 'pt-BR', 'zh-CN', 'vi'];
  var texts = {};

  // The reader's language for `el`: its `data-lang` (a div), else the nearest `lang`,
  // on the element itself or around it in the article; English for any other.
  function language(el) {
    return locale(el.getAttribute('data-lang') || (el.closest('[lang]') || el).getAttribute('lang') || '') || 'en';
  }
  // The locale a `lang` value asks for, as src/i18n.rs `supported` matches: the whole
  // tag, else its language alone (pt → pt-BR, zh-SG → zh-CN; not Traditional Chinese).
  function locale(asked) {
    var found;
    asked = asked.toLowerCase();
    LOCALES.forEach(function (code) {
      var c = code.toLowerCase();
      if (c === asked || (!found && c.split('-')[0] === asked.split(/[-_]/)[0] && !/^zh.*(hant|tw|hk|mo)/.test(asked))) found = code;
    });
    return found;
  }

  // The words of build `name` in `lang`, checked against the hash in the build's glue,
  // `sums` (by locale; scripts/integrity.mjs): a part's are `locales/<part>.<lang>.txt`,
  // the whole widget's `locales/<lang>.txt`.
  function words(name, lang, sums) {
    var file = 'locales/' + name.replace(/^restaking-explainer-?(all)?/, '').replace(/.$/, '$&.') + lang + '.txt';
    var sum = sums && sums[lang];
    if (!texts[file]) {
      texts[file] = fetch(new URL(file, base).href, sum ? { integrity: sum, mode: 'cors', credentials: 'omit' } : {})
        .then(function (r) { return r.ok ? r.text() : Promise.reject(new Error(file + ': ' + r.status)); });
    }
    return texts[file];
  }

  // Line `n` of `text`, a locale's words (src/i18n.rs: the locale's code, then one message
  // a line, the loaders' own first: 1 is loader-failed, 2 loader-loading), as it stands:
  // they are plain words (a unit test in src/i18n.rs); '' without it.
  function said(text, n) {
    return text.split('\n')[n] || '';
  }

  function isElement(el) {
    return el.localName === TAG;
  }

  function parts(el) {
    var list = (el.getAttribute(isElement(el) ? 'view' : 'data-restaking-explainer') || '')
      .split(',')
      .map(function (p) { return p.trim().toLowerCase(); })
      .filter(function (p) { return HEIGHTS[p]; });
    return list.length ? list : Object.keys(HEIGHTS);
  }

  // The element that carries the shadow root, per author's element: usually the element
  // itself, an inner div when the element cannot carry one (see shadowHost).
  var hosts = new WeakMap();
  // Said when the words themselves could not be had; else the locale's loader-failed.
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
    if (list.indexOf('calculator') >= 0 && setsMore(el)) height += MORE_OPEN;
    var host = shadowHost(el);
    hosts.set(el, host);
    var link = stylesheet(el);
    var box = document.createElement('div');
    box.className = 'rx rx-placeholder';
    // Its words (loader-loading) arrive with the widget's (see load).
    // On the placeholder inside the shadow root, not on the host: the host's box is the
    // widget's (`:host`, held with !important against the page's own rules), and the
    // placeholder leaves with its height when the widget appears.
    box.style.minHeight = height + 'px';
    host.shadowRoot.replaceChildren(link, box);
  }

  // The widget's stylesheet, checked against its hash; a refused one fails the widget.
  function stylesheet(el) {
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    if (INTEGRITY.css) {
      link.integrity = INTEGRITY.css;
      link.crossOrigin = 'anonymous';
    }
    link.href = css;
    link.addEventListener('error', function () { fail(el, new Error('widget.css was refused')); });
    return link;
  }

  // The widget's own box in the shadow root, hidden until the stylesheet (the
  // placeholder's, already on its way) has loaded; then it takes the placeholder's place.
  // A stylesheet refused leaves it hidden, and the placeholder says why (see fail).
  function box(el) {
    var shadow = hosts.get(el).shadowRoot;
    var link = shadow.querySelector('link');
    var root = document.createElement('div');
    root.className = 'rx-host';
    root.hidden = true;
    shadow.appendChild(root);
    var show = function () {
      var placeholder = shadow.querySelector('.rx-placeholder');
      if (placeholder) placeholder.remove();
      root.hidden = false;
    };
    if (link.sheet) show();
    else link.addEventListener('load', show);
    return root;
  }

  // A widget that could not start says so in its own box, at the size of its message
  // rather than the placeholder's: a gap with nothing in it would look like a broken page.
  function fail(el, error, message) {
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
      box.textContent = message || FAILED;
    } catch (ignored) {
      // An element that takes no children either: the console has the error.
    }
  }

  // The smallest build that has every part `el` asks for: the part's own when it asks
  // for one, the whole widget otherwise (its glue for embeds, `-all`, which carries the
  // hashes of its wasm and words; the standalone page's carries none). The builds are
  // those INTEGRITY names (scripts/part-builds.mjs): none but the whole widget in a
  // debug build.
  function build(el) {
    var list = parts(el);
    var own = list.length === 1 ? list[0] : 'all';
    return INTEGRITY[own] ? 'restaking-explainer-' + own : 'restaking-explainer';
  }

  // What the host page holds of each live widget (see src/embed.rs, Widget), and what it
  // asked for before the widget was live (applied once it is).
  var widgets = new WeakMap();
  var early = new WeakMap();

  // Imports a glue module with its integrity checked: a module preload carries the
  // hash, and the import then takes the module it fetched (or its refusal).
  function importChecked(sum, url) {
    if (sum) {
      var preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.integrity = sum;
      preload.crossOrigin = 'anonymous';
      preload.href = url;
      document.head.appendChild(preload);
    }
    return import(url);
  }

  function load(el) {
    instances += 1;
    var name = build(el);
    el.setAttribute('data-rx-build', name);
    // One module instance, and so one wasm instance, per widget: a crash stays in its box.
    var glue = new URL(name + '.js?instance=' + instances, base).href;
    var module = importChecked(INTEGRITY[name.slice(20)], glue);
    var text = module.then(function (mod) {
      return words(name, language(el), mod.WORDS);
    });
    text.then(function (got) {
      var host = hosts.get(el);
      var box = host && host.shadowRoot && host.shadowRoot.querySelector('.rx-placeholder');
      if (box && !box.textContent) box.textContent = said(got, 2);
    }, function () {});
    return module
      .then(function (mod) {
        // The wasm, checked against the hash its glue carries (none in a debug build).
        var wasm = new URL(name.replace(/-all$/, '') + '_bg.wasm', base).href;
        var wasmResponse = mod.WASM ? fetch(wasm, { integrity: mod.WASM, mode: 'cors', credentials: 'omit' }) : wasm;
        return Promise.all([text, mod.default({ module_or_path: wasmResponse })]).then(function (got) {
          mod.words(got[0], base.href);
          var widget = mod.mount(el, box(el), changed(el));
          widgets.set(el, widget);
          if (early.has(el)) {
            widget.set(early.get(el));
            early.delete(el);
          }
        });
      })
      .catch(function (error) {
        text.then(function (got) {
          fail(el, error, said(got, 1));
        }, function () {
          fail(el, error);
        });
      });
  }

  // The restaking-change event of `el`: one an animation frame at most, with the state
  // as it is when it is sent.
  function changed(el) {
    var queued = false;
    return function () {
      if (queued) return;
      queued = true;
      requestAnimationFrame(function () {
        queued = false;
        var widget = widgets.get(el);
        if (!widget) return;
        el.dispatchEvent(new CustomEvent('restaking-change', {
          bubbles: true,
          composed: true,
          detail: { params: widget.params(), results: widget.results() },
        }));
      });
    };
  }

  // The host API on an element: the same on <restaking-explainer> and on a div embed.
  var api = {
    params: {
      get: function () {
        var widget = widgets.get(this);
        if (widget) return widget.params();
        // Not live yet: what its attributes say, as given.
        var out = {};
        var element = isElement(this);
        for (var i = 0; i < PARAMS.length; i++) {
          var attr = element ? PARAMS[i] : PARAMS[i] === 'view' ? 'data-restaking-explainer' : 'data-' + PARAMS[i];
          if (this.hasAttribute(attr)) out[PARAMS[i]] = this.getAttribute(attr);
        }
        return out;
      },
    },
    results: {
      get: function () {
        var widget = widgets.get(this);
        return widget ? widget.results() : null;
      },
    },
    set: {
      value: function (values) {
        var widget = widgets.get(this);
        if (widget) widget.set(values || {});
        else early.set(this, Object.assign(early.get(this) || {}, values));
      },
    },
    reset: {
      value: function () {
        var widget = widgets.get(this);
        if (widget) widget.reset();
        else early.delete(this);
      },
    },
  };

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

  // Takes one element in: its placeholder now, its widget when it nears the viewport.
  function adopt(el) {
    // Each element on its own: one that cannot take a widget shows why in its box and
    // leaves every other widget on the page to mount.
    try {
      el.setAttribute('data-rx-state', 'waiting');
      if (!isElement(el)) Object.defineProperties(el, api);
      placeholder(el);
      if (observer) observer.observe(el);
      else load(el);
    } catch (error) {
      fail(el, error);
    }
  }

  function mount(root) {
    var found = (root || document).querySelectorAll('[data-restaking-explainer]:not([data-rx-state])');
    Array.prototype.forEach.call(found, adopt);
    return found.length;
  }

  // <restaking-explainer>: a thin element class (Yew cannot subclass HTMLElement) that
  // takes itself in when it joins a page, and hands later attribute changes to its
  // live widget.
  if (window.customElements && !customElements.get(TAG)) {
    var Explainer = function () {
      return Reflect.construct(HTMLElement, [], Explainer);
    };
    Explainer.prototype = Object.create(HTMLElement.prototype, api);
    Explainer.prototype.constructor = Explainer;
    Object.setPrototypeOf(Explainer, HTMLElement);
    Object.defineProperty(Explainer, 'observedAttributes', { get: function () { return PARAMS; } });
    Explainer.prototype.connectedCallback = function () {
      if (!this.hasAttribute('data-rx-state')) adopt(this);
    };
    Explainer.prototype.attributeChangedCallback = function (name, was, now) {
      if (was === now || !widgets.has(this)) return;
      var change = {};
      change[name] = now; // null when removed: back to the default
      widgets.get(this).set(change);
    };
    customElements.define(TAG, Explainer);
  }

  window.RestakingExplainer = { mount: mount };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { mount(); });
  } else {
    mount();
  }
})();
