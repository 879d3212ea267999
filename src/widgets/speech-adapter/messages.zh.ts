// speech-adapter's Chinese words (the interface, with what each key is for: messages.ts; the English: messages.en.ts).
import { words } from '../../i18n/react';
import type { Format } from '../../lib/format';
import { SPEECH_ADAPTER, SPEECH_ENCODER, SPEECH_MELS, SPEECH_STACK } from '../../data/multimodal';
import { messages, type SpeechAdapterMessages } from './messages';
import {
  ENCODER_MS, LM_DIMS, MAX_FILE_BYTES, MAX_SECONDS, MEL_MS, STAGE_WIDTH, TOKEN_MS, TOKENS_PER_SECOND, WINDOW_SECONDS,
  encoderParamCheck, tokensFor, type StageId,
} from './model';

const sec = (v: number, f: Format) => `${f.decimal(v, { digits: 1, trim: true })} 秒`;
const ms = (v: number, f: Format) => `${f.int(v)} 毫秒`;
const rate = (v: number, f: Format) => f.decimal(v, { digits: 1, trim: true });
const enc = SPEECH_ENCODER.value;

const DETAIL: Record<StageId, (f: Format) => string> = {
  mel: (f) => `每帧 ${f.int(SPEECH_MELS.value)} 维对数梅尔（mel）特征 ◐（下方用真实音频现算）`,
  stack: (f) => `相邻 ${f.int(SPEECH_STACK.value)} 帧拼成一帧（${f.int(STAGE_WIDTH.stack)} 维），再做线性投影 ◐`,
  conformer: (f) => `${f.int(enc.layers)} 层 Conformer，隐藏维度 ${f.int(enc.dim)}，${f.int(enc.heads)} 个注意力头，用旋转位置编码 ◐`,
  conv: (f) => `卷积，核宽 ${f.int(SPEECH_ADAPTER.value.kernel)}、步长 ${f.int(SPEECH_ADAPTER.value.stride)}：帧率减半 ◐`,
  transformer: () => '一层带旋转位置编码的 Transformer ◐',
  linear: (f) => `线性层映射到语言模型的嵌入空间（8B 为 ${f.int(LM_DIMS['8b'])} 维，70B 为 ${f.int(LM_DIMS['70b'])} 维）：每个向量直接当作一个 token 输入，不经过交叉注意力 ◐`,
};

export const zh: SpeechAdapterMessages = {
  title: '从音频到语言模型 token',
  summary: 'Llama 3 的语音通路：从 10 毫秒一帧的梅尔频谱，经 Conformer 编码器和适配器，变成每 80 毫秒一个 token；还能在浏览器里为你自己的音频算出真实的梅尔频谱。',

  secondsLabel: '音频时长',
  secondsValue: (s, f) => sec(s, f),
  secondsFileHint: '频谱图按你的文件实际时长显示；滑块只决定上面的计数。',
  sampleLegend: '内置样例（由代码合成）',
  sampleOption: { vowels: '元音 a、i、u', chirp: '扫频 100 赫兹 → 7 千赫' },
  fileButton: '载入你自己的音频文件…',
  fileLabel: '只在本浏览器里解码，不会上传。',
  fileDecoding: (name) => `正在本浏览器里解码 “${name}”…`,
  fileLoaded: (name, s, full, truncated, f) => truncated
    ? `你的文件 “${name}” 长 ${sec(full, f)}，超过单段语音最长 ${f.int(MAX_SECONDS)} 秒 ◐，这里只取前 ${sec(s, f)}（更长的录音要切成多段）。`
    : `你的文件 “${name}”：${sec(s, f)}，已在本浏览器里重采样为 16 千赫单声道。`,
  fileProblem: (p, f) => ({
    empty: '这个文件是空的，没有可解码的内容。',
    'too-large': `文件超过 ${f.bytes(MAX_FILE_BYTES)}，请换一段短一些的录音（反正最多只用 ${f.int(MAX_SECONDS)} 秒）。`,
    'not-audio': '浏览器无法把这个文件当作音频解码。请换常见的音频格式（WAV, MP3, OGG, M4A）。',
    'too-short': '这段音频比一个 25 毫秒的分析窗还短，算不出任何一帧。',
  })[p],
  backToSample: '换回内置样例',
  secondaryNote: '◐ 来自二手资料：三份相互独立的报告摘要给出的数字一致，但本站没有核对报告 §8 的原文。',

  timelineTitle: '从音频到语言模型 token',
  stageNums: (st, s, f) => `每 ${ms(st.stepMs, f)}一个 · 每秒 ${rate(st.perSecond, f)} 个 · ${sec(s, f)}内 ${rate(st.nominal, f)} 个`,
  stageName: { mel: '梅尔帧', stack: '四帧拼接', conformer: 'Conformer 编码器', conv: '适配器：卷积', transformer: '适配器：Transformer 层', linear: '适配器：线性层 → 语言模型' },
  stageDetail: (id, f) => DETAIL[id](f),
  ms,
  perSecond: (v, f) => rate(v, f),
  stripTitle: (v, f) => `开头 ${ms(v, f)}，按比例画出`,
  stripRow: { mel: `梅尔帧 ${MEL_MS} 毫秒`, enc: `编码器 ${ENCODER_MS} 毫秒`, tok: `token ${TOKEN_MS} 毫秒` },
  stripLabel: (v, f) => `开头 ${ms(v, f)} 里有 ${f.int(v / MEL_MS)} 个 ${MEL_MS} 毫秒的梅尔帧、${f.int(v / ENCODER_MS)} 个 ${ENCODER_MS} 毫秒的编码器帧、${f.int(v / TOKEN_MS)} 个 ${TOKEN_MS} 毫秒的语言模型 token。`,
  countLines: (s, st, f) => [
    `${sec(s, f)}语音 → ${rate(tokensFor(s), f)} 个语言模型 token（每秒 ${rate(TOKENS_PER_SECOND, f)} 个，每 ${ms(TOKEN_MS, f)}一个）。`,
    `一分钟是 ${f.int(tokensFor(60))} 个 token；单段语音最长 ${f.int(MAX_SECONDS)} 秒 ◐，在上下文里占 ${f.int(tokensFor(MAX_SECONDS))} 个 token。`,
    `按边界实际计数：${f.int(st[0]!.exact)} 个梅尔帧 → ${f.int(st[1]!.exact)} 个编码器帧 → ${f.int(st[3]!.exact)} 个 token。`,
  ],
  conventionsNote: '报告只给了帧率，没说边界怎么处理。这里的算法是：梅尔分帧不补零（25 毫秒的窗，每 10 毫秒移一次），四帧拼接时丢掉末尾凑不满的 1–3 帧，卷积两侧各补一帧。',

  spectroTitle: (s, file, f) => (file ? `“${file}” 的对数梅尔频谱（${sec(s, f)}，80 个频带）` : `样例的对数梅尔频谱（${sec(s, f)}，80 个频带）`),
  pending: '正在计算对数梅尔频谱…',
  overviewLabel: (r, at, f) => `${sec(r.seconds, f)}音频的对数梅尔频谱，共 ${f.int(r.frames)} 帧、每帧 80 个频带；细节窗口从第 ${sec(at, f)}开始。`,
  windowLabel: '细节窗口起点',
  windowValue: (at, f) => `${sec(at, f)}（显示 ${f.int(WINDOW_SECONDS)} 秒）`,
  detailLabel: (_r, at, rows, f) => `细节：${sec(at, f)}到 ${sec(at + WINDOW_SECONDS, f)}，共 ${f.int(rows.length)} 个 ${TOKEN_MS} 毫秒的 token，每个覆盖 ${f.int(TOKEN_MS / MEL_MS)} 个梅尔帧；下表列出每个 token 能量最强的频带。`,
  cellText: (tok, hz, v, f) => `第 ${f.int(tok.index + 1)} 个 token，${f.decimal(tok.from, { digits: 2 })}–${f.decimal(tok.to, { digits: 2 })} 秒，中心 ${f.int(Math.round(hz))} 赫兹的频带：平均 log₁₀ 功率 ${f.decimal(v, { digits: 2 })}`,
  gridLegend: { enc: `编码器帧边界（${ENCODER_MS} 毫秒）`, tok: `token 边界（${TOKEN_MS} 毫秒）`, shade: '颜色越浓，能量越高（显示 70 分贝的范围）' },
  axisTime: '时间（秒）',
  axisHz: '频带中心（赫兹）',
  tableSummary: (n, f) => `表格：窗口内的 ${f.int(n)} 个 token`,
  tableColumns: { token: 'token', span: '覆盖时段', mean: '平均 log₁₀ 功率', peak: '最强频带' },
  span: (a, b, f) => `${f.decimal(a, { digits: 2 })}–${f.decimal(b, { digits: 2 })} 秒`,
  hz: (v, f) => `${f.int(Math.round(v))} 赫兹`,
  melNote: (r, f) => `报告只说输入是 80 维梅尔频谱，别的参数都没给；这里用常见做法：16 千赫采样，25 毫秒汉宁窗、每 10 毫秒一帧，512 点快速傅里叶变换，斯兰尼（Slaney）梅尔刻度覆盖 0–8 千赫，取 log₁₀。共 ${f.int(r.frames)} 帧，用时 ${f.int(Math.max(1, Math.round(r.ms)))} 毫秒。`,
  announce: (r, f) => `频谱已算好：${sec(r.seconds, f)}，${f.int(r.frames)} 个梅尔帧，对应 ${rate(tokensFor(r.seconds), f)} 个 token。`,

  paramsTitle: '参数量',
  paramLines: (f) => {
    const c = encoderParamCheck();
    return [
      `语音编码器（Conformer）：${f.short(enc.params, { digits: 1 })} 参数 ◐。`,
      `适配器（卷积、一层 Transformer、线性层）：约 ${f.short(SPEECH_ADAPTER.value.params, { digits: 1 })} 参数 ◐。它内部各层的宽度只有单一来源，这里不列。`,
      `推算核对（不是报告给的数）：${f.int(enc.layers)} 层 ×（两个 4,096 维的前馈网络、注意力、核宽 7 的卷积模块 ◐）= ${f.int(c.total)}，约 ${f.short(c.total, { digits: 5 })}，与 “1B” 吻合。`,
      '语言模型本身冻结不动：语音训练只更新编码器和适配器。',
    ];
  },

  notesSummary: '说明',
  notes: (f) => [
    `语音以普通 token 的身份进入上下文：${f.int(MAX_SECONDS)} 秒语音的 ${f.int(tokensFor(MAX_SECONDS))} 个 token，占用的位置（以及 KV 缓存）和 ${f.int(tokensFor(MAX_SECONDS))} 个文本 token 一样多。§7 的图像适配器走的则是交叉注意力。`,
    '内置样例是合成信号：一串声门脉冲经过三个共振峰滤波器（元音共振峰取自彼得森与巴尼（Peterson & Barney）的测量），以及一段指数扫频正弦波，外加约 −80 分贝的固定种子噪声。它们不是报告训练数据里的语音。',
    '你的文件由浏览器自带的音频解码器读取，始终不离开本页面。',
  ],
  sources: '来源：报告 §8.1–8.2，经二手资料转述（事实表第二部分 §M）；梅尔频谱由本站共享的音频模块计算；模型宽度见表 3。',
};

export default words(messages, 'zh', zh);
