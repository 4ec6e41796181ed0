// @nomina/langtag — BCP 47 language tags: parse, validate, canonicalize, maximize, minimize,
// filter, lookup, match, display names. Each concern is also a subpath entry (./parse, ./validate,
// ./canonicalize, ./likely, ./match, ./display); with `sideEffects: false` a bundler keeps only
// the tables the imported functions use (`parse` alone pulls none).
export * from './parse.js';
export { validate, isValid, assertValid, type ValidateResult } from './validity/validate.js';
export { canonicalize, type CanonicalForm, type CanonicalizeOptions } from './canonical/canonicalize.js';
export { maximize, minimize, type MinimizeOptions } from './likely/likely.js';
export { parentLocale, fallbackChain } from './inheritance/parent-locales.js';
export { MEMO_LIMIT, MEMO_KEY_LIMIT, MAX_FALLBACK_CHAIN } from './limits.js';
export type { TagResult } from './result.js';
export { REGISTRY_DATE, CLDR_VERSION } from './data/version.js';
export * from './match.js';
export * from './display.js';
