// rope-rotation's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - Glossary terms (src/i18n/glossary.ts): 维度对 (dimension pair), 波长, 底数 (base b), 查询/键, 头维度, 注意力.
// - Radians are 弧度 and turns 圈; "rad" is not used in Chinese text. Symbols (q, k, m, n, i, θ, λ, Δ, qₘ·kₙ) are
//   notation and stay as in the English.
// - A space separates Chinese from Latin letters and digits ("位置 m 必须…"), none goes between two Chinese words.
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type FieldKey, type RopeRotationMessages } from './messages';
import { BASE_PRESETS, HEAD_DIM, PAIRS, toDegrees, type PairView, type RotationOk, type RotationState } from './model';

const FIELD: Record<FieldKey, string> = { m: '位置 m', n: '位置 n', base: '底数', seed: '种子', shift: '平移量 Δ' };
const STATE_FIELD: Record<keyof RotationState, string> = {
  m: '查询位置 m', n: '键位置 n', pair: '维度对 i', base: '底数 b', seed: '种子', shift: '平移量 Δ',
};
const BASE = Object.fromEntries(BASE_PRESETS.map((p) => [p.id, p.base])) as Record<(typeof BASE_PRESETS)[number]['id'], number>;

/** A label followed by Chinese text: a space after a Latin or Greek letter or a digit, none after a Chinese word. */
const sp = (label: string) => (/[\p{Script=Han}）]$/u.test(label) ? label : `${label} `);
const num = (x: number, f: Format) =>
  Math.abs(x) >= 1e15 ? f.sci(x, { digits: 3 }) : Number.isInteger(x) ? f.int(x) : f.decimal(x, { digits: 4, trim: true });
const freq = (x: number, f: Format) => (x >= 1e-3 ? f.decimal(x, { digits: 6, trim: true }) : f.sci(x, { digits: 4 }));
const turnsText = (n: number, f: Format) => (n === 0 ? '0' : Math.abs(n) < 1e-3 ? f.sci(n, { digits: 2 }) : f.decimal(n, { digits: 3 }));
const lambda = (x: number, f: Format) => f.decimal(x, { digits: 3 });
const rad = (x: number, f: Format) => `${f.decimal(x, { digits: 3 })} 弧度`;
const angle = (x: number, f: Format) => `${rad(x, f)}（${f.decimal(toDegrees(x), { digits: 1 })}°）`;
const shiftText = (d: number, f: Format) => `${d > 0 ? '+' : ''}${f.int(d)}`;

function describeDiagram(r: RotationOk, v: PairView, f: Format): string {
  return `第 ${f.int(r.pair)} 个维度对，q 在位置 ${f.int(v.m)}、k 在位置 ${f.int(v.n)}：q 转过 ${rad(v.qTurned, f)}，k 转过 ${rad(v.kTurned, f)}；` +
    `两者夹角为 ${angle(v.between, f)}，这个维度对给分数贡献 ${f.decimal(v.contribution, { digits: 3 })}。`;
}

export const zh: RopeRotationMessages = {
  title: '旋转查询与键',
  summary: '用 RoPE 在 0 到 131,071 之间的任意两个位置转动查询和键的一个维度对，看两个位置一起平移时整个头的分数 qₘ·kₙ 保持不变。',

  position: {
    m: { label: '查询位置 m', fieldLabel: 'm 的精确值' },
    n: { label: '键位置 n', fieldLabel: 'n 的精确值' },
  },
  positionValue: (p, f) => `位置 ${f.int(p)}`,
  baseLegend: '底数 b（代码中的 rope_theta）',
  baseOption: (choice, f) => (choice === 'custom' ? '自定义' : `${f.int(BASE[choice])} · ${choice === 'llama2' ? 'Llama 2' : 'Llama 3'}`),
  customBaseLabel: '自定义底数',
  customBaseHint: (min, max, e, f) =>
    `取 ${num(min, f)} 到 ${f.sci(max, { bareOne: true })}（可以输入小数、1e6 或 500k）。底数为 ${num(min, f)} 时，连最慢的维度对也每 ` +
    `${f.decimal(e.slowestWavelengthAtMin, { digits: 1 })} 个位置转一圈；为 ${f.sci(max, { bareOne: true })} 时，它在位置 0 到 131,071 之间只转 ${f.sci(e.slowestTurnsAtMax, { digits: 1 })} 圈。`,
  pairLabel: '维度对 i（第 2i 和 2i + 1 维）',
  pairValue: (i, f) => `${f.int(i)} · 第 ${f.int(2 * i)}、${f.int(2 * i + 1)} 维`,
  pairValueText: (i, w, f) => `第 ${f.int(i)} 个维度对（共 0 到 ${f.int(PAIRS - 1)}），第 ${f.int(2 * i)} 和 ${f.int(2 * i + 1)} 维，波长 ${lambda(w, f)} 个位置`,
  seedLabel: 'q 和 k 的随机种子',
  newSeed: '换一组 q 和 k',
  shiftLabel: '两者同时平移 Δ',
  shiftFieldLabel: 'Δ 的精确值',
  shiftValue: (d, f) => `${shiftText(d, f)} 个位置`,
  fieldError: (key, { failure, value, min, max }, f) => {
    const label = FIELD[key];
    const range = `${num(min, f)} 到 ${num(max, f)}`;
    const whole = key === 'base' ? '数' : '整数';
    switch (failure) {
      case 'tooLong': return `${label}：输入太长。请输入 ${range} 之间的${whole}。`;
      case 'tooSmall':
      case 'tooLarge': return `${sp(label)}必须在 ${range} 之间${value === undefined ? '' : `；输入的是 ${num(value, f)}`}。`;
      case 'fraction': return `${sp(label)}必须是 ${range} 之间的整数。`;
      default: {
        const hint = key === 'base' ? '数字、小数、1e6 或 500k' : key === 'seed' ? '只能是数字' : '数字，或用 K 表示 1,024，例如 8K';
        return `${label}：请输入 ${range} 之间的${whole}（${hint}）。`;
      }
    }
  },
  adjustShift: (min, max, f) =>
    `要让 m\u00a0+\u00a0Δ 和 n\u00a0+\u00a0Δ 都留在 0 到 131,071 之内，${min === max ? `这里 Δ 只能取 ${f.int(min)}` : `这里 Δ 只能取 ${f.int(min)} 到 ${f.int(max)}`}`,

  impossible: '这些设置超出了范围，因此没有计算。',
  issue: (i, f) => `${sp(STATE_FIELD[i.field])}必须是 ${num(i.min, f)} 到 ${num(i.max, f)} 之间的${i.integer ? '整数' : '数'}。`,
  impossibleAnnounced: (issues) => `超出范围：${issues.join('')}`,

  pairHeading: (r, f) => `第 ${f.int(r.pair)} 个维度对：q 和 k 的第 ${f.int(2 * r.pair)} 和 ${f.int(2 * r.pair + 1)} 维`,
  pairFrequency: (r, f) =>
    `θ${sub(r.pair)} = b^(−2i/d) = ${num(r.base, f)}^(${r.pair === 0 ? '0' : `−${f.int(2 * r.pair)}`}/${f.int(HEAD_DIM)}) = ${freq(r.theta, f)} 弧度/位置；` +
    `波长 λ = 2π/θ = ${lambda(r.wavelength, f)} 个位置（转一整圈所需的位置数）。`,
  pairTurns: (r, f) =>
    `已转圈数：m = ${f.int(r.m)} 时 ${turnsText(r.turnsAtM, f)} 圈，n = ${f.int(r.n)} 时 ${turnsText(r.turnsAtN, f)} 圈；` +
    r.turnsIn.map((t) => `${f.int(t.context)} 个位置内转 ${turnsText(t.turns, f)} 圈`).join('，') + '（按未缩放的 θᵢ 计算）。',
  pairLengths: (r, f) =>
    `长度 |q${sub(r.pair)}| = ${f.decimal(r.qNorm, { digits: 3 })}、|k${sub(r.pair)}| = ${f.decimal(r.kNorm, { digits: 3 })}，在任何位置都一样（图中只画方向）；` +
    `这个维度对给分数贡献 |q${sub(r.pair)}|·|k${sub(r.pair)}| 与夹角余弦之积：${f.decimal(r.at.contribution, { digits: 3 })}。`,
  frequency: freq,
  wavelength: lambda,
  turns: turnsText,
  angle,
  radians: rad,

  diagramAt: (v, f) => `m = ${f.int(v.m)}，n = ${f.int(v.n)} 时`,
  diagramShifted: (v, d, f) => `两者都平移 Δ = ${shiftText(d, f)}：m = ${f.int(v.m)}，n = ${f.int(v.n)}`,
  diagramReadout: (v, f) => `转过：q ${rad(v.qTurned, f)}，k ${rad(v.kTurned, f)}`,
  diagramBetween: (v, f) => `夹角：${angle(v.between, f)}`,
  qLabel: 'q',
  kLabel: 'k',
  legend: '实线箭头：位置 m 上的 q。虚线、空心箭头：位置 n 上的 k。点线：两者在位置 0 时的方向。圆弧标出两者的夹角。',
  describeDiagram,

  shiftHeading: '两个位置一起平移：分数不变',
  shiftIntro: (f) => `给 m 和 n 加上同一个 Δ，每个维度对里的 q 和 k 都多转同一个角度 Δ·θᵢ：两者的夹角不变，${f.int(HEAD_DIM)} 维上的总分数也就不变。起作用的只有偏移 m\u00a0−\u00a0n。`,
  scoresCaption: (f) => `整个头 ${f.int(HEAD_DIM)} 维上的分数 qₘ·kₙ`,
  scoreAt: (r, f) => `m = ${f.int(r.m)}，n = ${f.int(r.n)} 时的 qₘ·kₙ`,
  scoreShifted: (r, f) => `m\u00a0+\u00a0Δ = ${f.int(r.shifted.m)}，n\u00a0+\u00a0Δ = ${f.int(r.shifted.n)} 时`,
  scoreDifference: '差（第二行 − 第一行）',
  scoreOffsetOnly: (r, f) => `只用偏移：q 转过 m\u00a0−\u00a0n = ${f.int(r.m - r.n)}，k 不转`,
  scoreKeyOnly: (r, f) => `只移动键：m = ${f.int(r.m)}，n\u00a0+\u00a0Δ = ${f.int(r.scores.keyOnly.n)}`,
  difference: (d, f) => (d === null ? '只有 float64 舍入误差（不到 |q|·|k| 的 10⁻⁹）'
    : d === 0 ? '0（逐位相同）' : `${f.sci(d, { digits: 2 })}（float64 舍入误差）`),
  keyOnlyChange: (c, f) => `较第一行变化 ${f.signed(c, { digits: 3 })}`,
  verdict: (r, f, exact) => {
    const { scores } = r;
    if (r.shift === 0) return 'Δ = 0 时两行是同一个计算，还没有可比的：请设一个平移量。';
    const same = !exact ? '两个分数只差 float64 舍入误差，与 RoPE 无关' : scores.difference === 0
      ? '两个分数逐位相同'
      : `两个分数只相差 ${f.sci(Math.abs(scores.difference), { digits: 2 })}，仅为最大可能分数 |q|·|k| = ${f.decimal(scores.scale, { digits: 1 })} 的 ${f.sci(Math.abs(scores.difference) / scores.scale, { digits: 2 })}：这是 float64 舍入误差，与 RoPE 无关`;
    return `同时平移后 m\u00a0−\u00a0n 仍是 ${f.int(r.m - r.n)}，${same}。只移动键：m\u00a0−\u00a0n 变成 ${f.int(r.m - scores.keyOnly.n)}，分数随之改变。`;
  },
  note: (n, f) => {
    switch (n.code) {
      case 'shiftLimited':
        return `Δ = ${shiftText(n.asked, f)} 会把某个位置移出 0 到 131,071，因此改用 Δ = ${shiftText(n.used, f)}` +
          `（${n.min === n.max ? '这两个位置下没有别的平移量能让两者都留在范围内' : `这两个位置下 Δ 可取 ${f.int(n.min)} 到 ${f.int(n.max)}`}）。`;
      case 'beyondContext':
        return n.model === 'llama2'
          ? `Llama 2 训练时的位置只有 ${f.int(n.context)} 个；位置 ${f.int(n.position)} 已超出这个范围。这里只是算术：这个恒等式在任何位置都成立。`
          : `Llama 3（2024 年 4 月）训练时的序列长 ${f.int(n.context)} 个 token；位置 ${f.int(n.position)} 已超出这个范围。` +
            'Llama 3.1 能读到 131,072 个位置，但较慢的维度对的频率经过重新缩放（这条规则只在 Meta 的代码里，报告中没有）；' +
            '本组件对每个维度对都用未缩放的 θᵢ 旋转。无论频率如何，这个恒等式都成立。';
    }
  },

  dialsHeading: (m, f) => `位置 m = ${f.int(m)} 时的全部 ${f.int(PAIRS)} 个维度对`,
  dialsHint: '每根指针指向 m·θᵢ；扇形是当前这一圈已转过的部分。第 0 对每个位置转 1 弧度，m 一变就飞快地转；最后几对几乎不动。选中一个表盘（方向键移动，↑ 和 ↓ 移动一行），上方就显示这个维度对。',
  dialsLabel: (m, f) => `位置 m = ${f.int(m)} 时的第 0 到 ${f.int(PAIRS - 1)} 个维度对`,
  dialName: (i, d, m, f) =>
    `第 ${f.int(i)} 个维度对：波长 ${lambda(d.wavelength, f)} 个位置；m = ${f.int(m)} 时已转 ${turnsText(d.turns, f)} 圈；指针在 ${f.decimal(toDegrees(d.angle), { digits: 1 })}°`,

  dataSummary: (m, n, f) => `数据：m = ${f.int(m)}、n = ${f.int(n)} 时的全部 ${f.int(PAIRS)} 个维度对`,
  dataScroll: '每个维度对：频率、波长、圈数，以及它在分数中的一项',
  dataCaption: (r, f) => `底数 ${num(r.base, f)} 下的每个维度对：θᵢ、波长、m = ${f.int(r.m)} 时的圈数和角度，以及它在 m = ${f.int(r.m)}、n = ${f.int(r.n)} 时的 qₘ·kₙ 中的一项`,
  dataColumns: ['维度对 i', '维度', 'θᵢ（弧度/位置）', 'λᵢ（位置）', 'm 处的圈数', 'm 处的角度（°）', 'qₘ·kₙ 中的一项'],
  dimsCell: (i, f) => `${f.int(2 * i)}、${f.int(2 * i + 1)}`,
  dataTotal: '合计：qₘ·kₙ',

  sources: (r, f) => [
    `底数：Llama 3 为 ${f.int(BASE.llama3)}（`, { cite: '报告 §3.2、表 3' },
    `），Llama 2 为 ${f.int(BASE.llama2)}（见其代码：precompute_freqs_cis 的默认值 theta=10000.0）；头维度 ${f.int(HEAD_DIM)}（`, { cite: '报告表 3' },
    `）。q 和 k 各是以种子 ${f.int(r.seed)} 从 N(0, 1) 抽取的 ${f.int(HEAD_DIM)} 个数，不是训练好的模型里的向量。分数是注意力乘以 1/√${f.int(HEAD_DIM)} 之前的点积。` +
    `维度对按 Meta 代码取 (2i, 2i + 1)；Hugging Face 的 rotate_half 取 (i, i + ${f.int(PAIRS)})，对 W_q、W_k 做重排后分数完全相同。全部用 float64 计算。`,
  ],

  announce: (r, f) =>
    `第 ${f.int(r.pair)} 个维度对，m = ${f.int(r.m)}，n = ${f.int(r.n)}：q 与 k 的夹角 ${angle(r.at.between, f)}。` +
    `分数 ${f.decimal(r.scores.at, { digits: 6 })}；两者都平移 ${shiftText(r.shift, f)} 后为 ${f.decimal(r.scores.shifted, { digits: 6 })}，差 ${r.scores.difference === 0 ? '0' : f.sci(r.scores.difference, { digits: 2 })}。`,
};

/** A pair index as a subscript: θ₁₆. */
function sub(i: number): string {
  return String(i).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]!);
}

export default words(messages, 'zh', zh);
