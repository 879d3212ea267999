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

/** Prose only: no import lines, no math, no code, no link targets. */
const prose = (t: string) => t
  .replace(/^(import|export) .*$/gm, '')
  .replace(/\$\$[\s\S]+?\$\$|\$[^$\n]+\$/g, ' ')
  .replace(/`[^`\n]*`/g, ' ')
  .replace(/\]\([^)]*\)/g, ']');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const multiword = Object.entries(GLOSSARY).filter(([, t]) => !t.keepEnglish && /[\s-]/.test(t.en));

describe('the glossary', () => {
  it('finds the Chinese texts', () => expect(pairs.filter((p) => p.chapter).length).toBeGreaterThanOrEqual(4));
  it('has one Chinese term per English term, and no Chinese term for two English ones', () => {
    const zh = Object.values(GLOSSARY).filter((t) => !t.keepEnglish).map((t) => t.zh);
    expect(new Set(zh).size).toBe(zh.length);
  });
  for (const p of pairs) {
    const name = p.zh.slice(root.length + 1);
    it(`${name}: never a rendering the glossary avoids`, () => {
      const found = Object.values(GLOSSARY).flatMap((t) => (t.avoid ?? []).filter((a) => prose(p.zhText).includes(a)).map((a) => `${a} (write ${t.zh})`));
      expect(found).toEqual([]);
    });
    it(`${name}: the glossary's Chinese for every term the English uses`, () => {
      const missing = multiword
        .filter(([, t]) => new RegExp(`\\b${escape(t.en)}\\b`, 'i').test(prose(p.enText)))
        .filter(([, t]) => !prose(p.zhText).includes(t.zh))
        .map(([id, t]) => `${id}: "${t.en}" → ${t.zh}`);
      expect(missing).toEqual([]);
    });
    if (p.chapter) {
      it(`${name}: introduces each term with its English in parentheses, at its first use`, () => {
        const text = prose(p.zhText.slice(p.zhText.indexOf('\n---\n') + 5));
        // A term whose Chinese already carries its Latin name (KV 缓存, 特殊 token) needs no gloss.
        const bad = multiword
          .filter(([, t]) => !/[A-Za-z]/.test(t.zh) && text.includes(t.zh))
          .filter(([, t]) => {
            const at = text.indexOf(t.zh) + t.zh.length;
            const after = text.slice(at, at + 80);
            return !new RegExp(`^（[^）]*${escape(t.en)}`, 'i').test(after);
          })
          .map(([id, t]) => `${id}: first "${t.zh}" is not followed by （${t.en}…）`);
        expect(bad).toEqual([]);
      });
    }
  }
});
