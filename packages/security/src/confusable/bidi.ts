// Visual order of a string for bidiSkeleton (UTS #39 §4): the Unicode Bidirectional Algorithm (uba.ts) on
// the string's Bidi_Class values and paired brackets, then L2 per paragraph and L4 mirroring.
//
// | UAX #9 rule                         | Here                                                              |
// | ----------------------------------- | ----------------------------------------------------------------- |
// | Bidi_Class, BD14–BD16 brackets      | @nomina/ucd (DerivedBidiClass.txt, BidiBrackets.txt of UCD 17.0.0) |
// | BD16 canonical equivalents          | a bracket is keyed by its NFD (U+2329 〈 pairs with U+3009 〉)   |
// | P2–P3                               | given: α of bidiSkeleton is the paragraph level of every paragraph |
// | X1–I2, L1, L2                       | uba.ts, complete (checked against BidiTest.txt and BidiCharacterTest.txt) |
// | X9 removed characters               | left out (they are Default_Ignorable_Code_Point: the skeleton drops them) |
// | L3 combining marks                  | not applied (optional in UAX #9)                                  |
// | L4 mirroring                        | Bidi_Mirroring_Glyph at odd levels                                |
import { getBidiClass, getBidiPairedBracket, getBidiPairedBracketType } from '@nomina/ucd';
import { decodeTrie, type CodePointTrie } from '@nomina/ucd/trie';
import { MIRROR_TRIE } from '../data/bidi-mirroring.js';
import { AL, AN, BIDI_CODES, BN, FSI, LRE, PDF, R, RLE, RLI, RLO, reorderLine, resolveLevels } from './uba.js';

export type ParagraphDirection = 'ltr' | 'rtl';
export const PARAGRAPH_DIRECTIONS: readonly ParagraphDirection[] = ['ltr', 'rtl'];

let mirror: CodePointTrie | undefined;

/** BD16: brackets match when their Bidi_Paired_Bracket values are canonically equivalent. */
const canonical = (cp: number): number => String.fromCodePoint(cp).normalize('NFD').codePointAt(0)!;

/** The Bidi_Class codes of `text`'s code points (a lone surrogate is one code point) and the code points. */
export function bidiClasses(text: string): { classes: Uint8Array; codePoints: Uint32Array } {
  const codePoints = new Uint32Array(text.length);
  const classes = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    codePoints[n] = cp;
    classes[n++] = BIDI_CODES[getBidiClass(cp)]!;
  }
  return { classes: classes.subarray(0, n), codePoints: codePoints.subarray(0, n) };
}

/** BD14–BD15 keys for resolveLevels: the opening bracket's NFD, positive when opening, negative when closing. */
export function bracketKeys(codePoints: Uint32Array): Int32Array | undefined {
  let keys: Int32Array | undefined;
  for (let i = 0; i < codePoints.length; i++) {
    const cp = codePoints[i]!;
    const type = getBidiPairedBracketType(cp);
    if (type === 'n') continue;
    keys ??= new Int32Array(codePoints.length);
    keys[i] = type === 'o' ? canonical(cp) : -canonical(getBidiPairedBracket(cp));
  }
  return keys;
}

/** `text` in visual order for paragraphs of direction `direction` (see the table above). */
export function visualOrder(text: string, direction: ParagraphDirection): string {
  if (direction !== 'ltr' && direction !== 'rtl')
    throw new RangeError(`direction must be "ltr" or "rtl", got ${String(direction)}`);
  const { classes, codePoints } = bidiClasses(text);
  const n = classes.length;
  // Left-to-right paragraphs without a right-to-left character or control never reach an odd level: the
  // visual order is the logical order, less the characters X9 removes.
  let rtl = direction === 'rtl';
  let removed = 0;
  for (let i = 0; i < n && !rtl; i++) {
    const c = classes[i]!;
    rtl = c === R || c === AL || c === AN || c === RLE || c === RLO || c === RLI || c === FSI;
    if (c === BN || (c >= LRE && c <= PDF)) removed++;
  }
  if (!rtl) {
    if (removed === 0) return text;
    const kept = new Uint32Array(n - removed);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const c = classes[i]!;
      if (c !== BN && (c < LRE || c > PDF)) kept[k++] = codePoints[i]!;
    }
    return fromCodePoints(kept, k);
  }
  const { levels, paragraphs } = resolveLevels(classes, direction === 'rtl' ? 1 : 0, bracketKeys(codePoints));
  const order = new Int32Array(n);
  let count = 0;
  for (let p = 0; p < paragraphs.length; p += 2)
    count = reorderLine(levels, paragraphs[p]!, paragraphs[p + 1]!, order, count);
  // L4: characters at odd levels take their mirrored glyph.
  mirror ??= decodeTrie(MIRROR_TRIE);
  const out = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    const i = order[k]!;
    out[k] = (levels[i]! & 1 ? mirror.get(codePoints[i]!) : 0) || codePoints[i]!;
  }
  return fromCodePoints(out, count);
}

/** The string of the first `n` code points of `cps` (in chunks: a spread of 64 Ki arguments can overflow). */
function fromCodePoints(cps: Uint32Array, n: number): string {
  let result = '';
  for (let k = 0; k < n; k += 4096) result += String.fromCodePoint(...cps.subarray(k, Math.min(n, k + 4096)));
  return result;
}
