// @nomina/security — look-alike names (UTS #39, Unicode 17.0.0).
//
// | Function                       | Standard                                              | Module                            |
// | ------------------------------ | ----------------------------------------------------- | --------------------------------- |
// | skeleton, bidiSkeleton         | UTS #39 §4 (confusables.txt), UAX #9 for bidi         | confusable/skeleton.ts, bidi.ts, uba.ts |
// | areConfusable, confusableKind  | UTS #39 §4 single-/mixed-/whole-script confusables    | confusable/are-confusable.ts      |
// | isIntentional                  | UTS #39 §4 intentional.txt                            | confusable/intentional.ts         |
// | identifierStatus, …Type,       | UTS #39 §3.1 (IdentifierStatus.txt, IdentifierType.txt)| identifier/status.ts             |
// |   inGeneralSecurityProfile     |                                                       |                                   |
// | identifierProfile              | UTS #39 §3.1, §5.2, §5.3, §5.4                        | identifier/profile.ts             |
// | detectMixedNumbers, digitZero  | UTS #39 §5.3                                          | detection/numbers.ts              |
// | detectSuspicious               | UTS #39 §5.4 (and §4 whole-script look-alikes)        | detection/suspicious.ts           |
// | createSkeletonIndex, load…     | UTS #39 §4 skeletons as keys over a whole zone        | index/skeleton-index.ts           |
// | domainLookalikes               | UTS #39 §4: a domain name's look-alikes in such an index | index/domain-lookalikes.ts     |
// | displayPolicy, DISPLAY_PROFILES| UTS #39 §3–5 as browsers apply them (Mozilla, Chromium)| display/policy.ts, profiles.ts   |
export { UNICODE_VERSION } from '@nomina/ucd';
export { SECURITY_DATA_VERSION } from './data/version.js';
export { skeleton, bidiSkeleton } from './confusable/skeleton.js';
export { PARAGRAPH_DIRECTIONS, type ParagraphDirection } from './confusable/bidi.js';
export {
  areConfusable,
  confusableKind,
  domainConfusableKind,
  CONFUSABLE_KINDS,
  type Confusability,
  type ConfusableKind,
  type ConfusableOptions,
} from './confusable/are-confusable.js';
export { isIntentional } from './confusable/intentional.js';
export {
  identifierStatus,
  identifierType,
  inGeneralSecurityProfile,
  IDENTIFIER_TYPES,
  type IdentifierStatus,
  type IdentifierType,
} from './identifier/status.js';
export {
  identifierProfile,
  type IdentifierProfile,
  type IdentifierProfileOptions,
  type RestrictedCodePoint,
} from './identifier/profile.js';
export { detectMixedNumbers, digitZero, type MixedNumbers } from './detection/numbers.js';
export { detectSuspicious, type SuspiciousOptions } from './detection/suspicious.js';
export {
  createSkeletonIndex,
  loadSkeletonIndex,
  type SkeletonIndex,
  type SkeletonIndexOptions,
  type SkeletonLookup,
  type SkeletonMatch,
} from './index/skeleton-index.js';
export { domainLookalikes, type DomainLookalike, type DomainLookalikes } from './index/domain-lookalikes.js';
export { indexKey, LDH_FOLDING, type LdhFolding } from './index/key.js';
export { displayPolicy, type DisplayDecision, type DisplayOptions } from './display/policy.js';
export { DISPLAY_PROFILES, EXAMPLE_TOP_DOMAINS, type DisplayProfile } from './display/profiles.js';
export { MAX_INPUT_LENGTH, MAX_ISSUES_PER_CODE, MAX_NAME_LENGTH, MAX_NONSPACING_MARKS } from './limits.js';
export type { SecurityIssue, SecurityIssueCode } from './issues.js';
