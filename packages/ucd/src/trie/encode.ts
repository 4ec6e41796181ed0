// Encoder of a three-stage code-point trie (like ICU's UCPTrie, without its compaction tricks).
//
//   value(cp) = data[ index2[ index1[cp >> shift1] + ((cp >> shift2) & mask2) ] + (cp & mask3) ]
//
// index1 has one entry per 2^shift1 code points; index2 blocks (2^(shift1-shift2) entries) and data blocks
// (2^shift2 values) are stored once however often they repeat. The encoder tries a few shift pairs and
// keeps the smallest result.
import { CODE_POINT_LIMIT, TRIE_FORMAT, writeIntegers } from './format.js';

export interface EncodeTrieOptions {
  /**
   * Value returned for numbers that are not code points (negative, non-integer, > U+10FFFF).
   * Default: 0.
   */
  readonly outOfRange?: number;
  /** `[shift1, shift2]` to use instead of searching for the smallest encoding. */
  readonly shifts?: readonly [number, number];
}

const CANDIDATE_SHIFTS: readonly (readonly [number, number])[] = [
  [9, 4],
  [9, 5],
  [10, 4],
  [10, 5],
  [10, 6],
  [11, 4],
  [11, 5],
  [11, 6],
  [12, 5],
  [12, 6],
];

/**
 * Serializes `valueOf(cp)` for every code point U+0000..U+10FFFF (integers ≥ 0, best below 46 for the
 * most frequent ones) into a string for {@link decodeTrie}.
 */
export function encodeTrie(valueOf: (codePoint: number) => number, options: EncodeTrieOptions = {}): string {
  const values = new Array<number>(CODE_POINT_LIMIT);
  for (let cp = 0; cp < CODE_POINT_LIMIT; cp++) values[cp] = valueOf(cp);
  const outOfRange = options.outOfRange ?? 0;
  const candidates = options.shifts ? [options.shifts] : CANDIDATE_SHIFTS;
  let best: string | undefined;
  for (const [shift1, shift2] of candidates) {
    const encoded = encodeWithShifts(values, outOfRange, shift1, shift2);
    if (best === undefined || encoded.length < best.length) best = encoded;
  }
  return best!;
}

function encodeWithShifts(values: readonly number[], outOfRange: number, shift1: number, shift2: number): string {
  if (!(shift2 >= 1 && shift1 > shift2 && shift1 <= 16)) throw new RangeError(`trie: bad shifts ${shift1}, ${shift2}`);
  const dataBlock = 1 << shift2;
  const index2Block = 1 << (shift1 - shift2);
  const dataBlocks = new Blocks(dataBlock);
  const index2: number[] = [];
  for (let start = 0; start < CODE_POINT_LIMIT; start += dataBlock) index2.push(dataBlocks.add(values, start));
  const index2Blocks = new Blocks(index2Block);
  const index1: number[] = [];
  for (let start = 0; start < index2.length; start += index2Block) index1.push(index2Blocks.add(index2, start));
  const header = [TRIE_FORMAT, shift1, shift2, outOfRange, index2Blocks.count, dataBlocks.count];
  return writeIntegers([...header, ...index1, ...index2Blocks.items, ...dataBlocks.items]);
}

/** Blocks of `size` values, each stored once; `add` returns the block's number. */
class Blocks {
  readonly items: number[] = [];
  count = 0;
  private readonly byHash = new Map<number, number[]>();

  constructor(private readonly size: number) {}

  add(values: readonly number[], start: number): number {
    const { size, items } = this;
    let hash = 0;
    for (let i = 0; i < size; i++) hash = (Math.imul(hash, 31) + (values[start + i]! | 0)) | 0;
    const candidates = this.byHash.get(hash);
    if (candidates) {
      for (const id of candidates) {
        let i = 0;
        while (i < size && items[id * size + i] === values[start + i]) i++;
        if (i === size) return id;
      }
    }
    const id = this.count++;
    if (candidates) candidates.push(id);
    else this.byHash.set(hash, [id]);
    for (let i = 0; i < size; i++) items.push(values[start + i]!);
    return id;
  }
}
