// Script and Script_Extensions (UAX #24 §3, Scripts.txt and ScriptExtensions.txt).
//
// | Property          | Values                          | Default (unlisted / not a code point) |
// | ----------------- | ------------------------------- | ------------------------------------- |
// | Script            | ISO 15924 codes (Zyyy, Zinh, …)  | Zzzz (Unknown)                        |
// | Script_Extensions | frozen arrays of ISO 15924 codes | [Script] (UAX #24 §3.1), [Zzzz]       |
import { SCRIPT_EXTENSION_SETS, SCRIPT_EXTENSIONS_TRIE } from '../data/script-extensions.js';
import { SCRIPT_TRIE, SCRIPT_VALUES, type UnicodeScriptCode } from '../data/script.js';
import { decodeTrie, type CodePointTrie } from '../trie/decode.js';

let scriptTrie: CodePointTrie | undefined;
let extensionsTrie: CodePointTrie | undefined;
let singletons: readonly (readonly UnicodeScriptCode[])[] | undefined;
let extensionSets: readonly (readonly UnicodeScriptCode[])[] | undefined;

/**
 * Script of a code point as an ISO 15924 code: `'Latn'`, `'Zyyy'` (Common), `'Zinh'` (Inherited),
 * `'Zzzz'` (Unknown: unassigned, private use, surrogates, noncharacters, and numbers that are not code
 * points). Throws TypeError only for a non-number.
 */
export function getScript(cp: number): UnicodeScriptCode {
  return SCRIPT_VALUES[(scriptTrie ??= decodeTrie(SCRIPT_TRIE)).get(cp)]!;
}

/**
 * Script_Extensions of a code point: a frozen, alphabetically sorted array of ISO 15924 codes, shared
 * between calls. Code points without an explicit value get `[getScript(cp)]` (UAX #24 §3.1).
 */
export function getScriptExtensions(cp: number): readonly UnicodeScriptCode[] {
  const set = (extensionsTrie ??= decodeTrie(SCRIPT_EXTENSIONS_TRIE)).get(cp);
  if (set !== 0) {
    extensionSets ??= SCRIPT_EXTENSION_SETS.map((s) => Object.freeze(s.split(' ') as UnicodeScriptCode[]));
    return extensionSets[set - 1]!;
  }
  singletons ??= SCRIPT_VALUES.map((code) => Object.freeze([code]));
  return singletons[(scriptTrie ??= decodeTrie(SCRIPT_TRIE)).get(cp)]!;
}

/**
 * Whether `code` is among the Script_Extensions of a code point (like ICU's uscript_hasScript):
 * `hasScript(0x30fc, 'Kana')` → true. For code points without explicit extensions: `getScript(cp) === code`.
 */
export function hasScript(cp: number, code: string): boolean {
  return getScriptExtensions(cp).includes(code as UnicodeScriptCode);
}
