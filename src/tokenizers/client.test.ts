// The worker client with a fake Worker: coalescing of requests, sharing one worker, falling back to the
// main thread when the worker fails (e.g. a sandboxed iframe), and the fallback's real results.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerRequest, WorkerResponse } from './protocol';

class FakeWorker extends EventTarget {
  static instances: FakeWorker[] = [];
  posted: WorkerRequest[] = [];
  terminated = false;
  constructor() { super(); FakeWorker.instances.push(this); }
  postMessage(m: WorkerRequest) { this.posted.push(m); }
  terminate() { this.terminated = true; }
  reply(m: WorkerResponse) { this.dispatchEvent(Object.assign(new Event('message'), { data: m })); }
  fail() { this.dispatchEvent(new Event('error', { cancelable: true })); }
}

const req = (text: string) => ({ text, specials: 'special' as const, tokenizers: ['llama3' as const], maxTokens: 10 });
const fakeResult = (text: string) => [{ tokenizer: 'llama3' as const, count: text.length, ids: [], looks: {}, ms: 0 }];

beforeEach(() => { FakeWorker.instances = []; vi.stubGlobal('Worker', FakeWorker); vi.resetModules(); });
afterEach(() => { vi.unstubAllGlobals(); });

describe('tokenizer client', () => {
  it('keeps one request in flight and answers superseded waiting requests with null', async () => {
    const { createTokenizerClient } = await import('./client');
    const c = createTokenizerClient(() => {});
    expect(c.mode()).toBe('worker');
    const w = FakeWorker.instances[0]!;
    const a = c.tokenize(req('a'));
    const b = c.tokenize(req('bb'));
    const d = c.tokenize(req('ddd'));
    expect(w.posted.filter((m) => m.type === 'tokenize')).toHaveLength(1);
    expect(await b).toBeNull();
    const first = w.posted[0] as Extract<WorkerRequest, { type: 'tokenize' }>;
    w.reply({ type: 'result', seq: first.seq, results: fakeResult('a') });
    expect((await a)![0]!.count).toBe(1);
    const second = w.posted[1] as Extract<WorkerRequest, { type: 'tokenize' }>;
    expect(second.request.text).toBe('ddd');
    w.reply({ type: 'result', seq: second.seq, results: fakeResult('ddd') });
    expect((await d)![0]!.count).toBe(3);
    c.dispose();
    expect(w.terminated).toBe(true);
  });

  it('shares one worker between clients and ignores replies meant for the other', async () => {
    const { createTokenizerClient } = await import('./client');
    const c1 = createTokenizerClient(() => {});
    const c2 = createTokenizerClient(() => {});
    expect(FakeWorker.instances).toHaveLength(1);
    const w = FakeWorker.instances[0]!;
    const p1 = c1.tokenize(req('one'));
    const p2 = c2.tokenize(req('four'));
    const [m1, m2] = w.posted as Extract<WorkerRequest, { type: 'tokenize' }>[];
    expect(m1!.seq).not.toBe(m2!.seq);
    w.reply({ type: 'result', seq: m2!.seq, results: fakeResult('four') });
    w.reply({ type: 'result', seq: m1!.seq, results: fakeResult('one') });
    expect((await p1)![0]!.count).toBe(3);
    expect((await p2)![0]!.count).toBe(4);
    c1.dispose();
    expect(w.terminated).toBe(false);
    c2.dispose();
    expect(w.terminated).toBe(true);
  });

  it('falls back to the main thread when the worker fails, and still gives the real ids', async () => {
    const { createTokenizerClient } = await import('./client');
    const statuses: string[] = [];
    const c = createTokenizerClient((id, s) => statuses.push(`${id}:${s}`));
    const p = c.tokenize({ ...req('Hello world'), tokenizers: ['llama3', 'llama2'] });
    FakeWorker.instances[0]!.fail();
    expect(c.mode()).toBe('main');
    const r = await p;
    expect(r!.map((x) => x.ids)).toEqual([[9906, 1917], [15043, 3186]]);
    expect(r![0]!.looks[1917]).toEqual({ runs: [{ kind: 'text', text: ' world' }], special: false });
    expect(statuses).toContain('llama3:ready');
    c.dispose();
  }, 30_000);

  it('uses the main thread when no Worker can be created', async () => {
    vi.stubGlobal('Worker', class { constructor() { throw new Error('SecurityError'); } });
    const { createTokenizerClient } = await import('./client');
    const c = createTokenizerClient(() => {});
    expect(c.mode()).toBe('main');
    const r = await c.tokenize({ text: 'a<|eot_id|>b', specials: 'plain', tokenizers: ['llama3'], maxTokens: 3 });
    expect(r![0]!.count).toBe(9);
    expect(r![0]!.ids).toEqual([64, 27, 91]);
    c.dispose();
  }, 30_000);
});
