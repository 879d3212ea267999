// The glossary (glossary.ts) holds: every Chinese page and widget writes a term the one way the glossary gives, in
// prose and in widgets alike, and a chapter introduces each term with its English in parentheses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary';

const root = process.cwd();
function filesUnder(dir: string, re: RegExp): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && re.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/** Each Chinese text with its English counterpart: chapters, and every catalogue (messages.<lang>.ts, site words). */
const pairs = [
  ...filesUnder('content/chapters/zh', /\.mdx$/).map((zh) => ({ zh, en: zh.replace('/zh/', '/en/'), chapter: true })),
  ...filesUnder('src', /^messages\.zh\.ts$/).map((zh) => ({ zh, en: zh.replace(/\.zh\.ts$/, '.en.ts'), chapter: false })),
].map((p) => ({ ...p, zhText: readFileSync(p.zh, 'utf8'), enText: readFileSync(p.en, 'utf8') }));

/** Prose only: no import lines, no math, no link targets, and in a chapter no inline code (a catalogue's sentences are template literals: kept). */
const prose = (t: string, chapter = true) => {
  const text = t.replace(/^(import|export) .*$/gm, '').replace(/\$\$[\s\S]+?\$\$|\$[^$\n]+\$/g, ' ').replace(/\]\([^)]*\)/g, ']');
  return chapter ? text.replace(/`[^`\n]*`/g, ' ') : text;
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const multiword = Object.entries(GLOSSARY).filter(([, t]) => !t.keepEnglish && /[\s-]/.test(t.en));
/** Terms a chapter glosses at first use: the multi-word ones, except everyday words and those that carry their Latin name. */
const glossed = multiword.filter(([, t]) => t.gloss !== false && !/[A-Za-z]/.test(t.zh));

describe('the glossary', () => {
  it('finds the Chinese texts', () => expect(pairs.filter((p) => p.chapter).length).toBeGreaterThanOrEqual(4));
  it('has one Chinese term per English term, and no Chinese term for two English ones', () => {
    const zh = Object.values(GLOSSARY).filter((t) => !t.keepEnglish).map((t) => t.zh);
    expect(new Set(zh).size).toBe(zh.length);
  });
  for (const p of pairs) {
    const name = p.zh.slice(root.length + 1);
    it(`${name}: never a rendering the glossary avoids`, () => {
      const found = Object.values(GLOSSARY).flatMap((t) => (t.avoid ?? []).filter((a) => prose(p.zhText, p.chapter).includes(a)).map((a) => `${a} (write ${t.zh})`));
      expect(found).toEqual([]);
    });
    it(`${name}: the glossary's Chinese for every term the English uses`, () => {
      const missing = multiword
        .filter(([, t]) => new RegExp(`\\b${escape(t.en)}\\b`, 'i').test(prose(p.enText, p.chapter)))
        .filter(([, t]) => !prose(p.zhText, p.chapter).includes(t.zh))
        .map(([id, t]) => `${id}: "${t.en}" → ${t.zh}`);
      expect(missing).toEqual([]);
    });
    if (p.chapter) {
      it(`${name}: introduces each term with its English in parentheses, in the paragraph where it first appears`, () => {
        // Prose paragraphs only: not headings, tables, markup or code; bold markers dropped ("**多头注意力**（…）").
        const paragraphs = prose(p.zhText.slice(p.zhText.indexOf('\n---\n') + 5)).replace(/\*\*/g, '').split(/\n\s*\n/)
          .filter((para) => !/^\s*(#|<|import |export |\||\[\^)/.test(para) && !/=>|^\s*\d{6}:/m.test(para));
        const spaced = (en: string) => escape(en).replace(/\\-| /g, '[- ]');
        const bad = glossed
          .filter(([, t]) => paragraphs.some((para) => para.includes(t.zh)))
          .filter(([, t]) => {
            const para = paragraphs.find((x) => x.includes(t.zh))!;
            return !new RegExp(`${escape(t.zh)}(?:\\*\\*)?（[^）]*${spaced(t.en)}`, 'i').test(para);
          })
          .map(([id, t]) => `${id}: the paragraph where "${t.zh}" first appears does not gloss it （${t.en}…）`);
        expect(bad).toEqual([]);
      });
    }
  }
});
