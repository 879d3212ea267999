// One notation for the whole site (issue #9, item 16; the table is in the architecture chapter): d, L, H,
// H_kv, d_h, d_ff, n_vocab, x (residual stream), W_Q…W_O and Q, K, V, Θ (RoPE base), θ_i (frequency of pair
// i), T, B, s (bytes per number), N, D, C. The symbols the chapters used before, each with two meanings
// (V vocabulary and value matrix, h residual stream and head dimension, θ/b base and frequency/bytes), must
// not come back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(process.cwd(), 'content/chapters/en');
const chapters = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

/** Math of a chapter: every $…$ and $$…$$ span. */
function mathOf(text: string): string[] {
  return [...text.matchAll(/\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
}

const RETIRED: [RegExp, string][] = [
  [/\bVd\b|2Vd|V \\times d|\{V\}/, 'V for the vocabulary size (write n_{\\text{vocab}}; V is the value matrix)'],
  [/^h$|\\sqrt\{h\}|(?<![_{])h\/2|\bh_0\b|h_\{?\\ell|h_L\b|Hh\b/, 'h for the head dimension or the residual stream (write d_h, x)'],
  [/\bn_\{?kv|H_\{kv\}/, 'n_kv / H_{kv} (write H_{\\text{kv}})'],
  [/^b$|\bb\^\{|\\cdot b\b/, 'b for the RoPE base or bytes (write \\Theta, s)'],
  [/^F$|3dF\b|n_\{\\text\{ctx\}\}/, 'F or n_ctx (write d_{\\text{ff}}, T)'],
];

describe('notation in the chapters', () => {
  it('finds the chapters', () => expect(chapters.length).toBeGreaterThanOrEqual(4));
  for (const { file, text } of chapters) {
    it(`${file}: math uses the site notation`, () => {
      const bad = mathOf(text).flatMap((m) => RETIRED.filter(([re]) => re.test(m)).map(([, why]) => `$${m}$: ${why}`));
      expect(bad).toEqual([]);
    });
    it(`${file}: prose writes Θ for the RoPE base, not θ`, () => {
      expect(text).not.toMatch(/θ = \{?fmt\.int|θ = \d/);
    });
  }
  it('the architecture chapter has the notation table', () => {
    const arch = chapters.find((c) => c.file.includes('architecture'))!.text;
    const table = arch.slice(arch.indexOf('<table className="notation">'), arch.indexOf('</table>', arch.indexOf('<table className="notation">')));
    for (const sym of ['$d$', '$L$', '$H$', '$H_{\\text{kv}}$', '$d_h$', '$d_{\\text{ff}}$', '$n_{\\text{vocab}}$', '$x$', '$W_Q$', '$Q$', '$\\Theta$', '$\\theta_i$', '$T$', '$B$', '$s$', '$N$', '$D$', '$C$']) {
      expect(table).toContain(sym);
    }
  });
});
