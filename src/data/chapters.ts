// The plan of the book: every chapter in reading order, published or not (DESIGN.md "Chapters and URLs").
// A published chapter also has content/chapters/NN-slug.mdx; a test keeps the two in step.

export interface ChapterPlan {
  order: number;
  slug: string;
  title: string;
  /** Report sections the chapter covers. */
  covers: string;
  /** Shown as a link only when true; otherwise "coming soon". */
  published: boolean;
}

export const CHAPTERS: readonly ChapterPlan[] = [
  { order: 1, slug: 'overview', title: 'Overview: from Llama 2 to Llama 3', covers: '§1–2', published: true },
  { order: 2, slug: 'architecture', title: 'Architecture', covers: '§3.2', published: true },
  { order: 3, slug: 'tokenizer', title: 'The 128K tokenizer', covers: '§3.2', published: true },
  { order: 4, slug: 'gqa', title: 'Grouped-query attention', covers: '§3.2', published: true },
  { order: 5, slug: 'rope', title: 'RoPE and Θ = 500,000', covers: '§3.2', published: false },
  { order: 6, slug: 'long-context', title: 'Long context: 8K to 128K', covers: '§3.2–3.4', published: false },
  { order: 7, slug: 'pretraining', title: 'Pre-training at scale', covers: '§3.1, §3.2.1, §3.4', published: false },
  { order: 8, slug: 'post-training', title: 'Post-training', covers: '§4.1–4.2', published: false },
  { order: 9, slug: 'dpo-vs-ppo', title: 'DPO instead of PPO', covers: '§4.1.4', published: false },
  { order: 10, slug: 'multimodal', title: 'Multimodal adapters', covers: '§7–8', published: false },
];

export function chapterBySlug(slug: string): ChapterPlan | undefined {
  return CHAPTERS.find((c) => c.slug === slug);
}

/** Site path of a chapter, or null while it is not published (never a broken link). */
export function chapterHref(slug: string): string | null {
  const c = chapterBySlug(slug);
  return c?.published ? `/${c.slug}/` : null;
}
