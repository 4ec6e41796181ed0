// The public surface: what the README documents is what index.ts exports; programmer errors throw; the
// issues have the core shape.
import { describe, expect, test } from 'vitest';
import * as lgrApi from '../src/index.js';
import { expectExportsDocumented } from '../../../test-vectors/readme-api.js';

const { parseLgr, validateLabel, variantOf, indexLabel, CollisionIndex, registeredLabel } = lgrApi;
const lgr = parseLgr('<lgr xmlns="urn:ietf:params:xml:ns:lgr-1.0"><data><char cp="0061"/></data></lgr>').lgr!;

describe('API', () => {
  test('every runtime export is documented in the README API headings', () => {
    expectExportsDocumented(
      lgrApi as unknown as Record<string, unknown>,
      new URL('../README.md', import.meta.url).pathname,
    );
  });
  test('programmer errors throw TypeError or RangeError', () => {
    expect(() => parseLgr(42 as unknown as string)).toThrow(TypeError);
    expect(() => validateLabel(lgr, null as unknown as string)).toThrow(TypeError);
    expect(() => validateLabel(lgr, 'a', { maxVariants: -1 })).toThrow(RangeError);
    expect(() => variantOf(lgr, 'a', 1 as unknown as string)).toThrow(TypeError);
    expect(() => indexLabel(lgr, undefined as unknown as string)).toThrow(TypeError);
    expect(() => new CollisionIndex(lgr).check(3 as unknown as string)).toThrow(TypeError);
    expect(() => registeredLabel(null as unknown as string, 2)).toThrow(TypeError);
    expect(() => registeredLabel('a.b', 0)).toThrow(RangeError);
    expect(() => registeredLabel('a.b', 1.5)).toThrow(RangeError);
  });
  test('issues have the core shape', () => {
    const r = validateLabel(lgr, 'b');
    expect(Object.keys(r.issues[0]!)).toEqual(['code', 'message', 'severity', 'label', 'offset', 'codePoint']);
    expect(r.issues[0]).toMatchObject({ code: 'RFC7940_8.1_REPERTOIRE', label: -1, offset: 0, codePoint: 0x62 });
  });
});

describe('registeredLabel: the label an LGR judges', () => {
  test.each([
    ['كتاب.example', 2, 'كتاب'],
    ['www.كتاب.example', 2, 'كتاب'],
    ['www.كتاب.example', 3, 'www'],
    ['كتاب.example', 1, 'example'],
    ['كتاب.example.', 1, 'example'], // the root's dot is not a label
    ['كتاب', 2, 'كتاب'], // fewer labels than the level: the first
    ['a.b', 5, 'a'],
    ['', 2, ''],
  ])('%j at level %i is %j', (name, level, label) => {
    expect(registeredLabel(name, level)).toBe(label);
  });
});
