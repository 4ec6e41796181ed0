// Evaluation of @nomina/langid against franc, franc-all, eld, tinyld and Lingua (`@bluzzi/lingua`, its WASM
// build: 72 MB, so it is no dependency of the workspace; installed on demand into NOMINA_LINGUA_DIR, default
// $TMPDIR/nomina-lingua; `--skip-lingua` leaves it out) on the held-out sets in shared/vectors/langid (never
// used for training or tuning). Run from the repository root:
//   npx pnpm@10.34.9 --filter @nomina/langid build
//   npx tsx bench/langid/eval.ts [--limit N] [--sets lingua-sentences,tatoeba,…] [--skip-peers]
// Writes bench/results/langid.md and bench/langid/last-run.json. Takes several minutes on 2 cores.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ours from '@nomina/langid';
import * as oursFull from '@nomina/langid/full';
import { franc as francMin } from 'franc';
import { franc as francAll } from 'franc-all';
import { eld } from 'eld/large';
import { detect as tinyld } from 'tinyld';
import { sharedVector } from '../../test-vectors/locate.js';
import { measureAll, option } from '../harness.js';
import { languageKey, sameLanguage, scriptOf } from './labels.js';
import { type Item, evaluationSets } from './sets.js';
import { bundleSize } from './size.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const LIMIT = Number(option('limit') ?? Infinity);
const SETS = option('sets')?.split(',');
const SKIP_PEERS = args.includes('--skip-peers');
const SKIP_LINGUA = args.includes('--skip-lingua');
const LINGUA_VERSION = '1.5.0';
const LINGUA_DIR = process.env.NOMINA_LINGUA_DIR ?? join(tmpdir(), 'nomina-lingua');

/**
 * Lingua (`@bluzzi/lingua`, all 75 languages, default high-accuracy mode), installed on demand into a scratch
 * folder. It answers English language names. Each name is learnt from Lingua itself: a detector of two languages,
 * the ISO 639-1 code of a Lingua test file and one of another script, names the first on the file's first lines.
 * (A majority vote of the full detector over each file lost Malay: Lingua answers Indonesian for most Malay lines.)
 */
function lingua(): Detector {
  const pkg = join(LINGUA_DIR, 'node_modules', '@bluzzi', 'lingua');
  if (!existsSync(pkg))
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', LINGUA_DIR, `@bluzzi/lingua@${LINGUA_VERSION}`],
      { stdio: 'inherit' },
    );
  type Lingua = { detectLanguageOf(text: string): string | undefined };
  const { LanguageDetectorBuilder } = createRequire(import.meta.url)(pkg) as {
    LanguageDetectorBuilder: {
      fromAllLanguages(): { build(): Lingua };
      fromISOCodes6391(codes: string[]): { build(): Lingua };
    };
  };
  const detector = LanguageDetectorBuilder.fromAllLanguages().build();
  const dir = join(sharedVector('langid')!, 'lingua', 'sentences');
  const codeOf = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    const code = file.replace(/\.txt$/, '');
    const pair = LanguageDetectorBuilder.fromISOCodes6391([code, code === 'zh' ? 'ja' : 'zh']).build();
    const votes = new Map<string, number>();
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n').slice(0, 5)) {
      const name = pair.detectLanguageOf(line);
      if (name) votes.set(name, (votes.get(name) ?? 0) + 1);
    }
    const [name] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (name) codeOf.set(name, code);
  }
  return {
    name: 'lingua',
    detect: (t) => codeOf.get(detector.detectLanguageOf(t) ?? '') ?? 'und',
    inventory: new Set([...codeOf.values()].map(languageKey)),
  };
}

interface Detector {
  name: string;
  detect: (text: string) => string;
  /** Language keys it can answer (for "accuracy on the labels it knows"). */
  inventory?: Set<string>;
}

// ---------------------------------------------------------------------------------------------
// Sets.

function loadSets(): Map<string, Item[]> {
  const sets = evaluationSets(LIMIT);
  if (SETS) for (const name of [...sets.keys()]) if (!SETS.includes(name)) sets.delete(name);
  return sets;
}

// ---------------------------------------------------------------------------------------------
// Detectors.

async function detectors(): Promise<Detector[]> {
  const list: Detector[] = [
    { name: 'nomina', detect: (t) => ours.detect(t).tag, inventory: new Set(ours.languages().map(languageKey)) },
    {
      name: 'nomina/full',
      detect: (t) => oursFull.detect(t).tag,
      inventory: new Set(oursFull.languages().map(languageKey)),
    },
  ];
  if (SKIP_PEERS) return list;
  const francData = async (pkg: string): Promise<Set<string>> => {
    const { data } = (await import(join(here, '..', 'node_modules', pkg, 'data.js'))) as {
      data: Record<string, Record<string, string>>;
    };
    return new Set(
      Object.values(data)
        .flatMap((byLanguage) => Object.keys(byLanguage))
        .map(languageKey),
    );
  };
  const eldInfo = (eld as unknown as { info?: () => { languages?: Record<string, string> | string[] } }).info?.();
  const eldLanguages = eldInfo?.languages
    ? Array.isArray(eldInfo.languages)
      ? eldInfo.languages
      : Object.values(eldInfo.languages)
    : undefined;
  list.push(
    // franc answers `und` under 10 characters by default; minLength 1 lets it guess like the others.
    { name: 'franc', detect: (t) => francMin(t, { minLength: 1 }), inventory: await francData('franc') },
    { name: 'franc-all', detect: (t) => francAll(t, { minLength: 1 }), inventory: await francData('franc-all') },
    {
      name: 'eld',
      detect: (t) => eld.detect(t).language || 'und',
      inventory: eldLanguages ? new Set(eldLanguages.map(languageKey)) : undefined,
    },
    { name: 'tinyld', detect: (t) => tinyld(t) || 'und' },
  );
  if (!SKIP_LINGUA) list.push(lingua());
  return list;
}

// ---------------------------------------------------------------------------------------------
// Scoring.

interface SetResult {
  /** label → detector → [right, total] */
  perLabel: Map<string, Map<string, [number, number]>>;
  /** detector → (label → answer) → count, wrong answers only */
  confusions: Map<string, Map<string, number>>;
  /** detector → label → answer → count: for the script pairs and Spanish */
  answers: Map<string, Map<string, Map<string, number>>>;
  /** ours, per tier (`nomina`, `nomina/full`): [confidence, right] */
  reliability: Map<string, [number, boolean][]>;
}

function evaluate(items: Item[], list: Detector[]): SetResult {
  const result: SetResult = {
    perLabel: new Map(),
    confusions: new Map(),
    answers: new Map(),
    reliability: new Map([
      ['nomina', []],
      ['nomina/full', []],
    ]),
  };
  for (const d of list) {
    result.confusions.set(d.name, new Map());
    result.answers.set(d.name, new Map());
  }
  for (const { label, text } of items) {
    if (!result.perLabel.has(label))
      result.perLabel.set(label, new Map(list.map((d) => [d.name, [0, 0] as [number, number]])));
    const row = result.perLabel.get(label)!;
    for (const d of list) {
      let answer: string;
      let confidence = 0;
      const tier = d.name === 'nomina' ? ours : d.name === 'nomina/full' ? oursFull : undefined;
      if (tier) {
        const detection = tier.detect(text);
        answer = detection.tag;
        confidence = detection.confidence;
      } else answer = d.detect(text);
      const right = sameLanguage(label, answer);
      const cell = row.get(d.name)!;
      cell[1]++;
      if (right) cell[0]++;
      else {
        const key = `${label} → ${answer}`;
        const confusions = result.confusions.get(d.name)!;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
      }
      result.reliability.get(d.name)?.push([confidence, right]);
      const byLabel = result.answers.get(d.name)!;
      if (!byLabel.has(label)) byLabel.set(label, new Map());
      byLabel.get(label)!.set(answer, (byLabel.get(label)!.get(answer) ?? 0) + 1);
    }
  }
  return result;
}

function pct(x: number): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '—';
}

function meanAccuracy(result: SetResult, name: string, filter?: (label: string) => boolean): number {
  let sum = 0;
  let n = 0;
  for (const [label, row] of result.perLabel) {
    if (filter && !filter(label)) continue;
    const [right, total] = row.get(name)!;
    sum += right / total;
    n++;
  }
  return sum / n;
}

// ---------------------------------------------------------------------------------------------
// Speed and size.

/** Milliseconds per text of every detector: the shared harness (own compiled loop each, interleaved rounds, median CPU time). */
function speed(list: Detector[], texts: string[]): Map<string, number> {
  const ns = measureAll(Object.fromEntries(list.map((d) => [d.name, (t: string) => d.detect(t)])), texts, {
    rounds: 5,
  });
  return new Map(Object.entries(ns).map(([name, n]) => [name, n / 1e6]));
}

/** gzip -9 bytes of Lingua's WASM and JS glue. */
function linguaSize(): number {
  const src = join(LINGUA_DIR, 'node_modules', '@bluzzi', 'lingua', 'src');
  return ['lingua_bg.wasm', 'lingua.js'].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(src, file)), { level: 9 }).length,
    0,
  );
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
const sets = loadSets();
const list = await detectors();
const names = list.map((d) => d.name);
const results = new Map<string, SetResult>();
for (const [name, items] of sets) {
  const t0 = Date.now();
  results.set(name, evaluate(items, list));
  console.error(`${name}: ${items.length} items in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

const speedTexts = [...(sets.get('lingua-sentences') ?? []), ...(sets.get('tatoeba') ?? [])]
  .filter((_, i) => i % 37 === 0)
  .map((item) => item.text)
  .slice(0, 3000);
const speeds = speedTexts.length ? speed(list, speedTexts) : new Map<string, number>();
const sizes = new Map<string, number>();
const SIZE_ENTRIES: Record<string, string> = {
  nomina: `export { detect } from '@nomina/langid';`,
  'nomina/full': `export { detect } from '@nomina/langid/full';`,
  franc: `export { franc } from 'franc';`,
  'franc-all': `export { franc } from 'franc-all';`,
  eld: `export { eld } from 'eld/large';`,
  tinyld: `export { detect } from 'tinyld';`,
};
for (const d of list)
  if (SIZE_ENTRIES[d.name]) sizes.set(d.name, await bundleSize(SIZE_ENTRIES[d.name]!));
  // Lingua is WASM: its size is the gzip of its .wasm and JS glue (npm package files).
  else sizes.set(d.name, linguaSize());

// Report.
const lines: string[] = [];
const today = new Date().toISOString().slice(0, 10);
lines.push('# @nomina/langid — evaluation', '');
lines.push(
  `Reproduce: \`npx pnpm@10.34.9 --filter @nomina/langid build && npx tsx bench/langid/eval.ts${args.length ? ' ' + args.join(' ') : ''}\` ` +
    `(${today}, Node ${process.version}, 2 cores; ${((Date.now() - started) / 60000).toFixed(1)} min).`,
  '',
  'Sets: `shared/vectors/langid/` (evaluation only — never trained or tuned on). Labels and answers are compared by language',
  'key (`bench/langid/labels.ts`: CLDR canonicalization plus folding of Arabic, Quechua, Nahuatl, Otomi varieties); `und` counts as wrong.',
  'Accuracy is the mean over labels of per-label accuracy. "known" = only labels the detector can answer. franc and franc-all run',
  'with `minLength: 1`; eld is `eld/large`; tinyld is its default (normal) build; lingua is `@bluzzi/lingua` ' +
    `${LINGUA_VERSION} (WASM build of Lingua, all languages, high-accuracy mode; installed on demand, no workspace dependency). ` +
    '`nomina` = default tier, `nomina/full` = full tier.',
  '',
);
// Overview (bench/RESULTS.md reads it): accuracy of the full tier against Lingua, speed of both tiers against franc.
{
  const overview: string[] = [];
  const accuracyRow = (set: string): void => {
    const result = results.get(set);
    if (!result || !names.includes('lingua')) return;
    const [ours, peer] = [meanAccuracy(result, 'nomina/full'), meanAccuracy(result, 'lingua')];
    const points = (ours - peer) * 100;
    overview.push(
      `| langid/accuracy/${set} (full tier) | ${pct(ours)} | Lingua ${LINGUA_VERSION} | ${pct(peer)} | ${Math.abs(points).toFixed(1)} points ${points >= 0 ? 'ahead' : 'behind'} |`,
    );
  };
  for (const set of ['lingua-sentences', 'lingua-word-pairs', 'lingua-single-words']) accuracyRow(set);
  for (const [tier, label] of [
    ['nomina', 'default'],
    ['nomina/full', 'full'],
  ] as const) {
    const [ours, peer] = [speeds.get(tier), speeds.get('franc')];
    if (ours !== undefined && peer !== undefined)
      overview.push(
        `| langid/detect/sentence (${label} tier) | ${ours.toFixed(3)} ms | franc | ${peer.toFixed(3)} ms | ${(peer / ours).toFixed(1)}× as fast |`,
      );
  }
  if (overview.length > 0)
    lines.push(
      '<!-- overview -->',
      '| case | Nomina | peer | peer figure | Nomina is |',
      '| --- | ---: | --- | ---: | ---: |',
      ...overview,
      '<!-- /overview -->',
      '',
    );
}
const LICENSED = ['aym', 'cni', 'es', 'gn', 'nah', 'oto', 'quy', 'shp'];
lines.push(`| set | labels | lines | ${names.join(' | ')} |`, `|---|---|---|${names.map(() => '---').join('|')}|`);
for (const [name, result] of results) {
  const cells = names.map((n) => pct(meanAccuracy(result, n)));
  lines.push(`| ${name} | ${result.perLabel.size} | ${sets.get(name)!.length} | ${cells.join(' | ')} |`);
}
{
  const anlp = results.get('americasnlp');
  if (anlp)
    lines.push(
      '',
      `AmericasNLP over the 8 labels with licensed training data (${LICENSED.join(', ')}; Bribri, Wixárika and Rarámuri have none): ${names.map((n) => `${n} ${pct(meanAccuracy(anlp, n, (label) => LICENSED.includes(label)))}`).join(', ')}.`,
    );
}
lines.push('', 'On the labels each detector knows (its inventory, where it publishes one):', '');
lines.push(`| set | ${names.join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`);
for (const [name, result] of results) {
  const cells = list.map((d) =>
    d.inventory
      ? `${pct(meanAccuracy(result, d.name, (label) => d.inventory!.has(languageKey(label))))} (${[...result.perLabel.keys()].filter((l) => d.inventory!.has(languageKey(l))).length})`
      : '—',
  );
  lines.push(`| ${name} | ${cells.join(' | ')} |`);
}
lines.push(
  '',
  '## Speed and size',
  '',
  `| detector | ms per sentence | bundle min+gzip | languages |`,
  '|---|---|---|---|',
);
for (const d of list)
  lines.push(
    `| ${d.name} | ${speeds.get(d.name)?.toFixed(4) ?? '—'} | ${((sizes.get(d.name) ?? 0) / 1024).toFixed(0)} KB | ${d.inventory?.size ?? '—'} |`,
  );
if (speeds.size) {
  const base = speeds.get('nomina')!;
  lines.push(
    '',
    `Speed on ${speedTexts.length} sentences (Lingua sentences and Tatoeba sample, every 37th), CPU time, median of 5 interleaved rounds (bench/harness.ts), same process. Ratio to nomina: ` +
      names.map((n) => `${n} ${(speeds.get(n)! / base).toFixed(2)}×`).join(', ') +
      '.',
  );
}

// Script pairs and Spanish.
const tatoeba = results.get('tatoeba');
if (tatoeba) {
  lines.push('', '## Script pairs (nomina, script checked)', '', '| label | nomina | nomina/full |', '|---|---|---|');
  for (const label of [
    'srp_Cyrl',
    'srp_Latn',
    'cmn_Hans',
    'cmn_Hant',
    'yue_Hans',
    'yue_Hant',
    'uzb_Cyrl',
    'uzb_Latn',
    'bel_Latn',
    'tat_Latn',
    'tat_Arab',
  ]) {
    const cells = ['nomina', 'nomina/full'].map((n) => {
      const answers = tatoeba.answers.get(n)?.get(label);
      if (!answers) return '—';
      let right = 0;
      let total = 0;
      for (const [answer, count] of answers) {
        total += count;
        if (sameLanguage(label, answer) && scriptOf(answer) === scriptOf(label)) right += count;
      }
      return `${pct(right / total)} (${total})`;
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
}
// The confusable clusters of issue 17 (the second stage's clusters, packages/langid/scripts/train.ts): every label
// of every set whose language is a member, with every detector, and the best peer.
const CLUSTERS = [
  ['bs', 'hr', 'sr'],
  ['cs', 'sk', 'sl'],
  ['id', 'ms'],
  ['da', 'nb', 'nn', 'no'],
  ['nr', 'ss', 'xh', 'zu'],
  ['nso', 'st', 'tn'],
  ['bho', 'hi', 'mag'],
].map((cluster) => cluster.map(languageKey));
{
  lines.push(
    '',
    '## Confusable clusters (issue 17): every member on every set',
    '',
    'Labels of the members of each cluster of the second stage (Serbian in the Lingua sets is Cyrillic, outside the',
    'Latin cluster; Tatoeba srp_Latn is scored by language here, with the script in "Script pairs" above).',
    '',
    `| cluster | set/label | ${names.join(' | ')} | best peer |`,
    `|---|---|${names.map(() => '---').join('|')}|---|`,
  );
  for (const cluster of CLUSTERS)
    for (const [set, result] of results)
      for (const [label, row] of [...result.perLabel].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        if (!cluster.includes(languageKey(label))) continue;
        const share = (n: string): number => row.get(n)![0] / row.get(n)![1];
        const peers = names.filter((n) => !n.startsWith('nomina'));
        const best = peers.reduce((a, b) => (share(b) > share(a) ? b : a), peers[0] ?? '');
        lines.push(
          `| ${cluster.join('/')} | ${set}/${label} | ${names.map((n) => pct(share(n))).join(' | ')} | ${best ? `${best} ${pct(share(best))}` : '—'} |`,
        );
      }
}
const anlp = results.get('americasnlp');
if (anlp) {
  const indigenous = ['aym', 'bzd', 'cni', 'gn', 'hch', 'nah', 'oto', 'quy', 'shp', 'tar'].map(languageKey);
  lines.push(
    '',
    '## Spanish mistaken for an AmericasNLP language (test.es, 1,003 lines)',
    '',
    `| ${names.join(' | ')} |`,
    `|${names.map(() => '---').join('|')}|`,
  );
  lines.push(
    `| ${names
      .map((n) => {
        let k = 0;
        for (const [a, c] of anlp.answers.get(n)?.get('es') ?? []) if (indigenous.includes(languageKey(a))) k += c;
        return String(k);
      })
      .join(' | ')} |`,
  );
}

// Calibration of nomina on the evaluation sets (both tiers).
lines.push(
  '',
  '## Calibration of `confidence` (nomina, both tiers, on the evaluation sets)',
  '',
  'Target of issue 17: among answers with confidence ≥ 0.9, at least 95% right on every set.',
  '',
  '| set | tier | answers with confidence ≥ 0.9 | right among them | ≥ 0.5 | right among them |',
  '|---|---|---|---|---|---|',
);
for (const [name, result] of results) {
  for (const [tier, reliability] of result.reliability) {
    const at = (c: number): [number, number] => {
      const sel = reliability.filter(([conf]) => conf >= c);
      return [sel.length / Math.max(1, reliability.length), sel.filter(([, r]) => r).length / Math.max(1, sel.length)];
    };
    const [n9, a9] = at(0.9);
    const [n5, a5] = at(0.5);
    lines.push(
      `| ${name} | ${tier === 'nomina' ? 'default' : 'full'} | ${pct(n9)} | ${pct(a9)} | ${pct(n5)} | ${pct(a5)} |`,
    );
  }
}

// The AmericasNLP experiment (bench/langid/americasnlp-experiment.ts), when it has been run.
const experiment = join(here, 'americasnlp-experiment.md');
if (existsSync(experiment)) {
  lines.push(
    '',
    '## Experiment: AmericasNLP training data (not shipped)',
    '',
    'The shipped tables cannot use the AmericasNLP training side (no licence). Trained in memory with it added',
    '(`npx tsx --conditions=@nomina/source bench/langid/americasnlp-experiment.ts`), accuracy on the AmericasNLP test:',
    '',
    readFileSync(experiment, 'utf8').trim(),
  );
}

// The contribution of each training source (bench/langid/sources.ts), when it has been run.
const sourceRuns = readdirSync(here)
  .filter((f) => /^sources-.*\.md$/.test(f))
  .sort();
if (sourceRuns.length > 0) {
  lines.push('', '## Training sources, measured separately (issue 17)', '');
  lines.push(
    'Each variant is a tier configuration trained in memory on the named sources and scored on the evaluation sets',
    '(capped per label); columns: Lingua sentences, word pairs, single words, Tatoeba, AmericasNLP, then the size of',
    'the postings. Only what helps ships (see the package README, License).',
  );
  for (const file of sourceRuns)
    lines.push('', `### ${file.replace(/\.md$/, '')}`, '', readFileSync(join(here, file), 'utf8').trim());
}

// Per-label accuracy and confusions.
for (const [name, result] of results) {
  lines.push(
    '',
    `## ${name}: per-label accuracy`,
    '',
    `| label | lines | ${names.join(' | ')} |`,
    `|---|---|${names.map(() => '---').join('|')}|`,
  );
  for (const [label, row] of [...result.perLabel.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    lines.push(
      `| ${label} | ${row.get(names[0]!)![1]} | ${names.map((n) => pct(row.get(n)![0] / row.get(n)![1])).join(' | ')} |`,
    );
  }
  for (const tier of ['nomina', 'nomina/full'])
    lines.push(
      '',
      `Top confusions of ${tier} (label → answer, count): ` +
        [...result.confusions.get(tier)!.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 25)
          .map(([k, v]) => `${k} ${v}`)
          .join('; ') +
        '.',
    );
}
writeFileSync(join(here, '..', 'results', 'langid.md'), lines.join('\n') + '\n');
const summary = Object.fromEntries(
  [...results].map(([name, result]) => [name, Object.fromEntries(names.map((n) => [n, meanAccuracy(result, n)]))]),
);
writeFileSync(
  join(here, 'last-run.json'),
  JSON.stringify(
    { date: today, args, summary, speeds: Object.fromEntries(speeds), sizes: Object.fromEntries(sizes) },
    null,
    2,
  ) + '\n',
);
console.log(JSON.stringify(summary, null, 2));
console.log('speeds', Object.fromEntries(speeds), 'sizes', Object.fromEntries(sizes));
