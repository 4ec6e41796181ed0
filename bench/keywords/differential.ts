// Before/after differential of @nomina/keywords look-ups (issue #11: "no behaviour change"): records every
// answer of a fixed query set, then compares a later run with the record.
//   npx tsx bench/keywords/differential.ts record /tmp/keywords-before.ndjson [--entries N]
//   npx tsx bench/keywords/differential.ts compare /tmp/keywords-before.ndjson [--entries N]
// Queries: the bench query set (dataset.ts) on the first N entries of the dataset (default 200,000), the
// same queries on that index saved and loaded again, the look-up vectors (test-vectors/keywords/lookup.json)
// with their options, and generated queries (prefixes, one- and two-edit typos, upper case, options) from
// a deterministic sample of keys.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createKeywordIndex,
  loadKeywordIndex,
  type KeywordEntry,
  type KeywordIndex,
  type LookupOptions,
} from '@nomina/keywords';
import { OUT, type Query } from './dataset.js';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || !file)
  throw new Error('usage: differential.ts record|compare FILE [--entries N]');
const size = Number(process.argv[process.argv.indexOf('--entries') + 1] || 0) || 200_000;

const entries: KeywordEntry[] = [];
for (const line of readFileSync(join(OUT, 'entries.tsv'), 'utf8').split('\n')) {
  if (!line || entries.length >= size) continue;
  const [key, target, locale, namespace] = line.split('\t');
  entries.push({ key: key!, target: target!, locale, namespace });
}
const benchQueries = (JSON.parse(readFileSync(join(OUT, 'queries.json'), 'utf8')) as Query[]).map((q) => ({
  query: q.query,
}));
const vectors = JSON.parse(
  readFileSync(new URL('../../test-vectors/keywords/lookup.json', import.meta.url), 'utf8'),
) as {
  entries: KeywordEntry[];
  queries: Array<{ query: string; options?: LookupOptions }>;
};

let seed = 12345;
const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const generated: Array<{ query: string; options?: LookupOptions }> = [];
const namespaces = ['language', 'territory', 'city', 'emoji', 'script'];
for (let i = 0; i < 4000; i++) {
  const e = entries[Math.floor(random() * entries.length)]!;
  const cps = [...e.key];
  const at = Math.floor(random() * cps.length);
  const other = [...entries[Math.floor(random() * entries.length)]!.key];
  const letter = other[Math.floor(random() * other.length)] ?? 'a';
  const edits = [
    () => cps.slice(0, Math.max(1, Math.ceil(cps.length / 2))).join(''),
    () => [...cps.slice(0, at), ...cps.slice(at + 1)].join(''),
    () => [...cps.slice(0, at), letter, ...cps.slice(at + 1)].join(''),
    () => [...cps.slice(0, at), cps[at + 1] ?? '', cps[at] ?? '', ...cps.slice(at + 2)].join(''),
    () => [...cps.slice(0, at), letter, ...cps.slice(at)].join('').toUpperCase(),
    () => [...cps.slice(0, at), letter, letter, ...cps.slice(at + 2)].join(''),
  ];
  const query = edits[i % edits.length]!();
  const options: LookupOptions | undefined =
    i % 7 === 0
      ? { namespace: namespaces[i % namespaces.length]!, limit: 3 }
      : i % 11 === 0
        ? { locale: e.locale ?? 'en', maxEdits: 1 }
        : i % 13 === 0
          ? { prefix: false, minScore: 0.5 }
          : undefined;
  generated.push({ query, options });
}

function answers(
  index: KeywordIndex,
  queries: ReadonlyArray<{ query: string; options?: LookupOptions }>,
  tag: string,
  out: string[],
): void {
  for (const { query, options } of queries) {
    const r = index.search(query, options);
    out.push(JSON.stringify([tag, query, options ?? null, r.matches, r.issues.map((i) => i.code)]));
  }
}

let t = performance.now();
const index = createKeywordIndex(entries);
index.compile();
const buildMs = performance.now() - t;
const lines: string[] = [];
t = performance.now();
answers(index, benchQueries, 'bench', lines);
answers(index, generated, 'generated', lines);
const lookupMs = performance.now() - t;
const loaded = loadKeywordIndex(index.save());
if (!loaded.ok || !loaded.index) throw new Error(`reload failed: ${JSON.stringify(loaded.issues)}`);
answers(loaded.index, benchQueries, 'bench-loaded', lines);
answers(loaded.index, generated, 'generated-loaded', lines);
answers(createKeywordIndex(vectors.entries), vectors.queries, 'vectors', lines);
console.log(
  `${entries.length} entries, build ${(buildMs / 1000).toFixed(1)} s; ${lines.length} look-ups (${(lookupMs / (benchQueries.length + generated.length)).toFixed(3)} ms mean)`,
);

if (mode === 'record') {
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`recorded → ${file}`);
} else {
  const before = readFileSync(file, 'utf8').trimEnd().split('\n');
  let differ = 0;
  for (let i = 0; i < Math.max(before.length, lines.length); i++) {
    if (before[i] === lines[i]) continue;
    if (differ++ < 20) console.log(`- ${before[i]}\n+ ${lines[i]}`);
  }
  console.log(`compared ${lines.length} look-ups with ${before.length} recorded: ${differ} differ`);
  process.exitCode = differ === 0 && before.length === lines.length ? 0 : 1;
}
