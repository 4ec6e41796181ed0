// @nomina/langid — language identification with script-qualified BCP 47 tags (full tier: every language).
import { MODEL } from './data/model-full.js';
import { createTier } from './create-tier.js';

export const { TIER, detect, languages, detectSpans, model } = createTier('full', MODEL);
export * from './tier.js';
