// unicodeName: the form a zone's names are indexed and compared under (ToUnicode, no root dot).
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toASCII, toUnicode, unicodeName } from '../src/index.js';

describe('unicodeName', () => {
  test('A-labels decoded, case folded, the root dot dropped', () => {
    expect(unicodeName('xn--bcher-kva.Example.')).toBe('bücher.example');
    expect(unicodeName('BÜCHER.example')).toBe('bücher.example');
    expect(unicodeName('www.example')).toBe('www.example');
    expect(unicodeName('.')).toBe('');
  });
  test('a name with errors keeps the best conversion', () => {
    expect(toUnicode('xn--a.example').ok).toBe(false);
    expect(unicodeName('xn--a.example.')).toBe(toUnicode('xn--a.example').value);
  });
  propTest.prop([fc.string({ unit: fc.constantFrom('a', 'B', 'ü', 'ß', '.', '-', 'xn--', 'и', '\u200d') })])(
    'is ToUnicode without one final dot, the same for a name and its A-label form',
    (name) => {
      const value = toUnicode(name).value;
      expect(unicodeName(name)).toBe(value.endsWith('.') ? value.slice(0, -1) : value);
      const ascii = toASCII(name);
      if (ascii.ok && toUnicode(ascii.value).ok) expect(unicodeName(ascii.value)).toBe(unicodeName(name));
    },
  );
  test('a non-string is a programmer error', () => {
    expect(() => unicodeName(1 as unknown as string)).toThrow(TypeError);
  });
});
