// A generated multilingual corpus of domain names for the differential test: words drawn from the letters
// of 24 scripts with a fixed-seed PRNG, combined into names, plus perturbations that exercise the mapping
// (upper case, full-width dots, compatibility forms), the Bidi and CONTEXTJ rules, and Punycode input.

/** Letter ranges (inclusive) of the scripts used, with a sample TLD. */
const SCRIPTS: readonly { name: string; ranges: readonly [number, number][] }[] = [
  {
    name: 'Latin',
    ranges: [
      [0x61, 0x7a],
      [0xe0, 0xf6],
      [0x101, 0x17e],
    ],
  },
  { name: 'Greek', ranges: [[0x3b1, 0x3c9]] },
  {
    name: 'Cyrillic',
    ranges: [
      [0x430, 0x44f],
      [0x450, 0x45f],
    ],
  },
  { name: 'Armenian', ranges: [[0x561, 0x586]] },
  { name: 'Hebrew', ranges: [[0x5d0, 0x5ea]] },
  {
    name: 'Arabic',
    ranges: [
      [0x628, 0x64a],
      [0x671, 0x6d3],
    ],
  },
  {
    name: 'Devanagari',
    ranges: [
      [0x915, 0x939],
      [0x93e, 0x94c],
    ],
  },
  { name: 'Bengali', ranges: [[0x995, 0x9b9]] },
  { name: 'Gurmukhi', ranges: [[0xa15, 0xa28]] },
  { name: 'Tamil', ranges: [[0xb95, 0xbb9]] },
  { name: 'Telugu', ranges: [[0xc15, 0xc39]] },
  { name: 'Malayalam', ranges: [[0xd15, 0xd39]] },
  { name: 'Sinhala', ranges: [[0xd9a, 0xdc6]] },
  { name: 'Thai', ranges: [[0xe01, 0xe2e]] },
  {
    name: 'Lao',
    ranges: [
      [0xe81, 0xe82],
      [0xe94, 0xe97],
    ],
  },
  { name: 'Tibetan', ranges: [[0xf40, 0xf47]] },
  { name: 'Myanmar', ranges: [[0x1000, 0x102a]] },
  { name: 'Georgian', ranges: [[0x10d0, 0x10f0]] },
  { name: 'Ethiopic', ranges: [[0x1200, 0x1248]] },
  { name: 'Khmer', ranges: [[0x1780, 0x17a2]] },
  { name: 'Hiragana', ranges: [[0x3041, 0x3096]] },
  { name: 'Katakana', ranges: [[0x30a1, 0x30fa]] },
  { name: 'Han', ranges: [[0x4e00, 0x9fa5]] },
  { name: 'Hangul', ranges: [[0xac00, 0xd7a3]] },
];

const PERTURBATIONS: readonly ((name: string, pick: (n: number) => number) => string)[] = [
  (name) => name,
  (name) => name.toUpperCase(),
  (name) => name.replaceAll('.', '\u3002'),
  (name) => name.replaceAll('.', '\uff0e'),
  (name) => name.replace(/[a-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), // full-width letter
  (name, pick) => name.slice(0, pick(name.length)) + '\u200c' + name.slice(pick(name.length)),
  (name, pick) => name.slice(0, pick(name.length)) + '\u200d' + name.slice(pick(name.length)),
  (name) => '1' + name,
  (name) => name + '-',
  (name) => name.replace('.', '..'),
  (name) => 'xn--' + name,
  (name) => name + '.\u0661\u0662',
  (name) => name.normalize('NFD'),
  (name) => name + '\u00df',
  (name) => name + '.\u{1f600}',
  (name) => 'xn--abc-.' + name, // an ASCII-only Punycode label
  (name) => name.replace('.', '\u{10940}.'), // SIDETIC LETTER N01 (Unicode 17.0)
  (name) => name.replace('.', '\u{16ea0}.'), // BERIA ERFE CAPITAL LETTER ARKAB (Unicode 17.0, mapped)
  (name) => name.replace('.', '\u00a9.'), // © valid since UTS #46 15.1 (NV8)
  (name) => name.replace('.', '\u2488.'), // DIGIT ONE FULL STOP: disallowed (maps to a full stop)
  (name) => name.replace('.', '\u0b53.'), // unassigned in Unicode 17.0
];

/** A deterministic pseudo-random generator (mulberry32). */
function prng(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function word(script: (typeof SCRIPTS)[number], pick: (n: number) => number): string {
  let out = '';
  const length = 2 + pick(8);
  for (let i = 0; i < length; i++) {
    const [first, last] = script.ranges[pick(script.ranges.length)]!;
    out += String.fromCodePoint(first + pick(last - first + 1));
  }
  return out;
}

/** COUNT names: 1-3 labels from one or two scripts, an ASCII TLD, one perturbation each. */
export function multilingualCorpus(count: number, seed = 46): string[] {
  const pick = prng(seed);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const script = SCRIPTS[i % SCRIPTS.length]!;
    const other = SCRIPTS[pick(SCRIPTS.length)]!;
    const labels = [word(script, pick)];
    if (pick(2)) labels.push(word(pick(3) ? script : other, pick));
    labels.push(['com', 'org', 'net', 'example', 'xn--p1ai'][pick(5)]!);
    names.push(PERTURBATIONS[pick(PERTURBATIONS.length)]!(labels.join('.'), pick));
  }
  return names;
}
