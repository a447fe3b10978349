// The story example's own script, and the proof that the host API suffices: each
// paragraph with data-story-set sets the widget when it reaches the middle of the screen,
// and the figures in that paragraph quote the widget's own results, taken from its
// restaking-change events. Each paragraph sets every value it relies on, so the story
// reads the same scrolled in either direction.
(function () {
  'use strict';
  var widget = document.querySelector('restaking-explainer');
  var format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  var active = null;

  function quote(params, results) {
    if (!active || !results) return;
    active.querySelectorAll('[data-story-figure]').forEach(function (el) {
      var name = el.getAttribute('data-story-figure');
      var value = name in results ? results[name] : params[name];
      el.textContent = value === null || value === undefined ? 'none' : format.format(Number(value));
    });
  }

  widget.addEventListener('restaking-change', function (event) {
    quote(event.detail.params, event.detail.results);
  });

  var observer = new IntersectionObserver(
    function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting || entry.target === active) return;
        if (active) active.classList.remove('story__step--active');
        active = entry.target;
        active.classList.add('story__step--active');
        widget.set(JSON.parse(active.getAttribute('data-story-set')));
        // Already there (no change, so no event): quote what the widget shows now.
        quote(widget.params, widget.results);
      });
    },
    // A paragraph is "on" while it crosses the middle tenth of the screen.
    { rootMargin: '-45% 0px -45% 0px' }
  );
  document.querySelectorAll('[data-story-set]').forEach(function (p) {
    observer.observe(p);
  });
})();
