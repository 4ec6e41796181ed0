// What both entry points (default and full tier) export: the detector bound to a tier's model,
// and the shared API.
import type { ModelData } from './model/model.js';
import { createDetector, type Detector } from './detect/detect.js';
import { createSpanDetector } from './detect/spans.js';

export interface Tier {
  /** Tier of the entry point's model. */
  readonly TIER: string;
  /** Language of `text`: best tag, calibrated confidence, candidates; `und`/`zxx` with the reason. */
  readonly detect: Detector['detect'];
  /** Every tag this tier can answer. */
  readonly languages: Detector['languages'];
  /** Spans of `text` in different languages or scripts. */
  readonly detectSpans: ReturnType<typeof createSpanDetector>;
}

export function createTier(name: string, model: ModelData): Tier {
  const detector = createDetector(model);
  return { TIER: name, detect: detector.detect, languages: detector.languages, detectSpans: createSpanDetector(detector) };
}

export { createDetector, DEFAULT_MIN_CONFIDENCE, sampleText } from './detect/detect.js';
export type { Candidate, Detection, DetectIssue, DetectIssueCode, DetectOptions, Detector } from './detect/detect.js';
export { createSpanDetector } from './detect/spans.js';
export type { Span, SpanOptions, SpanResult } from './detect/spans.js';
export { MAX_SPANS_LENGTH, MAX_TAG_LIST, MAX_TOP, SAMPLE_LENGTH } from './limits.js';
export type { ModelData } from './model/model.js';
export { HAN_DATA_VERSION } from './data/han.js';
export { UNICODE_VERSION } from '@nomina/ucd';
