// A synthetic zone for the skeleton-index tests and benchmark (bench/security), the same on every run (a fixed LCG): LDH labels made
// of syllables (most of a real zone), labels in Cyrillic, Greek, Arabic, Devanagari, Han and Hangul, and
// look-alikes of some ASCII labels (one letter swapped for a Cyrillic/Greek/digit look-alike).
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ro',
  'sa',
  'ti',
  'vu',
  'pe',
  'do',
  'gra',
  'ble',
  'shi',
  'tor',
  'an',
  'el',
  'in',
  'ox',
  'web',
  'shop',
  'net',
  'cloud',
  'bank',
  'pay',
  'mail',
];
const SCRIPTS = [
  'абвгдежзиклмнопрстуфхцчшщыэюя',
  'αβγδεζηθικλμνξοπρστυφχψω',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  'कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह',
  '東京大阪中国日本学生先生電話銀行商店市場会社',
  '가나다라마바사아자차카타파하서울한국',
];
const LOOKALIKE: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  i: 'і',
  l: '1',
  s: 'ѕ',
  y: 'у',
};

export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function ascii(rnd: () => number): string {
  let out = '';
  const n = 2 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) out += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return rnd() < 0.1 ? out + Math.floor(rnd() * 100) : out;
}

function other(rnd: () => number): string {
  const alphabet = Array.from(SCRIPTS[Math.floor(rnd() * SCRIPTS.length)]!);
  let out = '';
  const n = 2 + Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(rnd() * alphabet.length)];
  return out;
}

/** One look-alike of `label`: a letter swapped for its look-alike, or the label itself if none applies. */
export function lookalike(label: string, rnd: () => number): string {
  const places = [...label].map((c, i) => (LOOKALIKE[c] ? i : -1)).filter((i) => i >= 0);
  if (!places.length) return label;
  const at = places[Math.floor(rnd() * places.length)]!;
  return [...label].map((c, i) => (i === at ? LOOKALIKE[c]! : c)).join('');
}

/** `count` distinct labels: 80 % ASCII, 18 % other scripts, 2 % look-alikes of earlier ASCII labels. */
export function zone(count: number, seed = 1): string[] {
  const rnd = lcg(seed);
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    const r = rnd();
    const label =
      r < 0.8
        ? ascii(rnd)
        : r < 0.98 || out.length === 0
          ? other(rnd)
          : lookalike(out[Math.floor(rnd() * out.length)]!, rnd);
    if (!seen.has(label)) {
      seen.add(label);
      out.push(label);
    }
  }
  return out;
}
