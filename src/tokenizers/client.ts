// Client of the tokenizer worker (an entry point; widgets reach it through the hooks in react.ts, which import it
// lazily): one request in flight, the newest one waiting (older waiting requests are answered `null`, so a fast
// typist never queues stale work). If a Worker cannot be created or fails to start (e.g. a sandboxed iframe),
// the same work runs on the main thread in slices of a few ms.
import { loadTokenizer } from './index';
import { resultFor, type LoadState, type TokenizeRequest, type TokenizerResult, type WorkerRequest, type WorkerResponse } from './protocol';
import type { Tokenizer, TokenizerId } from './types';

export type { LoadState, TokenizeRequest, TokenizerResult, TokenLook } from './protocol';

export type StatusListener = (tokenizer: TokenizerId, state: LoadState, message?: string) => void;

export interface TokenizerClient {
  /** Where tokenization runs. */
  readonly mode: () => 'worker' | 'main';
  /** Starts loading vocabularies without tokenizing. */
  load(tokenizers: readonly TokenizerId[]): void;
  /** Tokenizes; resolves `null` if a newer request replaced this one before it ran. */
  tokenize(request: TokenizeRequest): Promise<TokenizerResult[] | null>;
  dispose(): void;
}

interface Pending {
  request: TokenizeRequest;
  resolve: (r: TokenizerResult[] | null) => void;
  reject: (e: Error) => void;
}

/** Main-thread slice budget (ms) before yielding to the browser. */
const SLICE_MS = 8;

/** One worker per page, shared by every widget that tokenizes (one download, one parse, one copy in memory). */
let shared: { worker: Worker; users: number } | null = null;
/** Request numbers are unique across clients, since they share the worker's replies. */
let lastSeq = 0;

function acquireWorker(): Worker | null {
  if (shared) { shared.users++; return shared.worker; }
  try {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'tokenizers' });
    shared = { worker, users: 1 };
    return worker;
  } catch {
    return null;
  }
}

function releaseWorker(worker: Worker, broken: boolean) {
  if (!shared || shared.worker !== worker) return;
  shared.users--;
  if (broken || shared.users <= 0) {
    if (shared.users <= 0) worker.terminate();
    shared = null; // a broken worker is not handed to new clients
  }
}

export function createTokenizerClient(onStatus: StatusListener, options: { worker?: boolean } = {}): TokenizerClient {
  let worker: Worker | null = null;
  let mode: 'worker' | 'main' = 'main';
  let inflight: (Pending & { seq: number }) | null = null;
  let waiting: Pending | null = null;
  let disposed = false;
  const loadRequested = new Set<TokenizerId>();
  const onMessage = (e: MessageEvent<WorkerResponse>) => onWorkerMessage(e.data);
  const onError = (e: Event) => { e.preventDefault(); fallBack(); };

  if (options.worker !== false && typeof Worker !== 'undefined') {
    worker = acquireWorker();
    if (worker) {
      mode = 'worker';
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
    }
  }

  function detach(broken: boolean) {
    if (!worker) return;
    worker.removeEventListener('message', onMessage);
    worker.removeEventListener('error', onError);
    releaseWorker(worker, broken);
    worker = null;
  }

  function fallBack() {
    if (mode === 'main' || disposed) return;
    detach(true);
    mode = 'main';
    const retry = inflight;
    inflight = null;
    for (const id of loadRequested) loadOnMain(id);
    if (retry && !waiting) waiting = retry;
    else retry?.resolve(null);
    pump();
  }

  function onWorkerMessage(m: WorkerResponse) {
    if (m.type === 'status') { onStatus(m.tokenizer, m.state, m.message); return; }
    if (!inflight || m.seq !== inflight.seq) return;
    const done = inflight;
    inflight = null;
    if (m.type === 'result') done.resolve(m.results);
    else done.reject(new Error(m.message));
    pump();
  }

  const mainLoads = new Map<TokenizerId, Promise<Tokenizer>>();
  function loadOnMain(id: TokenizerId): Promise<Tokenizer> {
    let p = mainLoads.get(id);
    if (!p) {
      onStatus(id, 'loading');
      p = loadTokenizer(id);
      p.then(() => onStatus(id, 'ready'), (e: unknown) => { mainLoads.delete(id); onStatus(id, 'error', String((e as Error)?.message ?? e)); });
      mainLoads.set(id, p);
    }
    return p;
  }

  async function runOnMain(job: Pending & { seq: number }) {
    try {
      const tokenizers = await Promise.all(job.request.tokenizers.map(loadOnMain));
      const results: TokenizerResult[] = [];
      for (const t of tokenizers) {
        const start = performance.now();
        const ids: number[] = [];
        if (t.encodeSteps) {
          const it = t.encodeSteps(job.request.text, job.request.specials, ids);
          let sliceStart = performance.now();
          while (!it.next().done) {
            if (performance.now() - sliceStart > SLICE_MS) {
              await nextTask();
              if (waiting || disposed) { job.resolve(null); return; } // superseded: stop early
              sliceStart = performance.now();
            }
          }
        } else {
          ids.push(...t.encode(job.request.text, job.request.specials));
        }
        results.push(resultFor(t, ids, job.request.maxTokens, performance.now() - start));
      }
      job.resolve(results);
    } catch (e) {
      job.reject(e instanceof Error ? e : new Error(String(e)));
    } finally {
      if (inflight?.seq === job.seq) inflight = null;
      pump();
    }
  }

  function pump() {
    if (inflight || !waiting || disposed) return;
    const job = { ...waiting, seq: ++lastSeq };
    waiting = null;
    inflight = job;
    if (mode === 'worker' && worker) {
      const msg: WorkerRequest = { type: 'tokenize', seq: job.seq, request: job.request };
      worker.postMessage(msg);
    } else {
      void runOnMain(job);
    }
  }

  return {
    mode: () => mode,
    load(tokenizers) {
      const fresh = tokenizers.filter((id) => !loadRequested.has(id));
      fresh.forEach((id) => loadRequested.add(id));
      if (!fresh.length) return;
      if (mode === 'worker' && worker) worker.postMessage({ type: 'load', tokenizers: fresh } satisfies WorkerRequest);
      else fresh.forEach((id) => void loadOnMain(id));
    },
    tokenize(request) {
      return new Promise((resolve, reject) => {
        waiting?.resolve(null);
        waiting = { request, resolve, reject };
        pump();
      });
    },
    dispose() {
      disposed = true;
      detach(false);
      waiting?.resolve(null);
      inflight?.resolve(null);
      waiting = inflight = null;
    },
  };
}

/** Resolves on the next macrotask (lets the browser paint and handle input). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'undefined') {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
      ch.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}
