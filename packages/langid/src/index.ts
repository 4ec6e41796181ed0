// @nomina/langid — language identification with script-qualified BCP 47 tags (default tier).
import { MODEL } from './data/model-default.js';
import { createTier } from './create-tier.js';

export const { TIER, detect, languages, detectSpans, model } = createTier('default', MODEL);
export * from './tier.js';
