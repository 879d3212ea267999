// param-counter's Chinese words for the shape fields (labels, and the message under a field for its problem), apart
// from the rest of its catalogue so that another widget with the same fields (rlhf-memory) takes these words only.
import { MODELS } from '../../data/models';
import type { Format } from '../../lib/format';
import type { ShapeIssue } from '../../lib/llama';
import type { NumberFailure } from '../../lib/text';
import { FIELD_EXAMPLE, FIELD_LIMITS, type FieldProblem, type InputField, type ShapeField } from './model';

// ── Chinese typography ──────────────────────────────────────────────────────────────────────────

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/**
 * Spaces a sentence built from parts the Chinese way: one half-width space between Chinese and Latin letters or digits,
 * none between two Chinese characters (a template writes `${name} 不能…` for every field name, Latin or Chinese).
 */
export function tidy(s: string): string {
  return s
    .replace(new RegExp(`([${HAN}]) (?=[${HAN}])`, 'g'), '$1')
    .replace(new RegExp(`([${HAN}])(?=[A-Za-z0-9])`, 'g'), '$1 ')
    .replace(new RegExp(`([A-Za-z0-9])(?=[${HAN}])`, 'g'), '$1 ');
}

// ── Field problems ─────────────────────────────────────────────────────────────────────────────

export const FIELD_NAME: Record<InputField, string> = {
  dim: 'dim', layers: 'layers', heads: 'heads', kvHeads: 'kvHeads', ffnDim: 'ffnDim', vocab: 'vocab',
  ctx: '上下文长度', tokens: '训练 token 数',
};

/** The message under a field for a failed parse. Never repeats what was typed. */
function parseError(field: InputField, failure: NumberFailure, f: Format): string {
  const name = FIELD_NAME[field];
  const limits = FIELD_LIMITS[field];
  // The 405B's 15.6T tokens (Report §1), in both ways the field accepts: with a suffix (what the reader types, as in
  // English) and in full digits.
  const example = field === 'tokens'
    ? `例如 15.6T 或 ${f.int(MODELS['llama3-405b'].trainingTokens.value)}`
    : `例如 ${f.int(FIELD_EXAMPLE[field])}`;
  switch (failure) {
    case 'empty': return tidy(`请填写 ${name}（整数），${example}。`);
    case 'tooLong':
    case 'invalid': return field === 'tokens'
      ? `只能输入数字，可加后缀 K、M、B 或 T（千、百万、十亿、万亿），${example}。`
      : `只能输入数字，${example}。`;
    case 'negative': return tidy(`${name} 不能为负数。`);
    case 'tooSmall': return tidy(`${name} 至少为 ${f.int(limits.min)}。`);
    case 'fraction': return tidy(`${name} 必须是整数。`);
    case 'tooLarge': return tidy(`${name} 在这里最大为 ${f.int(limits.max)}。`);
  }
}

/** The message under the issue's field. */
function shapeIssue(issue: ShapeIssue, f: Format): string {
  switch (issue.code) {
    case 'exceedsDim':
      return `heads（${f.int(issue.heads)}）不能超过 dim（${f.int(issue.dim)}）：每个头至少要有一个维度。`;
    case 'notDivisorOfDim':
      return `dim（${f.int(issue.dim)}）必须能被 heads（${f.int(issue.heads)}）整除，而 ${f.int(issue.dim)} ÷ ${f.int(issue.heads)} = ${f.decimal(issue.dim / issue.heads, { trim: true })}。`;
    case 'oddHeadDim':
      return `头维度 dim ÷ heads = ${f.int(issue.headDim)}，必须是偶数：旋转位置编码把坐标两两配对旋转。`;
    case 'exceedsHeads':
      return `kvHeads（${f.int(issue.kvHeads)}）不能超过 heads（${f.int(issue.heads)}）。`;
    case 'notDivisor':
      return `heads（${f.int(issue.heads)}）必须能被 kvHeads（${f.int(issue.kvHeads)}）整除，这样每个键值头服务的查询头数才相同。`;
    // Not produced here (readField applies the same bounds first; no fixed head dimension), worded for completeness.
    case 'outOfRange':
      return `${issue.field} 必须是 ${f.int(issue.min)} 到 ${f.int(issue.max)} 之间的整数。`;
    case 'notMultipleOfHeadDim':
      return `dim（${f.int(issue.dim)}）必须是头维度 ${f.int(issue.headDim)} 的整数倍。`;
  }
}

export const fieldError = (field: InputField, problem: FieldProblem, f: Format) =>
  (problem.kind === 'parse' ? parseError(field, problem.failure, f) : shapeIssue(problem.issue, f));

/** Each shape field's label: its code name (the URL's) and what it means. */
export const FIELD_LABEL: Record<ShapeField, string> = {
  dim: 'dim（模型宽度 d）',
  layers: 'layers（层数 L）',
  heads: 'heads（查询头数 H）',
  kvHeads: 'kvHeads（键值头数 H_kv）',
  ffnDim: 'ffnDim（前馈网络宽度 d_ff）',
  vocab: 'vocab（词表大小 n_vocab）',
};

/** The tied-embedding toggle's label. */
export const TIED_LABEL = '输出投影与嵌入共享权重（同一个 n_vocab × d 矩阵）';
