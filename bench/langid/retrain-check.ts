// Full retrain check: trains every tier from scratch and compares with the checked-in tables byte for
// byte (the test suite checks a subset; this checks everything, in about a minute).
//   npx tsx --conditions=@nomina/source bench/langid/retrain-check.ts
import { readFileSync } from 'node:fs';
import { parseTable } from '../../scripts/gen-lib.js';
import { loadSamples, modelPath, TIERS, trainTier } from '../../packages/langid/scripts/train.js';

const { samples, provenance } = loadSamples();
let failed = 0;
for (const config of TIERS) {
  const started = Date.now();
  const { module } = trainTier(samples, config, provenance);
  // The checked-in table is the contract's banner + the module's body (its first line, the old banner, replaced).
  const same =
    parseTable(readFileSync(modelPath(config.name), 'utf8'))?.body === module.slice(module.indexOf('\n') + 1);
  if (!same) failed++;
  console.log(`${config.name}: ${same ? 'identical' : 'DIFFERENT'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
process.exit(failed ? 1 : 0);
