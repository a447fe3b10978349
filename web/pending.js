// Runs before the page is drawn (a classic script in the head, so it blocks the first
// paint for the few microseconds it takes). The prerendered page holds the article's
// example; when the URL asks for other numbers, those figures are not the reader's
// until the live widget takes over. This marks the page so that, from the very first
// paint, its stylesheet dims every figure and says the reader's own are being worked
// out (see "pending" in styles/widget.css), and once the page is parsed it marks the
// widget aria-busy. boot.js then starts the live widget at once rather than at idle time;
// the live widget takes the marked one's place, and boot.js clears the page's mark.
(function () {
  'use strict';
  // Every URL parameter that changes what a figure, a label or a step shows: all the
  // widget reads but `theme` and `view` (src/config.rs, PARAM_NAMES; a unit test checks
  // that the two lists agree).
  var STATE = ['stake', 'base', 'services', 'prob', 'alloc', 'names', 'slash', 'fee', 'commission', 'protocolfee', 'lrtfee', 'model', 'years', 'slashyear', 'step', 'path'];
  var query = new URLSearchParams(window.location.search);
  // The locales, each with its own pages (src/i18n.rs, LOCALES; a unit test checks that
  // the two lists agree): English at the root, the others in their folders. A `lang` in
  // the URL that names another locale than the page's goes to that locale's page, with
  // the same numbers; an unknown one is ignored.
  var LOCALES = ['en', 'tr', 'ar', 'es', 'pt-BR', 'zh-CN', 'vi'];
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
  var want = locale(query.get('lang') || '');
  var here = document.documentElement.lang || 'en';
  var file = window.location.pathname.split('/').pop();
  // Every page has its locale's twin: the standalone page, the frame, each part's page.
  if (want && want !== here && /^(|[a-z-]+\.html)$/.test(file)) {
    var up = here === 'en' ? '' : '../';
    var page = up + (want === 'en' ? '' : want + '/') + (file === 'index.html' ? '' : file);
    window.location.replace((page || './') + window.location.search + window.location.hash);
    return;
  }
  for (var i = 0; i < STATE.length; i++) {
    if (query.has(STATE[i])) {
      document.documentElement.setAttribute('data-rx-pending', '');
      // When parsing ends, before the modules run and before the next frame.
      document.addEventListener('readystatechange', function busy() {
        var root = document.getElementById('restaking-explainer');
        if (root) root.setAttribute('aria-busy', 'true');
        document.removeEventListener('readystatechange', busy);
      });
      return;
    }
  }
})();
