// The serialized form shared by the encoder and the reader: a string of printable ASCII that can sit in a
// generated .ts file as an ordinary string literal (no escapes needed) and compresses well with gzip.
//
// It is a sequence of unsigned integers, each written big-endian in base 46: every digit but the last is a
// "continuation" character, the last a "final" one. Values below 46 take one character, below 2 116 two.

/** Format version written first; the reader rejects any other. */
export const TRIE_FORMAT = 1;

/** Code points past the last one (U+10FFFF). */
export const CODE_POINT_LIMIT = 0x110000;

const BASE = 46;
// 92 characters from U+0020..U+007E, leaving out `"` and `\` so that JSON.stringify adds no escapes.
const ALPHABET = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('')
  .slice(0, 2 * BASE);
const FINAL = ALPHABET.slice(0, BASE);
const CONTINUATION = ALPHABET.slice(BASE);

/** Writes integers ≥ 0 as base-46 digit strings. */
export function writeIntegers(values: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    let v = values[i]!;
    if (!(Number.isSafeInteger(v) && v >= 0)) throw new RangeError(`trie: cannot encode ${v}`);
    let digits = FINAL[v % BASE]!;
    v = Math.floor(v / BASE);
    while (v > 0) {
      digits = CONTINUATION[v % BASE]! + digits;
      v = Math.floor(v / BASE);
    }
    out += digits;
  }
  return out;
}

const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** Reads the integers written by {@link writeIntegers}. */
export function readIntegers(text: string): number[] {
  const out: number[] = [];
  let v = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const d = code < 128 ? DIGIT[code]! : -1;
    if (d < 0) throw new SyntaxError(`trie: unexpected character at offset ${i}`);
    if (d < BASE) {
      out.push(v * BASE + d);
      v = 0;
    } else v = v * BASE + (d - BASE);
  }
  if (v !== 0) throw new SyntaxError('trie: truncated input');
  return out;
}
