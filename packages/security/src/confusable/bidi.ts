// Visual order of one line for bidiSkeleton (UTS #39 §4), by the Unicode Bidirectional Algorithm.
//
// | UAX #9 rule                      | Here                                                              |
// | -------------------------------- | ----------------------------------------------------------------- |
// | P2–P3 paragraph level            | given: `direction` (α of bidiSkeleton)                            |
// | X1–X8 explicit embeddings        | not applied: embeddings, overrides and isolates are neutrals (ON) |
// | X9 remove RLE LRE RLO LRO PDF BN | removed                                                           |
// | W1–W7, N1–N2, I1–I2              | as specified, one isolating run sequence (sos = eos = α)          |
// | N0 paired brackets               | not applied (brackets resolve by N1–N2)                           |
// | L1 trailing whitespace           | reset to the paragraph level                                      |
// | L2 reverse by level              | as specified                                                      |
// | L4 mirroring                     | Bidi_Mirroring_Glyph at odd levels                                |
//
// Identifiers of the General Security Profile contain no explicit formatting characters nor brackets, for
// which this is exact; other text gets an approximation (see the README's limits).
import { getBidiClass, type BidiClass } from '@nomina/ucd';
import { decodeTrie, type CodePointTrie } from '@nomina/ucd/trie';
import { MIRROR_TRIE } from '../data/bidi-mirroring.js';

export type ParagraphDirection = 'ltr' | 'rtl';
export const PARAGRAPH_DIRECTIONS: readonly ParagraphDirection[] = ['ltr', 'rtl'];

let mirror: CodePointTrie | undefined;

// Bidi classes as small integers, so that the passes run over typed arrays (no per-character objects).
const L = 0,
  R = 1,
  EN = 2,
  ES = 3,
  ET = 4,
  AN = 5,
  CS = 6,
  NSM = 7,
  ON = 8,
  WS = 9,
  S = 10,
  B = 11,
  ISO = 12,
  REMOVED = 13,
  AL = 14;
const CODE: Partial<Record<BidiClass, number>> = {
  L,
  R,
  AL,
  EN,
  ES,
  ET,
  AN,
  CS,
  NSM,
  ON,
  WS,
  S,
  B,
  LRI: ISO,
  RLI: ISO,
  FSI: ISO,
  PDI: ISO,
  RLE: REMOVED,
  LRE: REMOVED,
  RLO: REMOVED,
  LRO: REMOVED,
  PDF: REMOVED,
  BN: REMOVED,
};
const NEUTRAL = (c: number): boolean => c === ON || c === WS || c === S || c === B || c === ISO;
const classOf = (cp: number): number => CODE[getBidiClass(cp)] ?? ON;

/** `text` in visual order for a paragraph of direction `direction` (see the table above). */
export function visualOrder(text: string, direction: ParagraphDirection): string {
  if (direction !== 'ltr' && direction !== 'rtl')
    throw new RangeError(`direction must be "ltr" or "rtl", got ${String(direction)}`);
  // X9: drop the removed classes (indexed, not for…of: iterating a rope string is far slower).
  const cps = new Uint32Array(text.length);
  const t = new Uint8Array(text.length);
  const original = new Uint8Array(text.length);
  let n = 0;
  let rtl = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const c = classOf(cp);
    if (c === REMOVED) continue;
    if (c === R || c === AL || c === AN) rtl = true;
    cps[n] = cp;
    t[n] = original[n] = c;
    n++;
  }
  const base = direction === 'rtl' ? 1 : 0;
  if (base === 0 && !rtl) return text.length === n ? text : fromCodePoints(cps, n);
  const sos = base ? R : L;
  // W1: NSM takes the type of the previous character (sos at the start; ON after an isolate mark).
  for (let i = 0; i < n; i++) if (t[i] === NSM) t[i] = i === 0 ? sos : t[i - 1] === ISO ? ON : t[i - 1]!;
  // W2: EN after AL (last strong) becomes AN. W3: AL becomes R.
  let strong = sos;
  for (let i = 0; i < n; i++) {
    const c = t[i]!;
    if (c === L || c === R || c === AL) strong = c;
    else if (c === EN && strong === AL) t[i] = AN;
  }
  for (let i = 0; i < n; i++) if (t[i] === AL) t[i] = R;
  // W4: a single ES between two EN, a single CS between two numbers of one type.
  for (let i = 1; i < n - 1; i++) {
    const a = t[i - 1]!,
      b = t[i + 1]!;
    if (t[i] === ES && a === EN && b === EN) t[i] = EN;
    else if (t[i] === CS && (a === EN || a === AN) && a === b) t[i] = a;
  }
  // W5: a run of ET next to EN becomes EN.
  for (let i = 0; i < n; i++) {
    if (t[i] !== ET) continue;
    let j = i;
    while (j < n && t[j] === ET) j++;
    if ((i > 0 && t[i - 1] === EN) || (j < n && t[j] === EN)) t.fill(EN, i, j);
    i = j - 1;
  }
  // W6: remaining separators and terminators become ON.
  for (let i = 0; i < n; i++) if (t[i] === ES || t[i] === ET || t[i] === CS) t[i] = ON;
  // W7: EN after a strong L (or sos L) becomes L.
  strong = sos;
  for (let i = 0; i < n; i++) {
    const c = t[i]!;
    if (c === L || c === R) strong = c;
    else if (c === EN && strong === L) t[i] = L;
  }
  // N1: neutrals between two strong types of one direction (EN, AN count as R) take it; N2: else α.
  const dir = (c: number): number => (c === L ? L : c === R || c === EN || c === AN ? R : -1);
  for (let i = 0; i < n; i++) {
    if (!NEUTRAL(t[i]!)) continue;
    let j = i;
    while (j < n && NEUTRAL(t[j]!)) j++;
    const before = i > 0 ? dir(t[i - 1]!) : sos;
    const after = j < n ? dir(t[j]!) : sos;
    t.fill(before === after && before !== -1 ? before : base ? R : L, i, j);
    i = j - 1;
  }
  // I1–I2: levels.
  const levels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = t[i]!;
    levels[i] = base === 0 ? (c === R ? 1 : c === AN || c === EN ? 2 : 0) : c === L || c === EN || c === AN ? 2 : 1;
  }
  // L1: segment separators and trailing whitespace go back to the paragraph level.
  for (let i = n - 1; i >= 0 && (original[i] === WS || original[i] === ISO); i--) levels[i] = base;
  for (let i = 0; i < n; i++) if (original[i] === S || original[i] === B) levels[i] = base;
  // L2: from the highest level down to the lowest odd level (counting levels between those present),
  // reverse every run at that level or higher. Levels are at most 2 here: at most two linear passes.
  const order = new Uint32Array(n);
  let highest = 0;
  let lowestOdd = 3;
  for (let i = 0; i < n; i++) {
    const l = levels[i]!;
    order[i] = i;
    if (l > highest) highest = l;
    lowestOdd = Math.min(lowestOdd, l % 2 ? l : l + 1);
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < n; i++) {
      if (levels[order[i]!]! < level) continue;
      let j = i;
      while (j < n && levels[order[j]!]! >= level) j++;
      order.subarray(i, j).reverse();
      i = j - 1;
    }
  }
  // L4: characters at odd levels take their mirrored glyph.
  mirror ??= decodeTrie(MIRROR_TRIE);
  const out = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    out[k] = (levels[i]! % 2 ? mirror.get(cps[i]!) : 0) || cps[i]!;
  }
  return fromCodePoints(out, n);
}

/** The string of the first `n` code points of `cps` (in chunks: a spread of 64 Ki arguments can overflow). */
function fromCodePoints(cps: Uint32Array, n: number): string {
  let result = '';
  for (let k = 0; k < n; k += 4096) result += String.fromCodePoint(...cps.subarray(k, Math.min(n, k + 4096)));
  return result;
}
