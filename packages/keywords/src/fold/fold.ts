// Applies the fold profile (profile.ts) to a string. Two stages: `foldBasic` (what `via: 'folded'`
// means) and `fold` (basic + variant rules: the form the index stores and looks up).
//
// Order (each step quoted where it happens): sanitize → NFKC → full case folding → NFD → per code point
// (drop marks/separators/invisibles, map letters) → NFC.
import { loneSurrogateOffset, requireString } from '@nomina/core';
import { getGeneralCategory, getScript } from '@nomina/ucd';
import { MAX_TEXT_LENGTH } from '../limits.js';
import { dictionaryWordStarts } from '../segment/words.js';
import { CASE_FOLDING_PAIRS } from '@nomina/ucd/case-folding';
import { HAN_SIMPLIFIED_PAIRS } from '@nomina/ucd/han';
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
  for (const [first, last] of KATAKANA_TO_HIRAGANA)
    for (let cp = first; cp <= last; cp++) variant.set(cp, String.fromCharCode(cp - 0x60));
  const droppedMarks = new Set<number>();
  for (const [first, last] of [...ARABIC_DROPPED, ...HEBREW_DROPPED])
    for (let cp = first; cp <= last; cp++) droppedMarks.add(cp);
  const apostrophes = new Set([...APOSTROPHE_LETTERS].map((c) => c.codePointAt(0)!));
  return {
    caseFolding,
    basic,
    variant,
    droppedMarks,
    apostrophes,
    markDroppingScripts: new Set(MARK_DROPPING_SCRIPTS),
  };
}

/** ASCII fast path: output of each ASCII code unit (lower-cased), or -1 when `separators`/`invisible` drop it. */
const ASCII = new Int16Array(128).map((_, c) => {
  if (c < 0x20 || c === 0x7f) return -1; // invisible: controls
  if (c >= 0x41 && c <= 0x5a) return c + 0x20; // case
  // separators: space and General_Category P* of ASCII, and the grave accent typed as an apostrophe
  return ' !"#%&\'()*,-./:;?@[\\]_{}`'.includes(String.fromCharCode(c)) ? -1 : c;
});

/** Replaces lone surrogates with U+FFFD, so normalization and encoding see well-formed text. Linear. */
export function toWellFormed(text: string): string {
  let lone = loneSurrogateOffset(text);
  if (lone < 0) return text;
  let out = '';
  let from = 0;
  for (; lone >= 0; lone = loneSurrogateOffset(text, from)) {
    out += text.slice(from, lone) + '\ufffd';
    from = lone + 1;
  }
  return out + text.slice(from);
}

/**
 * Folds `text`; with `starts`, also fills it with the offsets in the result (UTF-16 units, after 0)
 * where a word begins: after a separator the fold dropped (emptied when the NFC step would join two words).
 * With `basic` (and `variants`), also pushes the basic fold there unless the text is ASCII (then it is the fold).
 */
function foldText(text: string, variants: boolean, starts?: number[], basic?: string[]): string {
  // Fast path: printable ASCII needs only case folding and separator removal.
  let out = '';
  let ascii = true;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) {
      ascii = false;
      break;
    }
    const mapped = ASCII[unit]!;
    if (mapped < 0) gap = true;
    else {
      if (gap && starts && out.length > 0) starts.push(out.length);
      gap = false;
      out += String.fromCharCode(mapped);
    }
  }
  if (ascii) return out;
  if (starts) starts.length = 0;
  gap = false;

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
  let plain = '';
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
      if (basic) plain += char;
      continue;
    }
    // `separators` (Z*, P*, apostrophe-like modifier letters) and `invisible` (Cf, Cc).
    if (
      kind === 0x5a /* Z */ ||
      kind === 0x50 /* P */ ||
      category === 'Cf' ||
      category === 'Cc' ||
      t.apostrophes.has(cp)
    ) {
      dropMarks = true;
      gap = true;
      continue;
    }
    if (gap && starts && out.length > 0) starts.push(out.length);
    gap = false;
    dropMarks = t.markDroppingScripts.has(getScript(cp));
    // `latin-letters`, then (full fold only) `arabic-letters`, `han-variants`, `kana`.
    let mapped = t.basic.get(cp) ?? char;
    if (basic) plain += mapped;
    if (variants) {
      const variant = t.variant.get(mapped.codePointAt(0)!);
      if (variant !== undefined) mapped = variant;
    }
    out += mapped;
  }
  if (basic) {
    const whole = out.normalize('NFC');
    basic.push(plain === out ? whole : plain.normalize('NFC'));
    return whole;
  }
  if (!starts?.length) return out.normalize('NFC');
  const whole = out.normalize('NFC');
  if (whole === out) return whole;
  // NFC changed the text: word offsets survive when each word normalizes alone to its part of the whole.
  let at = 0;
  let from = 0;
  for (let w = 0; w <= starts.length; w++) {
    const word = out.slice(from, starts[w] ?? out.length).normalize('NFC');
    if (!whole.startsWith(word, at)) {
      starts.length = 0;
      return whole;
    }
    at += word.length;
    from = starts[w]!;
    if (w < starts.length) starts[w] = at;
  }
  return whole;
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

/** Programmer error checks of `fold` and `foldBasic`: a string (`TypeError`) of at most `MAX_TEXT_LENGTH` units (`RangeError`). */
export function requireText(text: unknown): asserts text is string {
  requireString(text, 'text');
  if (text.length > MAX_TEXT_LENGTH)
    throw new RangeError(`text must have at most ${MAX_TEXT_LENGTH} UTF-16 code units, got ${text.length}`);
}

/**
 * The full fold of the profile (basic + variant rules): the form keys are stored and looked up in.
 * Linear in the input; never throws for a string of at most `MAX_TEXT_LENGTH` units.
 */
export function fold(text: string): string {
  requireText(text);
  return foldPieces(text, true);
}

/**
 * `fold`, and the offsets in it (UTF-16 units, ascending, none at 0) where a word of `text` begins:
 * after the spaces and punctuation the fold drops, and, in scripts written without spaces (Thai, Lao,
 * Khmer, Myanmar, Han, kana), at the word boundaries of `Intl.Segmenter`. Keys only: a text longer
 * than `PIECE` units gets no offsets.
 */
export function foldWords(text: string): { folded: string; starts: number[] } {
  if (typeof text !== 'string') throw new TypeError('foldWords takes a string');
  if (text.length > PIECE) return { folded: foldPieces(text, true), starts: [] };
  const starts: number[] = [];
  const folded = foldText(text, true, starts);
  return { folded, starts: dictionaryWordStarts(folded, starts) };
}

/** `fold` and `foldBasic` of `text` at once (a query is looked up by both): the steps before the variant rules are shared. */
export function foldBoth(text: string): { folded: string; basic: string } {
  requireText(text);
  if (text.length > PIECE) return { folded: foldPieces(text, true), basic: foldPieces(text, false) };
  const basic: string[] = [];
  const folded = foldText(text, true, undefined, basic);
  return { folded, basic: basic[0] ?? folded };
}

/** The basic fold (NFKC, case, marks, letters, separators, invisibles) without the variant rules. */
export function foldBasic(text: string): string {
  requireText(text);
  return foldPieces(text, false);
}
