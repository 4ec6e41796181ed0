// Subpath entry `@nomina/langtag/validate`: RFC 5646 validity against the IANA registry.
export { validate, isValid, assertValid, type ValidateResult } from './validity/validate.js';
export { REGISTRY_DATE } from './data/version.js';
