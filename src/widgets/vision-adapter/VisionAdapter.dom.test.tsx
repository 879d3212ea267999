// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../../components/announce';
import { parseUrl } from '../../lib/urlState';
import { HOSTILE_QUERY } from './examples';
import { fields } from './meta';
import VisionAdapter from './VisionAdapter';
import Zh from './zh';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const texts = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? '');
const announced = () => text('[data-announcer]');
const openState = () => parseUrl(fields, new URL(screen.getByRole('link', { name: /Open/ }).getAttribute('href')!, 'http://x').search).state;

describe('VisionAdapter, used through its controls', () => {
  it('dump', async () => {
    await act(async () => { render(<VisionAdapter />); });
    console.log(document.querySelector('.vision-adapter')!.textContent);
  });
});
