import { readFileSync } from 'node:fs';
import { ownVector } from '../../../test-vectors/locate.js';
import type { KeywordEntry, LookupOptions } from '../src/index.js';

export interface LookupVector {
  query: string;
  options?: LookupOptions;
  first: string | null;
  via?: string;
}

export const lookupVectors = JSON.parse(readFileSync(ownVector('keywords/lookup.json'), 'utf8')) as {
  entries: KeywordEntry[];
  queries: LookupVector[];
};

export interface FoldVector {
  rule: string;
  input: string;
  fold: string;
  basic?: string;
}
export const foldVectors = (
  JSON.parse(readFileSync(ownVector('keywords/fold-rules.json'), 'utf8')) as { vectors: FoldVector[] }
).vectors;

/** A deterministic generated registry of `count` entries in several scripts (for limits, save/load and parity). */
export function generatedEntries(count: number): KeywordEntry[] {
  const alphabets = [
    'abcdefghijklmnopqrstuvwxyz',
    'абвгдежзийклмнопрстуфхцчшщыэюя',
    'αβγδεζηθικλμνξοπρστυφχψω',
    'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
    '北京东西南山川水火木金土日月人大小中国',
  ];
  let seed = 42;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out: KeywordEntry[] = [];
  for (let i = 0; i < count; i++) {
    const letters = [...alphabets[i % alphabets.length]!];
    const length = 3 + Math.floor(random() * 9);
    let key = '';
    for (let j = 0; j < length; j++) key += letters[Math.floor(random() * letters.length)];
    out.push({
      key,
      target: `t${i % Math.max(1, Math.floor(count / 2))}`,
      locale: ['en', 'ru', 'el', 'ar', 'zh'][i % 5],
      namespace: i % 3 ? 'a' : 'b',
      weight: i % 7,
    });
  }
  return out;
}
