// A worker client for widgets whose computation takes longer than a frame: one request in flight, only the newest
// waiting; an answer to a request that a newer one replaced is dropped. The worker may send partial results before
// its final one (a long run reporting each round), and they reach `onResult` in order. Where Worker does not exist
// (the server, tests) or fails to start or crashes (a sandboxed iframe), the newest request runs on the main thread
// after a macrotask, and only its final result is delivered.
//
// A widget writes its worker file in two lines (`serveLatest(run)`) and passes `() => new Worker(new URL('./x.worker.ts',
// import.meta.url), { type: 'module' })` here: the URL must be written where the bundler can see it.

/** Runs a request; may call `emit` with partial results before returning the final one. Pure and synchronous. */
export type LatestRun<S, R> = (state: S, emit?: (partial: R) => void) => R;

export interface LatestRequest<S> { seq: number; state: S }
export interface LatestResponse<R> { seq: number; result: R; done: boolean }

export interface LatestClient<S, R> {
  /** Asks for the result of `state`; `onResult(result, done)` gets partial and final results unless a newer request came first. */
  request(state: S, onResult: (result: R, done: boolean) => void): void;
  readonly mode: () => 'worker' | 'main';
  dispose(): void;
}

/** A run loaded on first use (a dynamic import): the main-thread fallback then costs no bytes where a worker runs. */
export interface LazyRun<S, R> {
  load: () => Promise<LatestRun<S, R>>;
}

export function createLatestClient<S, R>(run: LatestRun<S, R> | LazyRun<S, R>, spawn: (() => Worker) | null): LatestClient<S, R> {
  let worker: Worker | null = null;
  let seq = 0;
  let busy = false;
  let waiting: LatestRequest<S> | null = null;
  let inflight: LatestRequest<S> | null = null;
  let deliver: ((result: R, done: boolean) => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const onMessage = (e: MessageEvent<LatestResponse<R>>) => {
    if (e.data.seq === seq && deliver) deliver(e.data.result, e.data.done);
    if (!e.data.done) return;
    busy = false;
    inflight = null;
    const next = waiting;
    waiting = null;
    if (next && next.seq === seq) post(next);
  };
  const onError = (e: Event) => {
    e.preventDefault();
    const next = waiting ?? inflight;
    worker?.terminate();
    worker = null;
    busy = false;
    if (next) runHere(next);
  };

  if (spawn) { // spawn throws where Worker does not exist
    try {
      worker = spawn();
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
    } catch {
      worker = null;
    }
  }

  function post(r: LatestRequest<S>) {
    if (!worker) { runHere(r); return; }
    if (busy) { waiting = r; return; }
    busy = true;
    inflight = r; // kept until answered, so a failing worker's request can run here
    waiting = null;
    worker.postMessage(r);
  }

  function runHere(r: LatestRequest<S>) {
    waiting = null;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (disposed || r.seq !== seq) return;
      if (typeof run === 'function') { finish(r, run); return; }
      run.load().then((loaded) => finish(r, loaded), () => { /* the chunk failed to load: nothing to show */ });
    }, 0);
  }

  function finish(r: LatestRequest<S>, here: LatestRun<S, R>) {
    if (disposed || r.seq !== seq) return;
    const result = here(r.state);
    if (r.seq === seq && deliver) deliver(result, true);
  }

  return {
    request(state, onResult) {
      if (disposed) return;
      seq++;
      deliver = onResult;
      post({ seq, state });
    },
    mode: () => (worker ? 'worker' : 'main'),
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      worker?.removeEventListener('message', onMessage);
      worker?.removeEventListener('error', onError);
      worker?.terminate();
      worker = null;
    },
  };
}

/** The worker side: answers each request with `run`, posting partial results as they come and the final one last. */
export function serveLatest<S, R>(run: LatestRun<S, R>): void {
  const scope = self as unknown as { onmessage: ((e: MessageEvent<LatestRequest<S>>) => void) | null; postMessage(m: unknown): void };
  scope.onmessage = (event) => {
    const { seq, state } = event.data;
    const result = run(state, (partial) => scope.postMessage({ seq, result: partial, done: false } satisfies LatestResponse<R>));
    scope.postMessage({ seq, result, done: true } satisfies LatestResponse<R>);
  };
}
