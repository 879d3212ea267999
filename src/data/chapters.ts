// The plan of the book, and the one place for chapter titles and order: every chapter in reading order, in every
// language, published or not (DESIGN.md "Chapters and URLs").
// A chapter published in a language has content/chapters/<lang>/NN-slug.mdx; a test keeps the two in step.
import type { Locale } from '../i18n/locale';
import { localePath } from '../i18n/paths';

/** One text per language. */
export type Localized = Readonly<Record<Locale, string>>;

export interface ChapterPlan {
  order: number;
  slug: string;
  /** The chapter's full title: its page <h1>, <title>, feed item and citation. */
  title: Localized;
  /** The short title: home page, navigation, gallery, and the <title> when the full one is too long. */
  short: Localized;
  /** Report sections the chapter covers. */
  covers: string;
  /** The languages it is published in; elsewhere it shows as "coming soon" (never a broken link). */
  published: readonly Locale[];
}

const BOTH: readonly Locale[] = ['en', 'zh'];

export const CHAPTERS: readonly ChapterPlan[] = [
  {
    order: 1, slug: 'overview', covers: '§1–2', published: BOTH,
    title: { en: 'Overview: what Llama 3 is, and what changed from Llama 2', zh: '概览：Llama 3 是什么，相比 Llama 2 变了什么' },
    short: { en: 'Overview: from Llama 2 to Llama 3', zh: '概览：从 Llama 2 到 Llama 3' },
  },
  {
    order: 2, slug: 'architecture', covers: '§3.2', published: BOTH,
    title: { en: 'Architecture: the Llama 3 decoder, block by block', zh: '架构：逐块拆解 Llama 3 解码器' },
    short: { en: 'Architecture', zh: '架构' },
  },
  {
    order: 3, slug: 'tokenizer', covers: '§3.2', published: BOTH,
    title: { en: 'The 128K tokenizer: byte-level BPE, tiktoken and compression', zh: '128K 分词器：字节级 BPE、tiktoken 与压缩率' },
    short: { en: 'The 128K tokenizer', zh: '128K 分词器' },
  },
  {
    order: 4, slug: 'gqa', covers: '§3.2', published: BOTH,
    title: { en: 'Grouped-query attention and the KV cache', zh: '分组查询注意力与 KV 缓存' },
    short: { en: 'Grouped-query attention', zh: '分组查询注意力' },
  },
  {
    order: 5, slug: 'rope', covers: '§3.2, §3.4.2', published: BOTH,
    title: { en: 'RoPE: rotary positions and Θ = 500,000', zh: 'RoPE：旋转位置编码与 Θ = 500,000' },
    short: { en: 'RoPE and Θ = 500,000', zh: 'RoPE 与 Θ = 500,000' },
  },
  {
    order: 6, slug: 'long-context', covers: '§3.2–3.4', published: BOTH,
    title: { en: 'Long context: from 8K to 128K tokens', zh: '长上下文：从 8K 到 128K token' },
    short: { en: 'Long context: 8K to 128K', zh: '长上下文：从 8K 到 128K' },
  },
  {
    order: 7, slug: 'pretraining', covers: '§3.1, §3.2.1, §3.4', published: BOTH,
    title: { en: 'Pre-training: data, scaling laws and the schedule', zh: '预训练：数据、缩放定律与训练日程' },
    short: { en: 'Pre-training at scale', zh: '预训练' },
  },
  {
    order: 8, slug: 'training-at-scale', covers: '§3.3', published: BOTH,
    title: { en: 'Training at scale: 4D parallelism, utilisation and failures', zh: '大规模训练：4D 并行、算力利用率与故障' },
    short: { en: 'Training at scale', zh: '大规模训练' },
  },
  {
    order: 9, slug: 'post-training', covers: '§4.1–4.2', published: BOTH,
    title: { en: 'Post-training: reward model, rejection sampling, SFT and DPO rounds', zh: '后训练：奖励模型、拒绝采样、SFT 与多轮 DPO' },
    short: { en: 'Post-training', zh: '后训练' },
  },
  {
    order: 10, slug: 'dpo-vs-ppo', covers: '§4.1.4', published: BOTH,
    title: { en: 'DPO instead of PPO', zh: '为什么用 DPO 而不是 PPO' },
    short: { en: 'DPO instead of PPO', zh: '用 DPO 而不是 PPO' },
  },
  {
    order: 11, slug: 'multimodal', covers: '§7–8', published: BOTH,
    title: { en: 'Multimodal adapters: vision and speech', zh: '多模态适配器：视觉与语音' },
    short: { en: 'Multimodal adapters', zh: '多模态适配器' },
  },
];

export function chapterBySlug(slug: string): ChapterPlan | undefined {
  return CHAPTERS.find((c) => c.slug === slug);
}

export function isPublished(c: ChapterPlan, lang: Locale): boolean {
  return c.published.includes(lang);
}

/** Site path of a chapter in a language, or null while it is not published there (never a broken link). */
export function chapterHref(slug: string, lang: Locale): string | null {
  const c = chapterBySlug(slug);
  return c && isPublished(c, lang) ? localePath(lang, `/${c.slug}/`) : null;
}
