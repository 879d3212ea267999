// @vitest-environment jsdom
// The hooks' lifecycle with a fake client (the real one is tested in client.test.ts, the hooks with the real
// vocabularies through the playground's DOM test): nothing before mounting, one client per hook, statuses,
// results and errors, retry, and disposal.
import { act, cleanup, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StatusListener } from './client';
import type { TokenizeRequest, TokenizerResult } from './protocol';
import { useEncode, useTokenCounts, useTokenizer, type EncodeState, type TokenCounts, type TokenizerSession } from './react';
import type { TokenizerId } from './types';

interface FakeClient {
  onStatus: StatusListener;
  loads: TokenizerId[][];
  requests: { request: TokenizeRequest; resolve: (r: TokenizerResult[] | null) => void; reject: (e: Error) => void }[];
  disposed: boolean;
}

const fake = vi.hoisted(() => ({ clients: [] as FakeClient[] }));

vi.mock('./client', () => ({
  createTokenizerClient: (onStatus: StatusListener): unknown => {
    const c: FakeClient = { onStatus, loads: [], requests: [], disposed: false };
    fake.clients.push(c);
    return {
      mode: () => 'worker',
      load: (ids: TokenizerId[]) => { c.loads.push([...ids]); },
      tokenize: (request: TokenizeRequest) => new Promise((resolve, reject) => { c.requests.push({ request, resolve, reject }); }),
      dispose: () => { c.disposed = true; },
    };
  },
}));

afterEach(() => { cleanup(); fake.clients.length = 0; });

const result = (tokenizer: TokenizerId, count: number): TokenizerResult => ({ tokenizer, count, ids: [], looks: {}, ms: 0 });
/** Lets the dynamic import, the effects and the promise callbacks run. */
const settle = () => act(async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); });

interface Seen { session: TokenizerSession; encoded: EncodeState; counted: TokenCounts }

function Probe({ ids, text, countIds, seen }: { ids: TokenizerId[]; text: string | null; countIds: TokenizerId[]; seen: Seen[] }) {
  const session = useTokenizer(ids);
  const encoded = useEncode(session, text === null ? null : { text, specials: 'plain', tokenizers: ids, maxTokens: 10 });
  const counted = useTokenCounts(session, text, countIds, 'plain');
  seen.push({ session, encoded, counted });
  return null;
}

/** The session's client (it loads), the encoder's and the counter's, in the order the hooks create them. */
const clients = () => {
  const live = fake.clients.filter((c) => !c.disposed);
  expect(live).toHaveLength(3);
  return { session: live[0]!, encoder: live[1]!, counter: live[2]! };
};

describe('tokenizer hooks', () => {
  it('the server render waits: no client, every tokenizer "waiting"', () => {
    const seen: Seen[] = [];
    renderToString(<Probe ids={['llama3', 'llama2']} text="Hi" countIds={['cl100k']} seen={seen} />);
    expect(fake.clients).toHaveLength(0);
    expect(seen[0]!.session.status).toEqual({ llama3: { state: 'waiting' }, llama2: { state: 'waiting' } });
    expect(seen[0]!.counted.status).toEqual({ cl100k: { state: 'waiting' } });
    expect(seen[0]!.encoded).toEqual({ done: null, error: null, runsIn: null });
  });

  it('once mounted: loads the asked tokenizers, reports their states, encodes and counts each on its own client', async () => {
    const seen: Seen[] = [];
    render(<Probe ids={['llama3', 'llama2']} text="Hi" countIds={['llama2', 'cl100k']} seen={seen} />);
    await settle();
    const { session, encoder, counter } = clients();
    expect(session.loads).toEqual([['llama3', 'llama2']]);
    expect(seen.at(-1)!.session.status).toEqual({ llama3: { state: 'loading' }, llama2: { state: 'loading' } });
    await act(async () => { session.onStatus('llama3', 'ready'); session.onStatus('llama2', 'error', 'offline'); });
    expect(seen.at(-1)!.session.status).toEqual({ llama3: { state: 'ready', message: undefined }, llama2: { state: 'error', message: 'offline' } });

    expect(encoder.requests.map((r) => r.request)).toEqual([{ text: 'Hi', specials: 'plain', tokenizers: ['llama3', 'llama2'], maxTokens: 10 }]);
    await act(async () => encoder.requests[0]!.resolve([result('llama3', 1), result('llama2', 2)]));
    expect(seen.at(-1)!.encoded.done).toEqual({ request: encoder.requests[0]!.request, results: [result('llama3', 1), result('llama2', 2)] });
    expect(seen.at(-1)!.encoded.runsIn).toBe('worker');

    // One tokenizer per request, in order; a failure is that tokenizer's error, and the next one is still counted.
    expect(counter.requests.map((r) => r.request.tokenizers)).toEqual([['llama2']]);
    await act(async () => counter.requests[0]!.reject(new Error('no vocabulary')));
    expect(counter.requests.map((r) => r.request)).toEqual([
      { text: 'Hi', specials: 'plain', tokenizers: ['llama2'], maxTokens: 0 },
      { text: 'Hi', specials: 'plain', tokenizers: ['cl100k'], maxTokens: 0 },
    ]);
    await act(async () => counter.requests[1]!.resolve([result('cl100k', 7)]));
    expect(seen.at(-1)!.counted.counts).toEqual({ cl100k: 7 });
    expect(seen.at(-1)!.counted.status).toEqual({ llama2: { state: 'error', message: 'no vocabulary' }, cl100k: { state: 'loading' } });
  });

  it('a newer text is asked for; the older answer, arriving late, is not shown; counts are kept per text', async () => {
    const seen: Seen[] = [];
    const { rerender } = render(<Probe ids={['llama3']} text="a" countIds={['llama3']} seen={seen} />);
    await settle();
    const { encoder, counter } = clients();
    await act(async () => counter.requests[0]!.resolve([result('llama3', 1)]));
    rerender(<Probe ids={['llama3']} text="ab" countIds={['llama3']} seen={seen} />);
    await settle();
    expect(encoder.requests.map((r) => r.request.text)).toEqual(['a', 'ab']);
    await act(async () => encoder.requests[0]!.resolve([result('llama3', 1)]));
    expect(seen.at(-1)!.encoded.done).toBeNull();
    await act(async () => encoder.requests[1]!.resolve([result('llama3', 2)]));
    expect(seen.at(-1)!.encoded.done!.request.text).toBe('ab');
    expect(seen.at(-1)!.counted.counts).toEqual({});
    await act(async () => counter.requests[1]!.resolve([result('llama3', 2)]));
    expect(seen.at(-1)!.counted.counts).toEqual({ llama3: 2 });
    rerender(<Probe ids={['llama3']} text="a" countIds={['llama3']} seen={seen} />);
    expect(seen.at(-1)!.counted.counts).toEqual({ llama3: 1 }); // at once, from the kept counts
  });

  it('null asks for nothing (a text over the limit)', async () => {
    const seen: Seen[] = [];
    render(<Probe ids={['llama3']} text={null} countIds={['llama3']} seen={seen} />);
    await settle();
    const { encoder, counter } = clients();
    expect(encoder.requests).toEqual([]);
    expect(counter.requests).toEqual([]);
  });

  it('an encoding error is shown until retry, which disposes every client and starts again', async () => {
    const seen: Seen[] = [];
    render(<Probe ids={['llama3']} text="x" countIds={['llama2']} seen={seen} />);
    await settle();
    const first = clients();
    await act(async () => first.session.onStatus('llama3', 'error', 'offline'));
    await act(async () => first.encoder.requests[0]!.reject(new Error('offline')));
    expect(seen.at(-1)!.encoded.error).toBe('offline');
    await act(async () => seen.at(-1)!.session.retry());
    // At once: no error, states back to loading, the old clients gone (so the shared worker can end).
    expect(seen.at(-1)!.encoded.error).toBeNull();
    expect(seen.at(-1)!.session.status).toEqual({ llama3: { state: 'loading' } });
    expect([first.session, first.encoder, first.counter].map((c) => c.disposed)).toEqual([true, true, true]);
    // A late report from a disposed client changes nothing.
    await act(async () => first.session.onStatus('llama3', 'error', 'late'));
    expect(seen.at(-1)!.session.status).toEqual({ llama3: { state: 'loading' } });
    await settle();
    const second = clients();
    expect(second.session).not.toBe(first.session);
    expect(second.session.loads).toEqual([['llama3']]);
    expect(second.encoder.requests.map((r) => r.request.text)).toEqual(['x']);
  });

  it('unmounting disposes every client', async () => {
    const seen: Seen[] = [];
    const { unmount } = render(<Probe ids={['llama3']} text="x" countIds={['llama2']} seen={seen} />);
    await settle();
    clients();
    unmount();
    expect(fake.clients.map((c) => c.disposed)).toEqual([true, true, true]);
  });
});

describe('when the client code cannot be loaded', () => {
  it('says so, and every count is an error', async () => {
    vi.resetModules();
    vi.doMock('./client', () => { throw new Error('chunk failed'); });
    const hooks = await import('./react');
    const seen: { session: TokenizerSession; counted: TokenCounts }[] = [];
    function Failing() {
      const session = hooks.useTokenizer(['llama3']);
      const counted = hooks.useTokenCounts(session, 'x', ['llama3', 'llama2'], 'plain');
      seen.push({ session, counted });
      return null;
    }
    render(<Failing />);
    await settle();
    expect(seen.at(-1)!.session.codeError).toEqual(expect.stringMatching(/\S/)); // the import's own message (vitest wraps it)
    expect(seen.at(-1)!.session.status).toEqual({ llama3: { state: 'loading' } });
    expect(Object.values(seen.at(-1)!.counted.status).map((s) => s!.state)).toEqual(['error', 'error']);
    vi.doUnmock('./client');
  });
});
