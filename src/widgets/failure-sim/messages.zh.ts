// failure-sim's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
//
// Choices:
// - Not yet in the glossary (told to the lead): 检查点 (checkpoint), 有效训练时间 (effective training time),
//   中断 (interruption), 平均故障间隔 (MTBF, written M in formulas), 泊松过程 (Poisson process), 静默数据损坏
//   (silent data corruption), 杨–戴利 (Young/Daly, glossed in Latin where it first appears in a block).
// - τ, δ, R, M stay as symbols; component abbreviations (SRAM, NIC, SSD, CPU, NCCL) are glossed after Chinese names.
import { wholeNumberError } from '../../components/kit/messages.zh';
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { messages, type FailureSimMessages } from './messages';
import { DAYS, RUNS, TARGET, writeBound, type Code } from './model';

const pct = (v: number, f: Format) => f.percent(v, { digits: 1 });
const mins = (m: number, f: Format) => (m < 60 ? `${f.decimal(m, { digits: 1, trim: true })} 分钟` : `${f.decimal(m / 60, { digits: 2, trim: true })} 小时`);
const secs = (s: number, f: Format) => (s < 60 ? `${f.decimal(s, { digits: 1, trim: true })} 秒` : mins(s / 60, f));
const hours = (h: number, f: Format) => (h < 1 ? mins(h * 60, f) : `${f.decimal(h, { digits: 2, trim: true })} 小时`);

const CODE: Record<Code, (tauStar: string) => string> = {
  belowTarget: () => '低于报告所说的“高于 90%”：报告没有给出检查点间隔、写入时间和重启时间，这是假设值的结果。',
  freeWrite: () => '写检查点不花时间（δ = 0）时 τ* 为 0：检查点越频繁越好。滑块最小为 1 分钟。',
  optimumBelowMin: (t) => `τ* = ${t}，小于滑块的下限 1 分钟；图中标在 1 分钟处。`,
  optimumAboveMax: (t) => `τ* = ${t}，超过滑块的上限 24 小时；图中标在 24 小时处。`,
  longWrite: () => '写一次检查点的时间不短于两次检查点之间的训练时间：大部分时间花在了写入上。',
};

const CATEGORY = { gpu: 'GPU', dependency: '依赖', network: '网络', maintenance: '计划外维护', host: '主机', unknown: '未知' } as const;

export const zh: FailureSimMessages = {
  title: '故障与检查点',
  summary: '表 5 的 419 次意外中断（按计数重算占比），以及一个按你设定的故障率中断、带随机种子的 54 天训练任务模拟：' +
    '给定检查点间隔、写入时间和重启时间，有多少时间用于有效训练；并与闭式解、杨–戴利（Young/Daly）最优间隔和报告的 90% 对照。',

  rateLabel: '意外中断频率',
  rateValue: (d, report, f) => `每天 ${f.decimal(d, { digits: 2, trim: true })} 次，每 ${hours(24 / d, f)}一次${report ? '（报告）' : ''}`,
  ckptLabel: '检查点间隔 τ（假设）',
  writeLabel: '写入时间 δ（假设）',
  restartLabel: '重启时间 R（假设）',
  minutes: mins,
  seconds: secs,
  scaleLegend: 'GPU 数量（假设故障随之成比例增加）',
  scaleOption: (s) => (s === '1' ? '1×（快照期间）' : `${s}×`),
  seedLabel: '随机种子',
  seedError: (e, f) => wholeNumberError('随机种子', e, f),
  anotherRun: '换一次运行',

  closedHeading: '闭式解（故障为泊松过程）',
  closedLines: (c, s, f) => [
    `${f.int(DAYS)} 天内 ${f.decimal(c.expectedFailures, { digits: 0 })} 次意外中断（平均每 ${hours(c.mtbf, f)}一次），另有报告中的 ${f.int(c.expectedPlanned)} 次计划内中断。`,
    `τ = ${mins(s.ckpt, f)}时的有效训练时间：${pct(c.efficiency, f)}。`,
    `杨–戴利（Young/Daly）：τ* = √(2·δ·M) = ${c.youngMinutes > 0 ? mins(c.youngMinutes, f) : '0'}，对应 ${pct(c.atYoung, f)}${c.youngUsedMinutes !== c.youngMinutes ? `（按 ${mins(c.youngUsedMinutes, f)}计）` : ''}。`,
  ],
  codeMessage: (code, c, _s, f) => CODE[code](mins(c.youngMinutes, f)),
  announce: (c, s, f) => `τ = ${mins(s.ckpt, f)}时有效训练时间为 ${pct(c.efficiency, f)}（闭式解）；τ* = ${mins(c.youngMinutes, f)}时为 ${pct(c.atYoung, f)}。`,

  runHeading: (seed, f) => `一次运行，随机种子 ${f.int(seed)}`,
  pending: '正在模拟……',
  runLine: (r, f) => `${f.int(r.failures)} 次意外中断、${f.int(r.planned)} 次计划内中断；单次最多损失 ${hours(r.worstLoss, f)}的训练。`,
  shareNames: { useful: '有效训练', lost: '损失的训练', writing: '写检查点', restarting: '重启' },
  shareItem: (name, share, f) => `${name} ${pct(share, f)}`,
  spreadHeading: (n, f) => `${f.int(n)} 次 ${f.int(DAYS)} 天的运行`,
  spreadLine: (sp, c, f) => `均值 ${pct(sp.mean, f)}（闭式解 ${pct(c.efficiency, f)}）；90% 的运行在 ${pct(sp.p5, f)} 到 ${pct(sp.p95, f)} 之间；范围 ${pct(sp.min, f)}–${pct(sp.max, f)}；${f.percent(sp.aboveTarget, { digits: 0 })} 的运行达到 ${f.percent(TARGET, { digits: 0 })}。`,

  chartTitle: '有效训练时间与检查点间隔',
  chartLabel: (c, s, f) => `折线图：横轴为检查点间隔，1 分钟到 24 小时（对数刻度），纵轴为有效训练时间。闭式解在 τ* = ${mins(c.youngMinutes, f)}附近达到 ${pct(c.atYoung, f)}；所选 τ = ${mins(s.ckpt, f)}时为 ${pct(c.efficiency, f)}。虚线标出报告的 90%。模拟的各次运行画成点；下方的表格给出数值。`,
  axisTitle: '检查点间隔 τ（对数刻度）',
  minutesShort: (m, f) => (m < 60 ? `${f.int(m)} 分钟` : `${f.int(m / 60)} 小时`),
  legendCurve: '闭式解',
  legendRuns: (n, f) => `所选 τ 下的 ${f.int(n)} 次运行`,
  legendSweep: '其他 τ 下的运行',
  legendTau: '所选 τ',
  legendYoung: 'τ*（杨–戴利最优间隔）',
  legendTarget: '报告：> 90%',
  targetLabel: '90%（报告）',
  youngLabel: 'τ*',
  dataSummary: '数据：各间隔下的有效训练时间',
  dataColumns: { interval: '间隔 τ', closed: '闭式解', simulated: '模拟均值' },
  dataRow: (kind, m, f) => (kind === 'tau' ? `${mins(m, f)}（所选）` : kind === 'young' ? `${mins(m, f)}（τ*）` : mins(m, f)),

  timelineTitle: (seed, f) => `随机种子 ${f.int(seed)} 的一次运行，逐日`,
  timelineLabel: (r, f) => `${f.int(DAYS)} 天的时间线：${f.int(r.failures)} 次意外中断（上行，竖线）和 ${f.int(r.planned)} 次计划内中断（下行，三角形）。`,
  legendFailure: '意外中断（竖线）',
  legendPlanned: '计划内中断（三角形）',
  dayLabel: (d, f) => `第 ${f.int(d)} 天`,

  t5Heading: '表 5：419 次意外中断，按部件分类',
  t5Columns: { component: '部件', count: '次数', share: '次数 ÷ 419', printed: '报告所印' },
  component: {
    faultyGpu: 'GPU 故障', hbm3: 'GPU HBM3 显存', softwareBug: '软件缺陷', networkSwitch: '网络交换机/线缆',
    hostMaintenance: '主机维护', sram: 'GPU 片上存储（SRAM）', gsp: 'GPU 系统处理器（GSP）', nic: '网卡（NIC）',
    ncclWatchdog: '通信库（NCCL）看门狗超时', sdc: '静默数据损坏', thermal: 'GPU 散热界面与传感器',
    ssd: '固态硬盘（SSD）', powerSupply: '电源', chassis: '服务器机箱', ioBoard: '输入输出扩展板', dependency: '依赖项',
    cpu: '中央处理器（CPU）', systemMemory: '系统内存',
  },
  category: CATEGORY,
  categoryRow: (cat, n, share, printed, f) => `${CATEGORY[cat]}：${f.int(n)} 次 = ${pct(share, f)}${Math.abs(printed - share * 100) >= 0.5 ? `（报告印作 ${f.percent(printed / 100, { digits: 1 })}）` : ''}`,
  typoMark: '笔误',
  totalRow: '合计',
  typoNote: () => '报告中“Faulty GPU”一行印的是 30.1%，但 148 ÷ 419 = 35.3%：因此所印百分比一列加起来只有 94.9%，正文中“GPU 问题占 58.7%”正是所印各 GPU 行之和；按次数计算，GPU 问题占 268 ÷ 419 = 64.0%。次数之和恰为 419，所以次数是对的，错的是百分比。',

  notesSummary: '注释：模型及其假设',
  notes: (s, _c, f) => {
    const w = writeBound();
    return [
      '报告给出：预训练中一段 54 天的快照期内共 466 次中断（47 次计划内，419 次意外），以及“高于 90% 的有效训练时间”。报告没有给出检查点间隔、写入时间和重启时间：这里的默认值（τ = 30 分钟，δ = 30 秒，R = 5 分钟）是假设，可以调整。',
      `由报告数据推算（并非报告的说法）：每张 GPU 的检查点最多 4 GB，${f.int(w.gpus)} 张 GPU 共 ${f.bytes(w.bytes)}；按报告所述 2 TB/s 的持续吞吐需 ${secs(w.sustained, f)}（按 7 TB/s 峰值需 ${secs(w.peak, f)}）。报告没有说明这 54 天里用了多少张 GPU。`,
      '模型：意外中断随机到达（泊松过程），损失自上次检查点以来的训练，再花 R 重启；47 次计划内中断先保存进度（写一次检查点，δ），再重启（R）。写检查点时训练暂停。重启期间不会发生故障。',
      '闭式解对这个模型是精确的（逐次尝试的更新过程论证）；记平均故障间隔为 M，不计计划内中断时为 τ / ((M + R)·(e^((τ+δ)/M) − 1))。杨（Young，1974）和戴利（Daly，2006）给出 τ* = √(2·δ·M)，这是一阶近似的最优值，在 δ 远小于 M 时适用。',
      `把 GPU 数量扩大${s.scale === '1' ? '（2× 或 4×）' : `（${s.scale}×）`}时，意外中断频率按同样倍数增加，相当于假设每张 GPU 独立地以相同概率出故障：这是假设。计划内中断、δ 和 R 保持所设的值。`,
      `多次运行使用随机种子 ${f.int(s.seed)} 到 ${f.int(s.seed + RUNS - 1)}（所选 τ），另外九个间隔各用 12 个种子；每次运行 ${f.int(DAYS)} 天，在此之后的第一个检查点结束。`,
      '报告所说“约 78%”由硬件问题造成，无法用表 5 的类别精确复现（GPU、主机和计划外维护合计 321 ÷ 419 = 76.6%）。',
    ];
  },
  sources: '来源：Llama 3 报告 §3.3.4 与表 5（中断），§3.3.1（检查点大小、存储吞吐）；杨（Young，1974）；戴利（Daly，2006）。',
};

export default words(messages, 'zh', zh);
