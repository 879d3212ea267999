// React hooks over the tokenizer worker (client.ts): the one lifecycle every widget that tokenizes shares.
//
// - Nothing loads before the widget is mounted. An island hydrates only once it is on screen or reached by the
//   reader (client:widget), so mounting is the signal: then the client code is imported (a dynamic import, so
//   the island's own bundle stays small), which starts the page's one worker, which fetches the vocabularies.
//   Until then every tokenizer is 'waiting', which is also what the server renders.
// - useTokenizer(ids) is a widget's session: the load state of its tokenizers, an error if the client code
//   itself failed to load, and retry(). useEncode and useTokenCounts tokenize within a session.
// - Each of those hooks has its own queue (a client of its own): a newer request of the same hook replaces its
//   waiting one, never another hook's. All clients of a page share one worker, or run on the main thread in
//   slices when no Worker can start (client.ts).
// - Results arrive in a transition, so typing never waits for a redraw of the tokens.
import { startTransition, useEffect, useState } from 'react';
import type { StatusListener, TokenizerClient } from './client';
import type { LoadState, TokenizeRequest, TokenizerResult } from './protocol';
import type { SpecialsMode, TokenizerId } from './types';

/** A tokenizer's state in a widget: 'waiting' until the widget is mounted, then its vocabulary's load state. */
export interface TokenizerStatus {
  state: 'waiting' | LoadState;
  /** Why it failed, for an error. */
  message?: string;
}

type CreateClient = typeof import('./client').createTokenizerClient;

/** The client code of one attempt (a retry is a new attempt, with new clients). */
interface Link {
  create: CreateClient;
}

/** What useEncode and useTokenCounts read from their session (not part of the widgets' API). */
const INNER: unique symbol = Symbol('tokenizer session');

export interface TokenizerSession {
  /** The state of each tokenizer the session loads. */
  status: Partial<Record<TokenizerId, TokenizerStatus>>;
  /** The message of the error that stopped the tokenizer code itself from loading, else null. */
  codeError: string | null;
  /** Starts again: new clients (a new worker, unless another widget on the page holds one), every load asked anew. */
  retry: () => void;
  readonly [INNER]: { link: Link | null; mounted: boolean };
}

const messageOf = (e: unknown) => String((e as Error)?.message ?? e);

/**
 * A client of `link`'s attempt, created when the attempt starts and disposed when it ends or the widget unmounts.
 * Status reports after that are dropped (a main-thread load can finish after its client is gone).
 */
function useClient(link: Link | null, onStatus?: StatusListener): TokenizerClient | null {
  const [held, setHeld] = useState<{ link: Link; client: TokenizerClient } | null>(null);
  useEffect(() => {
    if (!link) return;
    let live = true;
    const client = link.create((id, state, message) => { if (live) onStatus?.(id, state, message); });
    setHeld({ link, client });
    return () => { live = false; client.dispose(); };
  }, [link]); // onStatus only sets state: the client lives as long as the attempt
  return held && held.link === link ? held.client : null;
}

/** The tokenizers `ids` for one widget: loads their vocabularies once it is mounted, and reports their state. */
export function useTokenizer(ids: readonly TokenizerId[]): TokenizerSession {
  const idsKey = ids.join(',');
  const [mounted, setMounted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [link, setLink] = useState<Link | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [loads, setLoads] = useState<Partial<Record<TokenizerId, { state: LoadState; message?: string }>>>({});
  const client = useClient(link, (id, state, message) => setLoads((prev) => ({ ...prev, [id]: { state, message } })));

  useEffect(() => setMounted(true), []);

  useEffect(() => {
    if (!mounted) return;
    let live = true;
    import('./client').then(
      ({ createTokenizerClient }) => { if (live) setLink({ create: createTokenizerClient }); },
      (e: unknown) => { if (live) setCodeError(messageOf(e)); },
    );
    return () => { live = false; };
  }, [mounted, attempt]);

  useEffect(() => {
    if (client && idsKey) client.load(idsKey.split(',') as TokenizerId[]);
  }, [client, idsKey]);

  const status: Partial<Record<TokenizerId, TokenizerStatus>> = {};
  for (const id of ids) status[id] = mounted ? loads[id] ?? { state: 'loading' } : { state: 'waiting' };
  return {
    status,
    codeError,
    retry: () => {
      setLink(null);
      setLoads({});
      setCodeError(null);
      setAttempt((n) => n + 1);
    },
    [INNER]: { link, mounted },
  };
}

/** A finished tokenization: the request it answers and one result per tokenizer, in the request's order. */
export interface Encoding {
  request: TokenizeRequest;
  results: TokenizerResult[];
}

export interface EncodeState {
  /** The latest finished tokenization (kept while a newer one runs, so a view can show it as stale). */
  done: Encoding | null;
  /** The message of the error that stopped the latest request, until one succeeds; null after a retry. */
  error: string | null;
  /** Where the requests run, once the client exists: in the worker, or on the main thread. */
  runsIn: 'worker' | 'main' | null;
}

/**
 * Tokenizes `request` whenever its text, specials mode, tokenizers or span limit change (null: nothing to do, e.g.
 * a text over the limit). Only the newest request runs once the one in flight is done.
 */
export function useEncode(session: TokenizerSession, request: TokenizeRequest | null): EncodeState {
  const client = useClient(session[INNER].link);
  const [done, setDone] = useState<Encoding | null>(null);
  const [failure, setFailure] = useState<{ client: TokenizerClient; message: string } | null>(null);
  const text = request?.text;
  const specials = request?.specials;
  const tokenizersKey = request?.tokenizers.join(',');
  const maxTokens = request?.maxTokens;

  useEffect(() => {
    if (!client || text === undefined || specials === undefined || tokenizersKey === undefined || maxTokens === undefined) return;
    let live = true;
    const asked: TokenizeRequest = { text, specials, tokenizers: tokenizersKey.split(',') as TokenizerId[], maxTokens };
    client.tokenize(asked).then(
      (results) => {
        if (!live || !results) return;
        setFailure(null);
        startTransition(() => setDone({ request: asked, results }));
      },
      (e: unknown) => { if (live) setFailure({ client, message: messageOf(e) }); },
    );
    return () => { live = false; };
  }, [client, text, specials, tokenizersKey, maxTokens]);

  return {
    done,
    error: failure && failure.client === client ? failure.message : null,
    runsIn: client ? client.mode() : null,
  };
}

export interface TokenCounts {
  /** Tokens of the text under each tokenizer counted so far (no BOS/EOS). */
  counts: Partial<Record<TokenizerId, number>>;
  /** Each tokenizer's state for these counts: the session's, or 'error' when its count failed or the code did not load. */
  status: Partial<Record<TokenizerId, TokenizerStatus>>;
}

/** Texts whose counts are kept (switching back to a sample shows its counts at once). */
const KEPT_TEXTS = 8;
const NO_COUNTS: Partial<Record<TokenizerId, number>> = {};

/**
 * The token counts of `text` (null: none yet) under each of `ids`, one tokenizer per request, in order, so a
 * tokenizer that fails cannot hold back the others' counts.
 */
export function useTokenCounts(
  session: TokenizerSession, text: string | null, ids: readonly TokenizerId[], specials: SpecialsMode,
): TokenCounts {
  const { link, mounted } = session[INNER];
  const client = useClient(link);
  const idsKey = ids.join(',');
  const key = text === null ? null : `${specials}\n${text}`;
  const [kept, setKept] = useState<readonly { key: string; counts: Partial<Record<TokenizerId, number>> }[]>([]);
  const [failed, setFailed] = useState<{ client: TokenizerClient; messages: Partial<Record<TokenizerId, string>> } | null>(null);

  useEffect(() => {
    if (!client || text === null || key === null || !idsKey) return;
    let cancelled = false;
    (async () => {
      for (const id of idsKey.split(',') as TokenizerId[]) {
        if (cancelled) return;
        try {
          const r = await client.tokenize({ text, specials, tokenizers: [id], maxTokens: 0 });
          const count = r?.[0]?.count;
          if (cancelled) return;
          if (typeof count === 'number') {
            setKept((old) => {
              const entry = old.find((e) => e.key === key);
              const rest = old.filter((e) => e !== entry);
              return [...rest, { key, counts: { ...entry?.counts, [id]: count } }].slice(-KEPT_TEXTS);
            });
          }
        } catch (e) {
          if (!cancelled) {
            setFailed((old) => ({ client, messages: { ...(old?.client === client ? old.messages : {}), [id]: messageOf(e) } }));
          }
        }
      }
    })();
    return () => { cancelled = true; };
  }, [client, key, text, specials, idsKey]);

  const counts = (key !== null && kept.find((e) => e.key === key)?.counts) || NO_COUNTS;
  const failures = failed && failed.client === client ? failed.messages : {};
  const status: Partial<Record<TokenizerId, TokenizerStatus>> = {};
  for (const id of ids) {
    const message = session.codeError ?? failures[id];
    status[id] = message !== undefined
      ? { state: 'error', message }
      : session.status[id] ?? { state: mounted ? 'loading' : 'waiting' };
  }
  return { counts, status };
}
