// Each widget's declared height (meta.height: the iframe height in every snippet and oEmbed response) is
// the height its embed page measures at 640 px wide, the largest over both themes and every language
// built, within 24 px or 3 %.
// When this fails, re-measure and re-declare: `npm run heights` (scripts/measureHeights.mjs).
import { builtLangs, embedPagePath, measureEmbed, THEMES, tolerance, WIDTH } from '../../scripts/measureHeights.mjs';
import { expect, test, widgetIds, getWidget } from './fixtures';

for (const id of widgetIds()) {
  test(`embed ${id}: the declared height is the measured one at ${WIDTH} px (npm run heights)`, async ({ page }) => {
    test.setTimeout(120_000);
    const declared = getWidget(id)!.height;
    const measured: Record<string, number> = {};
    for (const lang of builtLangs()) {
      for (const theme of THEMES) measured[`${lang}/${theme}`] = await measureEmbed(page, embedPagePath(id, { lang, theme }));
    }
    const height = Math.max(...Object.values(measured));
    expect(Math.abs(height - declared), `${id} measures ${JSON.stringify(measured)} px; meta.height is ${declared}`)
      .toBeLessThanOrEqual(tolerance(height));
  });
}
