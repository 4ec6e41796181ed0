// Subpath entry `@nomina/langtag/canonicalize`: RFC 5646 §4.5 and UTS #35 Annex C canonical forms.
export { canonicalize, type CanonicalForm, type CanonicalizeOptions } from './canonical/canonicalize.js';
export type { TagResult } from './result.js';
export { REGISTRY_DATE, CLDR_VERSION } from './data/version.js';
