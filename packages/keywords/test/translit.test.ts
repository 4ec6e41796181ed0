import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { createKeywordIndex, fold, romanize } from '../src/index.js';
import { QUERY_SCHEMES, schemeSpellings } from '../src/translit/schemes.js';
import { querySkeletons, romanKey, romanSkeleton } from '../src/internals.js';

describe('romanization (any-ascii + kana Hepburn + skeletons)', () => {
  test.each([
    ['Москва', 'moskva'],
    ['北京', 'beijing'],
    ['とうきょう', 'tokyo'],
    ['ほっかいどう', 'hokkaido'],
    ['しんじゅく', 'shinjuku'],
    ['서울', 'seoul'],
    ['Αθήνα', 'athina'],
    ['Zürich', ''],
  ])('romanize(fold(%j)) = %j', (key, latin) => {
    expect(romanize(fold(key))).toBe(latin);
  });
  test.each([
    ['Москва', 'moskva'],
    ['とうきょう', 'tokio'],
    ['بِنِن', 'bn'],
    ['Тирхута', 'tiluta'],
  ])('romanKey(fold(%j)) = %j (the stored skeleton)', (key, skeleton) => {
    expect(romanKey(fold(key))).toBe(skeleton);
  });
  test('an ASCII query is also looked up by its skeletons', () => {
    // Its own skeletons, then its Khmer spelling's (b = p: schemes.ts).
    expect(querySkeletons('binin')).toEqual(['bn', 'pinin', 'pn']);
    expect(querySkeletons('kyoto')).toEqual(['kioto', 'kt']);
    expect(querySkeletons('moskva')).toEqual(['msk']);
    expect(querySkeletons('москва')).toEqual([]);
    // Punctuation some schemes write (soft sign, hamza, alef maksura) is left out of the skeleton.
    // Its own skeletons first; then those of its spellings in other schemes (translit/schemes.ts).
    expect(querySkeletons('al-qahira').slice(0, 2)).toEqual(['alkahila', 'lkl']);
    expect(querySkeletons('qwq~rym').slice(0, 2)).toEqual(['kvklim', 'klm']);
  });

  // Each pair: a key, and the same name in a romanization scheme other than any-ascii's. The query's
  // skeletons must contain the key's stored skeleton (the rule of the module table that makes them meet).
  test.each([
    ['Хабаровск', 'habarovsk', 'ISO 9 х = h (kh → h)'],
    ['Царицын', 'caricyn', 'ISO 9 ц = c (ts → c)'],
    ['Чехов', 'chekhov', 'BGN ч = ch, х = kh'],
    ['Ельцин', 'yeltsin', 'BGN е = ye (ie → e)'],
    ['Достоевский', 'dostoevskij', 'scholarly й = j (j → i before a consonant)'],
    ['Достоевский', 'dostoyevsky', 'English ий = y'],
    ['Київ', 'kyiv', 'Ukrainian national'],
    ['Երևան', 'erevan', 'Armenian ye / e'],
    ['じんじゃ', 'jinja', 'Hepburn じ = ji (j → z before a vowel)'],
    ['ふじ', 'fuji', 'Hepburn'],
    ['광주', 'gwangju', 'Revised Romanization'],
    ['강남', 'gangnam', 'Revised Romanization'],
    ['北京', 'beijing', 'pinyin'],
    ['Θεσσαλονίκη', 'thessaloniki', 'Greek θ = th, doubled σσ'],
    ['القاهرة', 'al-qāhirah', 'ALA-LC: vowels and ة = h are not in a consonant skeleton'],
    ['القاهرة', 'el kahira', 'colloquial'],
    ['الرياض', 'riyadh', 'common: no article, ض = dh'],
    ['मुंबई', 'mumbai', 'anusvara written m before b (mb → nb)'],
    ['हिंदी', 'hindi', 'anusvara: the nasal of the next consonant (any-ascii writes m)'],
    ['ఒంటె', 'onte', 'anusvara before t'],
    ['બીજનો ચાંદ', 'beejano chaand', 'anusvara before d; informal ee, aa'],
    ['चेन्नई', 'chennai', 'common'],
    ['दिल्ली', 'dilli', 'IAST without marks'],
    ['กรุงเทพ', 'krungthep', 'RTGS'],
  ])('%s meets %j (%s)', (key, query) => {
    expect(querySkeletons(fold(query))).toContain(romanKey(fold(key)));
  });
  // Letters the rules rewrite, dense enough to form every digraph and double (regression: "ngag").
  const dense = fc.string({ unit: fc.constantFrom(...'aijvkhgnmbrtsz'), maxLength: 10 });
  test.each([
    ['ngag', true],
    ['ngag', false],
    ['tasas', true],
    ['mahb', true],
  ] as const)('skeleton of %j (consonants only: %s) is a fixpoint', (latin, consonants) => {
    expect(romanSkeleton(romanSkeleton(latin, consonants), consonants)).toBe(romanSkeleton(latin, consonants));
  });
  prop.prop([fc.oneof(dense, fc.stringMatching(/^[a-z0-9]{0,20}$/)), fc.boolean()], { numRuns: 20000 })(
    'skeletons are idempotent',
    (latin, consonants) => {
      expect(romanSkeleton(romanSkeleton(latin, consonants), consonants)).toBe(romanSkeleton(latin, consonants));
    },
  );
});

describe('romanization schemes as data (translit/schemes.ts)', () => {
  // Each: a key, a spelling in a scheme people type, the scheme. Looked up alone, the key is the answer.
  test.each([
    ['かたつむり', 'katatumuri', 'Kunrei-shiki tu'],
    ['フライドポテト', 'huraidopoteto', 'Kunrei-shiki hu'],
    ['じょうしき', 'zyousiki', 'Nihon-shiki zy, wāpuro ou'],
    ['Ευρωζώνη', 'evrwzonh', 'Greeklish w, h, ELOT ευ = ev'],
    ['Χιραγκάνα', 'xiragkana', 'Greeklish x = χ'],
    ['σκούρος', 'skuros', 'Greeklish u = ου'],
    ['Θεσσαλονίκη', '8essaloniki', 'Greeklish 8 = θ'],
    ['Октябрьский', 'oktjabrskyj', 'chat Cyrillic j before a vowel'],
    ['щука', 'shhuka', 'chat Cyrillic shh = щ'],
    ['جورجيا', 'djourdjia', 'French Arabizi dj, ou'],
    ['विशाखापत्तनम', 'vizAkhApattanam', 'Harvard-Kyoto z = श'],
    ['हिंदी', 'hiṃdī', 'ISO 15919 / IAST ṃ (anusvara) before a consonant'],
    ['हिंदी', 'hiMdI', 'Harvard-Kyoto M (anusvara) before a consonant'],
    ['កាដូ', 'kaatuu', 'Khmer ដ as t, ូ as uu'],
    ['ស៊ីរីអែក', 'siiriiqaek', 'Khmer q for អ, ii for ី (the same consonants: the vowels of the spelling count)'],
    ['អង់ទីហ្គា និង បាប៊ុយដា', 'angtiihkaa ning paapuytaa', 'Khmer p for ប, ny'],
    ['ਮੇਲੇ', 'meelee', 'Gurmukhi ē doubled (ee), not the informal ī'],
    ['பேரேடு', 'peereettu', 'Tamil ē doubled'],
    ['ကျောင်း', 'kyaung', 'Burmese ော au'],
    ['ကိုကို', 'kuikui', 'MLCTS ui for ို'],
  ])('%s is found by %j (%s)', (key, query) => {
    const index = createKeywordIndex([{ key, target: 'key' }]);
    expect(index.lookup(query)[0]?.target).toBe('key');
  });
  test('a spelling of a scheme matches keys of its scripts only', () => {
    // The Kunrei-shiki reading of "hutatuti" (futatsuchi) is the skeleton of the Cyrillic key too.
    const index = createKeywordIndex([
      { key: 'ふたつち', target: 'kana' },
      { key: 'Футацучи', target: 'cyrillic' },
    ]);
    expect(index.lookup('hutatuti').map((m) => m.target)).toEqual(['kana']);
    expect(index.lookup('futatsuchi').map((m) => m.target)).toEqual(['cyrillic', 'kana']);
  });
  test('a scheme that spells keys too (Khmer b = p) meets both spellings, on keys of its script only', () => {
    expect(romanKey(fold('ប៉ារីស'))).toBe('pls');
    const index = createKeywordIndex([
      { key: 'ប៉ារីស', target: 'khmer' },
      { key: 'Парис', target: 'cyrillic' },
    ]);
    // The Khmer spelling of `baris` is the skeleton of Парис too: not a match on it (other script), which
    // is only one edit from the query's own skeleton (balis), ranked below, as without the Khmer key.
    const baris = index.lookup('baris');
    expect(baris.map((m) => m.target)).toEqual(['khmer', 'cyrillic']);
    expect(baris[1]!.score).toBe(createKeywordIndex([{ key: 'Парис', target: 'cyrillic' }]).lookup('baris')[0]!.score);
    expect(index.lookup('paris').map((m) => m.target)).toEqual(['cyrillic', 'khmer']);
  });
  test('every scheme names real scripts and changes only what it must', () => {
    for (const scheme of QUERY_SCHEMES) for (const script of scheme.scripts) expect(script).toMatch(/^[A-Z][a-z]{3}$/);
    expect(schemeSpellings('moskva')).toEqual([]);
    expect(schemeSpellings('katatumuri').map(([s, spelled]) => [s.name, spelled])).toContainEqual([
      'kunrei',
      'katatsumuri',
    ]);
  });
  prop.prop([fc.stringMatching(/^[a-z0-9]{0,40}$/)])('scheme spellings never throw and are ASCII', (latin) => {
    for (const [, spelled] of schemeSpellings(latin)) expect(spelled).toMatch(/^[a-z0-9]*$/);
  });
});
