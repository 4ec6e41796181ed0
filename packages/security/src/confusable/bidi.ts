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
const REMOVED = new Set<BidiClass>(['RLE', 'LRE', 'RLO', 'LRO', 'PDF', 'BN']);
const NEUTRAL = new Set<BidiClass>(['B', 'S', 'WS', 'ON', 'LRI', 'RLI', 'FSI', 'PDI']);

/** True when `text` has a character of Bidi_Class R, AL or AN (the only way its visual order can differ). */
function hasRtl(cps: readonly number[]): boolean {
  for (const cp of cps) {
    const c = getBidiClass(cp);
    if (c === 'R' || c === 'AL' || c === 'AN') return true;
  }
  return false;
}

/** `text` in visual order for a paragraph of direction `direction` (see the table above). */
export function visualOrder(text: string, direction: ParagraphDirection): string {
  if (direction !== 'ltr' && direction !== 'rtl') throw new RangeError(`direction must be "ltr" or "rtl", got ${String(direction)}`);
  // X9: drop the removed classes.
  const cps: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!REMOVED.has(getBidiClass(cp))) cps.push(cp);
  }
  const base = direction === 'rtl' ? 1 : 0;
  if (base === 0 && !hasRtl(cps)) return String.fromCodePoint(...cps);
  const n = cps.length;
  const t: BidiClass[] = cps.map((cp) => getBidiClass(cp));
  const sos: BidiClass = base ? 'R' : 'L';
  // W1: NSM takes the type of the previous character (sos at the start; ON after an isolate mark).
  const ISOLATE = new Set<BidiClass>(['LRI', 'RLI', 'FSI', 'PDI']);
  for (let i = 0; i < n; i++) if (t[i] === 'NSM') t[i] = i === 0 ? sos : ISOLATE.has(t[i - 1]!) ? 'ON' : t[i - 1]!;
  // W2: EN after AL (last strong) becomes AN. W3: AL becomes R.
  let strong: BidiClass = sos;
  for (let i = 0; i < n; i++) {
    const c = t[i]!;
    if (c === 'L' || c === 'R' || c === 'AL') strong = c;
    else if (c === 'EN' && strong === 'AL') t[i] = 'AN';
  }
  for (let i = 0; i < n; i++) if (t[i] === 'AL') t[i] = 'R';
  // W4: a single ES between two EN, a single CS between two numbers of one type.
  for (let i = 1; i < n - 1; i++) {
    const a = t[i - 1], b = t[i + 1];
    if (t[i] === 'ES' && a === 'EN' && b === 'EN') t[i] = 'EN';
    else if (t[i] === 'CS' && (a === 'EN' || a === 'AN') && a === b) t[i] = a;
  }
  // W5: a run of ET next to EN becomes EN.
  for (let i = 0; i < n; i++) {
    if (t[i] !== 'ET') continue;
    let j = i;
    while (j < n && t[j] === 'ET') j++;
    if ((i > 0 && t[i - 1] === 'EN') || (j < n && t[j] === 'EN')) for (let k = i; k < j; k++) t[k] = 'EN';
    i = j - 1;
  }
  // W6: remaining separators and terminators become ON.
  for (let i = 0; i < n; i++) if (t[i] === 'ES' || t[i] === 'ET' || t[i] === 'CS') t[i] = 'ON';
  // W7: EN after a strong L (or sos L) becomes L.
  strong = sos;
  for (let i = 0; i < n; i++) {
    const c = t[i]!;
    if (c === 'L' || c === 'R') strong = c;
    else if (c === 'EN' && strong === 'L') t[i] = 'L';
  }
  // N1: neutrals between two strong types of one direction (EN, AN count as R) take it; N2: else α.
  const dir = (c: BidiClass): 'L' | 'R' | undefined => (c === 'L' ? 'L' : c === 'R' || c === 'EN' || c === 'AN' ? 'R' : undefined);
  for (let i = 0; i < n; i++) {
    if (!NEUTRAL.has(t[i]!)) continue;
    let j = i;
    while (j < n && NEUTRAL.has(t[j]!)) j++;
    const before = i > 0 ? dir(t[i - 1]!) : (sos as 'L' | 'R');
    const after = j < n ? dir(t[j]!) : (sos as 'L' | 'R');
    const resolved: BidiClass = before === after && before !== undefined ? before : base ? 'R' : 'L';
    for (let k = i; k < j; k++) t[k] = resolved;
    i = j - 1;
  }
  // I1–I2: levels.
  const levels = t.map((c) => (base === 0 ? (c === 'R' ? 1 : c === 'AN' || c === 'EN' ? 2 : 0) : c === 'L' || c === 'EN' || c === 'AN' ? 2 : 1));
  // L1: segment separators and trailing whitespace go back to the paragraph level.
  for (let i = n - 1; i >= 0; i--) {
    const c = getBidiClass(cps[i]!);
    if (c === 'WS' || c === 'FSI' || c === 'LRI' || c === 'RLI' || c === 'PDI') levels[i] = base;
    else break;
  }
  for (let i = 0; i < n; i++) if (getBidiClass(cps[i]!) === 'S' || getBidiClass(cps[i]!) === 'B') levels[i] = base;
  // L2: from the highest level down to the lowest odd level, reverse every run at that level or higher.
  const order = cps.map((_, i) => i);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.map((l) => (l % 2 ? l : l + 1)), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < n; i++) {
      if (levels[order[i]!]! < level) continue;
      let j = i;
      while (j < n && levels[order[j]!]! >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j - 1;
    }
  }
  // L4: characters at odd levels take their mirrored glyph.
  mirror ??= decodeTrie(MIRROR_TRIE);
  let out = '';
  for (const i of order) {
    const m = levels[i]! % 2 ? mirror.get(cps[i]!) : 0;
    out += String.fromCodePoint(m || cps[i]!);
  }
  return out;
}
