// Runs in <head> before first paint (inline, hashed into the CSP by astro.config.mjs).
// Site pages: the reader's stored choice. Embed pages: only ?theme=light|dark (embeds store nothing).
(function () {
  var root = document.documentElement, t = null;
  try {
    if (root.hasAttribute('data-embed')) t = new URLSearchParams(location.search).get('theme');
    else t = localStorage.getItem('l3x-theme');
  } catch (e) { /* storage blocked (sandboxed iframe, privacy mode): follow the OS */ }
  if (t === 'light' || t === 'dark') root.setAttribute('data-theme', t);
})();
