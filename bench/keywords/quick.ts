// Quick quality/latency check of @nomina/keywords alone on both query sets (the full side-by-side run is run.ts).
// Run: npx tsx bench/keywords/quick.ts [--limit N] [--set a|b] [--scripts] [--misses CATEGORY]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKeywordIndex, loadKeywordIndex } from '@nomina/keywords';
import { OUT, type Query } from './dataset.js';

const limit = Number(process.argv[process.argv.indexOf('--limit') + 1] || 0) || Infinity;
const lines = readFileSync(join(OUT, 'entries.tsv'), 'utf8').split('\n');
const set = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : 'a';
const queries = JSON.parse(readFileSync(join(OUT, set === 'b' ? 'queries-b.json' : 'queries.json'), 'utf8')) as Query[];
const heap0 = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
let t = performance.now();
const index = createKeywordIndex();
let n = 0;
for (const line of lines) {
  if (!line || n++ >= limit) continue;
  const [key, target, locale, namespace] = line.split('\t');
  index.add({ key: key!, target: target!, locale, namespace });
}
const addMs = performance.now() - t;
t = performance.now();
index.compile();
const compileMs = performance.now() - t;
global.gc?.();
const heap1 = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
console.log(
  `entries ${index.size} keys ${index.keyCount} add ${(addMs / 1000).toFixed(1)} s compile ${(compileMs / 1000).toFixed(1)} s memory ${((heap1 - heap0) / 2 ** 20).toFixed(0)} MB`,
);
t = performance.now();
const bytes = index.save();
console.log(`save ${(performance.now() - t).toFixed(0)} ms, ${(bytes.length / 2 ** 20).toFixed(1)} MB`);
t = performance.now();
const loaded = loadKeywordIndex(bytes);
console.log(`load ${(performance.now() - t).toFixed(0)} ms ok=${loaded.ok}`);
const stats = new Map<string, { n: number; r1: number; r10: number; fp: number }>();
const scripts = new Map<string, { n: number; r1: number; r10: number; fp: number }>();
const times: number[] = [];
for (const q of queries) {
  const s0 = performance.now();
  const m = index.lookup(q.query);
  times.push(performance.now() - s0);
  const st = stats.get(q.category) ?? { n: 0, r1: 0, r10: 0, fp: 0 };
  st.n++;
  if (q.expected.length === 0) st.fp += m.length > 0 ? 1 : 0;
  else {
    if (m[0] && q.expected.includes(m[0].target)) st.r1++;
    if (m.some((x) => q.expected.includes(x.target))) st.r10++;
  }
  stats.set(q.category, st);
  if (q.expected.length) {
    const sc = scripts.get(q.script) ?? { n: 0, r1: 0, r10: 0, fp: 0 };
    sc.n++;
    if (m[0] && q.expected.includes(m[0].target)) sc.r1++;
    if (m.some((x) => q.expected.includes(x.target))) sc.r10++;
    scripts.set(q.script, sc);
  }
}
if (process.argv.includes('--scripts'))
  for (const [script, sc] of [...scripts].sort((a, b) => a[1].r10 / a[1].n - b[1].r10 / b[1].n))
    console.log(
      script.padEnd(6),
      sc.n,
      `@1 ${((100 * sc.r1) / sc.n).toFixed(1)}%  @10 ${((100 * sc.r10) / sc.n).toFixed(1)}%`,
    );
times.sort((a, b) => a - b);
let all = { n: 0, r1: 0, r10: 0 };
for (const [cat, st] of stats) {
  if (cat !== 'no-answer') all = { n: all.n + st.n, r1: all.r1 + st.r1, r10: all.r10 + st.r10 };
  console.log(
    cat.padEnd(16),
    st.n,
    cat === 'no-answer'
      ? `fp ${((100 * st.fp) / st.n).toFixed(1)}%`
      : `@1 ${((100 * st.r1) / st.n).toFixed(1)}%  @10 ${((100 * st.r10) / st.n).toFixed(1)}%`,
  );
}
console.log(
  `overall @1 ${((100 * all.r1) / all.n).toFixed(1)}% @10 ${((100 * all.r10) / all.n).toFixed(1)}%  p50 ${times[Math.floor(times.length / 2)]!.toFixed(3)} ms p99 ${times[Math.floor(times.length * 0.99)]!.toFixed(3)} ms max ${times.at(-1)!.toFixed(1)}`,
);
if (process.argv.includes('--misses')) {
  const cat = process.argv[process.argv.indexOf('--misses') + 1];
  for (const q of queries.filter((x) => x.category === cat || x.script === cat).slice(0, 300)) {
    const m = index.lookup(q.query);
    const ok = q.expected.length === 0 ? m.length === 0 : m[0] && q.expected.includes(m[0].target);
    if (!ok)
      console.log(
        JSON.stringify(q.query),
        q.expected.slice(0, 3),
        m.slice(0, 3).map((x) => `${x.key}:${x.target}:${x.via}:${x.score}`),
      );
  }
}
if (process.argv.includes('--slow')) {
  const byCat = new Map<string, number[]>();
  for (const q of queries) {
    const s0 = performance.now();
    index.lookup(q.query);
    const dt = performance.now() - s0;
    byCat.set(q.category, [...(byCat.get(q.category) ?? []), dt]);
    if (dt > 1) console.log('slow', dt.toFixed(2), q.category, JSON.stringify(q.query));
  }
  for (const [cat, ts] of byCat) {
    ts.sort((a, b) => a - b);
    console.log(
      cat.padEnd(16),
      'p50',
      ts[ts.length >> 1]!.toFixed(3),
      'p99',
      ts[Math.floor(ts.length * 0.99)]!.toFixed(3),
    );
  }
}
if (process.argv.includes('--cpu')) {
  const rows: Array<[number, string, string]> = [];
  for (const q of queries) {
    const c = process.cpuUsage();
    index.lookup(q.query);
    const u = process.cpuUsage(c);
    rows.push([(u.user + u.system) / 1000, q.category, q.query]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  for (const r of rows.slice(0, 40)) console.log('cpu', r[0].toFixed(2), r[1], JSON.stringify(r[2]));
  console.log('cpu p99', rows[Math.floor(rows.length * 0.01)]![0].toFixed(3));
}
