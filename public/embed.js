/*! Llama 3 Explained embed helper · MIT · no dependencies
 * 1. Resizes this site's iframes (marked data-l3x) to the height their page reports.
 *    The sender is identified by event.source, never by URL; only numeric heights are read.
 * 2. Defines <l3x-embed widget="what-changed" params="size=405b" theme="dark" height="760">,
 *    which creates that iframe for you. */
(function () {
  'use strict';
  if (window.__l3xEmbed) return;
  window.__l3xEmbed = true;
  var script = document.currentScript;
  var ORIGIN = new URL(script && script.src ? script.src : location.href).origin;
  var MIN = 120, MAX = 4000;

  function frames() {
    return document.querySelectorAll('iframe[data-l3x]');
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== ORIGIN && e.origin !== 'null') return; // 'null': a sandboxed frame of ours
    var frame = null, list = frames();
    for (var i = 0; i < list.length; i++) if (list[i].contentWindow === e.source) { frame = list[i]; break; }
    if (!frame) return;
    var d = e.data, h = NaN;
    if (d && typeof d === 'object' && d.type === 'l3x:resize' && d.v === 1) h = Number(d.height);
    if (!isFinite(h)) return;
    frame.style.height = Math.max(MIN, Math.min(MAX, Math.round(h))) + 'px';
  });

  if (!window.customElements || customElements.get('l3x-embed')) return;
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  function L3xEmbed() { return Reflect.construct(HTMLElement, [], L3xEmbed); }
  L3xEmbed.prototype = Object.create(HTMLElement.prototype);
  L3xEmbed.prototype.constructor = L3xEmbed;
  Object.setPrototypeOf(L3xEmbed, HTMLElement);
  L3xEmbed.prototype.connectedCallback = function () {
    if (this.querySelector('iframe')) return;
    var id = this.getAttribute('widget') || '';
    if (!ID.test(id)) { this.textContent = 'l3x-embed: the widget attribute must be a widget id such as "what-changed".'; return; }
    var params = new URLSearchParams(this.getAttribute('params') || '');
    var theme = this.getAttribute('theme');
    if (theme) params.set('theme', theme);
    var query = params.toString();
    var frame = document.createElement('iframe');
    frame.setAttribute('data-l3x', '');
    frame.src = ORIGIN + '/embed/' + id + '/' + (query ? '?' + query : '');
    frame.title = this.getAttribute('title') || id.replace(/-/g, ' ') + ' (Llama 3 Explained)';
    frame.loading = 'lazy';
    frame.width = '100%';
    var height = parseInt(this.getAttribute('height') || '', 10);
    frame.style.cssText = 'border:0;width:100%;max-width:100%;display:block;height:' + (isFinite(height) && height > 0 ? Math.min(height, MAX) : 600) + 'px';
    this.appendChild(frame);
  };
  customElements.define('l3x-embed', L3xEmbed);
})();
