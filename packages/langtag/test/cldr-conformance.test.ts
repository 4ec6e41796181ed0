// CLDR 46 locale-identifier vectors (one named test per row) against the CLDR 48 data we ship.
// Rows whose expectation changed between CLDR 46 and 48 are listed, with the data change that
// explains them, in test-vectors/langtag/cldr46-vs-48.json; they must differ exactly as listed.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ownVector, sharedVector } from '../../../test-vectors/locate.js';
import { canonicalize } from '../src/canonicalize.js';
import { maximize, minimize } from '../src/likely.js';
import { likelyRule } from '../src/likely/lsr.js';
import { LANGUAGE_ALIASES } from '../src/data/cldr-aliases.js';
import { decodePairs } from '../src/data/decode.js';
import { bcp47, rows } from './cldr-vectors.js';

interface DiffRow {
  file: string;
  line: number;
  input: string;
  differences: Record<string, { cldr46: string; cldr48: string }>;
  evidence: { languageAlias?: string; likelySubtags?: string; is: string | null; absent?: string[] };
  change: string;
}
const diffs: DiffRow[] = JSON.parse(readFileSync(ownVector('langtag/cldr46-vs-48.json'), 'utf8')).rows;
const diffAt = (file: string, line: number) => diffs.find((d) => d.file === file && d.line === line);

/** The expectation of one column: CLDR 46's, or CLDR 48's where the diff list says it changed. */
function expected(file: string, line: number, column: string, cldr46: string): string {
  const d = diffAt(file, line)?.differences[column];
  if (d) {
    expect(d.cldr46, `diff list quotes the CLDR 46 value of ${file}:${line}`).toBe(cldr46);
    return d.cldr48;
  }
  return cldr46;
}

const canonicalPath = sharedVector('cldr/localeCanonicalization.txt');
(canonicalPath ? describe : describe.skip)('localeCanonicalization.txt (UTS #35 Annex C)', () => {
  const data = canonicalPath ? rows(canonicalPath) : [];
  test.each(
    data.map((r) => [`localeCanonicalization line ${r.line}: ${r.fields[0]} → ${r.fields[1]}`, r] as const),
  )('%s', (_, r) => {
    const want = expected('localeCanonicalization.txt', r.line, 'canonical', bcp47(r.fields[1]!));
    const got = canonicalize(bcp47(r.fields[0]!), { form: 'cldr' });
    expect(got.ok).toBe(true);
    expect(got.value).toBe(want);
  });
});

const likelyPath = sharedVector('cldr/likelySubtags.txt');
(likelyPath ? describe : describe.skip)('likelySubtags.txt (UTS #35 §4.4)', () => {
  const data = likelyPath ? rows(likelyPath) : [];
  test.each(
    data.map((r) => [`likelySubtags line ${r.line}: ${r.fields[0]} → ${r.fields[1]}`, r] as const),
  )('%s', (_, r) => {
    const [source, add, favorScript, favorRegion] = r.fields as [string, string, string, string];
    const file = 'likelySubtags.txt';
    const max = maximize(source);
    expect(max.ok ? max.value : 'FAIL').toBe(expected(file, r.line, 'AddLikely', add));
    if (add === 'FAIL') {
      // Empty minimize columns repeat FAIL: Remove Likely Subtags step 1 (maximize) fails too.
      expect(max.issues[0]?.code).toBe('LIKELY_SUBTAGS_NO_MATCH');
      for (const favor of ['script', 'region'] as const) {
        expect(minimize(source, { favor })).toMatchObject({ ok: false, issues: [{ code: 'LIKELY_SUBTAGS_NO_MATCH' }] });
      }
      return;
    }
    // Empty columns repeat the column before them (file header).
    const script46 = favorScript || add;
    expect(minimize(source, { favor: 'script' }).value).toBe(expected(file, r.line, 'RemoveFavorScript', script46));
    expect(minimize(source, { favor: 'region' }).value).toBe(
      expected(file, r.line, 'RemoveFavorRegion', favorRegion || script46),
    );
  });
});

describe('test-vectors/langtag/cldr46-vs-48.json', () => {
  const aliases = decodePairs(LANGUAGE_ALIASES);
  test.each(diffs.map((d) => [`${d.file} line ${d.line} (${d.input}): ${d.change}`, d] as const))('%s', (_, d) => {
    // The claimed CLDR 48 data change holds in the tables we ship.
    if (d.evidence.languageAlias !== undefined)
      expect(aliases.get(d.evidence.languageAlias) ?? null).toBe(d.evidence.is);
    if (d.evidence.likelySubtags !== undefined) {
      const rule = likelyRule(d.evidence.likelySubtags);
      expect(rule ? `${rule.language}-${rule.script}-${rule.region}` : null).toBe(d.evidence.is);
    }
    for (const key of d.evidence.absent ?? []) expect(likelyRule(key)).toBeUndefined();
    for (const [, v] of Object.entries(d.differences)) expect(v.cldr48).not.toBe(v.cldr46);
  });
  test.each(
    diffs.map((d) => [`${d.file} line ${d.line} is a data row whose source is ${d.input}`, d] as const),
  )('%s', (_, d) => {
    const path = sharedVector(`cldr/${d.file}`);
    if (!path) return; // vectors absent: the conformance suites above are skipped loudly
    const text = readFileSync(path, 'utf8').split('\n')[d.line - 1] ?? '';
    expect(text.trim().split(/[\s;>]/)[0]).toBe(d.input);
  });
  test('the list has the expected size (24 rows: 4 canonicalization, 20 likely subtags)', () => {
    expect(diffs.filter((d) => d.file === 'localeCanonicalization.txt')).toHaveLength(4);
    expect(diffs.filter((d) => d.file === 'likelySubtags.txt')).toHaveLength(20);
  });
});
