// @nomina/lgr — Label Generation Rules (RFC 7940): parse, validate labels with dispositions and variants,
// index labels for collisions, and check an LGR before publishing it.
export { parseLgr, LGR_NAMESPACE, type ParseLgrResult } from './parse/lgr.js';
export { usableLgr } from './parse/usable.js';
export {
  validateLabel,
  type LabelValidation,
  type LgrReason,
  type LgrVariantLabel,
  type ValidateLabelOptions,
} from './validate/label.js';
export {
  DEFAULT_ACTIONS,
  REFUSED_DISPOSITIONS,
  type Lgr,
  type LgrAction,
  type LgrChar,
  type LgrMeta,
  type LgrRange,
  type LgrRule,
  type LgrVariant,
  type Matcher,
  type Count,
} from './model.js';
export type { ActionDecision } from './validate/actions.js';
export type { LgrIssue, LgrIssueCode } from './issues.js';
export * from './limits.js';
export { variantOf, type VariantRelation } from './validate/label.js';
export { indexLabel } from './collide/index-label.js';
export { registeredLabel } from './collide/registered-label.js';
export {
  CollisionIndex,
  type Collision,
  type CollisionCheck,
  type CollisionCheckOptions,
} from './collide/collision-index.js';
export { checkLgr, type LgrCheck, type LgrSummary } from './check/check.js';
