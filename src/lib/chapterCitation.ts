// The "Cite this chapter" BibTeX entry.
import type { Locale } from '../i18n/locale';
import { SITE_NAME } from '../site';

export interface ChapterCitationInput {
  slug: string;
  title: string;
  sections: string[];
  updated: Date;
  url: string;
  /** The chapter's language: a Chinese chapter gets its own key and `language` field. */
  lang?: Locale;
}

export function chapterBibtex({ slug, title, sections, updated, url, lang = 'en' }: ChapterCitationInput): string {
  const iso = updated.toISOString().slice(0, 10);
  return [
    `@misc{llama3explained-${slug}${lang === 'en' ? '' : `-${lang}`},`,
    `  title        = {${title}},`,
    `  author       = {{${SITE_NAME} contributors}},`,
    `  year         = {${updated.getUTCFullYear()}},`,
    `  howpublished = {\\url{${url}}},`,
    ...(lang === 'en' ? [] : [`  language     = {${lang === 'zh' ? 'chinese' : lang}},`]),
    `  note         = {Interactive companion to "The Llama 3 Herd of Models", ${sections.join(', ')}. Updated ${iso}}`,
    `}`,
  ].join('\n');
}
