// The plan of the book, and the one place for chapter titles and order: every chapter in reading order,
// published or not (DESIGN.md "Chapters and URLs").
// A published chapter also has content/chapters/NN-slug.mdx; a test keeps the two in step.

export interface ChapterPlan {
  order: number;
  slug: string;
  /** The chapter's full title: its page <h1>, <title>, feed item and citation. */
  title: string;
  /** The short title: home page, navigation, gallery, and the <title> when the full one is too long. */
  short: string;
  /** Report sections the chapter covers. */
  covers: string;
  /** Shown as a link only when true; otherwise "coming soon". */
  published: boolean;
}

export const CHAPTERS: readonly ChapterPlan[] = [
  { order: 1, slug: 'overview', title: 'Overview: what Llama 3 is, and what changed from Llama 2', short: 'Overview: from Llama 2 to Llama 3', covers: '§1–2', published: true },
  { order: 2, slug: 'architecture', title: 'Architecture: the Llama 3 decoder, block by block', short: 'Architecture', covers: '§3.2', published: true },
  { order: 3, slug: 'tokenizer', title: 'The 128K tokenizer: byte-level BPE, tiktoken and compression', short: 'The 128K tokenizer', covers: '§3.2', published: true },
  { order: 4, slug: 'gqa', title: 'Grouped-query attention and the KV cache', short: 'Grouped-query attention', covers: '§3.2', published: true },
  { order: 5, slug: 'rope', title: 'RoPE: rotary positions and Θ = 500,000', short: 'RoPE and Θ = 500,000', covers: '§3.2', published: false },
  { order: 6, slug: 'long-context', title: 'Long context: from 8K to 128K tokens', short: 'Long context: 8K to 128K', covers: '§3.2–3.4', published: false },
  { order: 7, slug: 'pretraining', title: 'Pre-training: data, scaling laws and the schedule', short: 'Pre-training at scale', covers: '§3.1, §3.2.1, §3.4', published: false },
  { order: 8, slug: 'training-at-scale', title: 'Training at scale: 4D parallelism, utilisation and failures', short: 'Training at scale', covers: '§3.3', published: false },
  { order: 9, slug: 'post-training', title: 'Post-training: reward model, rejection sampling, SFT and DPO rounds', short: 'Post-training', covers: '§4.1–4.2', published: false },
  { order: 10, slug: 'dpo-vs-ppo', title: 'DPO instead of PPO', short: 'DPO instead of PPO', covers: '§4.1.4', published: false },
  { order: 11, slug: 'multimodal', title: 'Multimodal adapters: vision and speech', short: 'Multimodal adapters', covers: '§7–8', published: false },
];

export function chapterBySlug(slug: string): ChapterPlan | undefined {
  return CHAPTERS.find((c) => c.slug === slug);
}

/** Site path of a chapter, or null while it is not published (never a broken link). */
export function chapterHref(slug: string): string | null {
  const c = chapterBySlug(slug);
  return c?.published ? `/${c.slug}/` : null;
}
