// A source note in a widget ("Report §3.2, Table 3; Llama 2 paper, Table 1") with this report's sections and
// tables as plain links to its arXiv HTML (src/data/report.ts decides what links where). The links open in a
// new tab, so an embedded widget's frame never navigates away.
import { Fragment } from 'react';
import { citeParts } from '../data/report';

export function Cite({ text }: { text: string }) {
  return (
    <>
      {citeParts(text).map((p, i) => (p.href
        ? <a key={i} href={p.href} target="_blank" rel="noopener">{p.text}</a>
        : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}
