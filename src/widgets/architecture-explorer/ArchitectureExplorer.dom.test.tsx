// @vitest-environment jsdom
// The heatmaps as ARIA grids (issue 9, item 30) and the sign of activations without colour (item 25).
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultsOf } from '../../lib/urlState';
import { ArchitectureExplorerView } from './ArchitectureExplorer';
import { fields } from './meta';

afterEach(cleanup);

const DEFAULTS = defaultsOf(fields);
const view = (patch: Partial<typeof DEFAULTS>) =>
  render(<ArchitectureExplorerView state={{ ...DEFAULTS, ...patch }} onChange={() => {}} embed={false} />);

describe('architecture-explorer heatmaps (jsdom)', () => {
  it('an activation map is an ARIA grid: tokens are columns, numbers rows; keys move one focusable cell', () => {
    view({ block: 'embedding' });
    const grids = screen.getAllByRole('grid');
    expect(grids.length).toBeGreaterThan(0);
    const grid = grids[0]!;
    // The default text "a llama reads the report." is BOS + 25 characters = 26 tokens (columns).
    const rows = Number(grid.getAttribute('aria-rowcount'));
    const cols = Number(grid.getAttribute('aria-colcount'));
    expect(cols).toBe(26);
    expect(rows).toBeGreaterThan(1);
    const cell = () => within(grid).getByRole('gridcell');
    const where = () => [Number(within(grid).getByRole('row').getAttribute('aria-rowindex')), Number(cell().getAttribute('aria-colindex'))];
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(1);
    expect(cell().tabIndex).toBe(0);
    expect(where()).toEqual([1, 1]);
    expect(cell().textContent).toMatch(/^Token 0 “.*”, number 1 of \d+: −?\d/);
    act(() => cell().focus());
    fireEvent.keyDown(cell(), { key: 'ArrowRight' });
    expect(where()).toEqual([1, 2]);
    expect(document.activeElement).toBe(cell());
    expect(cell().textContent).toMatch(/^Token 1 “a”, number 1 of \d+: /);
    fireEvent.keyDown(cell(), { key: 'ArrowDown' });
    expect(where()).toEqual([2, 2]);
    expect(cell().textContent).toMatch(/^Token 1 “a”, number 2 of \d+: /);
    fireEvent.keyDown(cell(), { key: 'End' });
    expect(where()).toEqual([2, cols]);
    fireEvent.keyDown(cell(), { key: 'PageDown' });
    expect(where()).toEqual([rows, cols]);
    fireEvent.keyDown(cell(), { key: 'Home', ctrlKey: true });
    expect(where()).toEqual([1, 1]);
    expect(document.activeElement).toBe(cell());
    // The visible readout says the same as the cell.
    const readout = grid.closest('.arch-heat')!.querySelector('.arch-readout')!;
    expect(readout.textContent).toBe(cell().textContent);
    expect(document.querySelector('.arch-heat-box[role="group"], .arch-heat-box[tabindex]')).toBeNull();
  });

  it('an attention map is a grid of queries (rows) by keys (columns); masked cells say so', () => {
    view({ block: 'attention' });
    const grid = screen.getByRole('grid', { name: /attention/i });
    expect(grid.getAttribute('aria-rowcount')).toBe('26');
    expect(grid.getAttribute('aria-colcount')).toBe('26');
    const cell = () => within(grid).getByRole('gridcell');
    act(() => cell().focus());
    fireEvent.keyDown(cell(), { key: 'ArrowRight' });
    expect(cell().textContent).toMatch(/^Query 0 “.*” → key 1 “a”: weight 0(\.0+)? \(masked: a later token\)$/);
    fireEvent.keyDown(cell(), { key: 'ArrowDown' });
    expect(cell().textContent).toMatch(/^Query 1 “a” → key 1 “a”: weight \d\.\d+$/);
  });

  it('negative activations are striped as well as coloured, and the key shows both swatches', () => {
    const { container } = view({ block: 'embedding' });
    const heat = container.querySelector('.arch-heat')!;
    const hatch = heat.querySelector('path.heat-hatch')!;
    const negatives = [...heat.querySelectorAll('path.n')].map((p) => p.getAttribute('d')).join('');
    expect(negatives.length).toBeGreaterThan(0);
    // The stripes cover exactly the negative cells.
    expect(hatch.getAttribute('d')).toBe(negatives);
    const id = /^url\(#(.+)\)$/.exec(hatch.getAttribute('fill')!)![1]!;
    expect(heat.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
    const legend = heat.querySelector('.arch-legend')!;
    expect(legend.textContent).toMatch(/negative \(striped\), positive \(solid\)/);
    expect(legend.querySelectorAll('svg.hmg-swatch')).toHaveLength(2);
    expect(legend.querySelector(`rect[fill="url(#${id})"]`)).not.toBeNull();
  });
});
