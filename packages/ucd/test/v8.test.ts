// Script, Script_Extensions and General_Category of all 0x110000 code points against V8's regular
// expression property escapes (ECMAScript \p{…}; Node 20.20's V8 carries ICU 78 = Unicode 17.0).
// One string holds every code point once; per property value one global regex of runs
// (/\p{Script=Latn}+/gu) marks which code points V8 puts in the value.
import { expect, test } from 'vitest';
import {
  GENERAL_CATEGORY_VALUES,
  SCRIPT_VALUES,
  SCRIPTS,
  getGeneralCategory,
  getScript,
  getScriptExtensions,
} from '../src/index.js';
import { CODE_POINTS, describeWithRuntimeUnicode17, mismatches } from './sources.js';

const text = { units: '', codePointAt: new Int32Array(0) };
{
  const parts: string[] = [];
  const at: number[] = [];
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    const s = String.fromCodePoint(cp);
    parts.push(s);
    at.push(cp);
    if (s.length === 2) at.push(-1);
    // U+DBFF followed by U+DC00 would pair up into one astral character: keep them apart.
    if (cp === 0xdbff) parts.push('\u0000'), at.push(-1);
  }
  text.units = parts.join('');
  text.codePointAt = Int32Array.from(at);
}

/** For every value, mark the code points V8 matches with `\p{property=value}`. */
function v8Values(property: string, values: readonly string[], onMatch: (cp: number, value: string) => void): void {
  for (const value of values) {
    const re = new RegExp(`\\p{${property}=${value}}+`, 'gu');
    for (const m of text.units.matchAll(re)) {
      for (let o = m.index; o < m.index + m[0].length; o++) {
        const cp = text.codePointAt[o]!;
        if (cp >= 0) onMatch(cp, value);
      }
    }
  }
}

describeWithRuntimeUnicode17(`V8 regex property escapes (Unicode ${process.versions.unicode})`, () => {
  test('Script: \\p{Script=…} for every value', () => {
    const v8 = new Array<string>(CODE_POINTS);
    v8Values('Script', SCRIPT_VALUES, (cp, v) => (v8[cp] = v8[cp] === undefined ? v : `${v8[cp]} and ${v}`));
    expect(mismatches(v8, getScript)).toEqual([]);
  });

  test('Script_Extensions: \\p{Script_Extensions=…} for every value', () => {
    const v8 = Array.from({ length: CODE_POINTS }, () => [] as string[]);
    v8Values('Script_Extensions', SCRIPT_VALUES, (cp, v) => v8[cp]!.push(v));
    const expected = v8.map((s) => s.sort().join(' '));
    expect(mismatches(expected, (cp) => getScriptExtensions(cp).join(' '))).toEqual([]);
  });

  test('General_Category: \\p{General_Category=…} for every value', () => {
    const v8 = new Array<string>(CODE_POINTS);
    v8Values(
      'General_Category',
      GENERAL_CATEGORY_VALUES,
      (cp, v) => (v8[cp] = v8[cp] === undefined ? v : `${v8[cp]} and ${v}`),
    );
    expect(mismatches(v8, getGeneralCategory)).toEqual([]);
  });

  test('every Unicode script code and its name denote the same set in V8', () => {
    const differ = SCRIPTS.filter((s) => 'unicode' in s && s.code !== 'Hrkt').filter((s) => {
      const byCode = new RegExp(`\\p{Script_Extensions=${s.code}}+`, 'gu');
      const byName = new RegExp(`\\p{Script_Extensions=${s.name}}+`, 'gu');
      return text.units.match(byCode)?.join('') !== text.units.match(byName)?.join('');
    });
    expect(differ.map((s) => s.code)).toEqual([]);
  });
});
