// client:widget — how every widget island hydrates (registered by src/integrations/widgetDirective.mjs).
// 1. When it scrolls into view (as client:visible does) or as soon as the reader reaches it (focus, pointer press,
//    key), whichever comes first: a keyboard user who Tabs into a widget far down the page does not wait for a scroll.
// 2. Nothing the reader does before hydration is lost (hydration takes a few hundred ms, longer on a slow network,
//    and React resets every form control to the server-rendered state when it takes over):
//    - typing into a text field or text area is held back and replayed, in order, once the widget is live;
//    - a radio, checkbox, slider or select changed before then is set again, so the widget's state follows.
// Inlined into every page by Astro: keep it small and free of imports.
import type { ClientDirective } from 'astro';

type TextControl = HTMLInputElement | HTMLTextAreaElement;
interface TypedEdit { target: TextControl; type: string; data: string }

/** Longest time typing is held back if hydration never finishes (a failed download): then it flows normally. */
const MAX_HOLD_MS = 10_000;

const widgetDirective: ClientDirective = (load, _options, el) => {
  let live = false;
  let started = false;
  const typed: TypedEdit[] = [];
  /** Radios, checkboxes, sliders and selects the reader changed before hydration, with their last value. */
  const changed = new Map<HTMLInputElement | HTMLSelectElement, string | boolean>();

  const isText = (t: EventTarget | null): t is TextControl =>
    t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && /^(text|search|url|email|tel|number|password)$/.test(t.type));

  const onBeforeInput = (e: Event) => {
    const ie = e as InputEvent;
    if (live || !isText(ie.target) || ie.isComposing) return;
    const data = ie.data ?? ie.dataTransfer?.getData('text/plain') ?? '';
    if (!/^(insertText|insertReplacementText|insertFromPaste|insertFromDrop|insertLineBreak|insertParagraph|deleteContentBackward|deleteContentForward)$/.test(ie.inputType)) return;
    ie.preventDefault();
    typed.push({ target: ie.target, type: ie.inputType, data });
  };
  const onChange = (e: Event) => {
    const t = e.target;
    if (live) return;
    // Re-inserted, so the replay runs in the order of the reader's last changes.
    if (t instanceof HTMLInputElement && (t.type === 'radio' || t.type === 'checkbox')) { changed.delete(t); changed.set(t, t.checked); }
    else if (t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && t.type === 'range')) { changed.delete(t); changed.set(t, t.value); }
  };
  el.addEventListener('beforeinput', onBeforeInput, true);
  el.addEventListener('input', onChange, true);
  el.addEventListener('change', onChange, true);

  const release = () => {
    live = true;
    el.removeEventListener('beforeinput', onBeforeInput, true);
    el.removeEventListener('input', onChange, true);
    el.removeEventListener('change', onChange, true);
  };

  const start = async () => {
    if (started) return;
    started = true;
    io.disconnect();
    for (const t of TRIGGERS) el.removeEventListener(t, start, true);
    const giveUp = setTimeout(release, MAX_HOLD_MS);
    try {
      const hydrate = await load();
      await hydrate();
      await hydrated(el);
    } catch {
      clearTimeout(giveUp);
      release();
      return;
    }
    clearTimeout(giveUp);
    release();
    replayChanges(changed);
    replayTyping(typed);
  };

  const TRIGGERS = ['focusin', 'pointerdown', 'keydown'] as const;
  const io = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) void start(); });
  for (const child of el.children) io.observe(child);
  for (const t of TRIGGERS) el.addEventListener(t, start, { capture: true, passive: true });
};

/** Resolves once the island's widget has committed its first client render (WidgetShell sets data-hydrated). */
function hydrated(el: HTMLElement): Promise<void> {
  const done = () => el.querySelector('[data-hydrated="true"]') !== null || el.querySelector('[data-hydrated]') === null;
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); resolve(); } });
    mo.observe(el, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'], childList: true });
  });
}

/**
 * Sets a control to what the reader chose so that React's onChange sees it. Hydration may have reset the control,
 * or left it showing the reader's choice while the state still holds the default; either way React only reports a
 * change when the value differs from the one it last saw. So the control is first set, through React's own tracker
 * (a plain assignment), to something else, then to the reader's value the way the browser would, with its event.
 */
function setChosen(c: HTMLInputElement | HTMLSelectElement, v: string | boolean): void {
  if (typeof v === 'boolean') {
    if (!(c instanceof HTMLInputElement) || (!v && c.type === 'radio')) return; // a radio is restored by its group's pick
    c.checked = !v;
    c.click();
    return;
  }
  const other = c instanceof HTMLSelectElement ? [...c.options].find((o) => o.value !== v)?.value : v === c.min ? c.max : c.min;
  if (other !== undefined) c.value = other;
  const proto = c instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(c, v);
  c.dispatchEvent(new Event(c instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function replayChanges(changed: Map<HTMLInputElement | HTMLSelectElement, string | boolean>): void {
  for (const [c, v] of changed) if (c.isConnected) setChosen(c, v);
}

/** Replays held-back typing through the editing commands, so the field and React's state both follow. */
function replayTyping(typed: TypedEdit[]): void {
  for (const { target, type, data } of typed) {
    if (!target.isConnected) continue;
    if (document.activeElement !== target) target.focus();
    if (type === 'deleteContentBackward') document.execCommand('delete');
    else if (type === 'deleteContentForward') document.execCommand('forwardDelete');
    else document.execCommand('insertText', false, type === 'insertLineBreak' || type === 'insertParagraph' ? '\n' : data);
  }
}

export default widgetDirective;
