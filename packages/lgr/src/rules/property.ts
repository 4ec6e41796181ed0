// RFC 7940 §6.2.2 classes defined by a Unicode property: `property="gc:Mn"`, `sc:Latn`, `jt:D`… The
// property and value are the short aliases of the UCD (PropertyAliases.txt, PropertyValueAliases.txt).
// Values come from @nomina/ucd (Unicode 17.0.0), not from the LGR's own `unicode-version`: for code points
// assigned since then the answer can differ from a reference tool pinned to an older Unicode (documented).
//
// | property | accepted values | source |
// |---|---|---|
// | `gc` (General_Category) | the 30 two-letter values and the groups `L`, `LC`, `M`, `N`, `P`, `S`, `Z`, `C` | getGeneralCategory |
// | `sc` (Script) | ISO 15924 codes of the UCD (`Latn`, `Arab`, `Zyyy`…) | getScript |
// | `scx` (Script_Extensions) | idem, a code point is in if its extensions hold the value | getScriptExtensions |
// | `jt` (Joining_Type) | `U`, `C`, `D`, `L`, `R`, `T` | getJoiningType |
// | `bc` (Bidi_Class) | `L`, `R`, `AL`, `NSM`… | getBidiClass |
// | `ccc` (Canonical_Combining_Class) | a number 0–254 | getCombiningClass |
import {
  getBidiClass,
  getCombiningClass,
  getGeneralCategory,
  getJoiningType,
  getScript,
  getScriptExtensions,
} from '@nomina/ucd';
import { MAX_CODE_POINT, type CodePointSet } from '../code-point-set.js';

const GROUPS: Record<string, string[]> = {
  L: ['Lu', 'Ll', 'Lt', 'Lm', 'Lo'],
  LC: ['Lu', 'Ll', 'Lt'],
  M: ['Mn', 'Mc', 'Me'],
  N: ['Nd', 'Nl', 'No'],
  P: ['Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po'],
  S: ['Sm', 'Sc', 'Sk', 'So'],
  Z: ['Zs', 'Zl', 'Zp'],
  C: ['Cc', 'Cf', 'Cs', 'Co', 'Cn'],
};

type Test = (cp: number) => boolean;

function testFor(property: string, value: string): Test | null {
  switch (property) {
    case 'gc': {
      const values = GROUPS[value] ?? (/^[A-Z][a-z]$/.test(value) ? [value] : null);
      if (!values) return null;
      const wanted = new Set<string>(values);
      return (cp) => wanted.has(getGeneralCategory(cp));
    }
    case 'sc':
      return /^[A-Z][a-z]{3}$/.test(value) ? (cp) => getScript(cp) === value : null;
    case 'scx':
      return /^[A-Z][a-z]{3}$/.test(value) ? (cp) => getScriptExtensions(cp).includes(value as never) : null;
    case 'jt':
      return /^[UCDLRT]$/.test(value) ? (cp) => getJoiningType(cp) === value : null;
    case 'bc':
      return /^[A-Z]{1,3}$/.test(value) ? (cp) => getBidiClass(cp) === value : null;
    case 'ccc': {
      if (!/^\d{1,3}$/.test(value)) return null;
      const n = Number(value);
      return (cp) => getCombiningClass(cp) === n;
    }
    default:
      return null;
  }
}

const cache = new Map<string, CodePointSet>();

/**
 * The code points with `property` (`gc:Mn` form), or `null` if the property or value is not supported.
 * Each set is computed once (one pass over the code space, about 20 ms) and cached.
 */
export function propertySet(spec: string): CodePointSet | null {
  const cached = cache.get(spec);
  if (cached) return cached;
  const colon = spec.indexOf(':');
  if (colon < 0) return null;
  const test = testFor(spec.slice(0, colon), spec.slice(colon + 1));
  if (!test) return null;
  const out: number[] = [];
  let start = -1;
  for (let cp = 0; cp <= MAX_CODE_POINT + 1; cp++) {
    const inside = cp <= MAX_CODE_POINT && test(cp);
    if (inside && start < 0) start = cp;
    else if (!inside && start >= 0) {
      out.push(start, cp - 1);
      start = -1;
    }
  }
  cache.set(spec, out);
  return out;
}
