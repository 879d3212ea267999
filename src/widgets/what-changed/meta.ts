// URL schema and registry entry of the what-changed widget.
import { commonParams, enumParam, paramsSchema } from '../../lib/urlState';
import { defineWidget } from '../types';

export const SIZES = ['8b', '70b', '405b'] as const;

export const params = paramsSchema({
  ...commonParams,
  /** Which LLaMA 3 size to compare with its LLaMA 2 counterpart. */
  size: enumParam(SIZES, '8b'),
});

export const meta = defineWidget({
  id: 'what-changed',
  title: 'What changed from LLaMA 2 to LLaMA 3',
  summary: 'LLaMA 2 and LLaMA 3 side by side for each size: data, vocabulary, context, RoPE base, KV heads, compute and post-training.',
  chapter: 'overview',
  reportRef: '§1, §3.2, Table 3, §4',
  height: 760,
  params,
});
