// Identifier characters (UTS #39 §3.1): Identifier_Status and Identifier_Type per code point.
//
// | UTS #39 §3.1                                                        | Here                       |
// | ------------------------------------------------------------------- | -------------------------- |
// | Identifier_Status (IdentifierStatus.txt): Allowed, else Restricted | identifierStatus           |
// | Identifier_Type (IdentifierType.txt): a set of types, @missing      | identifierType             |
// |   Not_Character                                                     |                            |
// | General Security Profile: only Identifier_Status = Allowed          | inGeneralSecurityProfile   |
import { decodeTrie, type CodePointTrie } from '@nomina/ucd/trie';
import { IDENTIFIER_TRIE, IDENTIFIER_TYPE_SETS } from '../data/identifier.js';

/** UTS #39 Table 1 Identifier_Type values, from most to least restrictive reason. */
export const IDENTIFIER_TYPES = [
  'Not_Character',
  'Deprecated',
  'Default_Ignorable',
  'Not_NFKC',
  'Not_XID',
  'Exclusion',
  'Obsolete',
  'Technical',
  'Uncommon_Use',
  'Limited_Use',
  'Inclusion',
  'Recommended',
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];
export type IdentifierStatus = 'Allowed' | 'Restricted';

let trie: CodePointTrie | undefined;
let sets: (readonly IdentifierType[])[] | undefined;

function value(cp: number): number {
  return (trie ??= decodeTrie(IDENTIFIER_TRIE)).get(cp);
}

/** UTS #39 §3.1 Identifier_Status of a code point: `'Allowed'` or `'Restricted'` (numbers that are not code points: Restricted). */
export function identifierStatus(codePoint: number): IdentifierStatus {
  return value(codePoint) & 1 ? 'Allowed' : 'Restricted';
}

/** UTS #39 §3.1 Identifier_Type of a code point: one or more types (e.g. `['Technical', 'Obsolete']`). */
export function identifierType(codePoint: number): readonly IdentifierType[] {
  sets ??= IDENTIFIER_TYPE_SETS.map((s) => Object.freeze(s.split(' ') as IdentifierType[]));
  return sets[value(codePoint) >> 1]!;
}

/** UTS #39 §3.1 General Security Profile: the code point's Identifier_Status is Allowed. */
export function inGeneralSecurityProfile(codePoint: number): boolean {
  return (value(codePoint) & 1) === 1;
}
