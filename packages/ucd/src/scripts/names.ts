// ISO 15924 script codes and names, tied to the Unicode Script property values
// (PropertyValueAliases.txt `sc`; loose matching per UAX #44 §5.9.3 UAX44-LM3).
import { SCRIPTS, type ScriptCode, type ScriptInfo } from '../data/scripts.js';

let byCode: Map<string, ScriptInfo> | undefined;
let byLooseName: Map<string, ScriptCode> | undefined;

/** Registry entry of an ISO 15924 code (exact, case-sensitive: `'Cyrl'`), or undefined. */
export function scriptInfo(code: string): ScriptInfo | undefined {
  byCode ??= new Map(SCRIPTS.map((s) => [s.code, s]));
  return byCode.get(code);
}

/**
 * Name of an ISO 15924 code: the Unicode Script value name when Unicode encodes the script
 * (`'Cyrillic'`, `'Old_Italic'`, `'Common'` for Zyyy), else the ISO English name (`'Japanese (alias
 * for Han + Hiragana + Katakana)'` for Jpan); undefined for an unknown code.
 */
export function scriptName(code: string): string | undefined {
  return scriptInfo(code)?.name;
}

/**
 * ISO 15924 code for a code, Unicode value name or alias, or ISO English name, matched loosely
 * (UAX44-LM3: case, spaces, `_` and `-` and a leading "is" are ignored): `'latin'` → `'Latn'`,
 * `'Old Italic'` → `'Ital'`, `'Qaai'` → `'Zinh'`. Undefined when nothing matches.
 */
export function scriptCode(nameOrAlias: string): ScriptCode | undefined {
  if (typeof nameOrAlias !== 'string') throw new TypeError(`Expected a string, got ${typeof nameOrAlias}`);
  if (!byLooseName) {
    byLooseName = new Map();
    for (const s of SCRIPTS) {
      const names: string[] = [s.englishName, s.name, s.code];
      if ('alias' in s) names.push(s.alias);
      for (const n of names) byLooseName.set(loose(n), s.code);
    }
  }
  return byLooseName.get(loose(nameOrAlias));
}

function loose(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/^is/, '');
}
