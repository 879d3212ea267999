// Every embed page opened with hostile query strings: broken percent-encoding, lone surrogates, bidi
// overrides, markup, numbers JavaScript parses oddly, prototype keys, repeated and oversized parameters.
// The widget must hydrate, say what it ignored, and show no error, NaN, Infinity, undefined or injected markup.
import { expect, hydrateAll, LANG_PREFIXES, test, widgetIds, getWidget } from './fixtures';

/** Raw (already encoded) query values, one round each; every round is invalid for each widget's enum parameters. */
const ROUNDS: Record<string, string[]> = {
  'broken encodings': ['%E0%A4%A', '%ZZ', '%ED%A0%80', '%', '%F0%9F%A6'],
  'odd numbers': ['1e309', 'NaN', '-0', '0x10', '9007199254740993', '%20%208%20', '-Infinity', '1_000'],
  'objects and markup': ['__proto__', 'constructor', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '%E2%80%AE%E2%80%8D%00%07'],
};

for (const id of widgetIds()) for (const prefix of LANG_PREFIXES) {
  for (const [round, values] of Object.entries(ROUNDS)) {
    test(`embed ${prefix}/${id} survives hostile URL parameters (${round})`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      // Every URL field of the widget's own schema (theme included) gets a hostile value.
      const keys = Object.keys(getWidget(id)!.fields);
      const query = keys.map((p, i) => `${p}=${values[i % values.length]}`).join('&');
      await page.goto(`${prefix}/embed/${id}/?${query}&__proto__=1&size=8b&size=banana`);
      await hydrateAll(page);
      const widget = page.locator('.widget');
      await expect(widget).toHaveAttribute('data-hydrated', 'true');
      await expect(page.locator('.widget-error')).toHaveCount(0);
      await expect(page.locator('.widget-notice')).toBeVisible();
      // The notice quotes the ignored values (which may be "NaN"), and a text box holds the URL's text (text=NaN is
      // valid text); everything else is computed by the widget.
      const text = await widget.evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.widget-notice, textarea').forEach((n) => n.remove());
        return copy.textContent ?? '';
      });
      expect(text.length).toBeGreaterThan(100);
      expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\[object Object\]/);
      await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
      expect(dialogs, 'no script from the URL ran').toEqual([]);
    });
  }
  test(`embed ${prefix}/${id} refuses an oversized query and says so`, async ({ page }) => {
    await page.goto(`${prefix}/embed/${id}/?text=${'%E4%B8%96'.repeat(1_100)}`);
    await hydrateAll(page);
    await expect(page.locator('.widget')).toHaveAttribute('data-hydrated', 'true');
    await expect(page.locator('.widget-notice')).toContainText(prefix === '/zh' ? '不超过 8,192 个字符的查询' : 'a query of at most 8,192 characters');
  });
}
