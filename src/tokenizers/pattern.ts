// Llama 3's pre-tokenization regex (report §3.2 tokenizer; `pat_str` in Meta's llama3/llama-models
// tokenizer.py), exactly as Meta writes it, and its translation to a JavaScript RegExp.

/** Meta's `pat_str`, verbatim (Rust/Python regex syntax). Also tiktoken's older cl100k_base pattern. */
export const LLAMA3_PAT_STR =
  "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

/**
 * Unicode White_Space, which is what `\s` means in Rust's regex crate (tiktoken). JavaScript's `\s`
 * differs in two characters: it omits U+0085 (NEXT LINE) and adds U+FEFF (BYTE ORDER MARK).
 */
export const UNICODE_WHITE_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';

/** The alternatives of the pattern, in order, with what each one matches (for the chapter and the widget). */
export const PATTERN_PARTS: readonly { source: string; meaning: string }[] = [
  { source: "(?i:'s|'t|'re|'ve|'m|'ll|'d)", meaning: 'English contractions, in any letter case' },
  { source: '[^\\r\\n\\p{L}\\p{N}]?\\p{L}+', meaning: 'a run of letters, with at most one leading non-letter, non-digit character (usually a space)' },
  { source: '\\p{N}{1,3}', meaning: 'digits, in groups of at most three' },
  { source: ' ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*', meaning: 'punctuation and symbols, with an optional leading space and any trailing line breaks' },
  { source: '\\s*[\\r\\n]+', meaning: 'whitespace that ends in line breaks' },
  { source: '\\s+(?!\\S)', meaning: 'whitespace not followed by other text (leaves the last space for the next word)' },
  { source: '\\s+', meaning: 'any remaining whitespace' },
];

const WS = UNICODE_WHITE_SPACE;

/**
 * `pat_str` in JavaScript: `(?i:…)` spelled out (with ſ, which Unicode case folding matches to s), and
 * `\s`/`\S` replaced by Unicode White_Space so U+0085 and U+FEFF split as in Meta's tokenizer.
 */
export const LLAMA3_PATTERN = new RegExp(
  [
    "'[sSſ]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD]",
    '[^\\r\\n\\p{L}\\p{N}]?\\p{L}+',
    '\\p{N}{1,3}',
    ` ?[^${WS}\\p{L}\\p{N}]+[\\r\\n]*`,
    `[${WS}]*[\\r\\n]+`,
    `[${WS}]+(?![^${WS}])`,
    `[${WS}]+`,
  ].join('|'),
  'gu',
);
