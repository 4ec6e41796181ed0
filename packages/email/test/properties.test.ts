// Laws of the API, on generated input: nothing throws; formatting and parsing round-trip; the normalized
// form is a fixpoint; the key of an address is the key of its normalized form.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { canonicalKey, formatAddress, parseAddress, parseAddressList, registration } from '@nomina/email';
import { hostileString } from '../../../test-vectors/campaign.js';

const PROFILES = ['strict', 'html', registration] as const;
const ATEXT = [..."abcxyzABZ0129!#$%&'*+-/=?^_`{|}~", 'é', 'ß', 'ж', 'λ', 'ت', 'ש', 'क', '中', 'ア', '한', 'ก', 'ü'];
const LABELS = [
  'example',
  'bücher',
  'xn--bcher-kva',
  'пример',
  '例子',
  'ex-ample',
  'a1',
  'com',
  'org',
  'рф',
  '广告',
  'ελ',
];

/** Dot-atom local parts and domains from the pools above: valid under strict, most of the time. */
const address = fc
  .tuple(
    fc.array(
      fc.array(fc.constantFrom(...ATEXT), { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
      { minLength: 1, maxLength: 3 },
    ),
    fc.array(fc.constantFrom(...LABELS), { minLength: 2, maxLength: 4 }),
  )
  .map(([words, labels]) => `${words.join('.')}@${labels.join('.')}`);

const quoted = fc
  .string({ unit: fc.constantFrom(...'ab "\\@,;é中 '), minLength: 0, maxLength: 12 })
  .map((s) => `"${s.replace(/["\\]/g, '\\$&')}"@example.org`);

describe('never throws, and its results are well-formed', () => {
  test.prop([hostileString(80), fc.constantFrom(...PROFILES), fc.boolean(), fc.boolean()])(
    'parseAddress',
    (input, profile, comments, names) => {
      const r = parseAddress(input, {
        profile,
        allowComments: comments,
        allowDisplayName: names,
        allowObsolete: comments,
      });
      expect(r.ok).toBe(r.value !== null);
      for (const i of r.issues) expect(i.offset).toBeLessThanOrEqual(input.length);
    },
  );
  test.prop([
    fc
      .array(fc.oneof(hostileString(30), address), { maxLength: 6 })
      .map((a) => a.join(fc.sample(fc.constantFrom(',', ', ', ';', ':', ' <', '> '), 1)[0]!)),
  ])('parseAddressList', (header) => {
    const r = parseAddressList(header);
    expect(r.ok).toBe(r.issues.every((i) => i.severity !== 'error'));
  });
  test.prop([hostileString(60), fc.boolean()])('formatAddress and canonicalKey of a string', (input, ascii) => {
    expect(formatAddress(input, { ascii }).ok).toBeTypeOf('boolean');
    expect(canonicalKey(input).ok).toBeTypeOf('boolean');
  });
});

describe('round trips and fixpoints', () => {
  test.prop([fc.oneof(address, quoted)])(
    'parseAddress(formatAddress(x)) gives x back, and the normalized form is a fixpoint',
    (input) => {
      const r = parseAddress(input);
      fc.pre(r.ok);
      const text = formatAddress(r.value!).value!;
      const again = parseAddress(text);
      expect(again.ok).toBe(true);
      expect(again.value!.normalized).toBe(r.value!.normalized);
      expect(again.value!.asciiDomain).toBe(r.value!.asciiDomain);
      expect(formatAddress(again.value!).value).toBe(text);
    },
  );
  test.prop([address])('the ASCII form, when there is one, parses to the same address', (input) => {
    const r = parseAddress(input);
    fc.pre(r.ok && r.value!.ascii !== null);
    expect(parseAddress(r.value!.ascii!).value!.normalized).toBe(r.value!.normalized);
    expect(formatAddress(r.value!, { ascii: true }).value).toBe(r.value!.ascii);
  });
  test.prop([fc.oneof(address, quoted, hostileString(40))])('canonicalKey(x) = canonicalKey(normalized x)', (input) => {
    const r = parseAddress(input);
    fc.pre(r.ok);
    expect(canonicalKey(r.value!.normalized).value).toBe(canonicalKey(input).value);
  });
});

describe('a bad character in a local part is reported once, at its own offset', () => {
  // Regression: a character atext does not hold was reported twice (by the syntax and by the character
  // check), and after a comment the character check gave offsets in the content, not in the input.
  const part = fc.array(fc.constantFrom('a', 'b', '.', ',', '[', ']', '\u0000', '\u0001', ' ', '(c)', 'é'), {
    minLength: 1,
    maxLength: 10,
  });
  test.prop([part])('LOCAL_PART_INVALID_CHARACTER', (pieces) => {
    const input = `${pieces.join('')}@example.com`;
    const found = parseAddress(input, { profile: 'strict' }).issues.filter(
      (i) => i.code === 'LOCAL_PART_INVALID_CHARACTER' && i.codePoint >= 0,
    );
    for (const i of found) expect(input.codePointAt(i.offset)).toBe(i.codePoint);
    const places = found.map((i) => i.offset);
    expect(new Set(places).size).toBe(places.length);
  });
});
