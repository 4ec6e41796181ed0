import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { romanSkeleton } from '../src/translit/skeleton.js';

/** The skeleton rules (translit/romanize.ts) as regular expressions: the specification skeleton.ts implements pass by pass. */
function byRegExps(latin: string, consonantsOnly: boolean): string {
  const arabizi: Record<string, string> = { '2': '', '3': '', '5': 'kh', '6': 't', '7': 'h', '9': 's' };
  let out = latin
    .replace(/(?<=[a-z])[0-9]+|[0-9]+(?=[a-z])/g, (run) => run.replace(/[235679]/g, (d) => arabizi[d]!))
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/j(?![aeiouAEO])/g, consonantsOnly ? 'z' : 'i')
    .replace(/j/g, 'z');
  out = out.replace(/(.)\1+/g, '$1');
  out = consonantsOnly
    ? out
        .replace(/[aeiouv]/g, '')
        .replace(/([bcdgkprstz])h+/g, '$1')
        .replace(/h/g, '')
    : out
        .replace(/kh/g, 'h')
        .replace(/ie/g, 'e')
        .replace(/([bcdgkprstz])h+/g, '$1');
  out = out
    .replace(/(.)\1+/g, '$1')
    .replace(/t[sz]/g, 'c')
    .replace(/ng/g, 'n')
    .replace(/m([bp])/g, 'n$1')
    .replace(/r/g, 'l')
    .replace(/(?<=[nl])v(?![aiouAEO])/g, 'u');
  return out.replace(/(.)\1+/g, '$1');
}

/** Fails, naming the text, where the passes and the regular expressions disagree on it. */
function expectAsRegExps(text: string): void {
  for (const consonantsOnly of [false, true]) {
    const passes = romanSkeleton(text, consonantsOnly);
    const regExps = byRegExps(text, consonantsOnly);
    if (passes !== regExps) expect([text, consonantsOnly, passes]).toEqual([text, consonantsOnly, regExps]);
  }
}

/** Calls `visit` with every string of `length` units of `letters`; returns how many. */
function everyString(letters: readonly string[], length: number, visit: (text: string) => void, prefix = ''): number {
  if (prefix.length === length) {
    visit(prefix);
    return 1;
  }
  let count = 0;
  for (const unit of letters) count += everyString(letters, length, visit, prefix + unit);
  return count;
}

/** Every letter and digit a rule names, and two that none does. */
const ALPHABET = [...'aeiouAEOjyqwkhcdgmbprlvtsznx0123456789\n'];

describe('romanSkeleton: one pass per rule, as the rules written as regular expressions', () => {
  test.each([
    ['moskva', false, 'moskva'],
    ['moskva', true, 'msk'],
    ['7abibi', false, 'habibi'],
    ['27mr', true, 'ml'],
    ['shanghai', false, 'sanai'],
    ['nvren', false, 'nulen'],
    ['jAmA', false, 'zAmA'],
  ])('romanSkeleton(%j, %j) = %j', (latin, consonantsOnly, skeleton) => {
    expect(romanSkeleton(latin, consonantsOnly)).toBe(skeleton);
    expect(byRegExps(latin, consonantsOnly)).toBe(skeleton);
  });

  test('every string of up to three of the rules’ letters and digits', () => {
    let checked = 0;
    for (let length = 0; length <= 3; length++) checked += everyString(ALPHABET, length, expectAsRegExps);
    expect(checked).toBe(1 + ALPHABET.length + ALPHABET.length ** 2 + ALPHABET.length ** 3);
  });

  test('every string of four of the letters that rules chain', () => {
    const letters = [...'aeiouAjykhgnmbrvtsz27'];
    expect(everyString(letters, 4, expectAsRegExps)).toBe(letters.length ** 4);
  });

  prop.prop([fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 40 }), fc.boolean()], { numRuns: 3000 })(
    'longer strings of those',
    (text, consonantsOnly) => {
      expect(romanSkeleton(text, consonantsOnly)).toBe(byRegExps(text, consonantsOnly));
    },
  );

  prop.prop([fc.string({ unit: 'binary', maxLength: 20 }), fc.boolean()], { numRuns: 1000 })(
    'any string, idempotent',
    (text, consonantsOnly) => {
      const skeleton = romanSkeleton(text, consonantsOnly);
      expect(skeleton).toBe(byRegExps(text, consonantsOnly));
      expect(romanSkeleton(skeleton, consonantsOnly)).toBe(skeleton);
    },
  );
});
