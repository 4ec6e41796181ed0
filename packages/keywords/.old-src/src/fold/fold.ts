// Applies the fold profile (profile.ts) to a string. Two stages: `foldBasic` (what `via: 'folded'`
// means) and `fold` (basic + variant rules: the form the index stores and looks up).
//
// Order (each step quoted where it happens): sanitize → NFKC → full case folding → NFD → per code point
// (drop marks/separators/invisibles, map letters) → NFC.
import { getGeneralCategory, getScript } from '@nomina/ucd';
import { CASE_FOLDING_PAIRS } from './data/case-folding.js';
import { HAN_SIMPLIFIED_PAIRS } from './data/han-variants.js';
import {
  APOSTROPHE_LETTERS,
  ARABIC_DROPPED,
  ARABIC_LETTERS,
  HEBREW_DROPPED,
  KATAKANA_TO_HIRAGANA,
  LATIN_LETTERS,
  MARK_DROPPING_SCRIPTS,
} from './profile.js';

interface Tables {
  caseFolding: Map<number, string>;
  basic: Map<number, string>;
  variant: Map<number, string>;
  droppedMarks: Set<number>;
  apostrophes: Set<number>;
  markDroppingScripts: Set<string>;
}

let tables: Tables | undefined;

function parsePairs(pairs: string, into: Map<number, string>): void {
  for (const item of pairs.split('|')) {
    if (item === '') continue;
    const from = item.codePointAt(0)!;
    into.set(from, item.slice(from > 0xffff ? 2 : 1));
  }
}

function load(): Tables {
  const caseFolding = new Map<number, string>();
  parsePairs(CASE_FOLDING_PAIRS, caseFolding);
  const basic = new Map<number, string>(LATIN_LETTERS.map(([from, to]) => [from.codePointAt(0)!, to]));
  const variant = new Map<number, string>(ARABIC_LETTERS.map(([from, to]) => [from.codePointAt(0)!, to]));
  parsePairs(HAN_SIMPLIFIED_PAIRS, variant);
  for (const [first, last] of KATAKANA_TO_HIRAGANA) for (let cp = first; cp <= last; cp++) variant.set(cp, String.fromCharCode(cp - 0x60));
  const droppedMarks = new Set<number>();
  for (const [first, last] of [...ARABIC_DROPPED, ...HEBREW_DROPPED]) for (let cp = first; cp <= last; cp++) droppedMarks.add(cp);
  const apostrophes = new Set([...APOSTROPHE_LETTERS].map((c) => c.codePointAt(0)!));
  return { caseFolding, basic, variant, droppedMarks, apostrophes, markDroppingScripts: new Set(MARK_DROPPING_SCRIPTS) };
}

/** ASCII fast path: output of each ASCII code unit (lower-cased), or -1 when `separators`/`invisible` drop it. */
const ASCII = new Int16Array(128).map((_, c) => {
  if (c < 0x20 || c === 0x7f) return -1; // invisible: controls
  if (c >= 0x41 && c <= 0x5a) return c + 0x20; // case
  // separators: space and General_Category P* of ASCII, and the grave accent typed as an apostrophe
  return ' !"#%&\'()*,-./:;?@[\\]_{}`'.includes(String.fromCharCode(c)) ? -1 : c;
});

/** Replaces lone surrogates with U+FFFD, so normalization and encoding see well-formed text. */
export function toWellFormed(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    text = text.slice(0, i) + '\ufffd' + text.slice(i + 1);
  }
  return text;
}

function foldText(text: string, variants: boolean): string {
  // Fast path: printable ASCII needs only case folding and separator removal.
  let out = '';
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) {
      ascii = false;
      break;
    }
    const mapped = ASCII[unit]!;
    if (mapped >= 0) out += String.fromCharCode(mapped);
  }
  if (ascii) return out;

  const t = (tables ??= load());
  // `nfkc`, `width`: UAX #15 NFKC.
  const compatible = toWellFormed(text).normalize('NFKC');
  // `case`: full case folding, CaseFolding.txt C + F.
  let folded = '';
  for (const char of compatible) {
    const mapped = t.caseFolding.get(char.codePointAt(0)!);
    folded += mapped ?? char;
  }
  // Marks are judged on the canonical decomposition, where each sits after its base character.
  const decomposed = folded.normalize('NFD');
  out = '';
  let dropMarks = false;
  for (const char of decomposed) {
    const cp = char.codePointAt(0)!;
    // `arabic-harakat`, `hebrew-niqqud`: dropped wherever they are.
    if (t.droppedMarks.has(cp)) continue;
    const category = getGeneralCategory(cp);
    const kind = category.charCodeAt(0);
    if (kind === 0x4d /* M */) {
      // `marks-lgc` on Latin/Greek/Cyrillic (and Common) bases, `invisible` for variation selectors;
      // `marks-kept` for every other mark (and spacing marks, Mc, always).
      const selector = (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
      if (selector || (category !== 'Mc' && dropMarks)) continue;
      out += char;
      continue;
    }
    // `separators` (Z*, P*, apostrophe-like modifier letters) and `invisible` (Cf, Cc).
    if (kind === 0x5a /* Z */ || kind === 0x50 /* P */ || category === 'Cf' || category === 'Cc' || t.apostrophes.has(cp)) {
      dropMarks = true;
      continue;
    }
    dropMarks = t.markDroppingScripts.has(getScript(cp));
    // `latin-letters`, then (full fold only) `arabic-letters`, `han-variants`, `kana`.
    let mapped = t.basic.get(cp) ?? char;
    if (variants) {
      const variant = t.variant.get(mapped.codePointAt(0)!);
      if (variant !== undefined) mapped = variant;
    }
    out += mapped;
  }
  return out.normalize('NFC');
}

/**
 * Long texts are folded in pieces of about this many UTF-16 units, cut before a character that never
 * combines with what precedes it, so the working strings stay small whatever the input.
 */
const PIECE = 4096;

/** Whether a piece may end before `text[i]`: a character that never combines with what precedes it. */
function canSplitBefore(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit >= 0xdc00 && unit <= 0xdfff) return false; // inside a surrogate pair
  if ((unit >= 0x1160 && unit <= 0x11ff) || (unit >= 0xd7b0 && unit <= 0xd7ff)) return false; // Hangul V/T jamo compose
  if (unit === 0xff9e || unit === 0xff9f) return false; // half-width (semi-)voiced marks: NFKC makes them combining
  return getGeneralCategory(text.codePointAt(i)!).charCodeAt(0) !== 0x4d; // not a mark (M*)
}

function foldPieces(text: string, variants: boolean): string {
  if (text.length <= PIECE) return foldText(text, variants);
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + PIECE, text.length);
    while (end < text.length && end < start + 2 * PIECE && !canSplitBefore(text, end)) end++;
    pieces.push(foldText(text.slice(start, end), variants));
    start = end;
  }
  return pieces.join('');
}

/**
 * The full fold of the profile (basic + variant rules): the form keys are stored and looked up in.
 * Linear in the input; never throws for a string.
 */
export function fold(text: string): string {
  if (typeof text !== 'string') throw new TypeError('fold takes a string');
  return foldPieces(text, true);
}

/** The basic fold (NFKC, case, marks, letters, separators, invisibles) without the variant rules. */
export function foldBasic(text: string): string {
  if (typeof text !== 'string') throw new TypeError('foldBasic takes a string');
  return foldPieces(text, false);
}
