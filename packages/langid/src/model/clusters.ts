// Second stage: inside a cluster of close languages (Bosnian, Croatian, Serbian; Czech, Slovak, Slovenian…)
// the naive Bayes tables of the first stage, a few hundred frequent features per language, hold little of what
// tells the members apart. When the first stage's best candidate is a member of a cluster, a per-cluster
// log-linear (multinomial logistic) model decides among the members the text's script allows, over the
// features that differ most between them (selected and trained at training time: model/cluster-train.ts):
//
// | step         | what                                                                                   |
// |--------------|----------------------------------------------------------------------------------------|
// | trigger      | the best first-stage score is a cluster member's, and another member is a candidate    |
// | logits       | z[m] = bias[m] + scale · Σ over the text's features f of w[f, m] (int8, per member)    |
// | combine      | within the cluster, P(m) ∝ P1(m) · softmax(z)[m] (a product of the first stage's and  |
// |              | the log-linear model's distributions); the members' first-stage probability mass P(C) |
// |              | (softmax at the model's temperature) is kept: scores outside the cluster do not move  |
//
// The scores it writes go through the same softmax and calibration as the first stage's (calibration is
// fitted with the second stage in place), so `confidence` keeps its meaning.
import type { FeatureCounts } from '../features/extract.js';
import { readVarint } from './varint.js';

/** One cluster as stored in the model data (src/data/model-*.ts, and the header of `model.save()`). */
export interface ClusterData {
  /** Member tags (tags of the model), space-separated. */
  tags: string;
  /** Nats per unit of a quantized weight. */
  scale: number;
  /** Bias of each member (nats). */
  bias: readonly number[];
  /**
   * Base64: per feature in ascending hash order, varint(hash gap), then one signed byte (two's complement)
   * per member: its weight in units of `scale`.
   */
  weights: string;
}

/** A cluster, decoded. */
export interface LanguageCluster {
  /** Model indexes of the members, in the order of the weights. */
  readonly members: readonly number[];
  readonly bias: Float64Array;
  readonly scale: number;
  /** Row of a feature hash in `weights` (members.length entries per row), or -1. */
  find(hash: number): number;
  readonly weights: Int8Array;
}

/**
 * An open-addressing index of ascending, distinct 32-bit keys: key → its position, or -1. A slot holds the key
 * and its position side by side (one cache line read per probe, not two: the full tier's index is 16 MB).
 */
export function keyIndex(keys: ArrayLike<number>): (hash: number) => number {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  // Slot s: key at 2s (-1 when empty), position at 2s + 1.
  const slots = new Int32Array(2 * size).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    let slot = (Math.imul(k, 0x9e3779b1) >>> 0) & mask;
    while (slots[2 * slot] !== -1) slot = (slot + 1) & mask;
    slots[2 * slot] = k;
    slots[2 * slot + 1] = i;
  }
  return (hash: number): number => {
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const k = slots[2 * slot]!;
      if (k === hash) return slots[2 * slot + 1]!;
      if (k === -1) return -1;
      slot = (slot + 1) & mask;
    }
  };
}

/** Reads the varints and weight bytes of one cluster; undefined when they are malformed (see `clusterProblem`). */
export function readClusterWeights(
  bytes: Uint8Array,
  members: number,
): { keys: Uint32Array; weights: Int8Array } | undefined {
  const keys: number[] = [];
  const weights: number[] = [];
  const cursor = { at: 0 };
  let key = 0;
  while (cursor.at < bytes.length) {
    const gap = readVarint(bytes, cursor);
    if (gap === undefined || (gap === 0 && keys.length > 0)) return undefined;
    key += gap;
    if (key >= 2 ** 32 || cursor.at + members > bytes.length) return undefined;
    keys.push(key);
    for (let m = 0; m < members; m++) weights.push((bytes[cursor.at++]! << 24) >> 24);
  }
  return { keys: Uint32Array.from(keys), weights: Int8Array.from(weights) };
}

/**
 * The clusters of a model whose members are all among `tags` (at least two, none in two clusters); others are
 * left out. `decode` turns base64 into bytes.
 */
export function decodeClusters(
  clusters: readonly ClusterData[] | undefined,
  tags: readonly string[],
  decode: (text: string) => Uint8Array,
): { clusters: LanguageCluster[]; clusterOf: Int32Array } {
  const indexOfTag = new Map(tags.map((tag, i) => [tag, i]));
  const clusterOf = new Int32Array(tags.length).fill(-1);
  const out: LanguageCluster[] = [];
  for (const cluster of clusters ?? []) {
    const members = cluster.tags.split(' ').map((tag) => indexOfTag.get(tag) ?? -1);
    if (
      members.length < 2 ||
      members.some((l) => l < 0 || clusterOf[l] !== -1) ||
      new Set(members).size < members.length
    )
      continue;
    const read = readClusterWeights(decode(cluster.weights), members.length);
    if (!read) continue;
    for (const l of members) clusterOf[l] = out.length;
    out.push({
      members,
      bias: Float64Array.from(cluster.bias),
      scale: cluster.scale,
      find: keyIndex(read.keys),
      weights: read.weights,
    });
  }
  return { clusters: out, clusterOf };
}

/** Why stored clusters are malformed (for `loadModel`), or undefined when they are sound. */
export function clusterProblem(
  clusters: unknown,
  tags: readonly string[],
  decode: (text: string) => Uint8Array,
): string | undefined {
  if (clusters === undefined) return undefined;
  if (!Array.isArray(clusters)) return 'clusters is not a list';
  const known = new Set(tags);
  const seen = new Set<string>();
  for (const cluster of clusters as Partial<ClusterData>[]) {
    if (cluster === null || typeof cluster !== 'object') return 'a cluster is not an object';
    const { tags: members, scale, bias, weights } = cluster;
    if (typeof members !== 'string' || typeof weights !== 'string' || typeof scale !== 'number' || !(scale > 0))
      return 'a cluster lacks tags, scale or weights';
    const list = members.split(' ');
    if (list.length < 2 || list.some((tag) => !known.has(tag) || seen.has(tag)) || new Set(list).size < list.length)
      return 'a cluster names a tag the model does not have, or one twice';
    for (const tag of list) seen.add(tag);
    if (
      !Array.isArray(bias) ||
      bias.length !== list.length ||
      !bias.every((b) => typeof b === 'number' && Number.isFinite(b))
    )
      return 'a cluster has no bias per member';
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(weights) || weights.length % 4 !== 0)
      return 'a cluster’s weights are not base64';
    if (!readClusterWeights(decode(weights), list.length)) return 'a cluster’s weights are cut or out of order';
  }
  return undefined;
}

/**
 * The second stage on first-stage `scores` (nats, written for the indexes in `candidates`): when the best
 * candidate is a member of a cluster and at least one other member is a candidate, the log-linear model's
 * log-softmax is added to the members' scores (× `temperature`), then they are shifted together so that their
 * softmax mass at `temperature` stays. `features` are the text's features with their counts (as the first stage reads them).
 */
export function applyCluster(
  clusters: readonly LanguageCluster[],
  clusterOf: Int32Array,
  features: FeatureCounts,
  scores: Float64Array,
  candidates: readonly number[],
  mask: Uint8Array,
  temperature: number,
): void {
  let best = -1;
  for (const l of candidates) if (best < 0 || scores[l]! > scores[best]!) best = l;
  if (best < 0 || clusterOf[best] === -1) return;
  const cluster = clusters[clusterOf[best]!]!;
  const { members, weights } = cluster;
  let present = 0;
  for (const l of members) if (mask[l] === 1) present++;
  if (present < 2) return;
  const n = members.length;
  const sums = new Float64Array(n);
  for (let i = 0; i < features.distinct; i++) {
    const row = cluster.find(features.hashes[i]!);
    if (row < 0) continue;
    // Integer sums, as in scoreFeatures: a feature seen n times counts n times.
    const times = features.counts[i]!;
    for (let m = 0, at = row * n; m < n; m++, at++) sums[m]! += weights[at]! * times;
  }
  // The members' mass at the temperature, before and after adding the log-linear model's log-softmax (a product
  // of the two models' distributions over the members present), so that the cluster's mass stays.
  let zTop = -Infinity;
  for (let m = 0; m < n; m++) {
    if (mask[members[m]!] !== 1) continue;
    sums[m] = cluster.bias[m]! + cluster.scale * sums[m]!;
    zTop = Math.max(zTop, sums[m]!);
  }
  let z = 0;
  for (let m = 0; m < n; m++) if (mask[members[m]!] === 1) z += Math.exp(sums[m]! - zTop);
  const logZ = zTop + Math.log(z);
  const top = scores[best]!;
  let before = 0;
  let after = 0;
  for (let m = 0; m < n; m++) {
    const l = members[m]!;
    if (mask[l] !== 1) continue;
    before += Math.exp((scores[l]! - top) / temperature);
    scores[l] = scores[l]! + temperature * (sums[m]! - logZ);
    after += Math.exp((scores[l]! - top) / temperature);
  }
  const shift = temperature * Math.log(before / after);
  for (const l of members) if (mask[l] === 1) scores[l] = scores[l]! + shift;
}
