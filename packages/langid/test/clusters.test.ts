// The second stage (issue 17): clusters of close languages decided by a per-cluster log-linear model
// (src/model/clusters.ts), stored in the model data and in the bytes of `model.save()` (format 2).
import { describe, expect, test } from 'vitest';
import { MODEL } from '../src/data/model-default.js';
import { rankLanguages } from '../src/detect/rank.js';
import { candidateMask } from '../src/model/build.js';
import { encodeModel } from '../src/model/bytes.js';
import { trainCluster } from '../src/model/cluster-train.js';
import { decodeClusters } from '../src/model/clusters.js';
import { decodeBase64, decodeModel, encodeBase64, type ModelData } from '../src/model/model.js';
import { textFeatures } from '../src/features/extract.js';
import { detect, extendModel, loadModel, model as shipped, MODEL_FORMAT_VERSION, trainModel } from '../src/index.js';

const withoutClusters = (data: ModelData): ModelData => {
  const { clusters: _, ...rest } = data;
  return rest;
};

/** Texts of the shipped clusters' languages (our own sentences, written for this test). */
const TEXTS = [
  'Tko zna što će biti sutra, tisuću puta sam ti rekao.',
  'Ko zna šta će biti sutra, hiljadu puta sam ti rekao.',
  'Dnes večer pôjdem do mesta s priateľmi.',
  'Danes zvečer grem v mesto s prijatelji.',
  'Saya tidak boleh datang kerana sibuk sangat.',
  'Saya tidak bisa datang karena sangat sibuk.',
  'Jeg har ikke tid i dag, men kanskje i morgen.',
  'Ngiyabonga kakhulu ngosizo lwakho.',
];

describe('second stage', () => {
  test('the shipped tiers have clusters, and every member is a tag of the tier', () => {
    expect(MODEL.clusters!.length).toBeGreaterThanOrEqual(5);
    const tags = new Set(MODEL.tags.split(' '));
    for (const cluster of MODEL.clusters!) for (const tag of cluster.tags.split(' ')) expect(tags.has(tag)).toBe(true);
  });

  test.each(TEXTS)('keeps the cluster’s probability mass and every score outside it: %s', (text) => {
    const withStage = decodeModel(MODEL);
    const firstOnly = decodeModel(withoutClusters(MODEL));
    const mask = candidateMask(withStage, text);
    const after = rankLanguages(withStage, text, mask);
    const before = rankLanguages(firstOnly, text, mask);
    const best = before[0]!.index;
    const cluster = withStage.clusterOf[best]!;
    const inCluster = (l: number): boolean => cluster >= 0 && withStage.clusterOf[l] === cluster;
    const mass = (ranked: typeof after): number =>
      ranked.filter((r) => inCluster(r.index)).reduce((sum, r) => sum + r.probability, 0);
    expect(mass(after)).toBeCloseTo(mass(before), 9);
    const scoreOf = new Map(before.map((r) => [r.index, r.score]));
    for (const r of after) if (!inCluster(r.index)) expect(r.score).toBe(scoreOf.get(r.index));
  });

  test('the second stage moves the members’ scores of the texts of cluster languages', () => {
    const withStage = decodeModel(MODEL);
    const firstOnly = decodeModel(withoutClusters(MODEL));
    const moved = TEXTS.filter((text) => {
      const mask = candidateMask(withStage, text);
      const after = rankLanguages(withStage, text, mask);
      const before = new Map(rankLanguages(firstOnly, text, mask).map((r) => [r.index, r.score]));
      return after.some((r) => r.score !== before.get(r.index));
    });
    expect(moved.length).toBeGreaterThanOrEqual(TEXTS.length - 1);
  });

  test('a text whose best first-stage answer is in no cluster is ranked as without the second stage', () => {
    const text = 'The weather is lovely today and we are going to the beach.';
    const withStage = decodeModel(MODEL);
    const mask = candidateMask(withStage, text);
    expect(rankLanguages(withStage, text, mask)).toEqual(
      rankLanguages(decodeModel(withoutClusters(MODEL)), text, mask),
    );
  });

  test('`only` naming one member: the second stage does not apply (one member present)', () => {
    expect(detect('Tko zna što će biti sutra.', { only: ['bs'] }).tag).toBe('bs-Latn');
  });

  test('cluster training is deterministic and learns a word that tells two made-up members apart', () => {
    const examples = [
      ...Array.from({ length: 40 }, (_, i) => ({ member: 0, text: `kato lumi ${i % 7 ? 'sava' : 'pel'}`, weight: 1 })),
      ...Array.from({ length: 40 }, (_, i) => ({ member: 1, text: `kato lumi ${i % 7 ? 'sevo' : 'pel'}`, weight: 1 })),
    ];
    const a = trainCluster(['qaa', 'qab'], examples, { features: 50 });
    expect(trainCluster(['qaa', 'qab'], examples, { features: 50 })).toEqual(a);
    const [cluster] = decodeClusters([a], ['qaa', 'qab'], decodeBase64).clusters;
    const logits = (text: string): number[] => {
      const sums = [cluster!.bias[0]!, cluster!.bias[1]!];
      textFeatures(text, (hash) => {
        const row = cluster!.find(hash);
        if (row >= 0) for (let m = 0; m < 2; m++) sums[m]! += cluster!.scale * cluster!.weights[row * 2 + m]!;
      });
      return sums;
    };
    const [a0, a1] = logits('lumi sava kato');
    const [b0, b1] = logits('lumi sevo kato');
    expect(a0!).toBeGreaterThan(a1! + 1);
    expect(b1!).toBeGreaterThan(b0! + 1);
    // A cluster whose members are no tags of the model is left out.
    expect(decodeModel({ ...withoutClusters(MODEL), clusters: [a] }).clusters).toHaveLength(0);
  });
});

describe('model bytes, format 2', () => {
  test('save → loadModel keeps the clusters of the shipped model; detect answers alike', () => {
    const loaded = loadModel(shipped().save());
    expect(loaded.ok).toBe(true);
    expect(loaded.value!.data.clusters).toEqual(MODEL.clusters);
    for (const text of TEXTS) expect(detect(text, { model: loaded.value! }).tag).toBe(detect(text).tag);
  });

  test('format 1 bytes (before the second stage) are refused with MODEL_VERSION, saying what to do', async () => {
    const bytes = (await trainModel([{ tag: 'qaa', text: 'kato lumi sava' }])).save();
    expect(MODEL_FORMAT_VERSION).toBe(3); // 3 adds the word table; format 2 is still read (test/words.test.ts)
    bytes[4] = 1;
    const read = loadModel(bytes);
    expect(read.issues.map((i) => i.code)).toEqual(['MODEL_VERSION']);
    expect(read.issues[0]!.message).toMatch(/older .*train or extend the model again/);
  });

  test('clusters that name a tag the model lacks, or damaged weights, are MODEL_CORRUPT', async () => {
    const base = (
      await trainModel([
        { tag: 'qaa', text: 'kato lumi sava' },
        { tag: 'qab', text: 'zor blim xa' },
      ])
    ).data;
    const good = { tags: 'qaa qab', scale: 0.01, bias: [0, 0], weights: encodeBase64(Uint8Array.from([5, 1, 255])) };
    // Bytes with `clusters` in the header, as a damaged or hand-made file could hold them.
    const save = (clusters: unknown): Uint8Array =>
      encodeModel({ ...base, clusters: clusters as ModelData['clusters'] });
    expect(loadModel(save([good])).ok).toBe(true);
    expect(loadModel(save([{ ...good, tags: 'qaa qzz' }])).issues[0]!.code).toBe('MODEL_CORRUPT');
    expect(loadModel(save([{ ...good, bias: [0] }])).issues[0]!.code).toBe('MODEL_CORRUPT');
    expect(loadModel(save([{ ...good, weights: encodeBase64(Uint8Array.from([5, 1])) }])).issues[0]!.code).toBe(
      'MODEL_CORRUPT',
    );
    expect(loadModel(save([good, good])).issues[0]!.code).toBe('MODEL_CORRUPT');
  });

  test('a user model has no clusters; extendModel keeps the base’s', async () => {
    const own = await trainModel([
      { tag: 'qaa', text: 'kato lumi sava pel' },
      { tag: 'qab', text: 'zor blim xa vex' },
    ]);
    expect(own.data.clusters).toBeUndefined();
    const extended = await extendModel(shipped(), [{ tag: 'qaa', text: 'kato lumi sava pel' }]);
    expect(extended.data.clusters).toEqual(MODEL.clusters);
    for (const text of TEXTS) expect(detect(text, { model: extended }).tag).toBe(detect(text).tag);
  });
});
