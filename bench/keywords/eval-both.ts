// Development check: both query sets on one index, per category side by side; misses written to /tmp.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKeywordIndex } from '@nomina/keywords';
import { OUT, type Query } from './dataset.js';

const lines = readFileSync(join(OUT, 'entries.tsv'), 'utf8').split('\n');
const index = createKeywordIndex();
let t = performance.now();
for (const line of lines) {
  if (!line) continue;
  const [key, target, locale, namespace] = line.split('\t');
  index.add({ key: key!, target: target!, locale, namespace });
}
index.compile();
console.log(`build ${((performance.now() - t) / 1000).toFixed(1)} s`);
for (const set of ['a', 'b']) {
  const queries = JSON.parse(
    readFileSync(join(OUT, set === 'b' ? 'queries-b.json' : 'queries.json'), 'utf8'),
  ) as Query[];
  const stats = new Map<string, { n: number; r1: number; r10: number; fp: number }>();
  const scripts = new Map<string, { n: number; r1: number; r10: number }>();
  const misses: string[] = [];
  const times: number[] = [];
  const tops: string[] = [];
  for (const q of queries) {
    t = performance.now();
    const m = index.lookup(q.query);
    times.push(performance.now() - t);
    const st = stats.get(q.category) ?? { n: 0, r1: 0, r10: 0, fp: 0 };
    stats.set(q.category, st);
    st.n++;
    if (m[0])
      tops.push(
        `${q.category}\t${q.expected.includes(m[0].target) ? 1 : 0}\t${m[0].via}\t${m[0].score}\t${JSON.stringify(q.query)}\t${m[0].key}`,
      );
    const top = m.slice(0, 3).map((x) => `${x.key}|${x.target}|${x.via}|${x.score}`);
    if (q.expected.length === 0) {
      if (m.length) {
        st.fp++;
        misses.push(`${q.category}\t${q.script}\t${JSON.stringify(q.query)}\t\t${top.join('  ')}`);
      }
      continue;
    }
    const r1 = !!m[0] && q.expected.includes(m[0].target);
    const r10 = m.some((x) => q.expected.includes(x.target));
    st.r1 += +r1;
    st.r10 += +r10;
    const sc = scripts.get(q.script) ?? { n: 0, r1: 0, r10: 0 };
    scripts.set(q.script, sc);
    sc.n++;
    sc.r1 += +r1;
    sc.r10 += +r10;
    if (!r1)
      misses.push(
        `${q.category}\t${q.script}\t${JSON.stringify(q.query)}\t${q.source}\t${r10 ? 'TOP10 ' : ''}${top.join('  ')}`,
      );
  }
  writeFileSync(`/tmp/misses-${set}.txt`, misses.join('\n'));
  writeFileSync(`/tmp/tops-${set}.tsv`, tops.join('\n'));
  let n = 0,
    r1 = 0,
    r10 = 0;
  const row: string[] = [];
  for (const [c, s] of stats) {
    if (c === 'no-answer') row.push(`${c} fp ${((100 * s.fp) / s.n).toFixed(1)}`);
    else {
      n += s.n;
      r1 += s.r1;
      r10 += s.r10;
      row.push(`${c} ${((100 * s.r1) / s.n).toFixed(1)}/${((100 * s.r10) / s.n).toFixed(1)}`);
    }
  }
  times.sort((a, b) => a - b);
  const worst = [...scripts].sort((a, b) => a[1].r10 / a[1].n - b[1].r10 / b[1].n).slice(0, 8);
  console.log(
    `SET ${set}: @1 ${((100 * r1) / n).toFixed(1)} @10 ${((100 * r10) / n).toFixed(1)} p50 ${times[times.length >> 1]!.toFixed(3)} p99 ${times[Math.floor(times.length * 0.99)]!.toFixed(3)}`,
  );
  console.log('  ' + row.join(' | '));
  console.log('  worst scripts: ' + worst.map(([s, v]) => `${s} ${((100 * v.r10) / v.n).toFixed(0)}`).join(', '));
}
