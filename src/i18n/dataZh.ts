// What src/data writes in English (source notes, release dates, token figures), in Chinese — one place for every
// Chinese catalogue and for the shell's Cite (src/components/messages.zh.ts `source`), so a data source reads the same
// in every Chinese widget. Each form src/data uses has a rule; dataZh.test.ts runs every source string in src/data
// through it and fails on English a rule does not cover. Only Chinese catalogues import this file (it ships only on
// Chinese pages). Numbers and code names (max_seq_length, ModelArgs) carry over unchanged, and "报告 §…"/"报告表 N"
// stay links (src/data/report.ts citeParts).
import type { Format } from '../lib/format';

/** Inside a report or paper reference: "Table 3" → "表 3", ", " → "、", a trailing " (…)" → "（…）". */
const refs = (text: string) => text.replace(/\bTable (\d+)/g, '表 $1').replace(/, /g, '、').replace(/ \((.*)\)$/, '（$1）');
const TERM: Record<string, string> = { 'multi-head attention': '多头注意力', 'grouped-query attention': '分组查询注意力' };

/** One source of a citation (the parts between "; "), in Chinese; undefined when its form is not known here. */
const SOURCE_RULES: readonly [RegExp, (m: string[]) => string][] = [
  [/^Report (.+)$/, ([, r]) => `报告${r!.startsWith('§') ? ' ' : ''}${refs(r!)}`],
  // "Llama 2 paper, Table 1 (multi-head attention at 7B)" → "Llama 2 论文表 1（7B 使用多头注意力）".
  [/^Llama 2 paper,? (.+?)(?: \((.+) at (.+)\))?$/, ([, r, what, where]) =>
    `Llama 2 论文${r!.startsWith('§') ? ' ' : ''}${refs(r!)}` +
    (what && where ? `（${where.replace(/ and /g, ' 和 ')} 使用${TERM[what] ?? ` ${what}`}）` : '')],
  [/^Meta llama-models args \((.+) embedding rows\)$/, ([, n]) => `Meta llama-models 代码中的模型参数（嵌入矩阵 ${n} 行）`],
  // "(ModelArgs, FeedForward rule with 1.3 and 4,096)" → "（ModelArgs、FeedForward 规则，取 1.3 和 4,096）".
  [/^Meta (llama|llama-models) code \((.+)\)$/, ([, repo, what]) => `Meta ${repo} 代码（${what!
    .replace(/, /g, '、').replace(/ rule with (.+) and (.+)$/, ' 规则，取 $1 和 $2').replace(/ rule$/, ' 规则').replace(/ default$/, ' 的默认值')}）`],
  [/^Meta (.+) model card \(“sequences of (.+) tokens”\)$/, ([, name, n]) => `Meta ${name} 模型卡（写明序列长 ${n} 个 token）`],
  [/^NVIDIA (.+) (datasheet|product page) \((.+)\)$/, ([, product, kind, figures]) =>
    `NVIDIA ${product} ${kind === 'datasheet' ? '数据手册' : '产品页面'}（${figures!.replace(/: /g, '：').replace(/, /g, '，')}）`],
];

/** A citation from src/data in Chinese, source by source ("A; B" → "A’；B’"). */
export function citeZh(cite: string): string {
  return cite.split(/;\s*/).map((source) => {
    for (const [re, zh] of SOURCE_RULES) {
      const m = re.exec(source);
      if (m) return zh([...m]);
    }
    return source;
  }).join('；');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A release date as src/data writes it ("April 2024") in Chinese ("2024 年 4 月"); anything else as written. */
export function dateZh(text: string): string {
  const m = /^([A-Z][a-z]+) (\d{4})$/.exec(text);
  const month = m ? MONTHS.indexOf(m[1]!) + 1 : 0;
  return m && month > 0 ? `${m[2]} 年 ${month} 月` : text;
}

/**
 * A documented token count (src/data/models.ts TrainingTokens: a value and the text the source gives, "about 15T",
 * "15.6T", "2.0T") in Chinese units, as precise as the source: "15 万亿" with approx (约) for "about", "15.6 万亿".
 */
export function tokensZh(t: { value: number; text: string }, f: Format): { approx: boolean; value: string } {
  const figure = /\d+(?:\.\d+)?/.exec(t.text)?.[0] ?? '';
  const digits = Math.max(1, figure.replace('.', '').replace(/^0+/, '').length);
  return { approx: /^about\b/i.test(t.text), value: f.short(t.value, { digits }) };
}
