// Decoded registry tables (lazy). Importing this module pulls the registry records (~12 kB gzip).
import { decodeRecords, lazy, type RegistryRecord } from './decode.js';
import { EXTLANGS, GRANDFATHEREDS, LANGUAGES, REDUNDANTS, REGIONS, SCRIPTS, VARIANTS } from './registry.js';

export type { RegistryRecord };
export const languages = /* @__PURE__ */ lazy(() => decodeRecords(LANGUAGES));
export const extlangs = /* @__PURE__ */ lazy(() => decodeRecords(EXTLANGS));
export const scripts = /* @__PURE__ */ lazy(() => decodeRecords(SCRIPTS));
export const regions = /* @__PURE__ */ lazy(() => decodeRecords(REGIONS));
export const variants = /* @__PURE__ */ lazy(() => decodeRecords(VARIANTS));
export const grandfathered = /* @__PURE__ */ lazy(() => decodeRecords(GRANDFATHEREDS));
export const redundant = /* @__PURE__ */ lazy(() => decodeRecords(REDUNDANTS));

/** RFC 5646 §3.1: the registry's private-use ranges (`qaa..qtz`, `Qaaa..Qabx`, `QM..QZ`, `XA..XZ`, plus AA, ZZ). */
export function isPrivateUseLanguage(lower: string): boolean {
  return lower.length === 3 && lower.charCodeAt(0) === 0x71 && lower.charCodeAt(1) >= 0x61 && lower.charCodeAt(1) <= 0x74;
}
export function isPrivateUseScript(lower: string): boolean {
  return lower.startsWith('qa') && (lower.charCodeAt(2) === 0x61 || (lower.charCodeAt(2) === 0x62 && lower.charCodeAt(3) <= 0x78));
}
export function isPrivateUseRegion(upper: string): boolean {
  const a = upper.charCodeAt(0), b = upper.charCodeAt(1);
  return upper.length === 2 && ((a === 0x51 && b >= 0x4d) || a === 0x58 || upper === 'AA' || upper === 'ZZ');
}
