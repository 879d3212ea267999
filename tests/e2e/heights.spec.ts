// Each widget's declared height in each language (meta.height.en / .zh: the iframe height in that language's snippets
// and oEmbed responses) is the height its embed page in that language measures at 640 px wide, the larger over both
// themes, within 24 px or 3 %.
// When this fails, re-measure and re-declare: `npm run heights` (scripts/measureHeights.mjs).
import { builtLangs, embedPagePath, measureEmbed, THEMES, tolerance, WIDTH } from '../../scripts/measureHeights.mjs';
import { expect, test, widgetIds, getWidget } from './fixtures';

for (const id of widgetIds()) {
  test(`embed ${id}: the declared height is the measured one at ${WIDTH} px (npm run heights)`, async ({ page }) => {
    test.setTimeout(120_000);
    const widget = getWidget(id)!;
    for (const lang of builtLangs() as ('en' | 'zh')[]) {
      const declared = widget.languages[lang].height;
      const measured: Record<string, number> = {};
      for (const theme of THEMES) measured[theme] = await measureEmbed(page, embedPagePath(id, { lang, theme }));
      const height = Math.max(...Object.values(measured));
      expect(Math.abs(height - declared), `${id} (${lang}) measures ${JSON.stringify(measured)} px; meta.height.${lang} is ${declared}`)
        .toBeLessThanOrEqual(tolerance(height));
    }
  });
}
