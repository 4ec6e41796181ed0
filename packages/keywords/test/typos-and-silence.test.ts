// Issue #19: typos on user-perceived characters in every script, vowel signs cheaper than consonants,
// abjad keys reached from Latin only when the vowels agree, and no answer for made-up words.
import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import { clusterLength, clusters, conjunctClusters, weightedClusterDistance } from '../src/distance/clusters.js';
import { codePoints } from '../src/distance/damerau-levenshtein.js';
import { createKeywordIndex, fold, loadKeywordIndex } from '../src/index.js';
import { editBudget, romanizeKey } from '../src/internals.js';
import { vowelWeightedDistance } from '../src/lookup/resolve.js';
import { INHERENT_VOWELS } from '../src/translit/romanize.js';

const symbolsOf = (text: string) => {
  const bases: Int32Array[] = [];
  const symbols = clusters(codePoints(text.normalize('NFC')), bases);
  return [symbols, bases[0]!] as const;
};

describe('clusters (distance/clusters.ts)', () => {
  test('a base letter with its vowel signs, virama and nukta is one cluster; Latin and Han are unchanged', () => {
    expect(clusterLength('কাতালান')).toBe(4); // কা তা লা ন
    expect(clusterLength('स्त')).toBe(2); // स् त (no conjunct rule, as before Unicode 15.1)
    const latin = codePoints('katalan');
    expect(clusters(latin)).toBe(latin);
    expect(clusterLength('北京')).toBe(2);
  });
  property.prop([fc.string({ unit: 'grapheme', maxLength: 40 })])(
    'the clusters of a string are at most its code points',
    (text) => {
      const cps = codePoints(text);
      expect(clusters(cps).length).toBeLessThanOrEqual(cps.length);
      expect(clusterLength(text)).toBe(clusters(cps).length);
    },
  );
  test('linear in the input (combining marks)', () => {
    expectLinear(
      (n) => codePoints('क\u093e\u0902\u094d'.repeat(Math.ceil(n / 4)).slice(0, n)),
      (cps) => clusters(cps),
      { small: 4096 },
    );
  });
});

describe('conjunct clusters (distance/clusters.ts `conjunctClusters`, UAX #29 GB9c)', () => {
  const linked = (text: string) => conjunctClusters(codePoints(text)).length;
  test('a consonant, a linker and the consonant after it are one cluster, a chain of them too', () => {
    expect(linked('स्त')).toBe(1);
    expect(linked('राष्ट्रपति')).toBe(4); // रा ष्ट्र प ति
    expect(linked('ক্ষমা')).toBe(2); // ক্ষ মা
    expect(linked('ព្រះ')).toBe(1); // Khmer coeng
  });
  test('a vowel sign or ZWNJ ends a conjunct, a nukta or ZWJ does not; no linker: the clusters themselves', () => {
    expect(linked('कि्ष')).toBe(2); // a vowel sign before the virama
    expect(linked('क्\u200cष')).toBe(2); // ZWNJ: the explicit half form, two characters
    expect(linked('क्\u200dष')).toBe(1); // ZWJ
    expect(linked('क़्ष')).toBe(1); // nukta
    const plain = codePoints('কাতালান');
    expect(Array.from(conjunctClusters(plain))).toEqual(Array.from(clusters(plain)));
  });
  test('clusters differing only in the vowel sign of a conjunct share a base; in a consonant, not', () => {
    const baseOf = (text: string) => {
      const bases: Int32Array[] = [];
      conjunctClusters(codePoints(text), bases);
      return bases[0]![0];
    };
    expect(baseOf('स्टा')).toBe(baseOf('स्टी'));
    expect(baseOf('स्टा')).not.toBe(baseOf('स्ता'));
  });
  test('a dropped or doubled conjunct is one edit', () => {
    const index = createKeywordIndex([
      { key: 'पुस्तकालय', target: 'library' },
      { key: 'राष्ट्रपति', target: 'president' },
    ]);
    expect(index.lookup('पुकालय')[0]).toMatchObject({ target: 'library', via: 'fuzzy', distance: 1 });
    expect(index.lookup('राष्ट्रष्ट्रपति')[0]).toMatchObject({ target: 'president', via: 'fuzzy', distance: 1 });
  });
  test('linear in the input (conjunct chains)', () => {
    expectLinear(
      (n) => codePoints('क\u094d'.repeat(Math.ceil(n / 2)).slice(0, n)),
      (cps) => conjunctClusters(cps),
      { small: 4096 },
    );
  });
});

describe('typo costs', () => {
  test('a dropped or doubled vowel sign costs half an edit, a replaced consonant one', () => {
    const [key, keyBases] = symbolsOf('কাতালান');
    const [sign, signBases] = symbolsOf('কাতলান'); // ta without its aa sign
    const [consonant, consonantBases] = symbolsOf('কাপালান'); // pa for ta
    expect(weightedClusterDistance(sign, signBases, key, keyBases, 2)).toBe(0.5);
    expect(weightedClusterDistance(consonant, consonantBases, key, keyBases, 2)).toBe(1);
  });
  test('the key with the vowel-sign typo ranks above the key with the consonant typo', () => {
    const index = createKeywordIndex([
      { key: 'কাতালান', target: 'catalan' },
      { key: 'কাতলাপন', target: 'other' },
    ]);
    expect(index.lookup('কাতলান')[0]).toMatchObject({ target: 'catalan', via: 'fuzzy' });
  });
  test('a dropped akshara (several code points) is one edit', () => {
    const index = createKeywordIndex([{ key: 'কাতালান', target: 'catalan' }]);
    expect(index.lookup('কালান')[0]).toMatchObject({ target: 'catalan', via: 'fuzzy', distance: 1 });
  });
  test('short keys outside alphabets get one edit from four clusters', () => {
    expect(editBudget(fold('ⵉⵏⵢⴰ'))).toBe(1);
    expect(editBudget(fold('abcd'))).toBe(0);
    const index = createKeywordIndex([{ key: 'ⵉⵏⴷⵢⴰ', target: 'india' }]);
    expect(index.lookup('ⵉⵏⵢⴰ')[0]).toMatchObject({ target: 'india', via: 'fuzzy' });
  });
  property.prop(
    [
      fc.string({ unit: fc.constantFrom(...'aeioulmntkvhrwAOE', 'é'), maxLength: 10 }),
      fc.string({ unit: fc.constantFrom(...'aeioulmntkvhrwAOE', 'é'), maxLength: 10 }),
      fc.constantFrom(0.5, 1, 2.25, Infinity),
    ],
    { numRuns: 2000 },
  )(
    'the vowel-weighted skeleton distance follows its rules (a plain dynamic program of them), up to its bound',
    (a, b, bound) => {
      const d = vowelWeightedDistance(a, b, bound);
      const expected = weightedReference(a, b);
      if (expected <= bound) expect(d).toBe(expected);
      else expect(d).toBeGreaterThan(bound);
    },
  );
  property.prop([fc.stringMatching(/^[a-z]{0,12}$/), fc.stringMatching(/^[a-z]{0,12}$/)])(
    'the vowel-weighted skeleton distance is 0 only for equal skeletons and at most the longer length',
    (a, b) => {
      const d = vowelWeightedDistance(a, b);
      expect(d === 0).toBe(a === b);
      expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
    },
  );
});

/**
 * The rules of `vowelWeightedDistance` as a plain optimal-string-alignment program over the whole table:
 * a vowel (v, h and inherent vowels too) costs half to add or replace by a vowel, v, h; a vowel of the key left out a quarter,
 * v or h of the key half, its inherent vowel (A, O, E) nothing, and so does a consonant doubled across an
 * inherent vowel; an inherent vowel written with one of its spellings nothing; v for u or o a quarter.
 */
function weightedReference(a: string, b: string): number {
  const vowel = (c: string) => 'aeiou'.includes(c);
  const light = (c: string) => vowel(c) || c === 'v' || c === 'h' || c in INHERENT_VOWELS;
  const left = (c: string) => (vowel(c) ? 0.25 : c === 'v' || c === 'h' ? 0.5 : c in INHERENT_VOWELS ? 0 : 1);
  const leftAt = (j: number) => (j >= 3 && b[j - 1] === b[j - 3] && b[j - 2]! in INHERENT_VOWELS ? 0 : left(b[j - 1]!));
  const replace = (x: string, y: string) =>
    x === y || INHERENT_VOWELS[y]?.includes(x) === true
      ? 0
      : x === 'v' && (y === 'u' || y === 'o')
        ? 0.25
        : light(x) && left(y) < 1
          ? 0.5
          : 1;
  const d = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let j = 1; j <= b.length; j++) d[0]![j] = d[0]![j - 1]! + leftAt(j);
  for (let i = 1; i <= a.length; i++) {
    d[i]![0] = d[i - 1]![0]! + (light(a[i - 1]!) ? 0.5 : 1);
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + (light(a[i - 1]!) ? 0.5 : 1),
        d[i]![j - 1]! + leftAt(j),
        d[i - 1]![j - 1]! + replace(a[i - 1]!, b[j - 1]!),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('short keys outside Latin and long syllabic keys (issue #19)', () => {
  test.each([
    ['핀란어', '핀란드어'],
    ['ᏫᎠᏂ', 'ᏫᏍᎠᏂ'],
    ['ⵉⵏⵢⴰ', 'ⵉⵏⴷⵢⴰ'],
  ])('%s (one character dropped) finds %s', (query, key) => {
    const index = createKeywordIndex([{ key, target: 'key' }]);
    expect(index.lookup(query)[0]).toMatchObject({ target: 'key', via: 'fuzzy', distance: 1 });
  });
  test('a short query finds no key with a character more when typos are off, nor a Latin one', () => {
    expect(createKeywordIndex([{ key: '핀란드어', target: 'key' }]).lookup('핀란어', { maxEdits: 0 })).toEqual([]);
    expect(createKeywordIndex([{ key: 'horse', target: 'key' }]).lookup('hose')).toEqual([]);
  });
  test.each([
    ['ꌠꆈꉙ', 'ꆈꌠꉙ'],
    ['牙加买', '牙买加'],
    ['みあん', 'みかん'],
    ['ꕛꆈꔷ', 'ꕚꆈꔷ'],
    ['ᏩᎶᎾ', 'ᏩᎷᎾ'],
  ])('three syllables take one edit: %s finds %s', (query, key) => {
    expect(editBudget(query)).toBe(1);
    const index = createKeywordIndex([{ key, target: 'key' }]);
    expect(index.lookup(query)[0]).toMatchObject({ target: 'key', via: 'fuzzy', distance: 1 });
    expect(index.lookup(query, { maxEdits: 0 })).toEqual([]);
  });
  test('three letters of an alphabet, or three syllables of mixed scripts, take none', () => {
    expect(editBudget('abc')).toBe(0);
    expect(editBudget('хвн')).toBe(0);
    expect(editBudget('ꌠaꉙ')).toBe(0);
    expect(createKeywordIndex([{ key: 'хан', target: 'key' }]).lookup('хвн')).toEqual([]);
  });
  test('Han, Hangul and kana take two edits from seven characters', () => {
    expect(editBudget('中華人民共和国')).toBe(2);
    expect(editBudget('中華人民共和')).toBe(1);
    // Keys of seven syllables or more are halved: two replacements in a seven-syllable key are found.
    const short = createKeywordIndex([{ key: '저지소르비아어', target: 'key' }]);
    expect(short.lookup('더지 소르미아어')[0]).toMatchObject({ target: 'key', via: 'fuzzy', distance: 2 });
    expect(short.lookup('더지 소르미아어', { maxEdits: 1 })).toEqual([]);
    const index = createKeywordIndex([{ key: 'より大きいか又は等しい', target: 'key' }]);
    expect(index.lookup('より大きか又は等しいい')[0]?.target).toBe('key');
  });
  test('other scripts take two edits from seven clusters, to keys at most one shorter', () => {
    expect(editBudget(fold('ⵜⵉⴼⵉⵏⴰⵖ'))).toBe(2);
    expect(editBudget(fold('ⵜⵉⴼⵉⵏⴰ'))).toBe(1);
    // Seven letters: two replacements, a letter more and a swap, two swaps.
    const index = createKeywordIndex([{ key: 'ⵜⵉⴼⵉⵏⴰⵖ', target: 'key' }]);
    for (const query of ['ⵜⵓⴼⵉⵏⴰⴷ', 'ⵜⵉⴼⵉⵏⵖⴰⵜ', 'ⵉⵜⴼⵉⴰⵏⵖ'])
      expect(index.lookup(query)[0], query).toMatchObject({ target: 'key', via: 'fuzzy', distance: 2 });
    // Six letters: one fewer than the query's seven, the key is still met; five are too short for two edits.
    expect(createKeywordIndex([{ key: 'ⵜⵉⴼⵉⵏⴰ', target: 'key' }]).lookup('ⵜⵉⴼⵉⵏⵏⴰⴷ')[0]?.target).toBe('key');
    expect(createKeywordIndex([{ key: 'ⵜⵉⴼⵉⵏ', target: 'key' }]).lookup('ⵜⵉⴼⵉⵏⵏⴷ')).toEqual([]);
  });
});

describe('romanized queries and silence', () => {
  test('abjad keys store the vowels their letters write (skeleton rules 3)', () => {
    expect(romanizeKey(fold('القاهرة')).vowelled).toMatch(/a.*a/);
    expect(romanizeKey(fold('ירושלים')).vowelled).toMatch(/[aeiou]/);
  });
  test('Latin spellings of abjad keys still match when the vowels agree', () => {
    const index = createKeywordIndex([
      { key: 'القاهرة', target: 'cairo' },
      { key: 'أفغانستان', target: 'afghanistan' },
    ]);
    expect(index.lookup('al-qahira')[0]?.target).toBe('cairo');
    expect(index.lookup('afghanistan')[0]?.target).toBe('afghanistan');
  });
  test.each([
    ['lituaheno', 'להטוטן'],
    ['kerriuni', 'кълн'],
    ['tuvaezili', 'چەل'],
    ['wieselhwana', 'سرنگ'],
  ])('the made-up word %s does not reach %s through a consonant skeleton', (query, key) => {
    const index = createKeywordIndex([{ key, target: 'key' }]);
    expect(index.lookup(query)).toEqual([]);
  });
  test.each([
    ['ljwrjy@', 'الجورجية', 'transliteration: j before a consonant is ج, w for و'],
    ['jwz lhnd', 'جوز الهند', 'j and w as letters'],
    ['`ytvn', 'עיתון', 'v for ו'],
  ])('%s, letter for letter, finds %s (%s)', (query, key) => {
    const index = createKeywordIndex([{ key, target: 'key' }]);
    expect(index.lookup(query)[0]).toMatchObject({ target: 'key', via: 'translit' });
  });
  test('v (w) for the u or o of و ו is a quarter of an edit', () => {
    expect(vowelWeightedDistance('vahid', 'uahid')).toBe(0.25);
    expect(vowelWeightedDistance('tov', 'tob')).toBe(1);
  });
  test('a multi-word abjad key is reached word by word: a spaced spelling matches, the words run together do not', () => {
    const index = createKeywordIndex([{ key: 'ماوري تىلى', target: 'maori' }]);
    expect(index.lookup('mauri tili')[0]?.target).toBe('maori');
    expect(index.lookup('mauritili')).toEqual([]);
    // Scored 0, not left out: with no threshold it is still answered (the index leaves such entries out
    // before resolution only when the threshold would).
    const unfiltered = index.lookup('mauritili', { minScore: 0 });
    expect(unfiltered.map((m) => m.target)).toEqual(['maori']);
    expect(unfiltered[0]!.score).toBeLessThan(0.01);
  });
  test.each([
    ['korepbord', 'ਕਲਿੱਪਬੋਰਡ'],
    ['antigylh', 'انٽيگرل'],
    ['kalálline', 'کاریلین'],
    ['gwaaraangry', 'гварани'],
  ])('the made-up word %s does not reach %s: skeletons write r as l, but each r and l counts', (query, key) => {
    const index = createKeywordIndex([{ key, target: 'key' }]);
    expect(index.lookup(query)).toEqual([]);
  });
  test('r and l of a query agree with the key: klipbord finds ਕਲਿੱਪਬੋਰਡ; the Arabic article may be left out or assimilated', () => {
    const index = createKeywordIndex([
      { key: 'ਕਲਿੱਪਬੋਰਡ', target: 'clipboard' },
      { key: 'الرياض', target: 'riyadh' },
    ]);
    expect(index.lookup('klipbord')[0]).toMatchObject({ target: 'clipboard', via: 'translit' });
    for (const query of ['al-riyadh', 'ar-riyad', 'riyadh'])
      expect(index.lookup(query)[0]).toMatchObject({ target: 'riyadh', via: 'translit' });
  });
  test('the r and l of romanized keys are stored with their entries (format 8): a loaded index answers alike', () => {
    const index = createKeywordIndex([
      { key: 'ਕਲਿੱਪਬੋਰਡ', target: 'clipboard' },
      { key: 'الرياض', target: 'riyadh' },
      { key: 'انٽيگرل', target: 'integral' },
      { key: 'らーめん', target: 'ramen' },
    ]);
    const loaded = loadKeywordIndex(index.save()).index!;
    for (const query of ['klipbord', 'korepbord', 'al-riyadh', 'antigylh', 'antigrl', 'lamen', 'ramen']) {
      expect(loaded.lookup(query)).toEqual(index.lookup(query));
    }
    expect(loaded.lookup('antigylh')).toEqual([]);
    expect(loaded.lookup('klipbord')[0]).toMatchObject({ target: 'clipboard', via: 'translit' });
  });
  test('kana and Hangul keys, whose one liquid is written r or l, still meet either', () => {
    const index = createKeywordIndex([{ key: 'らーめん', target: 'ramen' }]);
    expect(index.lookup('lamen')[0]).toMatchObject({ target: 'ramen', via: 'translit' });
  });
  test('a romanized key is met one edit off at most', () => {
    const index = createKeywordIndex([{ key: 'пангасинан', target: 'pag' }]);
    expect(index.lookup('pangasinen')[0]).toMatchObject({ target: 'pag', distance: 1 });
    expect(index.lookup('lknasinan')).toEqual([]);
  });
});

describe('completions before partial agreement (issue #19)', () => {
  test('a completion ranks above a fuzzy match on a key that leaves out letters typed', () => {
    const index = createKeywordIndex([
      { key: 'Polinezia', target: 'short' },
      { key: 'Polinezia Franceze', target: 'completion' },
    ]);
    expect(index.lookup('Polinezia F').map((m) => m.target)).toEqual(['completion', 'short']);
  });
  test('a completion ranks above a fuzzy match on a key without the word break typed', () => {
    const index = createKeywordIndex([
      { key: 'Torrelara', target: 'joined' },
      { key: 'Torre Caracciolo', target: 'completion' },
    ]);
    expect(index.lookup('Torre Cara').map((m) => m.target)).toEqual(['completion', 'joined']);
    expect(index.lookup('Torrecara')[0]?.target).toBe('joined');
  });
  test('a completion ranks above a romanization whose vowels differ, not above one that agrees', () => {
    const index = createKeywordIndex([
      { key: 'ചിഗ', target: 'malayalam' },
      { key: 'Chaigou', target: 'completion' },
    ]);
    expect(index.lookup('Chaig').map((m) => m.target)).toEqual(['completion', 'malayalam']);
    expect(index.lookup('chig')[0]).toMatchObject({ target: 'malayalam', via: 'translit' });
  });
  test('typos are still answered when no key completes the query', () => {
    const index = createKeywordIndex([{ key: 'Deutschland', target: 'de' }]);
    expect(index.lookup('Deutschlandd')[0]).toMatchObject({ target: 'de', via: 'fuzzy' });
  });
});

describe('inherent vowels of abugida keys (issue #19, skeleton rules 5)', () => {
  test('the vowelled skeleton writes the inherent vowel of each consonant without a vowel sign or virama', () => {
    expect(romanizeKey(fold('એડલમ')).vowelled).toBe('edAlAmA');
    expect(romanizeKey(fold('कमल')).vowelled).toBe('kAmAlA');
    expect(romanizeKey(fold('መርከብ')).vowelled).toBe('melEkebE');
    // After a Myanmar medial (ွ), not after a virama (်); ေႃ is au (translit/schemes.ts `burmese`).
    expect(romanizeKey(fold('ဝေႃးလွပ်ႇ')).vowelled).toBe('vaulvAp');
    // The consonant skeleton the index stores is unchanged by them.
    expect(romanizeKey(fold('कमल')).key).toBe('kml');
  });
  test.each([
    ['edalama', 'એડલમ', 'ISO 15919: every inherent vowel written'],
    ['edalam', 'એડલમ', 'schwa deleted at the end'],
    ['edlm', 'એડલમ', 'transliteration: none written'],
    ['kamal', 'कमल', 'informal'],
    ['bauvet tapu', 'ਬੌਵੇਟ ਟਾਪੂ', 'a consonant doubled across an unwritten inherent vowel'],
    ['merkeb', 'መርከብ', 'Ethiopic ə unwritten'],
  ])('%s finds %s (%s)', (query, key) => {
    const index = createKeywordIndex([{ key, target: 'key' }]);
    expect(index.lookup(query)[0]).toMatchObject({ target: 'key', via: 'translit' });
  });
  test.each([
    ['edulumu', 'એડલમ'],
    ['kumul', 'कमल'],
    ['kimil', 'कमल'],
  ])('%s, with other vowels where %s has its inherent ones, does not reach it', (query, key) => {
    expect(createKeywordIndex([{ key, target: 'key' }]).lookup(query)).toEqual([]);
  });
  test('an inherent vowel left out or written costs nothing; another vowel there half an edit', () => {
    expect(vowelWeightedDistance('kml', 'kAmAlA')).toBe(0);
    expect(vowelWeightedDistance('kamala', 'kAmAlA')).toBe(0);
    expect(vowelWeightedDistance('kamul', 'kAmAlA')).toBe(0.5);
    expect(vowelWeightedDistance('bengali', 'bOngOli')).toBe(0.5);
    expect(vowelWeightedDistance('bongoli', 'bOngOli')).toBe(0);
  });
});

describe('Hangul typos inside a syllable (one jamo, one key of the 2-set keyboard)', () => {
  test.each([
    ['불류어', '불루어'],
    ['이 분자', '이 문자'],
  ])('the short query %s finds %s, half an edit off', (query, key) => {
    const index = createKeywordIndex([{ key, target: 'key' }]);
    expect(index.lookup(query)[0]).toMatchObject({ target: 'key', via: 'fuzzy', distance: 1 });
    expect(index.lookup(query)[0]!.score).toBeCloseTo(0.9 * (1 - 0.5 / 3), 4);
  });
  test('a syllable two jamo apart is not a short typo', () => {
    expect(createKeywordIndex([{ key: '불루어', target: 'key' }]).lookup('불로아')).toEqual([]);
  });
  test('in longer keys a syllable one jamo apart costs half an edit', () => {
    const [a, aBases] = symbolsOf('프리슬란드어');
    const [b, bBases] = symbolsOf('프리슬란드으');
    const [c, cBases] = symbolsOf('프리슬란드자');
    expect(weightedClusterDistance(a, aBases, b, bBases, 2)).toBe(0.5);
    expect(weightedClusterDistance(a, aBases, c, cBases, 2)).toBe(1);
  });
});

describe('clusters follow the SpacingMark exceptions of UAX #29', () => {
  test.each([
    ['ဝေႃး', 3],
    ['ကြောင်', 3],
    ['ၵျႃႇ', 3],
    ['ကို', 1],
  ])('%s is %i user-perceived characters, as Intl.Segmenter counts them', (text, n) => {
    expect(clusterLength(text)).toBe(n);
    expect([...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].length).toBe(n);
  });
  test('a Shan syllable with its first character dropped finds the key', () => {
    const index = createKeywordIndex([{ key: 'ဝေႃးလွပ်ႇ', target: 'key' }]);
    expect(index.lookup('ႃးလွပ်ႇ')[0]).toMatchObject({ target: 'key', via: 'fuzzy', distance: 1 });
  });
});
