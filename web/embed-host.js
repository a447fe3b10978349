// Restaking, explained: the host side of the iframe embed (MIT, no dependencies).
// Include it once on the page that holds the iframe(s):
//
//   <iframe src="https://…/embed.html?view=calculator" data-restaking-explainer-frame …></iframe>
//   <script src="https://…/embed-host.js" defer></script>
//
// The frame posts { source: "restaking-explainer", type: "height", height, frame } to its
// parent whenever its content changes size; this sets the frame's height to match. Only
// messages from the embed's own origin (where this file is served from) are accepted,
// and the height is kept between MIN_PX and MAX_PX.
(function () {
  'use strict';
  var MIN_PX = 200;
  var MAX_PX = 6000;
  var script = document.currentScript;
  var embedOrigin = new URL(script && script.src ? script.src : window.location.href).origin;

  // No inline styles needed on the host page: the frames are styled from here.
  function prepare() {
    var frames = document.querySelectorAll('iframe[data-restaking-explainer-frame]');
    for (var i = 0; i < frames.length; i++) {
      frames[i].style.border = '0';
      frames[i].style.display = 'block';
      frames[i].style.width = '100%';
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepare);
  else prepare();

  window.addEventListener('message', function (event) {
    if (event.origin !== embedOrigin) return;
    var data = event.data;
    if (!data || data.source !== 'restaking-explainer' || data.type !== 'height') return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-restaking-explainer-frame]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(MAX_PX, Math.max(MIN_PX, Math.ceil(data.height))) + 'px';
      }
    }
  });
})();
