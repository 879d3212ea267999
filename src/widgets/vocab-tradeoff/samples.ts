// Sample texts for measuring characters per token (report §3.2 compares compression on English data).
// Written for this site; the English and Chinese samples say the same thing, so their counts compare. The texts are
// what is measured, so they are the same in every edition; their names are in messages.ts.

export const SAMPLE_IDS = ['english', 'code', 'chinese', 'mixed'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

export const SAMPLES: Record<SampleId, { text: string }> = {
  english: {
    text:
      'Every morning the harbour wakes up in the same order. First the gulls, then the fish sellers dragging their ' +
      'crates over the wet stones, and last the ferry, which sounds its horn twice before it leaves for the islands. ' +
      'Visitors rarely notice the pattern, because they arrive after it has finished. The people who live here notice ' +
      'only when it breaks: a storm that keeps the ferry tied up, a holiday that empties the market, a morning so quiet ' +
      'that the gulls seem to have overslept. Those are the days when the town remembers how much it depends on small, ' +
      'repeated things.',
  },
  code: {
    text:
      'export function movingAverage(values: number[], window: number): number[] {\n' +
      "  if (window <= 0) throw new RangeError('window must be positive');\n" +
      '  const out: number[] = [];\n' +
      '  let sum = 0;\n' +
      '  for (let i = 0; i < values.length; i++) {\n' +
      '    sum += values[i];\n' +
      '    if (i >= window) sum -= values[i - window];\n' +
      '    if (i >= window - 1) out.push(sum / window);\n' +
      '  }\n' +
      '  return out;\n' +
      '}\n' +
      '\n' +
      'console.log(movingAverage([3, 1, 4, 1, 5, 9, 2, 6], 3));\n',
  },
  chinese: {
    text:
      '每天清晨，港口总是按照同样的顺序醒来。先是海鸥，然后是鱼贩拖着木箱走过潮湿的石板路，最后是渡轮，它在开往小岛之前会鸣笛两次。' +
      '游客很少注意到这个规律，因为他们到达时一切已经结束。住在这里的人只有在规律被打破时才会察觉：一场风暴让渡轮停航，' +
      '一个节日让市场空无一人，一个安静的早晨让海鸥仿佛睡过了头。那些日子里，小镇才会想起自己多么依赖这些细小而重复的事情。',
  },
  mixed: {
    text:
      'Meeting notes, 2024-07-23 (v2.1): the team agreed to ship on Friday 🚀. 下一步：整理测试结果并更新文档。' +
      'Budget: €12,500 (≈ ¥97,000). Owners → Ana, Bo, Chen. Переводы будут готовы к понедельнику. ' +
      'TODO: fix `parse_date()` for ISO-8601 strings like 2024-07-23T09:30:00Z 👍🏽.',
  },
};
