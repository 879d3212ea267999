// The package page (/package/, /zh/package/): every widget of the registry (dist/widgets.json, derived from it) has
// its section with its component name (src/package/names.ts), its import line and one row per prop of its schema with
// the schema's default, plus lang; and the gallery shows each widget's component form, linked to that section.
// (Loading, axe in both themes, 320 px reflow and links: site.spec.ts and the link check, which take every page.)
import { componentName, PACKAGE_NAME, PACKAGE_TARBALL } from '../../src/package/names';
import { expect, LANG_PREFIXES, test, widgetList } from './fixtures';

/** A default as the page writes it: strings quoted, numbers and booleans bare, nothing for a field left out. */
const literal = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? JSON.stringify(v) : String(v));

for (const prefix of LANG_PREFIXES) {
  test(`${prefix}/package/ lists every widget's component and every prop of its schema with its default`, async ({ page }) => {
    const widgets = widgetList();
    await page.goto(`${prefix}/package/`);
    await expect(page.locator('main')).toContainText(PACKAGE_TARBALL);
    const sections = page.locator('section[data-package-widget]');
    await expect(sections).toHaveCount(widgets.length);
    expect(await sections.evaluateAll((els) => els.map((e) => e.id))).toEqual(widgets.map((w) => w.id));
    for (const w of widgets) {
      const name = componentName(w.id);
      const section = page.locator(`section#${w.id}`);
      await expect(section, w.id).toHaveAttribute('data-component', name);
      await expect(section.locator('h3'), w.id).toHaveText(w.languages[prefix === '' ? 'en' : 'zh'].title);
      await expect(section.locator('pre code'), w.id).toHaveText(`import { ${name} } from '${PACKAGE_NAME}/${w.id}';`);
      await expect(section.locator(`a[href="${w.languages[prefix === '' ? 'en' : 'zh'].embed}"]`), w.id).toHaveCount(1);
      // One row per field, in the schema's order after theme and lang; each with the schema's default.
      const keys = Object.keys(w.fields);
      const rows = section.locator('tbody tr');
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-prop'))), w.id)
        .toEqual(['theme', 'lang', ...keys.filter((k) => k !== 'theme')]);
      for (const [key, field] of Object.entries(w.fields)) {
        const row = section.locator(`tr[data-prop="${key}"]`);
        await expect(row.locator('td[data-default]'), `${w.id} ${key}`).toHaveAttribute('data-default', literal(field.default));
        const accepts = row.locator('td').last();
        await expect(accepts, `${w.id} ${key}`).not.toHaveText('');
        const spec = field.accepts as { kind: string; values?: string[] } | null;
        // Every choice of an enum field is named in the row (its type, and what it accepts).
        for (const v of spec?.values ?? []) await expect(row, `${w.id} ${key}`).toContainText(v);
      }
      await expect(section.locator('tr[data-prop="lang"] td[data-default]'), w.id).toHaveAttribute('data-default', '"en"');
    }
    // A default that follows lang (meta.localDefaults) is given beside the schema's: the tokenizer's Chinese sample.
    await expect(page.locator('#tokenizer-playground tr[data-prop="sample"] td[data-default]')).toContainText(/"prose"[^]*"chinese"[^]*lang="zh"/);
  });

  test(`${prefix}/widgets/ shows each widget's component form, linked to its section of the package page`, async ({ page }) => {
    // No cross-document view transition: Chromium abandons some with an uncaught "Transition was skipped".
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${prefix}/widgets/`);
    for (const w of widgetList()) {
      const link = page.locator(`li#${w.id} a[href="${prefix}/package/#${w.id}"]`);
      await expect(link, w.id).toHaveText(`<${componentName(w.id)} />`);
    }
    await page.locator(`li#kv-cache a[href="${prefix}/package/#kv-cache"]`).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/package/#kv-cache$`));
    await expect(page.locator('section#kv-cache h3')).toBeInViewport();
  });
}

test('the Chinese package page is written in Chinese; its code is the same code', async ({ page }) => {
  await page.goto('/zh/package/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toContainText(/\p{Script=Han}/u);
  const zhCode = await page.locator('pre code').allTextContents();
  await page.goto('/package/');
  const enCode = await page.locator('pre code').allTextContents();
  expect(zhCode.length).toBe(enCode.length);
  // The bundler settings are the same lines in both languages (only comments and the example's words differ).
  for (const line of ["worker: { format: 'es' },", `optimizeDeps: { exclude: ['${PACKAGE_NAME}'] },`, `import '${PACKAGE_NAME}/styles.css';`]) {
    expect(enCode.join('\n')).toContain(line);
    expect(zhCode.join('\n')).toContain(line);
  }
  expect(zhCode.join('\n')).toContain('lang="zh"');
});
