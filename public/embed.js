/*! Llama 3 Explained embed helper · MIT · no dependencies
 * 1. Resizes this site's iframes (marked data-l3x) to the height their page reports.
 *    The sender is identified by event.source, never by URL; only numeric heights are read.
 * 2. Defines <l3x-embed widget="what-changed" params="size=405b" theme="dark" height="760"><a href="…">…</a></l3x-embed>,
 *    which replaces its content (a link, shown wherever this script cannot run) with that iframe; lang="zh" (or any
 *    zh-… tag) embeds the Chinese edition, /zh/embed/<id>/.
 * No inline style attributes: it sets the frame's attributes and CSSOM properties, which a host page's strict
 * CSP (no 'unsafe-inline' in style-src) allows. */
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
    var el = this;
    // Connected while the page is still being parsed (this script ran first): the fallback content is
    // not parsed yet, so wait for it rather than leave it beside the frame.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { build(el); });
    else build(el);
  };

  function build(el) {
    if (!el.isConnected || el.querySelector('iframe[data-l3x]')) return;
    var id = el.getAttribute('widget') || '';
    if (!ID.test(id)) { el.textContent = 'l3x-embed: the widget attribute must be a widget id such as "what-changed".'; return; }
    var params = new URLSearchParams(el.getAttribute('params') || '');
    var theme = el.getAttribute('theme');
    if (theme) params.set('theme', theme);
    var query = params.toString();
    // The fallback link's text names the widget; it becomes the frame's accessible name.
    var fallback = (el.textContent || '').replace(/\s+/g, ' ').trim();
    var frame = document.createElement('iframe');
    frame.setAttribute('data-l3x', '');
    var prefix = /^zh(-|$)/i.test(el.getAttribute('lang') || '') ? '/zh' : '';
    frame.src = ORIGIN + prefix + '/embed/' + id + '/' + (query ? '?' + query : '');
    frame.title = el.getAttribute('title') || fallback || id.replace(/-/g, ' ') + ' (Llama 3 Explained)';
    frame.loading = 'lazy';
    var height = parseInt(el.getAttribute('height') || '', 10);
    height = isFinite(height) && height > 0 ? Math.min(height, MAX) : 600;
    frame.setAttribute('width', '100%');
    frame.setAttribute('height', String(height));
    frame.setAttribute('frameborder', '0');
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.maxWidth = '100%';
    frame.style.height = height + 'px';
    el.textContent = '';
    el.appendChild(frame);
  }
  customElements.define('l3x-embed', L3xEmbed);
})();
