// Deterministic tag corpora for the langtag benchmarks (no randomness: same figures each run).
const LANGUAGES = [
  'en',
  'fr',
  'de',
  'es',
  'pt',
  'zh',
  'ja',
  'ko',
  'ru',
  'ar',
  'hi',
  'bn',
  'sw',
  'yo',
  'ha',
  'am',
  'tr',
  'fa',
  'ur',
  'id',
  'vi',
  'th',
  'uk',
  'pl',
  'nl',
  'sv',
  'it',
  'el',
  'he',
  'sr',
  'hr',
  'bs',
  'quy',
  'nah',
  'gn',
  'ay',
  'qu',
  'mi',
  'haw',
  'cy',
  'ga',
  'eu',
  'ca',
  'gl',
  'ms',
  'tl',
  'fil',
  'ta',
  'te',
  'kn',
  'ml',
  'mr',
  'gu',
  'pa',
  'ne',
  'si',
  'my',
  'km',
  'lo',
  'ka',
  'hy',
  'az',
  'kk',
  'uz',
  'mn',
  'bo',
  'ug',
  'ps',
  'ku',
  'so',
  'om',
  'ti',
  'zu',
  'xh',
  'af',
  'st',
  'tn',
  'ig',
  'ff',
  'wo',
  'ln',
  'rw',
  'mg',
  'ny',
  'sn',
];
const REGIONS = [
  'US',
  'GB',
  'FR',
  'DE',
  'ES',
  'MX',
  '419',
  'BR',
  'PT',
  'CN',
  'TW',
  'HK',
  'JP',
  'IN',
  'RU',
  'EG',
  'NG',
  'KE',
  'PE',
  'BO',
];
const SCRIPTS = ['Latn', 'Cyrl', 'Arab', 'Hans', 'Hant', 'Deva'];
const EXTRA = [
  'en-US-u-ca-gregory-nu-latn',
  'de-DE-u-co-phonebk',
  'ja-JP-u-ca-japanese',
  'zh-Hant-TW-u-nu-hanidec',
  'iw-IL',
  'in-ID',
  'sh-BA',
  'zh-yue-HK',
  'sgn-BR',
  'i-klingon',
  'art-lojban',
  'en-GB-oed',
  'x-private',
  'en-x-custom',
  'sl-rozaj-biske',
  'de-CH-1901',
  'es-419',
  'ar-001',
  'und-Cyrl',
  'und-TW',
  'mo',
  'tl-PH',
  'no-NO',
  'nb-NO',
  'en-US-POSIX',
];

/** About 4,000 distinct tags: languages alone, with regions, with scripts, and legacy/extension cases. */
export function corpus(): string[] {
  const out: string[] = [];
  for (const l of LANGUAGES) {
    out.push(l);
    for (const r of REGIONS) out.push(`${l}-${r}`);
    for (const s of SCRIPTS) out.push(`${l}-${s}`, `${l}-${s}-${REGIONS[(l.length + s.length) % REGIONS.length]}`);
    out.push(`${l}-u-ca-buddhist`, `${l.toUpperCase()}-${REGIONS[l.charCodeAt(0) % REGIONS.length]!.toLowerCase()}`);
  }
  out.push(...EXTRA);
  return out;
}

/** Tags a real app sees again and again (the hot path of a server). */
export const HOT = ['en-US', 'en', 'fr-FR', 'de-DE', 'es-419', 'zh-Hant-TW', 'ja', 'pt-BR'];

/** Accept-Language-like desired lists and an app's supported locales, for matching. */
export const SUPPORTED = [
  'en',
  'en-GB',
  'fr',
  'fr-CA',
  'de',
  'es',
  'es-419',
  'pt-BR',
  'pt-PT',
  'zh-Hans',
  'zh-Hant',
  'ja',
  'ko',
  'ru',
  'ar',
  'hi',
  'sw',
  'nl',
  'sv',
  'it',
];
/** Corpus tags that every matcher accepts (no extensions, private use or legacy tags). */
function matchableTags(): string[] {
  return corpus().filter(
    (t) =>
      !t.includes('-u-') &&
      !t.startsWith('x-') &&
      !t.startsWith('i-') &&
      !t.includes('oed') &&
      !t.includes('POSIX') &&
      !t.includes('lojban') &&
      !t.includes('sgn'),
  );
}
export function desiredLists(): string[][] {
  const tags = matchableTags();
  const out: string[][] = [];
  for (let i = 0; i < tags.length; i += 3) out.push([tags[i]!, tags[(i * 7) % tags.length]!, 'en']);
  return out;
}

/**
 * Match inputs that defeat every memo of @nomina/langtag: call i takes 20 supported and 2 desired
 * tags from a window sliding over the corpus, so a tag comes back only after ~3,000 new ones (the
 * per-tag memo holds 1,024) and no supported list repeats (16 prepared lists are kept).
 */
export function coldMatchInputs(): { desired: string[]; supported: string[] }[] {
  const tags = [...new Set(matchableTags())];
  const out: { desired: string[]; supported: string[] }[] = [];
  for (let i = 0; i + 22 <= tags.length; i += 22)
    out.push({ supported: tags.slice(i, i + 20), desired: tags.slice(i + 20, i + 22) });
  return out;
}
