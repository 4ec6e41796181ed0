// Reader of the UTS #46 mapping data (./data.ts, layout in ./format.ts).
import { decodeTrie, type CodePointTrie } from '@nomina/ucd/trie';
import { MAPPING_COUNT, MAPPING_LIST, MAPPING_STRINGS, MAPPING_TRIE } from './data.js';
import { KIND, readNumbers, STRING_TARGET, unzigzag } from './format.js';

export { KIND } from './format.js';
export { UTS46_VERSION } from './data.js';

let trie: CodePointTrie | undefined;
let bmpValues: Uint8Array | undefined;
let codePoints: Int32Array | undefined;
let targets: Int32Array | undefined;

/** The decoded status trie (decoded on first use). */
export function mappingTrie(): CodePointTrie {
  return (trie ??= decodeTrie(MAPPING_TRIE));
}

/** The trie values of the BMP as one flat table (64 KiB, filled on first use; every value is below 64). */
function loadBmpValues(): Uint8Array {
  const values = new Uint8Array(0x10000);
  const statuses = mappingTrie();
  for (let cp = 0; cp < 0x10000; cp++) values[cp] = statuses.get(cp);
  return (bmpValues = values);
}

/**
 * The trie value (kind and flags, see ./format.ts) of code point CP, for the hot loops of mapping and
 * validation: one typed-array read in the BMP (a monomorphic read that inlines, where the shared trie
 * reader is polymorphic), the trie above it.
 */
export function mappingValue(cp: number): number {
  return cp < 0x10000 ? (bmpValues ?? loadBmpValues())[cp]! : mappingTrie().get(cp);
}

/** Decodes MAPPING_LIST into code points and absolute targets (on first use). */
function loadList(): Int32Array {
  const numbers = new Int32Array(2 * MAPPING_COUNT);
  readNumbers(MAPPING_LIST, numbers);
  codePoints = new Int32Array(MAPPING_COUNT);
  targets = new Int32Array(MAPPING_COUNT);
  let cp = 0;
  let target = 0;
  for (let i = 0; i < MAPPING_COUNT; i++) {
    codePoints[i] = cp += numbers[i]!;
    targets[i] = target += unzigzag(numbers[MAPPING_COUNT + i]!);
  }
  return codePoints;
}

/**
 * The mapping of a code point whose kind is MAPPED (or the transitional mapping of a DEVIATION), by
 * binary search in the mapping list. '' for any other code point.
 */
export function mappingOf(cp: number): string {
  const list = codePoints ?? loadList();
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = list[middle]!;
    if (at < cp) low = middle + 1;
    else if (at > cp) high = middle - 1;
    else {
      const target = targets![middle]!;
      return target >= STRING_TARGET ? MAPPING_STRINGS[target - STRING_TARGET]! : String.fromCodePoint(cp + target);
    }
  }
  return '';
}

/** UTS #46 §5 status of a code point, as named in IdnaMappingTable.txt. */
export type Uts46Status = 'valid' | 'mapped' | 'ignored' | 'deviation' | 'disallowed';

const STATUS_NAMES: readonly Uts46Status[] = ['disallowed', 'valid', 'ignored', 'deviation', 'mapped'];

/**
 * The UTS #46 §5 status of code point CP and its mapping (for `mapped`; the transitional mapping for
 * `deviation`; otherwise `''`). Numbers that are not code points are `disallowed`.
 */
export function uts46Mapping(cp: number): { status: Uts46Status; mapping: string } {
  if (typeof cp !== 'number') throw new TypeError('uts46Mapping expects a code point number');
  const kind = mappingValue(cp) & KIND.KIND_MASK;
  return { status: STATUS_NAMES[kind]!, mapping: kind >= KIND.DEVIATION ? mappingOf(cp) : '' };
}
