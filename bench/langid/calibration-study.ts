// Study of the confidence on the evaluation sets (nothing is fitted here: the calibration is fitted on held-out
// training data by packages/langid/src/model/build.ts). Writes one JSON row per line and tier (label, answer,
// confidence, features, features the answer's language kept, margin) for analysis:
//   npx tsx --conditions=@nomina/source bench/langid/calibration-study.ts [limit per label] [default|full] [out.json]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as def from '../../packages/langid/src/index.js';
import * as full from '../../packages/langid/src/full.js';
import { textFeatures } from '../../packages/langid/src/features/extract.js';
import { sharedVector } from '../../test-vectors/locate.js';
import { sameLanguage } from './labels.js';

const LIMIT = Number(process.argv[2] ?? 50);
const root = sharedVector('langid')!;
const sets = new Map<string, { label: string; text: string }[]>();
const cap = (items: { label: string; text: string }[]) => {
  const count = new Map<string, number>();
  return items.filter((i) => {
    const n = (count.get(i.label) ?? 0) + 1;
    count.set(i.label, n);
    return n <= LIMIT;
  });
};
for (const kind of ['sentences', 'word-pairs', 'single-words']) {
  const items = [];
  for (const file of readdirSync(join(root, 'lingua', kind)).sort())
    for (const line of readFileSync(join(root, 'lingua', kind, file), 'utf8').split('\n'))
      if (line.trim()) items.push({ label: file.replace(/\.txt$/, ''), text: line });
  sets.set(kind, cap(items));
}
const tat = [];
for (const line of readFileSync(join(root, 'tatoeba', 'tatoeba-test-sample.tsv'), 'utf8').split('\n')) {
  const tab = line.indexOf('\t');
  if (tab > 0) tat.push({ label: line.slice(0, tab), text: line.slice(tab + 1) });
}
sets.set('tatoeba', cap(tat));
const anlp = [];
for (const file of readdirSync(join(root, 'americasnlp2021')).sort())
  for (const line of readFileSync(join(root, 'americasnlp2021', file), 'utf8').split('\n'))
    if (line.trim()) anlp.push({ label: file.replace(/^test\./, ''), text: line });
sets.set('americasnlp', cap(anlp));

const rows: unknown[] = [];
for (const [tierName, tier] of (
  [
    ['default', def],
    ['full', full],
  ] as const
).filter(([n]) => (process.argv[3] || n) === n)) {
  const m = tier.createDetector(tier.model().data).model();
  for (const [set, items] of sets) {
    for (const { label, text } of items) {
      const d = tier.detect(text);
      const l = m.tags.indexOf(d.candidates[0]?.tag ?? '');
      let n = 0;
      let known = 0;
      let q = 0;
      if (l >= 0)
        textFeatures(text, (h) => {
          n++;
          const i = m.find(h);
          if (i < 0) return;
          for (let j = m.offsets[i]!; j < m.offsets[i + 1]!; j++)
            if (m.languages[j] === l) {
              known++;
              q += m.weights[j]!;
            }
        });
      const c = d.candidates;
      rows.push({
        tier: tierName,
        set,
        label,
        tag: d.tag,
        right: sameLanguage(label, d.tag),
        conf: d.confidence,
        c0: c[0]?.confidence ?? 0,
        top: c[0]?.tag ?? d.tag,
        right0: sameLanguage(label, c[0]?.tag ?? d.tag),
        n,
        known,
        q,
        margin: c.length > 1 ? c[0]!.score - c[1]!.score : 99,
        levels: tierName === 'default' ? 15 : 31,
      });
    }
  }
}
writeFileSync(process.argv[4] ?? '/tmp/lid/study.json', JSON.stringify(rows));
