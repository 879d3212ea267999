// The widget contract, checked once for every widget folder (as Observable Plot's tests loop over its plots):
// the registry entry, the island, the URL schema (fuzzed), the view on any URL state (fuzzed), and a snapshot
// of the view alone (not the shared toolbar, tested in WidgetShell.test.tsx) for each named example in the
// widget's examples.ts. A snapshot that differs writes `<name>-changed.html` beside it, to look at; `vitest -u`
// (or deleting the snapshot) records the new one. And the languages: every widget has its words and its island
// entry in every language, and its Chinese rendering shows no English outside an allow-list (names, units, code).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../tests/unit/normalize';
import { readable } from '../../tests/unit/readable';
import { CHAPTERS } from '../data/chapters';
import { widgetWords } from '../i18n/catalogues';
import { LOCALES, type Locale } from '../i18n/locale';
import { InLocale } from '../i18n/testing';
import { defaultsOf, fieldSpec, parseUrl, serializeUrl, type UrlSchema, type UrlState } from '../lib/urlState';
import { WIDGETS } from './registry';
import type { Examples, ViewProps, WidgetMeta } from './types';

type IslandModule = { default: { meta: WidgetMeta<UrlSchema>; View: ComponentType<ViewProps<UrlSchema>> } };
const views = import.meta.glob<IslandModule>(['./*/[A-Z]*.tsx', '!./*/*.test.tsx'], { eager: true });
type EntryModule = { default: ComponentType<object> & { lang: Locale; island: unknown } };
const entries = import.meta.glob<EntryModule>('./*/{en,zh}.ts', { eager: true });
const exampleModules = import.meta.glob<{ examples: Examples<UrlSchema> }>('./*/examples.ts', { eager: true });
const folders = readdirSync(new URL('.', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/** The island module of a widget: the one view file whose default export is the island of this meta. */
function islandOf(id: string) {
  const found = Object.entries(views).filter(([path, m]) => path.startsWith(`./${id}/`) && m.default?.meta?.id === id);
  return found.length === 1 ? found[0]![1].default : null;
}

/** Server HTML of the view alone for a state (English unless `lang` says otherwise). */
function renderView(id: string, state: UrlState<UrlSchema>, lang: Locale = 'en'): string {
  const { View } = islandOf(id)!;
  return renderToString(<InLocale lang={lang}><View state={state} onChange={() => {}} embed={false} /></InLocale>);
}

/**
 * Latin words a Chinese widget may show: names (models, methods, people, products), abbreviations Chinese technical
 * writing keeps, units and symbols. Everything else in Latin letters is English left untranslated. Text the reader
 * typed or picked (tokens, sample texts) is marked up as such (a lang other than Chinese, translate="no", <code>) and
 * not read here.
 */
const LATIN_ALLOWED = new Set([
  'llama', 'meta', 'transformer', 'sentencepiece', 'tiktoken', 'bpe', 'gqa', 'mha', 'mqa', 'kv', 'rope', 'swiglu',
  'rmsnorm', 'ffn', 'flops', 'flop', 'gpu', 'gpus', 'nvidia', 'sxm', 'pcie', 'hbm', 'tflops', 'token', 'id', 'ids',
  'utf', 'unicode', 'ascii', 'gib', 'mib', 'kib', 'tib', 'gb', 'mb', 'kb', 'tb', 'pb', 'bf', 'fp', 'int', 'fp8', 'bf16',
  'fp16', 'fp32', 'int8', 'int4', 'sft', 'dpo', 'ppo', 'rlhf', 'gpt', 'openai', 'hugging', 'face', 'hf', 'python',
  'tokenizer', 'model', 'json', 'config', 'tanh', 'softmax', 'silu', 'max', 'min', 'log', 'exp', 'sin', 'cos', 'vaswani',
  'et', 'al', 'arxiv', 'url', 'iframe', 'html', 'svg', 'csv', 'embed', 'js', 'regex', 'nfc', 'nfkc', 'lm', 'head',
  'pre', 'post', 'eos', 'bos', 'unk', 'pad', 'begin', 'end', 'of', 'text', 'eot', 'eom', 'header', 'start', 'python',
  'tag', 'step', 'finetune', 'right', 'reserved', 'special', 'im', 'sep', 'cls', 'mask', 'llama-models',
  // Keys, as keyboards label them.
  'home', 'end', 'page', 'up', 'down', 'ctrl', 'shift', 'alt', 'tab', 'enter', 'esc', 'space',
  // URL parameter names (the same in every language: they are the embed URL's), and tensor names from Meta's code.
  'dim', 'layers', 'heads', 'kvheads', 'ffndim', 'vocab', 'tied', 'wq', 'wk', 'wv', 'wo', 'norm', 'output', 'out',
  'hidden', 'logits', 'theta', 'qk', 'av',
  // People and products named as themselves.
  'ainslie', 'kaplan', 'shazeer', 'zhang', 'sennrich', 'su', 'frobenius', 'cuda', 'tensor', 'core', 'roformer',
  'layernorm', 'relu', 'gelu', 'javascript', 'kudo', 'radford', 'touvron', 'dubey',
  // Context-extension methods named as themselves (rope-frequencies): NTK-aware, NTK-by-parts, dynamic NTK, YaRN.
  'ntk', 'ntk-aware', 'ntk-by-parts', 'yarn',
  // Post-training (reward-model): the Bradley–Terry model, the Adam optimiser, Gao et al. named as themselves.
  'bradley', 'terry', 'adam', 'gao',
  // KL divergence is written "KL 散度" in Chinese ML writing.
  'kl',
  // Preference-tuning methods and optimisers named as themselves (dpo-vs-ppo chapter): GRPO (DeepSeekMath), Dr. GRPO,
  // DAPO, AdamW, SGD, Razin et al.
  'grpo', 'dr', 'dapo', 'deepseekmath', 'adamw', 'sgd', 'razin',
  // Multimodal (vision-adapter, speech-adapter): encoders, methods and models named as themselves.
  'vit', 'vit-h', 'conformer', 'llava', 'flamingo', 'mel',
]);

/** Latin words in what a reader of the Chinese widget sees and hears (text and the attributes assistive tech reads). */
function latinWords(html: string): string[] {
  const text = readable(html, 'zh').join(' ')
    // A term glossed with its English, the Chinese way: 继续训练（uptraining）.
    .replace(/(\p{Script=Han})（[^）\p{Script=Han}]{1,40}）/gu, '$1')
    .replace(/U\+[0-9A-F]{4,6}/g, ' ')
    // Quoted material — tokens and the reader's text in sentences (“k” 加 “en”) — is quoted, not written.
    .replace(/“[^”]*”|‘[^’]*’/g, ' ');
  const words = [...text.matchAll(/[A-Za-z][\w.’'-]*[\w]|[A-Za-z]/g)].map((m) => m[0].replace(/[.’'-]+$/, ''))
    // Code and identifiers written in running text (max_seq_length, FeedForward, model.py, repeat_kv, q0) are not words.
    .filter((w) => !/[_.\d]|[a-z][A-Z]/.test(w))
    .flatMap((w) => (LATIN_ALLOWED.has(w.toLowerCase()) ? [] : w.split('-')))
    .filter((w) => w.length > 1 && !LATIN_ALLOWED.has(w.toLowerCase()));
  return [...new Set(words)];
}

const BAD_TEXT = /\bNaN\b|\bInfinity\b|\bundefined\b|\[object Object\]/;
/** What the widget wrote, without what the URL typed into its fields (text=NaN is valid text, shown as typed). */
const written = (html: string) => html.replace(/<textarea[^>]*>[\s\S]*?<\/textarea>/g, '').replace(/ value="[^"]*"/g, '');

it('every folder under src/widgets is a registered widget, and ids are unique', () => {
  expect(WIDGETS.map((w) => w.id).sort()).toEqual([...folders].filter((f) => f !== '__snapshots__').sort());
  expect(new Set(WIDGETS.map((w) => w.id)).size).toBe(WIDGETS.length);
});

it('the registry is in reading order: by chapter, then by position, with no two widgets in one place', () => {
  const order = (slug: string) => CHAPTERS.find((c) => c.slug === slug)!.order;
  const places = WIDGETS.map((w) => [order(w.chapter), w.position] as const);
  expect(places).toEqual([...places].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  expect(new Set(places.map((p) => p.join('.'))).size).toBe(places.length);
});

describe.each(WIDGETS.map((w) => [w.id, w] as const))('widget %s', (id, meta) => {
  it('has a kebab-case id, a chapter in the plan, a position and a sane default height', () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(CHAPTERS.some((c) => c.slug === meta.chapter)).toBe(true);
    expect(Number.isInteger(meta.position) && meta.position >= 1).toBe(true);
    for (const lang of LOCALES) {
      expect(meta.height[lang]).toBeGreaterThanOrEqual(200);
      expect(meta.height[lang]).toBeLessThanOrEqual(2000);
    }
  });

  it.each(LOCALES)('has a title and a summary in %s', (lang) => {
    const { title, summary } = widgetWords(id, lang);
    expect(title.length).toBeGreaterThan(lang === 'en' ? 5 : 3);
    expect(summary.length).toBeGreaterThan(lang === 'en' ? 20 : 10);
    if (lang === 'zh') expect(`${title}${summary}`).toMatch(/\p{Script=Han}/u);
  });

  it.each(LOCALES)('has a %s island entry bound to its island, and Island.astro hydrates it', (lang) => {
    const entry = entries[`./${id}/${lang}.ts`]?.default;
    expect(entry, `src/widgets/${id}/${lang}.ts`).toBeDefined();
    expect(entry!.lang).toBe(lang);
    expect(entry!.island).toBe(islandOf(id));
    const astro = readFileSync(new URL(`./${id}/Island.astro`, import.meta.url), 'utf8');
    expect(astro).toMatch(new RegExp(`import \\w+ from './${lang}';`));
  });

  it('has one island of this meta, hydrated by client:widget', () => {
    const island = islandOf(id);
    expect(island, `src/widgets/${id}/ has one view whose default export is island(meta, View)`).not.toBeNull();
    expect(island!.meta).toBe(meta);
    expect(readFileSync(new URL(`./${id}/Island.astro`, import.meta.url), 'utf8')).toContain('client:widget');
  });

  it('accepts theme and gives every URL field a default and a description', () => {
    expect(Object.keys(meta.fields.shape)).toContain('theme');
    expect(() => defaultsOf(meta.fields)).not.toThrow();
    for (const [key, field] of Object.entries(meta.fields.shape)) {
      expect(fieldSpec(field), `${id}.${key} was not built with a field helper of src/lib/urlState.ts`).not.toBeNull();
    }
  });

  const keys = Object.keys(meta.fields.shape);
  const query = fc.dictionary(
    fc.constantFrom(...keys, 'unknown'),
    fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.integer().map(String), fc.double().map(String), fc.constantFrom('true', 'false', '', '-0', '1e309', '0x10', '  7 ')),
  );

  it('parses any query without throwing, and round-trips what it parses', () => {
    fc.assert(fc.property(query, (rec) => {
      const first = parseUrl(meta.fields, new URLSearchParams(rec));
      const second = parseUrl(meta.fields, serializeUrl(meta.fields, first.state));
      expect(second.ignored).toEqual([]);
      expect(second.state).toEqual(first.state);
    }));
  });

  it('renders any state a URL can give without throwing, NaN, Infinity or undefined (URL fuzz), in every language', () => {
    fc.assert(fc.property(query, fc.constantFrom(...LOCALES), (rec, lang) => {
      const { state } = parseUrl(meta.fields, new URLSearchParams(rec));
      expect(written(renderView(id, state, lang))).not.toMatch(BAD_TEXT);
    }), { numRuns: 30 });
  }, 60_000);

  const examples = exampleModules[`./${id}/examples.ts`]?.examples ?? { default: {} };
  it.each(Object.entries(examples))('example %s: the view matches its snapshot', async (name, partial) => {
    const html = normalizeHtml(renderView(id, { ...defaultsOf(meta.fields), ...partial }));
    expect(html).not.toMatch(BAD_TEXT);
    const file = new URL(`./${id}/__snapshots__/examples/${name}.html`, import.meta.url);
    const changed = new URL(`./${id}/__snapshots__/examples/${name}-changed.html`, import.meta.url);
    const same = existsSync(file) && readFileSync(file, 'utf8') === html;
    if (same) rmSync(changed, { force: true });
    else if (existsSync(file)) writeFileSync(changed, html);
    await expect(html).toMatchFileSnapshot(file.pathname);
    rmSync(changed, { force: true }); // recorded (-u): nothing left to look at
  });

  it.each(Object.entries(examples))('example %s in Chinese: no English left, no NaN', (_name, partial) => {
    if (process.env['L3X_LATIN']) console.log(id, _name, latinWords(renderView(id, { ...defaultsOf(meta.fields), ...partial }, 'zh')).join(' '));
    const html = renderView(id, { ...defaultsOf(meta.fields), ...partial }, 'zh');
    expect(html).not.toMatch(BAD_TEXT);
    expect(latinWords(html)).toEqual([]);
  });

  it('the whole Chinese island (the shell, the Embed panel, the view) shows no English outside the allow-list', () => {
    const Entry = entries[`./${id}/zh.ts`]!.default;
    const html = renderToString(<Entry />);
    expect(html).not.toMatch(BAD_TEXT);
    expect(latinWords(html)).toEqual([]);
  });

  it('the Chinese default state matches its snapshot', async () => {
    const html = normalizeHtml(renderView(id, defaultsOf(meta.fields), 'zh'));
    await expect(html).toMatchFileSnapshot(new URL(`./${id}/__snapshots__/examples/default.zh.html`, import.meta.url).pathname);
  });
});
