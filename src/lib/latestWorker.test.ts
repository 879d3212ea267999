import { describe, expect, it } from 'vitest';
import { createLatestClient, type LatestRequest, type LatestRun } from './latestWorker';

const tick = () => new Promise((r) => setTimeout(r, 5));

/** A Worker stand-in that runs `run` asynchronously, posting partial and final results like serveLatest. */
function fakeWorker<S, R>(run: LatestRun<S, R>, seen: S[]): () => Worker {
  return () => {
    const listeners: Record<string, ((e: unknown) => void)[]> = { message: [], error: [] };
    const emit = (type: string, e: unknown) => listeners[type]!.forEach((f) => f(e));
    return {
      addEventListener: (type: string, f: (e: unknown) => void) => listeners[type]!.push(f),
      removeEventListener: () => {},
      terminate: () => {},
      postMessage: ({ seq, state }: LatestRequest<S>) => {
        seen.push(state);
        setTimeout(() => {
          const result = run(state, (partial) => emit('message', { data: { seq, result: partial, done: false } }));
          emit('message', { data: { seq, result, done: true } });
        }, 1);
      },
    } as unknown as Worker;
  };
}

describe('createLatestClient', () => {
  const run: LatestRun<number, number[]> = (n, emit) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      out.push(i);
      emit?.([...out]);
    }
    return out;
  };
  it('without a worker: only the newest request is answered, once, with its final result', async () => {
    const c = createLatestClient(run, null);
    const got: [number[], boolean][] = [];
    c.request(2, (r, done) => got.push([r, done]));
    c.request(3, (r, done) => got.push([r, done]));
    await tick();
    expect(c.mode()).toBe('main');
    expect(got).toEqual([[[0, 1, 2], true]]);
    c.dispose();
  });
  it('with a worker: a request made while busy waits, only the newest runs, the replaced one is dropped; partial results arrive in order, then the final', async () => {
    const seen: number[] = [];
    const c = createLatestClient(run, fakeWorker(run, seen));
    const got: [number[], boolean][] = [];
    c.request(2, (r, done) => got.push([r, done]));
    c.request(5, () => got.push([[-1], false])); // replaced before it is sent
    c.request(3, (r, done) => got.push([r, done]));
    await tick();
    await tick();
    expect(c.mode()).toBe('worker');
    expect(seen).toEqual([2, 3]); // 5 never reached the worker
    expect(got).toEqual([[[0], false], [[0, 1], false], [[0, 1, 2], false], [[0, 1, 2], true]]); // the answers to 2 came after 3 was asked
    c.dispose();
  });
});
