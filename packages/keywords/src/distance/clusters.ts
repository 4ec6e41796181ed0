// User-perceived characters for edit budgets and typo distances: a base code point with the combining
// marks (General_Category M: vowel signs, virama, nukta, diacritics), ZWJ and ZWNJ that follow it, as
// the grapheme clusters of UAX #29 group them (GB9, GB9a; conjuncts across a virama stay two clusters, as
// before Unicode 15.1's GB9c; `conjunctClusters` joins them, as a further level of comparison). UAX #29 Table 2 leaves some spacing marks of Myanmar, Tai Tham, Tai Viet
// and Ahom out of SpacingMark (`NOT_SPACING_MARK`: the tall aa ါ, the Shan vowels ႃ and tones ႇ…): they
// are characters of their own, as `Intl.Segmenter` and people count them. (Thai and Lao sara am, which
// UAX #29 adds, do not survive the NFKC of the fold.) A typo drops, doubles or replaces what a person sees as one character:
// `কাতালান` → `কালান` is one edit, not two.
//
// | symbol | value |
// |---|---|
// | a cluster of one code point | the code point (Latin, Han, Hangul, kana… are unchanged) |
// | a cluster of several | a 31-bit hash of its code points with the sign bit set (never a code point) |
import { getCombiningClass, getGeneralCategory, getScript } from '@nomina/ucd';
import { codePoints } from './damerau-levenshtein.js';

/**
 * UAX #29 Table 2, SpacingMark: "Grapheme_Cluster_Break ≠ Extend, and General_Category = Spacing_Mark
 * … Exceptions: U+102B, U+102C, U+1038, U+1062..U+1064, U+1067..U+106D, U+1083, U+1087..U+108C, U+108F,
 * U+109A..U+109C, U+1A61, U+1A63, U+1A64, U+AA7B, U+AA7D, U+11720, U+11721".
 */
const NOT_SPACING_MARK: ReadonlyArray<readonly [number, number]> = [
  [0x102b, 0x102c],
  [0x1038, 0x1038],
  [0x1062, 0x1064],
  [0x1067, 0x106d],
  [0x1083, 0x1083],
  [0x1087, 0x108c],
  [0x108f, 0x108f],
  [0x109a, 0x109c],
  [0x1a61, 0x1a61],
  [0x1a63, 0x1a64],
  [0xaa7b, 0xaa7b],
  [0xaa7d, 0xaa7d],
  [0x11720, 0x11721],
];

/** Whether `cp` joins the cluster before it (a combining mark but `NOT_SPACING_MARK`, ZWNJ or ZWJ). */
export function isClusterExtender(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp === 0x200c || cp === 0x200d) return true;
  if (getGeneralCategory(cp)[0] !== 'M') return false;
  if (cp >= 0x1000 && cp <= 0x11721)
    for (const [from, to] of NOT_SPACING_MARK) if (cp >= from && cp <= to) return false;
  return true;
}

/**
 * The cluster symbols of a code-point array (see the module table), and the base code point of each in
 * `bases` when given. Returns `cps` itself when every cluster is one code point. Linear.
 */
export function clusters(cps: Int32Array, bases?: Int32Array[]): Int32Array {
  let joins = 0;
  for (let i = 1; i < cps.length; i++) if (isClusterExtender(cps[i]!)) joins++;
  if (joins === 0) {
    if (bases) bases[0] = cps;
    return cps;
  }
  const out = new Int32Array(cps.length - joins);
  const base = new Int32Array(out.length);
  let n = -1;
  let hash = 0;
  let size = 0;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (n >= 0 && isClusterExtender(cp)) {
      hash = Math.imul(hash ^ cp, 0x9e3779b1) ^ (hash >>> 15);
      size++;
      out[n] = size > 1 ? hash | 0x80000000 : cp;
      continue;
    }
    out[++n] = cp;
    base[n] = cp;
    hash = Math.imul(cp + 0x7f4a7c15, 0x85ebca6b);
    size = 1;
  }
  if (bases) bases[0] = base;
  return out;
}

/**
 * UAX #29 GB9c (Unicode 15.1, extended in 16.0): Indic_Conjunct_Break=Linker, the viramas across which
 * a conjunct is one grapheme cluster (as `Intl.Segmenter` with ICU 78 segments them).
 */
const LINKERS = new Set([
  0x094d, 0x09cd, 0x0acd, 0x0b4d, 0x0c4d, 0x0d4d, 0x1039, 0x17d2, 0x1a60, 0x1b44, 0x1bab, 0xa9c0, 0xaaf6, 0x10a3f,
  0x11133, 0x113d0, 0x1193e, 0x11a47, 0x11a99, 0x11f42,
]);

/** Whether a linker (`LINKERS`) follows some code point of `cps`: only then are there conjunct clusters. */
export function hasLinker(cps: Int32Array): boolean {
  for (let i = 1; i < cps.length - 1; i++) if (cps[i]! >= 0x94d && LINKERS.has(cps[i]!)) return true;
  return false;
}

/** Scripts with a linker: only their keys and queries have conjunct clusters (built on first use, so that code importing none of this leaves the Script table out of its bundle). */
let linkerScripts: Set<string> | undefined;

/**
 * Most clusters (`clusters`) one conjunct cluster holds, for stores that bound key lengths in clusters
 * (postgres/store.ts): a consonant and three more after linkers (स्त्र्य), as long as conjuncts go.
 */
export const MAX_CONJUNCT_CLUSTERS = 4;

/** Whether some code point of `cps` is of a script with a linker (`LINKERS`): a text that may have conjuncts. */
export function mayHaveConjuncts(cps: Int32Array): boolean {
  linkerScripts ??= new Set([...LINKERS].map((cp) => getScript(cp)));
  for (const cp of cps) if (cp >= 0x900 && linkerScripts.has(getScript(cp))) return true;
  return false;
}

/**
 * The extended grapheme clusters of UAX #29 with GB9c: like `clusters`, and a consonant, a linker
 * (`LINKERS`) and the consonant after it one cluster (स्ट, ক্ষ, ព្រ: one character to the reader, and
 * one a typo drops or doubles: হ্যামস্টার → হ্যামর). A consonant (InCB=Consonant) is taken to be any
 * letter of the linker's script; between it and the linker only marks of a non-zero combining class
 * (nukta) and ZWJ (InCB=Extend), so a vowel sign or ZWNJ ends the conjunct. The base of a conjunct
 * cluster (`bases`) is a hash of its consonants and linkers, with the sign bit set, so that clusters
 * differing only in a vowel sign share it. Returns `clusters(cps, bases)` when there is no linker.
 */
export function conjunctClusters(cps: Int32Array, bases?: Int32Array[]): Int32Array {
  if (!hasLinker(cps)) return clusters(cps, bases);
  const out = new Int32Array(cps.length);
  const base = new Int32Array(cps.length);
  let n = -1;
  let hash = 0;
  let baseHash = 0;
  let size = 0;
  // The script of a linker that the next letter may join (undefined: none); whether the cluster is a conjunct.
  let linked: string | undefined;
  let conjunct = false;
  let open = false;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    const joined = linked !== undefined && getGeneralCategory(cp) === 'Lo' && getScript(cp) === linked;
    if (n >= 0 && (joined || isClusterExtender(cp))) {
      hash = Math.imul(hash ^ cp, 0x9e3779b1) ^ (hash >>> 15);
      size++;
      out[n] = size > 1 ? hash | 0x80000000 : cp;
      if (joined) {
        conjunct = true;
        linked = undefined;
      } else if (LINKERS.has(cp) && open) linked = getScript(cp);
      else if (cp !== 0x200d && getCombiningClass(cp) === 0) {
        open = false;
        linked = undefined;
      }
      if (joined || linked !== undefined) baseHash = Math.imul(baseHash ^ cp, 0x85ebca6b) ^ (baseHash >>> 13);
      if (conjunct) base[n] = baseHash | 0x80000000;
      continue;
    }
    out[++n] = cp;
    base[n] = cp;
    hash = Math.imul(cp + 0x7f4a7c15, 0x85ebca6b);
    baseHash = hash;
    size = 1;
    linked = undefined;
    conjunct = false;
    open = getGeneralCategory(cp) === 'Lo';
  }
  if (bases) bases[0] = base.subarray(0, n + 1);
  return out.subarray(0, n + 1);
}

/** Number of clusters of a string. */
export function clusterLength(text: string): number {
  return clusters(codePoints(text)).length;
}

let rows = new Float64Array(0);

/** Whether a code-point array has a precomposed Hangul syllable. */
export function hasHangulSyllable(cps: Int32Array): boolean {
  for (const cp of cps) if (cp >= 0xac00 && cp <= 0xd7a3) return true;
  return false;
}

/**
 * Whether two precomposed Hangul syllables differ in one jamo only (Unicode §3.12: index = (L · 21 + V)
 * · 28 + T): one key of the 2-set keyboard, as a vowel sign is in an abugida.
 */
export function oneJamoApart(x: number, y: number): boolean {
  if (x < 0xac00 || x > 0xd7a3 || y < 0xac00 || y > 0xd7a3) return false;
  const a = x - 0xac00;
  const b = y - 0xac00;
  const sameL = ((a / 588) | 0) === ((b / 588) | 0);
  const sameV = (((a % 588) / 28) | 0) === (((b % 588) / 28) | 0);
  return +sameL + +sameV + +(a % 28 === b % 28) === 2;
}

/**
 * Calls `visit` with each text that is `cps` with one Hangul syllable replaced by one a jamo apart
 * (at most 18 + 20 + 27 texts a syllable; called for short queries only). Linear in the syllables.
 */
export function forEachJamoNeighbour(cps: Int32Array, visit: (text: string) => void): void {
  const units = Array.from(cps, (cp) => String.fromCodePoint(cp));
  for (let i = 0; i < cps.length; i++) {
    const index = cps[i]! - 0xac00;
    if (index < 0 || index >= 11172) continue;
    const own = units[i]!;
    const l = (index / 588) | 0;
    const v = ((index % 588) / 28) | 0;
    const t = index % 28;
    const at = (syllable: number) => {
      units[i] = String.fromCharCode(0xac00 + syllable);
      visit(units.join(''));
    };
    for (let x = 0; x < 19; x++) if (x !== l) at((x * 21 + v) * 28 + t);
    for (let x = 0; x < 21; x++) if (x !== v) at((l * 21 + x) * 28 + t);
    for (let x = 0; x < 28; x++) if (x !== t) at((l * 21 + v) * 28 + x);
    units[i] = own;
  }
}

/**
 * Weighted optimal-string-alignment distance of two cluster sequences (symbols `a`, `b` with their
 * base code points): a cluster replaced by one with the same base (a vowel sign or diacritic dropped,
 * added or changed), or a Hangul syllable by one a jamo apart, costs half an edit; any other insertion, deletion, replacement or swap of neighbours
 * costs one. Banded: exact when the distance is at most `band` (insertions and deletions cost one, so a
 * path that cheap never leaves the band), otherwise more than `band`. O((n + m) · band).
 */
export function weightedClusterDistance(
  a: Int32Array,
  aBases: Int32Array,
  b: Int32Array,
  bBases: Int32Array,
  band: number,
): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > band) return band + 1;
  const w = m + 1;
  if (rows.length < 3 * w) rows = new Float64Array(3 * w);
  for (let j = 0; j <= m; j++) rows[w + j] = j;
  let before = 0;
  let previous = w;
  let current = 2 * w;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    rows[current + lo - 1] = lo === 1 ? i : Infinity;
    const x = a[i - 1]!;
    for (let j = lo; j <= hi; j++) {
      const y = b[j - 1]!;
      const substitute = x === y ? 0 : aBases[i - 1] === bBases[j - 1] || oneJamoApart(x, y) ? 0.5 : 1;
      let d = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + substitute);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) d = Math.min(d, rows[before + j - 2]! + 1);
      rows[current + j] = d;
    }
    if (hi < m) rows[current + hi + 1] = Infinity;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(rows[previous + m]!, band + 1);
}
