// Shared by the tests: load an LGR of the shared corpus (undefined, loudly, when the corpus is absent).
import { readFileSync } from 'node:fs';
import { sharedVector } from '../../../test-vectors/locate.js';
import { parseLgr, type Lgr } from '../src/index.js';

const cache = new Map<string, Lgr | undefined>();

export function corpusLgr(relative: string): Lgr | undefined {
  if (!cache.has(relative)) {
    const path = sharedVector(`lgr/${relative}`);
    cache.set(relative, path ? (parseLgr(readFileSync(path, 'utf8')).lgr ?? undefined) : undefined);
  }
  return cache.get(relative);
}

export const ARABIC = 'root-zone/rz-lgr-5/lgr-5-arabic-script-26may22-en.xml';
export const COMMON = 'root-zone/rz-lgr-5/lgr-5-common-26may22-en.xml';

/** The single code points of an LGR's explicit chars (for generating labels from its repertoire). */
export function repertoireChars(lgr: Lgr): string[] {
  return lgr.chars.filter((c) => c.cps.length === 1).map((c) => String.fromCodePoint(c.cps[0]!));
}

/**
 * Deterministic labels of `min`–`max` code points drawn from `chars` (xorshift32 from `seed`: exact in
 * 32-bit integers, unlike a float LCG).
 */
export function randomLabels(
  chars: readonly string[],
  count: number,
  seed: number,
  min: number,
  max: number,
): string[] {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>>= 0);
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: min + (next() % (max - min + 1)) }, () => chars[next() % chars.length]).join(''),
  );
}
