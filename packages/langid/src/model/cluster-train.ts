// Training of the second stage (model/clusters.ts): one log-linear model per cluster of close languages, on
// the cluster members' training text. Used by scripts/train.ts (the shipped tiers); not part of the runtime.
//
// | step      | what                                                                                      |
// |-----------|-------------------------------------------------------------------------------------------|
// | features  | every example's features (features/extract.ts, as detection reads them)                   |
// | select    | the `features` features whose relative frequencies differ most between the members:       |
// |           | Σ_m p_m ln(p_m / p̄) over members m (p smoothed), seen in ≥ `minCount` examples            |
// | weigh     | every member weighs the same in all (members with little text are not outvoted)           |
// | compete   | an example is scored among the members that have text of its source (`among`)             |
// | train     | multinomial logistic regression, AdaGrad over the examples in a fixed order, L2 on the     |
// |           | weights an example touches; deterministic                                                  |
// | quantize  | weights centred per feature, int8 at scale max|w|/127; features all 0 dropped             |
import { textFeatures } from '../features/extract.js';
import { round } from './build.js';
import type { ClusterData } from './clusters.js';
import { encodeBase64 } from './model.js';
import { writeVarint } from './varint.js';

/** One training text of a member (index into the cluster's tags) and its weight. */
export interface ClusterExample {
  member: number;
  text: string;
  weight: number;
  /**
   * Bit m set: member m competes for this example (default: every member). Text of a source only some members
   * have is scored among those only, so the source's style is no mark of them against the others.
   */
  among?: number;
}

export interface ClusterTrainConfig {
  /** Features kept (before the ones whose weights quantize to 0 are dropped). */
  features: number;
  /** Passes over the examples (default 6). */
  epochs?: number;
  /** L2 penalty per touched weight and update (default 1e-4). */
  l2?: number;
  /** AdaGrad learning rate (default 0.2). */
  rate?: number;
  /** A feature must occur in at least this many examples (default 3). */
  minCount?: number;
}

/** Order of the examples: FNV-1a of member and text (deterministic, mixes the members). */
function orderKey(example: ClusterExample, index: number): number {
  let h = 0x811c9dc5 ^ example.member;
  for (let i = 0; i < example.text.length; i++) h = Math.imul(h ^ example.text.charCodeAt(i), 0x01000193);
  return (Math.imul(h ^ index, 0x01000193) >>> 0) / 2 ** 32;
}

/** The cluster's data: `tags` are its members (model tags), `examples` their training texts. */
export function trainCluster(
  tags: readonly string[],
  examples: readonly ClusterExample[],
  config: ClusterTrainConfig,
): ClusterData {
  const n = tags.length;
  const epochs = config.epochs ?? 6;
  const l2 = config.l2 ?? 1e-4;
  const rate = config.rate ?? 0.2;
  const minCount = config.minCount ?? 3;

  // Features of each example (hash → occurrences), and weighted occurrences per member.
  const perExample: Map<number, number>[] = [];
  const byFeature = new Map<number, { counts: Float64Array; seen: number }>();
  const totals = new Float64Array(n);
  const memberWeight = new Float64Array(n);
  for (const example of examples) memberWeight[example.member]! += example.weight;
  const weightOf = (example: ClusterExample): number =>
    (example.weight / memberWeight[example.member]!) * (examples.length / n);
  for (const example of examples) {
    const counts = new Map<number, number>();
    textFeatures(example.text, (hash) => counts.set(hash, (counts.get(hash) ?? 0) + 1));
    perExample.push(counts);
    const w = weightOf(example);
    for (const [hash, count] of counts) {
      let entry = byFeature.get(hash);
      if (!entry) byFeature.set(hash, (entry = { counts: new Float64Array(n), seen: 0 }));
      entry.counts[example.member]! += w * count;
      entry.seen++;
      totals[example.member]! += w * count;
    }
  }

  // Selection: the features whose relative frequencies differ most between the members.
  const smoothing = 1e-6;
  const scored: [number, number][] = [];
  for (const [hash, { counts, seen }] of byFeature) {
    if (seen < minCount) continue;
    let mean = 0;
    const p = new Float64Array(n);
    for (let m = 0; m < n; m++) {
      p[m] = counts[m]! / Math.max(totals[m]!, 1) + smoothing;
      mean += p[m]! / n;
    }
    let score = 0;
    for (let m = 0; m < n; m++) score += p[m]! * Math.log(p[m]! / mean);
    scored.push([hash, score]);
  }
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const selected = scored
    .slice(0, config.features)
    .map(([hash]) => hash)
    .sort((a, b) => a - b);
  const column = new Map(selected.map((hash, i) => [hash, i]));

  // Sparse rows of the examples over the selected features, in a fixed order.
  const rows = examples.map((example, i) => {
    const indexes: number[] = [];
    const values: number[] = [];
    for (const [hash, count] of perExample[i]!) {
      const c = column.get(hash);
      if (c !== undefined) {
        indexes.push(c);
        values.push(count);
      }
    }
    const among = example.among ?? 2 ** n - 1;
    return { member: example.member, weight: weightOf(example), among, indexes, values, key: orderKey(example, i) };
  });
  rows.sort((a, b) => a.key - b.key);

  // Multinomial logistic regression, AdaGrad.
  const weights = new Float64Array(selected.length * n);
  const squares = new Float64Array(selected.length * n).fill(1e-8);
  const bias = new Float64Array(n);
  const biasSquares = new Float64Array(n).fill(1e-8);
  const z = new Float64Array(n);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const row of rows) {
      for (let m = 0; m < n; m++) z[m] = bias[m]!;
      for (let k = 0; k < row.indexes.length; k++) {
        const at = row.indexes[k]! * n;
        const v = row.values[k]!;
        for (let m = 0; m < n; m++) z[m]! += weights[at + m]! * v;
      }
      let top = -Infinity;
      for (let m = 0; m < n; m++) if (row.among & (1 << m)) top = Math.max(top, z[m]!);
      let sum = 0;
      for (let m = 0; m < n; m++) sum += z[m] = row.among & (1 << m) ? Math.exp(z[m]! - top) : 0;
      // z now holds the gradient of the loss with respect to each logit: p - [m = member], times the weight.
      for (let m = 0; m < n; m++) z[m] = row.weight * (z[m]! / sum - (m === row.member ? 1 : 0));
      for (let m = 0; m < n; m++) {
        const g = z[m]!;
        biasSquares[m]! += g * g;
        bias[m]! -= (rate * g) / Math.sqrt(biasSquares[m]!);
      }
      for (let k = 0; k < row.indexes.length; k++) {
        const at = row.indexes[k]! * n;
        const v = row.values[k]!;
        for (let m = 0; m < n; m++) {
          const g = z[m]! * v + l2 * weights[at + m]!;
          squares[at + m]! += g * g;
          weights[at + m]! -= (rate * g) / Math.sqrt(squares[at + m]!);
        }
      }
    }
  }

  // Quantization: each feature's weights centred (the softmax does not change), int8 at one scale.
  let largest = 0;
  for (let f = 0; f < selected.length; f++) {
    let mean = 0;
    for (let m = 0; m < n; m++) mean += weights[f * n + m]! / n;
    for (let m = 0; m < n; m++) {
      weights[f * n + m]! -= mean;
      largest = Math.max(largest, Math.abs(weights[f * n + m]!));
    }
  }
  const scale = round(largest > 0 ? largest / 127 : 1, 6);
  const bytes: number[] = [];
  let previous = 0;
  for (let f = 0; f < selected.length; f++) {
    const q = Array.from({ length: n }, (_, m) =>
      Math.max(-127, Math.min(127, Math.round(weights[f * n + m]! / scale))),
    );
    if (q.every((x) => x === 0)) continue;
    writeVarint(bytes, selected[f]! - previous);
    previous = selected[f]!;
    for (const x of q) bytes.push(x & 0xff);
  }
  let biasMean = 0;
  for (let m = 0; m < n; m++) biasMean += bias[m]! / n;
  return {
    tags: tags.join(' '),
    scale,
    bias: Array.from(bias, (b) => round(b - biasMean, 4)),
    weights: encodeBase64(Uint8Array.from(bytes)),
  };
}
