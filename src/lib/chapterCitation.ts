// The "Cite this chapter" BibTeX entry.
import { SITE_NAME } from '../site';

export interface ChapterCitationInput {
  slug: string;
  title: string;
  sections: string[];
  updated: Date;
  url: string;
}

export function chapterBibtex({ slug, title, sections, updated, url }: ChapterCitationInput): string {
  const iso = updated.toISOString().slice(0, 10);
  return [
    `@misc{llama3explained-${slug},`,
    `  title        = {${title}},`,
    `  author       = {{${SITE_NAME} contributors}},`,
    `  year         = {${updated.getUTCFullYear()}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note         = {Interactive companion to "The Llama 3 Herd of Models", ${sections.join(', ')}. Updated ${iso}}`,
    `}`,
  ].join('\n');
}
