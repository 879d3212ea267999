// A source note in a widget ("Report §3.2, Table 3; Llama 2 paper, Table 1") with this report's sections and
// tables as plain links to its arXiv HTML (src/data/report.ts decides what links where). The links open in a
// new tab, so an embedded widget's frame never navigates away. A note from src/data is in English; the shell's
// `source` words it in the reader's language (a note a catalogue already wrote in that language passes unchanged).
import { Fragment } from 'react';
import { citeParts } from '../data/report';
import { RichText, useMessages } from '../i18n/react';
import { shellMessages } from './messages';

export function Cite({ text }: { text: string }) {
  const { source } = useMessages(shellMessages);
  return (
    <>
      {citeParts(source(text)).map((p, i) => (p.href
        ? <a key={i} href={p.href} target="_blank" rel="noopener">{p.text}</a>
        : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}

/**
 * A sentence with source notes in it, as a widget's catalogue writes it (messages.ts stays free of React): pieces of
 * text, and `{ cite }` where a source note goes. The word order is the language's; CitedText draws the notes with Cite.
 */
export type Cited = readonly (string | { cite: string })[];

export function CitedText({ parts }: { parts: Cited }) {
  return <RichText parts={parts.map((p, i) => (typeof p === 'string' ? p : <Cite key={i} text={p.cite} />))} />;
}
