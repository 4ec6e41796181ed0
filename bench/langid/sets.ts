// The evaluation sets of bench/langid (shared/vectors/langid): the three Lingua sets, the Tatoeba test sample
// and the AmericasNLP 2021 test side, each capped at `limit` texts per label (file order, lines in order).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedVector } from '../../test-vectors/locate.js';
import { sameLanguage } from './labels.js';

/** A text of an evaluation set and its expected label. */
export interface Item {
  label: string;
  text: string;
}

/** The non-blank lines of each file of DIR, labelled by the file name LABEL gives. */
function filesOf(dir: string, label: (file: string) => string): Item[] {
  const items: Item[] = [];
  for (const file of readdirSync(dir).sort())
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n'))
      if (line.trim()) items.push({ label: label(file), text: line });
  return items;
}

/** At most LIMIT items of each label, the first ones. */
function capped(items: readonly Item[], limit: number): Item[] {
  const count = new Map<string, number>();
  return items.filter((item) => {
    const n = (count.get(item.label) ?? 0) + 1;
    count.set(item.label, n);
    return n <= limit;
  });
}

/** `lingua-sentences`, `lingua-word-pairs`, `lingua-single-words`, `tatoeba`, `americasnlp`. */
export function evaluationSets(limit = Infinity): Map<string, Item[]> {
  const root = sharedVector('langid');
  if (!root) throw new Error('shared/vectors/langid not found: set NOMINA_VECTORS');
  const sets = new Map<string, Item[]>();
  for (const kind of ['sentences', 'word-pairs', 'single-words'])
    sets.set(
      `lingua-${kind}`,
      capped(
        filesOf(join(root, 'lingua', kind), (f) => f.replace(/\.txt$/, '')),
        limit,
      ),
    );
  const tatoeba: Item[] = [];
  for (const line of readFileSync(join(root, 'tatoeba', 'tatoeba-test-sample.tsv'), 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) tatoeba.push({ label: line.slice(0, tab), text: line.slice(tab + 1) });
  }
  sets.set('tatoeba', capped(tatoeba, limit));
  sets.set(
    'americasnlp',
    capped(
      filesOf(join(root, 'americasnlp2021'), (f) => f.replace(/^test\./, '')),
      limit,
    ),
  );
  return sets;
}

/** Accuracy of `detect` on each set: the mean over labels of per-label accuracy, and each label's (`set:label`). */
export function scoreSets(
  sets: Map<string, Item[]>,
  detect: (text: string) => { tag: string },
): { means: Map<string, number>; perLabel: Map<string, number> } {
  const means = new Map<string, number>();
  const perLabel = new Map<string, number>();
  for (const [set, items] of sets) {
    const hits = new Map<string, [number, number]>();
    for (const { label, text } of items) {
      const cell = hits.get(label) ?? [0, 0];
      cell[1]++;
      if (sameLanguage(label, detect(text).tag)) cell[0]++;
      hits.set(label, cell);
    }
    let sum = 0;
    for (const [label, [h, n]] of hits) {
      perLabel.set(`${set}:${label}`, h / n);
      sum += h / n;
    }
    means.set(set, sum / hits.size);
  }
  return { means, perLabel };
}
