// A Tokenizer (types.ts) over a ByteBpe: Llama 3 and cl100k_base share this; only their data differs.
import { ByteBpe } from './byteBpe';
import { binaryToBytes, bytesLabel, decodeUtf8 } from './bytes';
import type { SpecialsMode, Tokenizer, TokenizerId } from './types';

export interface ByteLevelSpec {
  id: TokenizerId;
  /** Regular token bytes by id (binary strings). */
  tokens: (string | undefined)[];
  pattern: RegExp;
  /** Special tokens: id → display name. */
  specialNames: ReadonlyMap<number, string>;
  /** Extra names accepted in text for a special id (aliases), name → id. */
  aliases?: ReadonlyMap<string, number>;
  vocabSize: number;
}

const EMPTY = new Uint8Array(0);

export function byteLevelTokenizer(spec: ByteLevelSpec): Tokenizer & { bpe: ByteBpe } {
  const specials = new Map<string, number>();
  for (const [id, name] of spec.specialNames) specials.set(name, id);
  for (const [name, id] of spec.aliases ?? []) specials.set(name, id);
  const bpe = new ByteBpe({ tokens: spec.tokens, pattern: spec.pattern, specials });
  const bytesCache = new Map<number, Uint8Array>();

  const tokenBytes = (id: number): Uint8Array => {
    let b = bytesCache.get(id);
    if (!b) {
      const t = Number.isInteger(id) ? spec.tokens[id] : undefined;
      b = t === undefined ? EMPTY : binaryToBytes(t);
      bytesCache.set(id, b);
    }
    return b;
  };

  return {
    id: spec.id,
    bpe,
    vocabSize: spec.vocabSize,
    encode: (text: string, mode: SpecialsMode) => bpe.encode(String(text ?? ''), mode),
    encodeSteps: (text: string, mode: SpecialsMode, out: number[]) => bpe.encodeSteps(String(text ?? ''), mode, out),
    decode(ids: number[]) {
      let bin = '';
      const parts: string[] = [];
      for (const id of ids) {
        const t = spec.tokens[id];
        if (t !== undefined) bin += t;
        else {
          const name = spec.specialNames.get(id);
          if (name !== undefined) { parts.push(decodeUtf8(binaryToBytes(bin)), name); bin = ''; }
        }
      }
      parts.push(decodeUtf8(binaryToBytes(bin)));
      return parts.join('');
    },
    tokenBytes,
    tokenLabel(id: number) {
      const name = spec.specialNames.get(id);
      if (name !== undefined) return name;
      const t = spec.tokens[id];
      if (t === undefined) return `<unused ${Number.isInteger(id) ? id : '?'}>`;
      return bytesLabel(tokenBytes(id));
    },
    isSpecial: (id: number) => spec.specialNames.has(id),
  };
}
