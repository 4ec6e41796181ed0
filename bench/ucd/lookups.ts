// bench/ucd: lookups per second of @nomina/ucd against unicode-properties and against V8 regex
// property escapes, side by side in one process, plus the bundle size of each property.
// Run: npx pnpm@10.34.9 --filter @nomina/ucd build && npx tsx bench/ucd/lookups.ts   → bench/results/ucd.md
//
// Method: the shared harness (bench/harness.ts): each case looks up every code point of a fixed array (built
// once, before timing) in a loop of its own; interleaved rounds of CPU time, median round. The regex approach has no "get" operation:
// to find a code point's Script it tests one precompiled /^\p{Script=X}$/u per candidate value X, in
// order of the value's frequency in that same input (the most favourable order for it), until one
// matches; Script_Extensions must test every value. Strings for the regex cases are built before timing.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GENERAL_CATEGORY_VALUES,
  SCRIPT_VALUES,
  scriptCode,
  getBidiClass,
  getCombiningClass,
  getGeneralCategory,
  getJoiningType,
  getScript,
  getScriptExtensions,
} from '@nomina/ucd';
import UnicodeProperties from 'unicode-properties';
import { type AnyCase, type Case, machineLine, measureCases, overviewBlock, type OverviewRow } from '../harness.js';
import { bundleSize } from '../sizes.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Workloads: code points of multilingual text, and code points drawn uniformly from U+0000..U+10FFFF. */
function workloads(): Record<string, number[]> {
  const text =
    'The quick brown fox — Съешь же ещё этих мягких французских булок — Ξεσκεπάζω την ψυχοφθόρα βδελυγμία — ' +
    'نص حكيم له سر قاطع — עטלף אבק נס דרך מזגן — 色は匂へど散りぬるを、ラーメン — 키스의 고유조건은 — ' +
    'ऋषियों को सताने वाले — ฉันกินกระจกได้ — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 — Ελληνικά (English) 123.';
  const multilingual: number[] = [];
  while (multilingual.length < 200_000) for (const ch of text) multilingual.push(ch.codePointAt(0)!);
  let seed = 42;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const uniform = Array.from({ length: 200_000 }, () => Math.floor(random() * 0x110000));
  return { 'multilingual text': multilingual, 'uniform U+0000..U+10FFFF': uniform };
}

interface Row {
  workload: string;
  operation: string;
  peer: string;
  ops: number;
}

/** Regexes for every value, ordered by how often the value occurs in `codePoints` under `truth`. */
function regexesByFrequency(
  property: string,
  values: readonly string[],
  codePoints: readonly number[],
  truth: (cp: number) => string,
) {
  const counts = new Map<string, number>(values.map((v) => [v, 0]));
  for (const cp of codePoints) counts.set(truth(cp), (counts.get(truth(cp)) ?? 0) + 1);
  return [...values]
    .sort((a, b) => counts.get(b)! - counts.get(a)!)
    .map((v) => [v, new RegExp(`^\\p{${property}=${v}}$`, 'u')] as const);
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const [workload, codePoints] of Object.entries(workloads())) {
    const strings = codePoints.map((cp) => (cp >= 0xd800 && cp <= 0xdfff ? 'x' : String.fromCodePoint(cp)));
    const scriptRegexes = regexesByFrequency('Script', SCRIPT_VALUES, codePoints, getScript);
    const gcRegexes = regexesByFrequency('General_Category', GENERAL_CATEGORY_VALUES, codePoints, getGeneralCategory);
    const latin = /^\p{Script=Latn}$/u;
    const find = (regexes: readonly (readonly [string, RegExp])[], s: string) => {
      for (const [value, re] of regexes) if (re.test(s)) return value;
      return 'none';
    };
    const cases: AnyCase[] = [];
    const meta = new Map<string, { operation: string; peer: string }>();
    const add = <T extends number | string>(
      operation: string,
      peer: string,
      inputs: readonly T[],
      lookup: (input: T) => unknown,
    ) => {
      const name = `${operation}\t${peer}`;
      meta.set(name, { operation, peer });
      cases.push({ name, inputs, fn: lookup } satisfies Case<T>);
    };

    add('Script', '@nomina/ucd getScript', codePoints, (cp) => getScript(cp));
    add('Script', 'unicode-properties getScript (Unicode 12)', codePoints, (cp) => UnicodeProperties.getScript(cp));
    add('Script', 'regex: test \\p{Script=…} per value', strings, (s) => find(scriptRegexes, s));
    add('General_Category', '@nomina/ucd getGeneralCategory', codePoints, (cp) => getGeneralCategory(cp));
    add('General_Category', 'unicode-properties getCategory (Unicode 12)', codePoints, (cp) =>
      UnicodeProperties.getCategory(cp),
    );
    add('General_Category', 'regex: test \\p{General_Category=…} per value', strings, (s) => find(gcRegexes, s));
    add('is Latin?', "@nomina/ucd getScript(cp) === 'Latn'", codePoints, (cp) => getScript(cp) === 'Latn');
    add('is Latin?', 'regex: /^\\p{Script=Latn}$/u.test', strings, (s) => latin.test(s));
    add('Script_Extensions', '@nomina/ucd getScriptExtensions', codePoints, (cp) => getScriptExtensions(cp));
    const scxRegexes = SCRIPT_VALUES.map((v) => [v, new RegExp(`^\\p{Script_Extensions=${v}}$`, 'u')] as const);
    add('Script_Extensions', 'regex: test every \\p{Script_Extensions=…}', strings, (s) =>
      scxRegexes.filter(([, re]) => re.test(s)),
    );
    add('Bidi_Class', '@nomina/ucd getBidiClass', codePoints, (cp) => getBidiClass(cp));
    add('Joining_Type', '@nomina/ucd getJoiningType', codePoints, (cp) => getJoiningType(cp));
    add('Canonical_Combining_Class', '@nomina/ucd getCombiningClass', codePoints, (cp) => getCombiningClass(cp));
    for (const [name, ns] of Object.entries(measureCases(cases)))
      rows.push({ workload, ...meta.get(name)!, ops: 1e9 / ns });
  }

  const sizes: [string, string][] = [
    ['getScript', 'getScript'],
    ['getScriptExtensions', 'getScriptExtensions'],
    ['getGeneralCategory', 'getGeneralCategory'],
    ['getBidiClass', 'getBidiClass'],
    ['getJoiningType', 'getJoiningType'],
    ['getCombiningClass', 'getCombiningClass'],
    [
      'all six properties',
      'getScript, getScriptExtensions, getGeneralCategory, getBidiClass, getJoiningType, getCombiningClass',
    ],
    ['scriptName / scriptCode (ISO 15924 list)', 'scriptName, scriptCode'],
  ];
  const sizeRows: string[] = [];
  for (const [label, names] of sizes) {
    const { minified, gzip } = await bundleSize(
      `import { ${names} } from '@nomina/ucd'; globalThis.x = [${names}];`,
      here,
    );
    sizeRows.push(`| ${label} | ${(minified / 1024).toFixed(1)} KB | ${(gzip / 1024).toFixed(1)} KB |`);
  }
  const up = await bundleSize(`import p from 'unicode-properties'; globalThis.x = p;`, here, 'neutral').catch(
    () => undefined,
  );
  if (up)
    sizeRows.push(
      `| unicode-properties (whole, for comparison) | ${(up.minified / 1024).toFixed(1)} KB | ${(up.gzip / 1024).toFixed(1)} KB |`,
    );

  // How far unicode-properties (Unicode 12) is from Unicode 17.0.0, over the code points assigned in 17.0.0
  // other than private use and surrogates (which it reports as Common/Co and Cs like us, or not at all).
  let assigned = 0;
  let scriptDiffers = 0;
  let categoryDiffers = 0;
  for (let cp = 0; cp < 0x110000; cp++) {
    const gc = getGeneralCategory(cp);
    if (gc === 'Cn' || gc === 'Co' || gc === 'Cs') continue;
    assigned++;
    if (scriptCode(String(UnicodeProperties.getScript(cp))) !== getScript(cp)) scriptDiffers++;
    if (UnicodeProperties.getCategory(cp) !== gc) categoryDiffers++;
  }

  const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} M/s` : `${(n / 1e3).toFixed(0)} k/s`);
  /** Case name `ucd/<operation>/<workload>`, e.g. `ucd/Script/multilingual`. */
  const caseName = (r: Row) => `ucd/${r.operation.replace(/[^A-Za-z_]/g, '')}/${r.workload.split(' ')[0]}`;
  const table: string[] = [];
  for (const workload of new Set(rows.map((r) => r.workload))) {
    table.push(
      `### ${workload}`,
      '',
      '| case | implementation | lookups/s | @nomina/ucd is … as fast |',
      '| --- | --- | ---: | ---: |',
    );
    const ours = new Map(
      rows.filter((r) => r.workload === workload && r.peer.startsWith('@nomina')).map((r) => [r.operation, r.ops]),
    );
    for (const r of rows.filter((x) => x.workload === workload)) {
      const ratio = r.peer.startsWith('@nomina') ? '' : `${(ours.get(r.operation)! / r.ops).toFixed(1)}×`;
      table.push(`| ${caseName(r)} | ${r.peer} | ${fmt(r.ops)} | ${ratio} |`);
    }
    table.push('');
  }
  // Overview: each operation that has a peer, on multilingual text, against its fastest peer.
  const overview: OverviewRow[] = [];
  for (const r of rows.filter((x) => x.workload === 'multilingual text' && x.peer.startsWith('@nomina'))) {
    const peers = rows.filter(
      (x) => x.workload === r.workload && x.operation === r.operation && !x.peer.startsWith('@nomina'),
    );
    const best = peers.sort((a, b) => b.ops - a.ops)[0];
    if (!best || overview.length === 5) continue;
    overview.push({
      name: caseName(r),
      ours: fmt(r.ops),
      peer: best.peer,
      theirs: fmt(best.ops),
      ratio: `${(r.ops / best.ops).toFixed(1)}× as fast`,
    });
  }
  const md = [
    '# @nomina/ucd — lookups and size',
    '',
    `Command: \`npx pnpm@10.34.9 --filter @nomina/ucd build && npx tsx bench/ucd/lookups.ts\` — ${new Date().toISOString().slice(0, 10)},`,
    `${machineLine()} (V8 ${process.versions.v8}, Unicode ${process.versions.unicode}). Cases \`ucd/<property>/<workload>\`;`,
    'CPU time per lookup, median of interleaved rounds, each case in a loop of its own (bench/harness.ts).',
    '',
    overviewBlock(overview),
    '',
    'Each lookup maps a code point (number) to its value. Regex rows find the value by testing one',
    'precompiled `/^\\p{Property=Value}$/u` per candidate, most frequent values of that input first (their',
    'best case); Script_Extensions tests every value. "is Latin?" is the one question a single regex answers.',
    'unicode-properties carries Unicode 12 and has no Script_Extensions; values are not checked here.',
    '',
    ...table,
    '## Agreement of unicode-properties with Unicode 17.0.0',
    '',
    `Of the ${assigned.toLocaleString('en')} code points assigned in Unicode 17.0.0 (private use and surrogates aside),`,
    `unicode-properties gives another Script for ${scriptDiffers.toLocaleString('en')} and another General_Category for`,
    `${categoryDiffers.toLocaleString('en')} (code points added since Unicode 12.0, which it reports as unassigned, and later changes).`,
    '@nomina/ucd agrees with UCD 17.0.0 and with V8 on all 1,114,112 code points (see packages/ucd/README.md).',
    '',
    '## Bundle size (esbuild, minified, gzip -9) of what each import pulls in',
    '',
    '| import from @nomina/ucd | min | min+gzip |',
    '| --- | ---: | ---: |',
    ...sizeRows,
    '',
  ].join('\n');
  writeFileSync(join(here, '..', 'results', 'ucd.md'), md);
  console.log(md);
}

await main();
