// The site's only always-loaded script (a few KB): theme toggle, search box, table-of-contents
// highlight, copy buttons, citation tooltips, wide equations. Nothing here runs on embed pages.
import { initSearch } from './search';

const THEME_KEY = 'l3x-theme';

/** The words this script shows, in the page's language (Base.astro writes them on <body data-words>). */
interface ScriptWords {
  themeToDark: string; themeToLight: string; copied: string; copyFailed: string; equationLabel: string;
  searchUnavailable: string; searchNone: string; searchOne: string; searchMany: string;
}
const WORDS: ScriptWords = JSON.parse(document.body.dataset['words'] ?? '{}') as ScriptWords;

function effectiveTheme(): 'light' | 'dark' {
  const pinned = document.documentElement.getAttribute('data-theme');
  if (pinned === 'light' || pinned === 'dark') return pinned;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const label = () => button.setAttribute('aria-label', effectiveTheme() === 'dark' ? WORDS.themeToLight : WORDS.themeToDark);
  label();
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    const os = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    // Choosing what the OS already prefers means "follow the OS" again: nothing is stored then.
    if (next === os) document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', next);
    try {
      if (next === os) localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, next);
    } catch { /* storage blocked: the choice lasts for this page */ }
    label();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', label);
}

/** The contents list starts folded (phones); where it is a sidebar, unfold it. */
function initTocOpen(): void {
  const details = document.querySelector<HTMLDetailsElement>('.toc details');
  if (details && matchMedia('(min-width: 64rem)').matches) details.open = true;
}

/** Marks the table-of-contents link of the section being read with aria-current. */
function initTocHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const byId = new Map(links.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const headings = [...byId.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const visible = new Set<string>();
  const update = () => {
    // The current section is the last heading above the reading line (or the first visible one).
    let current: string | undefined;
    for (const h of headings) if (h.getBoundingClientRect().top < window.innerHeight * 0.3) current = h.id;
    current ??= headings.find((h) => visible.has(h.id))?.id;
    for (const [id, a] of byId) {
      if (id === current) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) (e.isIntersecting ? visible.add(e.target.id) : visible.delete(e.target.id));
    update();
  }, { rootMargin: '0px 0px -60% 0px' });
  headings.forEach((h) => io.observe(h));
  addEventListener('scroll', update, { passive: true });
}

/** Buttons with data-copy="<id of a textarea/pre>" copy that element's text. */
function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset.copy ?? '');
      const status = document.getElementById(button.dataset.status ?? '');
      if (!source) return;
      const text = source instanceof HTMLTextAreaElement ? source.value : source.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = WORDS.copied;
      } catch {
        if (status) status.textContent = WORDS.copyFailed;
      }
    });
  }
}

/**
 * Citation tooltips (WCAG 1.4.13): shown on hover and on focus, hoverable (the pointer can move onto the tooltip),
 * they stay until the pointer or focus leaves or Escape dismisses them, and they are kept inside the viewport.
 * The link is described by its tooltip while it shows; the CSS ::after fallback is switched off.
 */
function initCitationTips(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.prose a[data-tooltip]')];
  if (links.length === 0) return;
  document.documentElement.classList.add('js-tips');
  const tip = document.createElement('div');
  tip.id = 'cite-tip';
  tip.className = 'cite-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.append(tip);
  let owner: HTMLAnchorElement | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const MARGIN = 8;

  const hide = () => {
    clearTimeout(hideTimer);
    tip.hidden = true;
    owner?.removeAttribute('aria-describedby');
    owner = null;
  };
  const hideSoon = () => { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 300); };
  const show = (a: HTMLAnchorElement) => {
    clearTimeout(hideTimer);
    if (owner && owner !== a) owner.removeAttribute('aria-describedby');
    owner = a;
    tip.textContent = a.dataset.tooltip ?? '';
    tip.hidden = false;
    a.setAttribute('aria-describedby', tip.id);
    const r = a.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    tip.style.left = '0px';
    const left = Math.max(MARGIN, Math.min(r.left, vw - MARGIN - tip.offsetWidth));
    tip.style.left = `${Math.round(left + window.scrollX)}px`;
    tip.style.top = `${Math.round(r.bottom + window.scrollY + 4)}px`;
  };

  for (const a of links) {
    a.addEventListener('mouseenter', () => show(a));
    a.addEventListener('mouseleave', hideSoon);
    a.addEventListener('focus', () => show(a));
    a.addEventListener('blur', () => { if (owner === a) hide(); });
  }
  tip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  tip.addEventListener('mouseleave', hideSoon);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !tip.hidden) hide(); });
  addEventListener('resize', hide);
}

/**
 * A display equation wider than its box scrolls sideways; while it does, it can take focus (so the keyboard can
 * scroll it, WCAG 2.1.1) and is named. Equations that fit stay out of the tab order.
 */
function initWideEquations(): void {
  const boxes = [...document.querySelectorAll<HTMLElement>('.prose .katex-display')];
  if (boxes.length === 0 || !('ResizeObserver' in window)) return;
  const update = (el: HTMLElement) => {
    if (el.scrollWidth > el.clientWidth + 1) {
      el.tabIndex = 0;
      el.setAttribute('role', 'group');
      el.setAttribute('aria-label', WORDS.equationLabel);
    } else if (el.hasAttribute('tabindex')) {
      for (const attr of ['tabindex', 'role', 'aria-label']) el.removeAttribute(attr);
    }
  };
  const ro = new ResizeObserver((entries) => { for (const e of entries) update(e.target as HTMLElement); });
  for (const b of boxes) ro.observe(b);
  void document.fonts?.ready.then(() => boxes.forEach(update));
}

/**
 * The language switch leads to the same page in the other language; on a chapter, to the same section: headings
 * and figures have the same ids in both languages (src/lib/rehypeChapterLocale.mjs), so the switch takes the
 * section being read (the contents list's current entry, else the address's #fragment) with it.
 */
function initLanguageSwitch(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const base = a.href.split('#')[0]!;
    const update = () => {
      const current = document.querySelector<HTMLAnchorElement>('.toc a[aria-current="true"]')?.hash;
      const hash = current || location.hash;
      a.href = hash ? `${base}${hash}` : base;
    };
    a.addEventListener('pointerdown', update);
    a.addEventListener('focus', update);
    a.addEventListener('click', update);
  }
}

initThemeToggle();
initLanguageSwitch();
initTocOpen();
initTocHighlight();
initCopyButtons();
initSearch();
initCitationTips();
initWideEquations();
