// A tier: the detector bound to one model (each entry point makes one; not exported).
import type { ModelData } from './model/model.js';
import { createDetector, type Detector } from './detect/detect.js';
import { createSpanDetector } from './detect/spans.js';
import { modelOf, type Model } from './model/train.js';

export interface Tier {
  /** Tier of the entry point's model. */
  readonly TIER: string;
  /** Language of `text`: best tag, calibrated confidence, candidates; `und`/`zxx` with the reason. */
  readonly detect: Detector['detect'];
  /** Every tag this tier can answer. */
  readonly languages: Detector['languages'];
  /** Spans of `text` in different languages or scripts. */
  readonly detectSpans: ReturnType<typeof createSpanDetector>;
  /** The tier's model (a copy of its data), to extend with `extendModel` or save. */
  readonly model: () => Model;
}

export function createTier(name: string, model: ModelData): Tier {
  const detector = createDetector(model);
  return {
    TIER: name,
    detect: detector.detect,
    languages: detector.languages,
    detectSpans: createSpanDetector(detector),
    model: () =>
      modelOf({ ...model, floors: [...model.floors], priors: [...model.priors], calibration: [...model.calibration] }),
  };
}
