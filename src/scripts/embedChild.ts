// Runs inside /embed/<id>/: tells the parent page our height whenever it changes, and makes the credit
// link work inside WordPress's sandbox.
// Height only; no state or reader text ever leaves the frame. Messages go to "*" because the
// embedding page can be any site; the parent identifies us by event.source.
const MAX_HEIGHT = 4000;
const wpSecret = /[#&?]secret=([A-Za-z0-9]{10})\b/.exec(location.hash)?.[1] ?? null;
let last = 0;

function send(): void {
  // getBoundingClientRect lays the page out if it has to, so the height is current even in a frame the
  // browser has stopped rendering.
  const height = Math.min(MAX_HEIGHT, Math.ceil(document.documentElement.getBoundingClientRect().height));
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'l3x:resize', v: 1, height }, '*');
  // Embedly / Flourish style, understood by Medium-like hosts and Observable-style listeners.
  window.parent.postMessage(JSON.stringify({ context: 'iframe.resize', height, src: location.href }), '*');
  // WordPress wp-embed.js, when WordPress framed us with its secret.
  if (wpSecret) window.parent.postMessage({ secret: wpSecret, message: 'height', value: height }, '*');
}

// When the content changes. Not ResizeObserver + requestAnimationFrame alone: Chromium stops rendering a
// cross-origin frame that is scrolled out of view, and both run only as part of rendering, so a frame
// whose content grew off screen (a tokenizer finishing its download, a notice appearing) reported its new
// height only when scrolled back into view, and the host page jumped then. A MutationObserver callback
// is a microtask, which runs in a frame that is not being rendered too.
new MutationObserver(send).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
// Changes that mutate nothing: a web font arriving, the frame's width changing.
new ResizeObserver(send).observe(document.documentElement);
document.fonts?.addEventListener('loadingdone', send);
send();

// WordPress frames oEmbed content with sandbox="allow-scripts" and no allow-popups, so a link that opens
// a new tab does nothing there. wp-embed.js offers its own message instead: {secret, message: 'link',
// value: url} navigates the host page to a URL on this frame's host, when the frame has focus (a click or
// Enter on the link gives it focus).
if (wpSecret) {
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[href][target="_blank"]') : null;
    if (!link || e.defaultPrevented || new URL(link.href).host !== location.host) return;
    e.preventDefault();
    window.parent.postMessage({ secret: wpSecret, message: 'link', value: link.href }, '*');
  });
}
