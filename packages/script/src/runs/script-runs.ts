// Script runs (UAX #24 §5 "Script Runs" and §5.1 "Handling Characters with the Common Script").
//
// | Rule (UAX #24)                                        | Here                                           |
// | ----------------------------------------------------- | ---------------------------------------------- |
// | §5.1 Common/Inherited take the script of the context  | join the current run; never start a new one    |
// | §5.1 nonspacing marks follow their base               | Inherited code points always join the run      |
// | §5.1 leading Common takes the following script        | the first run resolves on its first letter     |
// | §5.1 paired punctuation: closing takes the opening's  | BidiBrackets pairs, stack of MAX_BRACKET_DEPTH |
// | §5.2 Script_Extensions narrow the run's script        | a run keeps the intersection of its letters'   |
// |                                                       | Script_Extensions (U+30FC, U+0640, U+0964 …)   |
//
// A run is a maximal stretch whose letters (code points whose Script is not Zyyy/Zinh) share a script
// through Script_Extensions. Its script is the Script of its first letter when that is still among the
// shared ones, else the first shared one; a run without letters is Zyyy (Zinh if it holds only
// Inherited code points). Linear: one trie look-up and a fixed-size bit-set operation per code point.
import {
  getBidiPairedBracket,
  getBidiPairedBracketType,
  getScript,
  getScriptExtensions,
  type ScriptCode,
} from '@nomina/ucd';
import { analysedLength, MAX_BRACKET_DEPTH, MAX_TEXT_LENGTH } from '../limits.js';
import { bitsOf, codesOf, extensionBitsOf, has, intersectInto, meets, newBits, type Bits } from '../script-set.js';

/** A run of text in one script; `start` and `end` are UTF-16 offsets, `end` exclusive. */
export interface ScriptRun {
  readonly script: ScriptCode;
  readonly start: number;
  readonly end: number;
}

/**
 * Receives each run in order: its script, UTF-16 range and number of letters (code points whose Script is
 * neither Zyyy nor Zinh). The summaries count through it without building run objects (issue #12: one
 * object per run is the memory of `scriptRuns` alone).
 */
export type RunVisitor = (script: ScriptCode, start: number, end: number, letters: number) => void;

export interface ScriptRunOptions {
  /** Analyse at most this many UTF-16 units (default and upper bound {@link MAX_TEXT_LENGTH}). */
  readonly maxLength?: number;
}

// UAX #9 BD16 matches canonical equivalents: U+2329/U+232A are equivalent to U+3008/U+3009.
const CANONICAL_BRACKET: Readonly<Record<number, number>> = { 0x2329: 0x3008, 0x232a: 0x3009 };
const canonicalBracket = (cp: number): number => CANONICAL_BRACKET[cp] ?? cp;
const ASCII_BRACKETS = Array.from({ length: 0x80 }, (_, cp) => getBidiPairedBracketType(cp));

/**
 * Splits `text` into script runs (UAX #24). The runs partition the analysed text exactly: the first
 * starts at 0, each starts where the previous ends, the last ends at the analysed length (the text's
 * length up to `MAX_TEXT_LENGTH`). Never throws on a string; lone surrogates are code points of script Zzzz.
 */
export function scriptRuns(text: string, options: ScriptRunOptions = {}): ScriptRun[] {
  const runs: ScriptRun[] = [];
  visitScriptRuns(text, options, (script, start, end) => runs.push({ script, start, end }));
  return runs;
}

/** {@link scriptRuns}, each run handed to `visit` instead of collected: memory O(1) beyond the caller's. */
export function visitScriptRuns(text: string, options: ScriptRunOptions, visit: RunVisitor): void {
  const length = analysedLength(text, options.maxLength);
  if (length === 0) return;
  let closed = 0; // runs handed to `visit`

  // The current run.
  let start = 0;
  let letters = 0;
  let firstScript: ScriptCode | undefined; // Script of its first letter
  let onlyInherited = true;
  let narrowed = false; // whether `shared` holds anything yet
  const shared = newBits(); // the Script_Extensions its letters (and Common code points with explicit ones) share

  // §5.1 paired punctuation: open brackets with the run they opened in, and that run's script once it
  // is closed (the runs themselves are not kept).
  const bracketClose: number[] = [];
  const bracketRun: number[] = [];
  const bracketScript: ScriptCode[] = [];
  let bracketOverflow = false;
  let previousLetter: readonly string[] | undefined; // Script_Extensions of the current run's last letter

  const scriptOfCurrent = (): ScriptCode => {
    if (!narrowed) return onlyInherited ? 'Zinh' : 'Zyyy';
    if (firstScript === undefined) {
      // No letter: the one script its Common/Inherited code points share, else Zyyy (Zinh if all Inherited).
      const codes = codesOf(shared);
      return codes.length === 1 ? codes[0]! : onlyInherited ? 'Zinh' : 'Zyyy';
    }
    return has(shared, firstScript) ? firstScript : codesOf(shared)[0]!;
  };
  const close = (end: number): void => {
    const script = scriptOfCurrent();
    // The brackets opened in this run (the top of the stack) learn its script.
    for (let j = bracketRun.length - 1; j >= 0 && bracketRun[j] === closed; j--) bracketScript[j] = script;
    visit(script, start, end, letters);
    closed++;
  };
  const open = (at: number, bits: Bits | undefined, script: ScriptCode | undefined): void => {
    start = at;
    previousLetter = undefined;
    letters = 0;
    firstScript = script;
    onlyInherited = false;
    narrowed = bits !== undefined;
    if (bits) shared.set(bits);
  };

  for (let i = 0; i < length; ) {
    let cp = text.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) (cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000), (width = 2);
    }
    const extensions = getScriptExtensions(cp);
    if (extensions === previousLetter) {
      // Fast path: a letter with the Script_Extensions of the run's previous letter changes nothing (the
      // run's shared set only shrank since it was intersected with them).
      letters++;
      i += width;
      continue;
    }
    const script = getScript(cp);

    if (script !== 'Zyyy' && script !== 'Zinh') {
      const scx = extensionBitsOf(extensions);
      // A letter: it continues the run if the run's shared scripts include one of its own.
      if (firstScript === undefined) {
        // §5.1: leading Common (and Inherited) code points take the script of the first letter.
        if (!(narrowed && intersectInto(shared, scx))) shared.set(scx);
        narrowed = true;
        firstScript = script;
      } else if (meets(shared, scx)) {
        intersectInto(shared, scx);
      } else {
        close(i);
        open(i, scx, script);
      }
      letters++;
      previousLetter = extensions;
    } else {
      if (script === 'Zyyy') onlyInherited = false;
      // Common or Inherited: joins the run; explicit Script_Extensions narrow it when they can.
      if (extensions.length > 1 || extensions[0] !== script) {
        const scx = extensionBitsOf(extensions);
        if (!narrowed) shared.set(scx), (narrowed = true);
        else if (meets(shared, scx)) intersectInto(shared, scx);
      }
      const bracket =
        script !== 'Zyyy' || bracketOverflow ? 'n' : cp < 0x80 ? ASCII_BRACKETS[cp]! : getBidiPairedBracketType(cp);
      if (bracket === 'o') {
        // UAX #9 BD16: when the stack is full, stop matching brackets for the rest of the text.
        if (bracketClose.length === MAX_BRACKET_DEPTH)
          (bracketOverflow = true), (bracketClose.length = bracketRun.length = bracketScript.length = 0);
        else
          bracketClose.push(canonicalBracket(getBidiPairedBracket(cp))),
            bracketRun.push(closed),
            bracketScript.push('Zyyy');
      } else if (bracket === 'c') {
        // UAX #9 BD16: find the nearest matching opener, dropping the unmatched ones above it.
        const want = canonicalBracket(cp);
        const at = bracketClose.lastIndexOf(want);
        if (at >= 0) {
          const openedIn = bracketRun[at]!;
          const script = bracketScript[at]!;
          bracketClose.length = at;
          bracketRun.length = at;
          bracketScript.length = at;
          if (openedIn < closed) {
            // The opener sits in an earlier run: the closing bracket takes that run's script, which
            // continues the current run if it can, else starts a new one.
            const only = bitsOf([script]);
            if (narrowed && meets(shared, only)) shared.set(only);
            else close(i), open(i, only, script);
          }
        }
      }
    }
    i += width;
  }
  close(length);
}
