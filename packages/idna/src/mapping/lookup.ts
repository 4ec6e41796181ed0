// Reader of the UTS #46 mapping data (./data.ts, layout in ./format.ts).
import { decodeTrie, type CodePointTrie } from '@nomina/ucd/trie';
import { MAPPING_STRINGS, MAPPING_TRIE } from './data.js';
import { KIND } from './format.js';

export { KIND } from './format.js';
export { UTS46_VERSION } from './data.js';

let trie: CodePointTrie | undefined;

/** The decoded mapping trie (decoded on first use, about 0.2 ms). */
export function mappingTrie(): CodePointTrie {
  return (trie ??= decodeTrie(MAPPING_TRIE));
}

/** Kind (`KIND.VALID`, `KIND.MAPPED_DELTA`…) of a trie value. */
export function kindOf(value: number): number {
  return value & KIND.KIND_MASK;
}

/** The mapping of a `MAPPED_DELTA` / `MAPPED_STRING` / `DEVIATION` value for code point `cp`. */
export function mappingOf(cp: number, value: number): string {
  const payload = Math.floor(value / KIND.PAYLOAD_UNIT);
  if ((value & KIND.KIND_MASK) === KIND.MAPPED_DELTA) {
    return String.fromCodePoint(cp + (payload & 1 ? -(payload + 1) / 2 : payload / 2));
  }
  return MAPPING_STRINGS[payload]!;
}

/** UTS #46 §5 status of a code point, as named in IdnaMappingTable.txt. */
export type Uts46Status = 'valid' | 'mapped' | 'ignored' | 'deviation' | 'disallowed';

const STATUS_NAMES: readonly Uts46Status[] = ['disallowed', 'valid', 'ignored', 'deviation', 'mapped', 'mapped'];

/**
 * The UTS #46 §5 status of code point CP and its mapping (for `mapped`; the transitional mapping for
 * `deviation`; otherwise `''`). Numbers that are not code points are `disallowed`.
 */
export function uts46Mapping(cp: number): { status: Uts46Status; mapping: string } {
  if (typeof cp !== 'number') throw new TypeError('uts46Mapping expects a code point number');
  const value = mappingTrie().get(cp);
  const kind = value & KIND.KIND_MASK;
  const status = STATUS_NAMES[kind]!;
  return { status, mapping: kind >= KIND.DEVIATION ? mappingOf(cp, value) : '' };
}
