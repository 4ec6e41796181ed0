// Contribution of each derived training text (packages/langid/scripts/transliterate.ts, issue #17), measured
// separately: a tier's configuration is trained in memory with the licensed sources plus one derivation at a
// time, scored on capped evaluation sets (mean over labels of per-label accuracy; `und` is wrong), with the
// per-label accuracy of the labels the derivations are for.
//   npx tsx --conditions=@nomina/source bench/langid/derived.ts [--tier default|full] [--limit 200] [--sets tatoeba] [--variants a,b] [--max-features N] [--derived-features N]
// Evaluation data is read here only, never by training.
import { gzipSync } from 'node:zlib';
import { createDetector } from '../../packages/langid/src/detect/detect.js';
import { tatoebaSamples, udhrSamples, wordlistSamples } from '../../packages/langid/scripts/corpus.js';
import { TIERS, trainTier } from '../../packages/langid/scripts/train.js';
import { DERIVATIONS, derivedSamples } from '../../packages/langid/scripts/transliterate.js';
import { evaluationSets, scoreSets } from './sets.js';
import { option } from '../harness.js';

const tierName = option('tier') ?? 'default';
const limit = Number(option('limit') ?? 200);
const maxFeatures = option('max-features');
const derivedFeatures = option('derived-features');
const config = {
  ...TIERS.find((t) => t.name === tierName)!,
  ...(maxFeatures ? { maxFeatures: Number(maxFeatures) } : {}),
  ...(derivedFeatures ? { derivedFeatures: Number(derivedFeatures) } : {}),
};
const sets = evaluationSets(limit);
const wanted = option('sets')?.split(',');
if (wanted) for (const name of [...sets.keys()]) if (!wanted.includes(name)) sets.delete(name);
const LABELS = [
  'tat_Latn',
  'tat',
  'bel_Latn',
  'bel',
  'uzb_Latn',
  'uzb_Cyrl',
  'lad',
  'lad_Latn',
  'crh_Latn',
  'tur',
  'pol',
];

const licensed = [...udhrSamples(), ...tatoebaSamples()!, ...wordlistSamples()!];
const only = (language: string) => DERIVATIONS.filter((d) => d.language === language);
const variants: Record<string, () => typeof licensed> = {
  base: () => licensed,
  tt: () => [...licensed, ...derivedSamples(licensed, only('tt'), false)],
  be: () => [...licensed, ...derivedSamples(licensed, only('be'), false)],
  uz: () => [...licensed, ...derivedSamples(licensed, only('uz'), false)],
  lad: () => [...licensed, ...derivedSamples(licensed, only('lad'), false)],
  apostrophes: () => [...licensed, ...derivedSamples(licensed, [], true)],
  all: () => [...licensed, ...derivedSamples(licensed)],
};
const chosen = option('variants')?.split(',') ?? Object.keys(variants);
console.log(`| variant | ${[...sets.keys()].join(' | ')} | ${LABELS.join(' | ')} | model gzip |`);
for (const name of chosen) {
  const started = Date.now();
  const { data, module } = trainTier(variants[name]!(), config, name);
  const { detect } = createDetector(data);
  const { means, perLabel } = scoreSets(sets, detect);
  const labels = LABELS.map((l) => {
    const accuracy = perLabel.get(`tatoeba:${l}`);
    return accuracy === undefined ? '—' : (accuracy * 100).toFixed(1);
  });
  console.log(
    `| ${name} | ${[...means.values()].map((m) => `${(m * 100).toFixed(2)}%`).join(' | ')} | ${labels.join(' | ')} | ${gzipSync(module, { level: 9 }).length} | (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}
