// The npm package's components, rendered on the server as a host's framework renders them (no window here: this
// file runs in Node): every widget in both languages, its named examples given as props, and bad props named.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ComponentType } from 'react';
import { WIDGETS } from '../widgets/registry';
import type { IslandProps } from '../components/WidgetShell';
import { defaultsOf, parseUrl } from '../lib/urlState';
import { componentName } from './names';
import { PROP_HEADS } from './messages';
import { packaged, type Localized } from './packaged';

type Entry = { default: ComponentType<IslandProps> & Localized };
const en = import.meta.glob<Entry>('../widgets/*/en.ts', { eager: true });
const zh = import.meta.glob<Entry>('../widgets/*/zh.ts', { eager: true });
const examples = import.meta.glob<{ examples: Record<string, Record<string, unknown>> }>('../widgets/*/examples.ts', { eager: true });

function component(id: string) {
  return packaged(id, componentName(id), { en: en[`../widgets/${id}/en.ts`]!.default, zh: zh[`../widgets/${id}/zh.ts`]!.default });
}
const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<(code|\/code)>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

it('runs where there is no window, as a server does', () => {
  expect(typeof window).toBe('undefined');
});

describe.each(WIDGETS.map((w) => [w.id] as const))('%s as a component', (id) => {
  const Component = component(id);

  it.each(['en', 'zh'] as const)('renders in %s on the server inside its scoped root, with no notice', (lang) => {
    const html = renderToString(<Component lang={lang} theme="dark" />);
    expect(html).toMatch(new RegExp(`^<div class="l3x" lang="${lang === 'zh' ? 'zh-CN' : 'en'}" data-theme="dark" data-l3x-widget="${id}">`));
    expect(html).toContain(`data-widget="${id}"`);
    expect(html).not.toContain('widget-notice');
    expect(text(html)).not.toMatch(/\bNaN\b|\bundefined\b|Infinity/);
    // Nothing points at this site's own paths, which a host's page does not have.
    expect(html).not.toMatch(/(href|src)="\/(?!\/)/);
  });

  it('shows for each named example what its embed page shows for the same URL', () => {
    // An example may hold values the URL refuses or the widget adjusts (its "hostile" one): as props they are named
    // in the notice, and the widget shows the same state as for the URL the example makes.
    const fields = WIDGETS.find((w) => w.id === id)!.fields;
    const view = (html: string) => html.replace(/<div class="widget-notice"[\s\S]*?<\/ul><\/div>/, '');
    for (const [name, state] of Object.entries(examples[`../widgets/${id}/examples.ts`]!.examples)) {
      // Each parameter on its own: a props object has no cap on its total length, a URL has (MAX_QUERY_LENGTH).
      const fromUrl = Object.fromEntries(Object.entries(state).flatMap(([k, v]) => {
        const r = parseUrl(fields, new URLSearchParams([[k, String(v)]]));
        return r.given.includes(k) ? [[k, (r.state as Record<string, unknown>)[k]]] : [];
      }));
      expect(view(renderToString(<Component {...state} />)), name).toBe(view(renderToString(<Component {...fromUrl} />)));
    }
  });

  it('names an unknown prop and an invalid lang and theme, and falls back', () => {
    const html = renderToString(<Component {...{ colour: 'red', lang: 'fr', theme: 'sepia' }} />);
    expect(html).toContain('lang="en" data-theme="auto"');
    const notice = text(/<div class="widget-notice"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '');
    expect(notice).toContain('colour');
    expect(notice).toMatch(/lang = fr .*one of en, zh/);
    expect(notice).toMatch(/theme = sepia .*one of auto, light, dark/);
  });
});

describe('numbers a reader checks', () => {
  it('KvCache: Llama 3.1 70B at 32,768 tokens in bf16 caches 10,737,418,240 bytes (Table 3: 80 layers, 8 KV heads, 128 dims)', () => {
    const KvCache = component('kv-cache');
    // 2 × 80 × 8 × 128 × 2 bytes per token × 32,768 tokens
    expect(2 * 80 * 8 * 128 * 2 * 32_768).toBe(10_737_418_240);
    expect(text(renderToString(<KvCache model="llama3-70b" context={32768} />))).toContain('10,737,418,240 bytes');
    expect(text(renderToString(<KvCache model="llama3-70b" context={32768} lang="zh" />))).toContain('10,737,418,240 字节');
  });

  it('an invalid number falls back to the default and is named, in the reader’s language', () => {
    const KvCache = component('kv-cache');
    const en = text(renderToString(<KvCache context={-5} />));
    expect(en).toContain('One prop was ignored; showing the default instead: context = -5 (expected a whole number from 1 to 1,048,576)');
    expect(en).toContain('KV cache, 1 × 131,072 tokens');
    const zh = text(renderToString(<KvCache context={-5} lang="zh" />));
    expect(zh).toContain('有 1 个组件属性（prop）无效，已忽略，改用默认值');
  });
});

describe('links to this site’s own files', () => {
  it('go to Meta’s copies of the licences on a host’s page, which has no /licenses/ (and no notices link)', () => {
    const TokenizerPlayground = component('tokenizer-playground');
    const html = renderToString(<TokenizerPlayground />);
    expect(html).toContain('href="https://github.com/meta-llama/llama3/blob/main/LICENSE"');
    expect(html).toContain('href="https://github.com/meta-llama/llama/blob/main/LICENSE"');
    expect(html).not.toMatch(/href="\/(licenses|NOTICE)/);
    expect(html).not.toMatch(/href="\/(?!\/)/);
  });
});

describe('links to this site’s chapters', () => {
  it('are absolute on the site’s origin when the package knows it (SITE_URL), and absent when it does not', () => {
    const Island = en['../widgets/what-changed/en.ts']!.default;
    const state = defaultsOf(WIDGETS.find((w) => w.id === 'what-changed')!.fields);
    const given = { key: '', state, ignored: [], adjusted: [], unknown: [], heads: PROP_HEADS.en };
    expect(renderToString(<Island given={given} site="https://example.org" />)).toContain('href="https://example.org/architecture/"');
    expect(renderToString(<Island given={given} site="" />)).not.toContain('/architecture/');
    expect(renderToString(<Island />)).toContain('href="/architecture/"');
  });
});
