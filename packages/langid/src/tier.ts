// What both entry points (default and full tier) export besides their tier's bound functions.
export { createDetector, DEFAULT_MIN_CONFIDENCE, sampleText } from './detect/detect.js';
export type { Candidate, Detection, DetectIssue, DetectIssueCode, DetectOptions, Detector } from './detect/detect.js';
export { createSpanDetector } from './detect/spans.js';
export type { Span, SpanOptions, SpanResult } from './detect/spans.js';
export {
  MAX_CALIBRATION_PAIRS,
  MAX_CALIBRATION_TEXTS,
  MAX_HELDOUT_PER_LANGUAGE,
  MAX_SPANS_LENGTH,
  MAX_TAG_LIST,
  MAX_TOP,
  MAX_TRAINING_FEATURES,
  MAX_TRAINING_LANGUAGES,
  SAMPLE_LENGTH,
  SPAN_MEMO_KEY_LIMIT,
  SPAN_MEMO_LIMIT,
} from './limits.js';
export type { ModelData } from './model/model.js';
export { extendModel, loadModel, trainModel } from './model/train.js';
export type { Model, TrainingSample, TrainOptions } from './model/train.js';
export { MODEL_FORMAT_VERSION } from './model/bytes.js';
export type { ModelIssueCode } from './model/bytes.js';
export type { Tier } from './create-tier.js';
export { HAN_DATA_VERSION } from './data/han.js';
export { UNICODE_VERSION } from '@nomina/ucd';
