// @nomina/langid — language identification with script-qualified BCP 47 tags (full tier: every language).
import { MODEL } from './data/model-full.js';
import { createDetector } from './detect/detect.js';
import { createSpanDetector } from './detect/spans.js';

const detector = createDetector(MODEL);

/** Tier of this entry point's model. */
export const TIER = 'full';
/** Language of `text`: best tag, calibrated confidence, candidates; `und`/`zxx` with the reason. */
export const detect = detector.detect;
/** Every tag this tier can answer. */
export const languages = detector.languages;
/** Spans of `text` in different languages or scripts. */
export const detectSpans = createSpanDetector(detector);

export { createDetector, DEFAULT_MIN_CONFIDENCE, sampleText } from './detect/detect.js';
export type { Candidate, Detection, DetectIssue, DetectIssueCode, DetectOptions, Detector } from './detect/detect.js';
export { createSpanDetector } from './detect/spans.js';
export type { Span, SpanOptions, SpanResult } from './detect/spans.js';
export { MAX_SPANS_LENGTH, MAX_TAG_LIST, MAX_TOP, SAMPLE_LENGTH } from './limits.js';
export type { ModelData } from './model/model.js';
export { HAN_DATA_VERSION } from './data/han.js';
export { UNICODE_VERSION } from '@nomina/ucd';
