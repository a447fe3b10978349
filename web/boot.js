// Starts the widget on the standalone page and on embed.html (the iframe page). A file
// of its own rather than trunk's inline loader, so both pages run under a
// Content-Security-Policy without 'unsafe-inline'.
import init, { start } from './restaking-explainer.js';

init({ module_or_path: new URL('./restaking-explainer_bg.wasm', import.meta.url) })
  .then(() => start())
  .catch((error) => {
    const root = document.getElementById('restaking-explainer');
    if (root) {
      root.textContent = 'The restaking explainer could not start in this browser.';
    }
    console.error(error);
  });
