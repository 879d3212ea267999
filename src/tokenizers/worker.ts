// Web Worker that owns the vocabularies and tokenizes off the main thread (DESIGN.md "Heavy assets").
// Loads each tokenizer on first request (dynamic import inside the worker), then answers tokenize requests.
/// <reference lib="webworker" />
import { loadTokenizer } from './index';
import { tokenizeFor, type WorkerRequest, type WorkerResponse } from './protocol';
import type { TokenizerId } from './types';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerResponse) => scope.postMessage(m);

function load(id: TokenizerId) {
  post({ type: 'status', tokenizer: id, state: 'loading' });
  const p = loadTokenizer(id);
  p.then(
    () => post({ type: 'status', tokenizer: id, state: 'ready' }),
    (e: unknown) => post({ type: 'status', tokenizer: id, state: 'error', message: String((e as Error)?.message ?? e) }),
  );
  return p;
}

const requested = new Set<TokenizerId>();

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'load') {
    // Several clients share this worker: answer every load request with the status (loading is cached).
    for (const id of msg.tokenizers) { requested.add(id); void load(id); }
    return;
  }
  if (msg.type === 'tokenize') {
    try {
      for (const id of msg.request.tokenizers) if (!requested.has(id)) { requested.add(id); void load(id); }
      const tokenizers = await Promise.all(msg.request.tokenizers.map((id) => loadTokenizer(id)));
      post({ type: 'result', seq: msg.seq, results: tokenizers.map((t) => tokenizeFor(t, msg.request)) });
    } catch (e) {
      post({ type: 'error', seq: msg.seq, message: String((e as Error)?.message ?? e) });
    }
  }
};
