// IDNA2008 (RFC 5890–5893): the derived property of RFC 5892, the contextual rules, and the registration
// and lookup checks of RFC 5891 with a three-way verdict for registries.
export { getIdna2008Property, IDNA2008_UNICODE_VERSION, type Idna2008Property } from './property.js';
export { checkContextO, contextoRuleOf, type ContextoFailure, type ContextoRule } from '../rules/contexto.js';
export { PROFILES, type LabelKind, type Profile } from './label.js';
export {
  assertRegistrable,
  checkDomain,
  inspectDomain,
  inspectLabel,
  inspectLabelPair,
  type DeviationCharacter,
  type Deviations,
  type DomainCheck,
  type DomainReport,
  type InspectOptions,
  type LabelReport,
  type Verdict,
} from './inspect.js';
