// Before/after differential of @nomina/langid detection (issue #11: "no behaviour change beyond the
// listed fixes"): the first N lines per label of every held-out set, detected by both tiers; one JSON
// line per text (tag, confidence, script, issue codes), and the mean per-label accuracy of each set.
//   node --conditions=@nomina/source --import tsx bench/langid/differential.ts --limit 20 > before.ndjson
//   … change …
//   node --conditions=@nomina/source --import tsx bench/langid/differential.ts --limit 20 > after.ndjson
//   node --import tsx bench/langid/differential.ts --compare before.ndjson after.ndjson
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedVector } from '../../test-vectors/locate.js';
import { sameLanguage } from './labels.js';
import { option } from '../harness.js';

const args = process.argv.slice(2);

interface Row {
  set: string;
  label: string;
  text: string;
  tier: string;
  tag: string;
  confidence: number;
  script: string;
  codes: string[];
}

function* items(limit: number): Generator<{ set: string; label: string; text: string }> {
  const root = sharedVector('langid');
  if (!root) throw new Error('shared/vectors/langid not found: set NOMINA_VECTORS');
  const capped = function* (set: string, list: { label: string; text: string }[]) {
    const count = new Map<string, number>();
    for (const item of list) {
      const n = (count.get(item.label) ?? 0) + 1;
      count.set(item.label, n);
      if (n <= limit) yield { set, ...item };
    }
  };
  for (const kind of ['sentences', 'word-pairs', 'single-words']) {
    const dir = join(root, 'lingua', kind);
    const list: { label: string; text: string }[] = [];
    for (const file of readdirSync(dir).sort()) {
      const label = file.replace(/\.txt$/, '');
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n'))
        if (line.trim()) list.push({ label, text: line });
    }
    yield* capped(`lingua-${kind}`, list);
  }
  const tatoeba: { label: string; text: string }[] = [];
  for (const line of readFileSync(join(root, 'tatoeba', 'tatoeba-test-sample.tsv'), 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) tatoeba.push({ label: line.slice(0, tab), text: line.slice(tab + 1) });
  }
  yield* capped('tatoeba', tatoeba);
  const anlp: { label: string; text: string }[] = [];
  const dir = join(root, 'americasnlp2021');
  for (const file of readdirSync(dir).sort()) {
    const label = file.replace(/^test\./, '');
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n'))
      if (line.trim()) anlp.push({ label, text: line });
  }
  yield* capped('americasnlp', anlp);
}

function accuracy(rows: Row[]): Map<string, number> {
  const perLabel = new Map<string, [number, number]>();
  for (const r of rows) {
    const key = `${r.tier}\t${r.set}\t${r.label}`;
    const cell = perLabel.get(key) ?? [0, 0];
    cell[1]++;
    if (sameLanguage(r.label, r.tag)) cell[0]++;
    perLabel.set(key, cell);
  }
  const sums = new Map<string, [number, number]>();
  for (const [key, [right, total]] of perLabel) {
    const set = key.split('\t').slice(0, 2).join(' ');
    const s = sums.get(set) ?? [0, 0];
    s[0] += right / total;
    s[1]++;
    sums.set(set, s);
  }
  return new Map([...sums].map(([k, [sum, n]]) => [k, sum / n]));
}

if (args[0] === '--compare') {
  const load = (path: string): Row[] =>
    readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Row);
  const before = load(args[1]!);
  const after = load(args[2]!);
  let changed = 0;
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (
      a.tag !== b.tag ||
      a.confidence !== b.confidence ||
      a.script !== b.script ||
      a.codes.join() !== b.codes.join()
    ) {
      changed++;
      console.log(
        `${a.tier}\t${a.set}\t${a.label}\t${JSON.stringify(a.text.slice(0, 60))}\t${a.tag} ${a.confidence} ${a.script} [${a.codes}] → ${b.tag} ${b.confidence} ${b.script} [${b.codes}]`,
      );
    }
  }
  const accBefore = accuracy(before);
  const accAfter = accuracy(after);
  for (const [set, acc] of accBefore)
    console.log(`# ${set}: ${(acc * 100).toFixed(2)}% → ${((accAfter.get(set) ?? NaN) * 100).toFixed(2)}%`);
  console.log(`# ${before.length} detections; changed: ${changed}`);
} else {
  const limit = Number(option('limit') ?? 20);
  // Imported here so that --compare runs without a build.
  const ours = await import('@nomina/langid');
  const oursFull = await import('@nomina/langid/full');
  for (const item of items(limit)) {
    for (const [tier, detect] of [
      ['default', ours.detect],
      ['full', oursFull.detect],
    ] as const) {
      const d = detect(item.text);
      const row: Row = {
        ...item,
        tier,
        tag: d.tag,
        confidence: d.confidence,
        script: d.script,
        codes: d.issues.map((i) => i.code),
      };
      console.log(JSON.stringify(row));
    }
  }
}
