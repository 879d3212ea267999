import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../../tests/unit/normalize';
import { defaultsOf } from '../../lib/urlState';
import WhatChanged, { WhatChangedView } from './WhatChanged';
import { params } from './meta';

describe('WhatChanged view', () => {
  it('server-renders the default state (snapshot)', async () => {
    const html = renderToString(<WhatChanged />);
    await expect(normalizeHtml(html)).toMatchFileSnapshot('__snapshots__/default.html');
  });
  it('renders every size without NaN and with the right column heads', () => {
    for (const size of ['8b', '70b', '405b'] as const) {
      const html = renderToString(<WhatChangedView state={{ ...defaultsOf(params), size }} onChange={() => {}} embed={false} />);
      expect(html).not.toMatch(/NaN|undefined|Infinity/);
      expect(html).toContain(size === '8b' ? 'Llama 2 7B' : 'Llama 2 70B');
    }
  });
  it('marks the chosen size as checked', () => {
    const html = renderToString(<WhatChangedView state={{ ...defaultsOf(params), size: '70b' }} onChange={() => {}} embed={false} />);
    expect(html).toMatch(/checked="" value="70b"/);
  });
});
