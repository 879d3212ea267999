// Runs inside /embed/<id>/: tells the parent page our height whenever it changes.
// Height only; no state or reader text ever leaves the frame. Messages go to "*" because the
// embedding page can be any site; the parent identifies us by event.source.
const MAX_HEIGHT = 4000;
const wpSecret = /[#&?]secret=([A-Za-z0-9]{10})\b/.exec(location.hash)?.[1] ?? null;
let last = 0;
let queued = false;

function send(): void {
  queued = false;
  const height = Math.min(MAX_HEIGHT, Math.ceil(document.documentElement.getBoundingClientRect().height));
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'l3x:resize', v: 1, height }, '*');
  // Embedly / Flourish style, understood by Medium-like hosts and Observable-style listeners.
  window.parent.postMessage(JSON.stringify({ context: 'iframe.resize', height, src: location.href }), '*');
  // WordPress wp-embed.js, when WordPress framed us with its secret.
  if (wpSecret) window.parent.postMessage({ secret: wpSecret, message: 'height', value: height }, '*');
}

new ResizeObserver(() => {
  if (!queued) { queued = true; requestAnimationFrame(send); }
}).observe(document.documentElement);
send();
