// @nomina/ucd — Unicode 17.0.0 character properties in compact O(1) tables.
//
// | Function              | UCD property              | Source file (UCD)                      |
// | --------------------- | ------------------------- | -------------------------------------- |
// | getScript             | Script (sc)               | Scripts.txt                            |
// | getScriptExtensions   | Script_Extensions (scx)   | ScriptExtensions.txt                   |
// | getGeneralCategory    | General_Category (gc)     | extracted/DerivedGeneralCategory.txt   |
// | getBidiClass          | Bidi_Class (bc)           | extracted/DerivedBidiClass.txt         |
// | getJoiningType        | Joining_Type (jt)         | extracted/DerivedJoiningType.txt       |
// | getCombiningClass     | Canonical_Combining_Class | extracted/DerivedCombiningClass.txt    |
// | getBidiPairedBracket… | bpb, bpt                  | BidiBrackets.txt                       |
// | SCRIPTS, scriptName…  | ISO 15924 registry        | iso15924.txt, PropertyValueAliases.txt |
export { UNICODE_VERSION } from './data/version.js';
export { getScript, getScriptExtensions, hasScript } from './properties/script.js';
export { getGeneralCategory } from './properties/general-category.js';
export { getBidiClass } from './properties/bidi-class.js';
export { getJoiningType } from './properties/joining-type.js';
export { getCombiningClass } from './properties/combining-class.js';
export { scriptCode, scriptInfo, scriptName } from './scripts/names.js';
export type { ScriptCode, ScriptInfo } from './data/scripts.js';
export type { UnicodeScriptCode } from './data/script.js';
export type { GeneralCategory } from './data/general-category.js';
export type { BidiClass } from './data/bidi-class.js';
export type { JoiningType } from './data/joining-type.js';
export { BIDI_CLASS_VALUES, GENERAL_CATEGORY_VALUES, JOINING_TYPE_VALUES, SCRIPT_VALUES, SCRIPTS } from './lists.js';
export {
  getBidiPairedBracket,
  getBidiPairedBracketType,
  type BidiPairedBracketType,
} from './properties/bidi-brackets.js';
