// Remark plugin: puts the chapter's reading time (minutes, rounded up) into its frontmatter.
import getReadingTime from 'reading-time';
import { toString } from 'mdast-util-to-string';

export function remarkReadingTime() {
  return (tree, file) => {
    const minutes = Math.max(1, Math.ceil(getReadingTime(toString(tree)).minutes));
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.minutesRead = minutes;
  };
}
