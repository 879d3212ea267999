// One glossary for the Chinese edition: the Chinese term the site uses for each technical term, in prose and in
// widgets alike. glossary.test.ts reads every Chinese chapter and catalogue: where the English side uses a term, the
// Chinese side uses `zh` (and never a rendering listed in `avoid`). Add a term here before writing it a new way.
// At first use in a chapter the English term follows in parentheses: 分组查询注意力（grouped-query attention，GQA）.
// Plain data with no imports: server code and tests read it; no island ships it.

export interface Term {
  /** The English term as the English pages write it (lower case unless a name); matched case-insensitively. */
  en: string;
  /** The Chinese term, exactly as every Chinese page and widget writes it. */
  zh: string;
  /** Renderings a Chinese page must not use for this term (common but not ours, or wrong). */
  avoid?: readonly string[];
  /** Kept in English in Chinese text too (a name, an abbreviation); `zh` is then the English form. */
  keepEnglish?: boolean;
  /** false: an everyday term a Chinese ML reader needs no English for (预训练, 显存); chapters need not gloss it. */
  gloss?: boolean;
}

export const GLOSSARY: Readonly<Record<string, Term>> = {
  gqa: { en: 'grouped-query attention', zh: '分组查询注意力', avoid: ['分组询问注意力', '群组查询注意力'] },
  mha: { en: 'multi-head attention', zh: '多头注意力' },
  mqa: { en: 'multi-query attention', zh: '多查询注意力' },
  attention: { en: 'attention', zh: '注意力' },
  kvHead: { en: 'key/value head', zh: '键值头', avoid: ['键/值头'], gloss: false },
  queryHead: { en: 'query head', zh: '查询头', gloss: false },
  headDim: { en: 'head dimension', zh: '头维度', gloss: false },
  residualStream: { en: 'residual stream', zh: '残差流', gloss: false },
  preTokenization: { en: 'pre-tokenization', zh: '预分词', gloss: false },
  selfAttention: { en: 'self-attention', zh: '自注意力', gloss: false },
  head: { en: 'attention head', zh: '注意力头', gloss: false },
  query: { en: 'query', zh: '查询' },
  key: { en: 'key', zh: '键' },
  value: { en: 'value', zh: '值' },
  kvCache: { en: 'KV cache', zh: 'KV 缓存', avoid: ['KV缓存', '键值缓存区'] },
  rope: { en: 'rotary position embedding', zh: '旋转位置编码', avoid: ['旋转位置嵌入'] },
  contextWindow: { en: 'context window', zh: '上下文窗口', gloss: false },
  longContext: { en: 'long context', zh: '长上下文', gloss: false },
  vocabulary: { en: 'vocabulary', zh: '词表', avoid: ['词汇表', '字典'] },
  tokenizer: { en: 'tokenizer', zh: '分词器', avoid: ['标记器', '分词机'] },
  token: { en: 'token', zh: 'token', keepEnglish: true, avoid: ['令牌'] },
  bpe: { en: 'byte pair encoding', zh: '字节对编码' },
  merge: { en: 'merge', zh: '合并' },
  compression: { en: 'compression', zh: '压缩率' },
  specialToken: { en: 'special token', zh: '特殊 token', avoid: ['特殊令牌', '特殊标记'] },
  embedding: { en: 'embedding', zh: '嵌入', avoid: ['埋入'] },
  unembedding: { en: 'output projection', zh: '输出投影', gloss: false },
  decoder: { en: 'decoder', zh: '解码器' },
  transformerBlock: { en: 'transformer block', zh: 'Transformer 块' },
  layer: { en: 'layer', zh: '层' },
  ffn: { en: 'feed-forward network', zh: '前馈网络', avoid: ['前向网络'] },
  swiglu: { en: 'SwiGLU', zh: 'SwiGLU', keepEnglish: true },
  rmsnorm: { en: 'RMSNorm', zh: 'RMSNorm', keepEnglish: true },
  residual: { en: 'residual connection', zh: '残差连接' },
  hiddenDim: { en: 'model width', zh: '模型宽度', gloss: false },
  parameters: { en: 'parameters', zh: '参数量' },
  weights: { en: 'weights', zh: '权重' },
  pretraining: { en: 'pre-training', zh: '预训练', gloss: false },
  posttraining: { en: 'post-training', zh: '后训练', gloss: false },
  finetuning: { en: 'fine-tuning', zh: '微调' },
  sft: { en: 'supervised fine-tuning', zh: '监督微调' },
  rlhf: { en: 'reinforcement learning from human feedback', zh: '基于人类反馈的强化学习' },
  dpo: { en: 'direct preference optimization', zh: '直接偏好优化' },
  ppo: { en: 'proximal policy optimization', zh: '近端策略优化' },
  rewardModel: { en: 'reward model', zh: '奖励模型' },
  rejectionSampling: { en: 'rejection sampling', zh: '拒绝采样' },
  // Post-training (chapter 9 and its widgets).
  goldReward: { en: 'gold reward', zh: '金标准奖励' },
  preferencePair: { en: 'preference pair', zh: '偏好对', gloss: false },
  overOptimisation: { en: 'over-optimisation', zh: '过度优化' },
  winRate: { en: 'win rate', zh: '胜率', gloss: false },
  heldOut: { en: 'held-out', zh: '留出', gloss: false },
  scalingLaw: { en: 'scaling law', zh: '缩放定律', avoid: ['尺度定律', '规模定律'] },
  flops: { en: 'FLOPs', zh: 'FLOPs', keepEnglish: true },
  batch: { en: 'batch', zh: '批次' },
  batchSize: { en: 'batch size', zh: '批大小', gloss: false },
  decoding: { en: 'decoding', zh: '解码' },
  inference: { en: 'inference', zh: '推理' },
  prefill: { en: 'prefill', zh: '预填充' },
  bandwidth: { en: 'memory bandwidth', zh: '显存带宽' },
  gpuMemory: { en: 'GPU memory', zh: '显存', gloss: false },
  precision: { en: 'precision', zh: '精度' },
  quantization: { en: 'quantization', zh: '量化' },
  denseModel: { en: 'dense model', zh: '稠密模型' },
  moe: { en: 'mixture of experts', zh: '混合专家' },
  technicalReport: { en: 'technical report', zh: '技术报告', gloss: false },
  widget: { en: 'widget', zh: '交互组件', avoid: ['小部件', '挂件'] },
  embedSnippet: { en: 'embed snippet', zh: '嵌入代码' },
  multimodal: { en: 'multimodal', zh: '多模态' },
  adapter: { en: 'adapter', zh: '适配器' },
  crossAttention: { en: 'cross-attention', zh: '交叉注意力' },
  documentMask: { en: 'document mask', zh: '文档掩码' },
  contextParallelism: { en: 'context parallelism', zh: '上下文并行' },
  // RoPE (chapter 5). "Base" (Θ) is 底数 everywhere ("RoPE 底数 Θ", "底数 Θ"), never 基数; only "RoPE base" is matched
  // in the English, since the word "base" alone has other meanings.
  ntkAware: { en: 'NTK-aware', zh: 'NTK-aware', keepEnglish: true, avoid: ['NTK 感知'] },
  ntkByParts: { en: 'NTK-by-parts', zh: 'NTK-by-parts', keepEnglish: true, avoid: ['NTK 分段'] },
  scaleFactor: { en: 'scale factor', zh: '缩放倍数', gloss: false },
  ropeBase: { en: 'RoPE base', zh: 'RoPE 底数', avoid: ['基数', '基频'], gloss: false },
  positionInterpolation: { en: 'position interpolation', zh: '位置插值', avoid: ['位置内插'] },
  wavelength: { en: 'wavelength', zh: '波长', gloss: false },
  inverseFrequency: { en: 'inverse frequency', zh: '逆频率' },
  extrapolation: { en: 'extrapolation', zh: '外推', gloss: false },
  relativePosition: { en: 'relative position', zh: '相对位置', gloss: false },
  absolutePosition: { en: 'absolute position', zh: '绝对位置', gloss: false },
  longTermDecay: { en: 'long-term decay', zh: '远程衰减', avoid: ['长程衰减', '长期衰减'] },
  attentionTemperature: { en: 'attention temperature', zh: '注意力温度' },
  dimensionPair: { en: 'dimension pair', zh: '维度对', gloss: false },
  criticalDimension: { en: 'critical dimension', zh: '临界维度' },
  // Long context (chapter 6). "all-gather" stays in English, like the collective's name in NCCL and PyTorch.
  sequenceLength: { en: 'sequence length', zh: '序列长度', gloss: false },
  causalMask: { en: 'causal mask', zh: '因果掩码', gloss: false },
  attentionMask: { en: 'attention mask', zh: '注意力掩码', gloss: false },
  ringAttention: { en: 'ring attention', zh: '环形注意力' },
  needleInAHaystack: { en: 'needle in a haystack', zh: '大海捞针' },
  tensorParallelism: { en: 'tensor parallelism', zh: '张量并行' },
  pipelineParallelism: { en: 'pipeline parallelism', zh: '流水线并行' },
  dataParallelism: { en: 'data parallelism', zh: '数据并行' },
  mfu: { en: 'model FLOPs utilization', zh: '模型算力利用率' },
  annealing: { en: 'annealing', zh: '退火' },
  // Pre-training (chapter 7). 去重, 学习率/预热 and 计算最优 (the overview uses it unglossed) are everyday words to a Chinese ML reader; "IsoFLOP", "MinHash" and
  // "shingle" stay in English, as in the literature.
  deduplication: { en: 'de-duplication', zh: '去重', gloss: false },
  nearDuplicate: { en: 'near duplicate', zh: '近似重复', avoid: ['近重复'] },
  lsh: { en: 'locality-sensitive hashing', zh: '局部敏感哈希', avoid: ['位置敏感哈希'] },
  computeOptimal: { en: 'compute-optimal', zh: '计算最优', avoid: ['算力最优'], gloss: false },
  learningRate: { en: 'learning rate', zh: '学习率', gloss: false },
  warmup: { en: 'warm-up', zh: '预热', avoid: ['热身'], gloss: false },
  nll: { en: 'negative log-likelihood', zh: '负对数似然' },
  // Training at scale (chapter 8, §3.3).
  sequenceParallelism: { en: 'sequence parallelism', zh: '序列并行' },
  fsdp: { en: 'fully sharded data parallelism', zh: '全分片数据并行' },
  microBatch: { en: 'micro-batch', zh: '微批次', avoid: ['微批量'] },
  pipelineBubble: { en: 'pipeline bubble', zh: '流水线气泡', avoid: ['管道气泡'] },
  interleavedSchedule: { en: 'interleaved schedule', zh: '交错调度' },
  gradientAccumulation: { en: 'gradient accumulation', zh: '梯度累积' },
  optimizerState: { en: 'optimizer state', zh: '优化器状态', gloss: false },
  activationCheckpointing: { en: 'activation checkpointing', zh: '激活检查点', avoid: ['激活值检查点'] },
  checkpoint: { en: 'checkpoint', zh: '检查点' },
  collectiveCommunication: { en: 'collective communication', zh: '集合通信', avoid: ['集体通信'] },
  bisectionBandwidth: { en: 'bisection bandwidth', zh: '对分带宽', avoid: ['二分带宽'] },
  oversubscription: { en: 'oversubscription ratio', zh: '收敛比', avoid: ['超额订阅'] },
  straggler: { en: 'straggler', zh: '慢节点' },
  effectiveTrainingTime: { en: 'effective training time', zh: '有效训练时间' },
  mtbf: { en: 'mean time between failures', zh: '平均故障间隔时间', avoid: ['平均无故障时间'] },
  silentDataCorruption: { en: 'silent data corruption', zh: '静默数据损坏' },
  dvfs: { en: 'dynamic voltage and frequency scaling', zh: '动态电压频率调节' },
  // Post-training (chapter 9, §4). 模型平均 is not checked for a first-use gloss (the chapter glosses it anyway): the
  // check matches plain substrings, and "405B 模型平均每个参数" in the overview would count as its first use.
  modelAveraging: { en: 'model averaging', zh: '模型平均', gloss: false },
  systemPrompt: { en: 'system prompt', zh: '系统提示词', avoid: ['系统提示语'] },
  // Multimodal adapters (chapter 11, §7–8). A tile (图块, the 336/448/560-px square an image is cut into) and a patch
  // (图像块, the ViT's 14-px square) are kept apart in Chinese as in English; "ViT", "Conformer", "Perceiver" and
  // "BEST-RQ" are names. 门 is the tanh gate of a cross-attention block (门控 for "gated").
  // 图像编码器 and 语音编码器 read plainly to a Chinese ML reader (the overview uses them unglossed): no first-use check.
  imageEncoder: { en: 'image encoder', zh: '图像编码器', gloss: false },
  speechEncoder: { en: 'speech encoder', zh: '语音编码器', gloss: false },
  tile: { en: 'tile', zh: '图块', avoid: ['瓦片', '切片'] },
  patch: { en: 'patch', zh: '图像块', avoid: ['补丁'] },
  classToken: { en: 'class token', zh: '类别 token', avoid: ['分类令牌'] },
  aspectRatio: { en: 'aspect ratio', zh: '宽高比', avoid: ['纵横比'], gloss: false },
  padding: { en: 'padding', zh: '填充', gloss: false },
  temporalAggregator: { en: 'temporal aggregator', zh: '时间聚合器' },
  perceiverResampler: { en: 'perceiver resampler', zh: 'Perceiver 重采样器' },
  // 指数滑动平均 as the DPO chapter (10) already writes it in passing (§7.5.5's EMA reference): no first-use check.
  ema: { en: 'exponential moving average', zh: '指数滑动平均', gloss: false },
  melSpectrogram: { en: 'mel spectrogram', zh: '梅尔频谱', avoid: ['梅尔谱图', 'Mel 频谱'] },
  selfSupervised: { en: 'self-supervised', zh: '自监督', gloss: false },
  speechRecognition: { en: 'speech recognition', zh: '语音识别' },
  speechTranslation: { en: 'speech translation', zh: '语音翻译' },
  textToSpeech: { en: 'text-to-speech', zh: '语音合成' },
  linearProjection: { en: 'linear projection', zh: '线性投影', gloss: false },
  // DPO instead of PPO (chapter 10, §4.1.4). 策略 and 优势 are the RL words every Chinese textbook uses (single words:
  // not checked); "on-policy" stays in English as in chapter 9 (同策略 is rare in Chinese ML writing); reward hacking is
  // 奖励作弊 as the rl-arena widget writes it, and 似然位移 follows Razin et al.'s "likelihood displacement" word for word.
  policy: { en: 'policy', zh: '策略' },
  advantage: { en: 'advantage', zh: '优势' },
  onPolicy: { en: 'on-policy', zh: 'on-policy', keepEnglish: true, avoid: ['同策略'] },
  valueModel: { en: 'value model', zh: '价值模型', avoid: ['价值网络模型'] },
  gae: { en: 'generalised advantage estimation', zh: '广义优势估计' },
  klDivergence: { en: 'KL divergence', zh: 'KL 散度', avoid: ['KL散度', 'KL 距离'] },
  partitionFunction: { en: 'partition function', zh: '配分函数', avoid: ['划分函数'] },
  implicitReward: { en: 'implicit reward', zh: '隐式奖励', avoid: ['隐含奖励'] },
  likelihoodDisplacement: { en: 'likelihood displacement', zh: '似然位移' },
  rewardHacking: { en: 'reward hacking', zh: '奖励作弊' },
  directAlignment: { en: 'direct alignment algorithm', zh: '直接对齐算法' },
  grpo: { en: 'group relative policy optimization', zh: '组相对策略优化', avoid: ['群组相对策略优化'] },
};
