// The iframe page's height, told to the page around it (embed.html only). A classic
// script, so it runs in a sandboxed frame (`sandbox="allow-scripts"`, as WordPress and
// other oEmbed consumers make it) even where the module that draws the live widget is
// refused for want of a CORS header: the prerendered content is then sized all the same.
//
// Posted now and whenever the content changes size, in each dialect a host may listen for:
// - ours, for embed-host.js: { source: 'restaking-explainer', type: 'height', height, frame };
// - AMP's amp-iframe (and hosts that speak it): { sentinel: 'amp', type: 'embed-size', height };
// - WordPress's, when WordPress put a secret in the frame's address (`#?secret=…`):
//   { message: 'height', value, secret }. WordPress's wp-embed.js sizes the frame whose
//   data-secret matches (between 200 and 1,000 px), and says { message: 'ready', secret }
//   once it listens, which is answered with the height.
// Only the parent is told, and that one message is all this listens to.
//
// And a link to a source, followed inside a frame, would take the widget's place with a
// page that may refuse to be framed: it opens in a new tab instead. Where the frame may
// open none (a sandbox without allow-popups, as WordPress makes it), its address is given
// as text, selected, for the reader to copy.
(function () {
  'use strict';
  if (window.parent === window) return;
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element && event.target.closest('a[href^="http"]');
    if (!link || link.origin === location.origin || event.defaultPrevented) return;
    event.preventDefault();
    var opened = window.open(link.href, '_blank');
    if (opened) {
      opened.opener = null;
      return;
    }
    var text = link.nextElementSibling;
    if (!text || !text.classList.contains('rx-link-text')) {
      text = document.createElement('input');
      text.className = 'rx-link-text';
      text.readOnly = true;
      text.value = link.href;
      text.setAttribute('aria-label', 'This frame cannot open a new tab: the address to copy');
      link.after(text);
    }
    text.focus();
    text.select();
  });
})();

(function () {
  'use strict';
  if (window.parent === window || !('ResizeObserver' in window)) return;
  var frame = new URLSearchParams(location.search).get('frame') || '';
  var secret = new URLSearchParams(location.hash.replace(/^#\??/, '')).get('secret');
  if (secret && !/^[A-Za-z0-9]+$/.test(secret)) secret = null;

  function post() {
    // The widget's mount, looked up each time: the live widget takes the prerendered
    // one's place, element and all.
    var root = document.getElementById('restaking-explainer');
    var height = root ? Math.ceil(root.scrollHeight) : 0;
    // Before layout the content measures 0: a host would collapse the frame, then jump.
    if (!height) return;
    // The height is no secret, and the embedding page's origin is not known here (in a
    // sandbox the frame's own origin is opaque too).
    parent.postMessage({ source: 'restaking-explainer', type: 'height', height: height, frame: frame }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    if (secret) parent.postMessage({ message: 'height', value: height, secret: secret }, '*');
  }

  // Now, once everything has loaded, and whenever the body (which holds nothing but the
  // widget) changes size. Not by the observer alone: a frame the page hides (WordPress
  // clips its frame to 1 px until the first height message) is not drawn, and Chromium
  // runs no observer for a frame it does not draw.
  post();
  addEventListener('load', post);
  // And again a few times over the first half minute, until WordPress says it listens. A
  // message posted before the page around has its listener is lost, and so is WordPress's
  // `ready` when it reaches this frame before this script runs: with both lost (seen once
  // in CI, on a busy machine) WordPress kept the frame clipped for good. The same height
  // again changes nothing.
  var retries = [];
  for (var delay = 250; delay <= 32000; delay *= 2) retries.push(setTimeout(post, delay));
  new ResizeObserver(post).observe(document.body);
  if (secret) {
    addEventListener('message', function (event) {
      var data = event.data;
      if (event.source === parent && data && data.message === 'ready' && data.secret === secret) {
        retries.forEach(clearTimeout);
        post();
      }
    });
  }
})();
