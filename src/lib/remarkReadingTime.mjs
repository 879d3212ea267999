// Remark plugin: puts the chapter's reading time (minutes, rounded up) into its frontmatter. English at the
// reading-time package's 200 words a minute; a Chinese chapter (content/chapters/zh/) at about 400 characters a
// minute for its Chinese and 200 words a minute for the Latin words in it (reading-time would count each Chinese
// character as a word and double the time).
import getReadingTime from 'reading-time';
import { toString } from 'mdast-util-to-string';

export function readingMinutes(text, lang = 'en') {
  if (lang !== 'zh') return Math.max(1, Math.ceil(getReadingTime(text).minutes));
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return Math.max(1, Math.ceil(han / 400 + words / 200));
}

export function remarkReadingTime() {
  return (tree, file) => {
    const lang = /[\\/]content[\\/]chapters[\\/]zh[\\/]/.test(file.path ?? '') ? 'zh' : 'en';
    const minutes = readingMinutes(toString(tree), lang);
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.minutesRead = minutes;
  };
}
