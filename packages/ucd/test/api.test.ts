// The public API: documented examples, defaults, invalid input, no allocation per call.
import { describe, expect, test } from 'vitest';
import * as ucd from '../src/index.js';
import {
  getBidiClass,
  getBidiPairedBracket,
  getBidiPairedBracketType,
  getCombiningClass,
  getGeneralCategory,
  getJoiningType,
  getScript,
  getScriptExtensions,
  scriptCode,
  scriptInfo,
  scriptName,
  SCRIPTS,
  UNICODE_VERSION,
} from '../src/index.js';

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('examples', () => {
  const rows: [number, string, string, string, string, number][] = [
    [0x41, 'Latn', 'Lu', 'L', 'U', 0],
    [0x0301, 'Zinh', 'Mn', 'NSM', 'T', 230],
    [0x0628, 'Arab', 'Lo', 'AL', 'D', 0],
    [0x0627, 'Arab', 'Lo', 'AL', 'R', 0],
    [0x200d, 'Zinh', 'Cf', 'BN', 'C', 0],
    [0x05d0, 'Hebr', 'Lo', 'R', 'U', 0],
    [0x30fc, 'Zyyy', 'Lm', 'L', 'U', 0],
    [0x0378, 'Zzzz', 'Cn', 'L', 'U', 0],
    [0x05ff, 'Zzzz', 'Cn', 'R', 'U', 0], // unassigned in the Hebrew block: Bidi default R
    [0x08ff, 'Arab', 'Mn', 'NSM', 'T', 230],
    [0x20cf, 'Zzzz', 'Cn', 'ET', 'U', 0], // Currency Symbols block default
    [0xfdd0, 'Zzzz', 'Cn', 'BN', 'U', 0], // noncharacter
    [0xe0fff, 'Zzzz', 'Cn', 'BN', 'U', 0], // default ignorable
    [0xd800, 'Zzzz', 'Cs', 'L', 'U', 0],
    [0x10ffff, 'Zzzz', 'Cn', 'BN', 'U', 0],
    [0x1acf, 'Zinh', 'Mn', 'NSM', 'T', 230], // new in 17.0
    [0x10940, 'Sidt', 'Lo', 'R', 'U', 0], // Sidetic, new in 17.0
  ];
  test.each(rows.map(([cp, sc, gc, bc, jt, ccc]) => ({ name: hex(cp), cp, sc, gc, bc, jt, ccc })))('$name', ({
    cp,
    sc,
    gc,
    bc,
    jt,
    ccc,
  }) => {
    expect([
      getScript(cp),
      getGeneralCategory(cp),
      getBidiClass(cp),
      getJoiningType(cp),
      getCombiningClass(cp),
    ]).toEqual([sc, gc, bc, jt, ccc]);
  });

  const extensions: [number, string[]][] = [
    [0x30fc, ['Hira', 'Kana']],
    [0x0640, ['Adlm', 'Arab', 'Mand', 'Mani', 'Ougr', 'Phlp', 'Rohg', 'Sogd', 'Syrc']],
    [0x3001, ['Bopo', 'Hang', 'Hani', 'Hira', 'Kana', 'Mong', 'Yiii']], // Mong added in 17.0
    [0x41, ['Latn']],
    [0x20, ['Zyyy']],
  ];
  test.each(extensions.map(([cp, scx]) => ({ name: hex(cp), cp, scx })))('Script_Extensions of $name', ({
    cp,
    scx,
  }) => {
    expect(getScriptExtensions(cp)).toEqual(scx);
  });

  test('UNICODE_VERSION', () => expect(UNICODE_VERSION).toBe('17.0.0'));

  test.each([
    [0x30fc, 'Kana', true],
    [0x30fc, 'Hira', true],
    [0x30fc, 'Zyyy', false],
    [0x41, 'Latn', true],
    [0x41, 'Grek', false],
    [0x20, 'Zyyy', true],
    [-1, 'Zzzz', true],
  ])('hasScript(%i, %s) = %s', (cp, code, expected) => expect(ucd.hasScript(cp, code)).toBe(expected));
});

describe('paired brackets', () => {
  test.each([
    ['(', ')', 'o'],
    [')', '(', 'c'],
    ['[', ']', 'o'],
    ['「', '」', 'o'],
    ['a', 'a', 'n'],
    ['«', '«', 'n'],
  ])('%s pairs with %s (type %s)', (c, pair, type) => {
    expect(String.fromCodePoint(getBidiPairedBracket(c.codePointAt(0)!))).toBe(pair);
    expect(getBidiPairedBracketType(c.codePointAt(0)!)).toBe(type);
  });
  test('non-numbers are a TypeError, non-code-points have no pair', () => {
    expect(() => getBidiPairedBracket('(' as unknown as number)).toThrow(TypeError);
    expect(getBidiPairedBracketType(-1)).toBe('n');
  });
});

describe('numbers that are not code points get the defaults', () => {
  test.each([-1, 0x110000, 65.5, NaN, -Infinity, 2 ** 40])('%s', (n) => {
    expect([
      getScript(n),
      getScriptExtensions(n),
      getGeneralCategory(n),
      getBidiClass(n),
      getJoiningType(n),
      getCombiningClass(n),
    ]).toEqual(['Zzzz', ['Zzzz'], 'Cn', 'L', 'U', 0]);
  });

  test.each([
    'getScript',
    'getScriptExtensions',
    'getGeneralCategory',
    'getBidiClass',
    'getJoiningType',
    'getCombiningClass',
  ] as const)('%s of a non-number is a TypeError', (name) =>
    expect(() => ucd[name]('A' as unknown as number)).toThrow(TypeError));
});

describe('no allocation per call', () => {
  test('Script_Extensions arrays are shared and frozen', () => {
    expect(getScriptExtensions(0x30fc)).toBe(getScriptExtensions(0x30fc));
    expect(getScriptExtensions(0x41)).toBe(getScriptExtensions(0x42));
    expect(Object.isFrozen(getScriptExtensions(0x41))).toBe(true);
    expect(Object.isFrozen(getScriptExtensions(0x0640))).toBe(true);
  });
});

describe('script names and codes', () => {
  test.each([
    ['Cyrl', 'Cyrillic'],
    ['Zyyy', 'Common'],
    ['Zinh', 'Inherited'],
    ['Zzzz', 'Unknown'],
    ['Ital', 'Old_Italic'],
    ['Hrkt', 'Katakana_Or_Hiragana'],
    ['Berf', 'Beria_Erfe'],
    ['Jpan', 'Japanese (alias for Han + Hiragana + Katakana)'],
  ])('scriptName(%s) = %s', (code, name) => expect(scriptName(code)).toBe(name));

  test.each([
    ['Latn', 'Latn'],
    ['latin', 'Latn'],
    ['LATIN', 'Latn'],
    ['Old Italic', 'Ital'],
    ['old_italic', 'Ital'],
    ['Qaai', 'Zinh'],
    ['Qaac', 'Copt'],
    ['Common', 'Zyyy'],
    ['Unknown', 'Zzzz'],
    ['isCyrillic', 'Cyrl'],
    ['Japanese (alias for Han + Hiragana + Katakana)', 'Jpan'],
    ['Cuneiform, Sumero-Akkadian', 'Xsux'],
  ])('scriptCode(%j) = %s', (name, code) => expect(scriptCode(name)).toBe(code));

  test.each(['', 'Klingon', 'Latn2', 'cyrl '.repeat(3)])('scriptCode(%j) is undefined', (name) =>
    expect(scriptCode(name)).toBeUndefined());
  test('scriptName of an unknown code is undefined; codes are case-sensitive', () => {
    expect(scriptName('Xxxx')).toBeUndefined();
    expect(scriptName('cyrl')).toBeUndefined();
  });
  test('scriptCode of a non-string is a TypeError', () =>
    expect(() => scriptCode(5 as unknown as string)).toThrow(TypeError));

  test('SCRIPTS: unique ISO codes, and every Script value is one of them', () => {
    const codes = SCRIPTS.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of ucd.SCRIPT_VALUES) expect(scriptInfo(code)?.unicode, code).toBe(true);
    expect(scriptInfo('Kore')?.number).toBe(287);
  });
});
