// Reader of the tries written by encodeTrie: one O(1) lookup, three array reads, no allocation.
import { CODE_POINT_LIMIT, TRIE_FORMAT, readIntegers } from './format.js';

type Table = Uint8Array | Uint16Array | Uint32Array;

/** A decoded code-point trie: `get(cp)` returns the value stored for `cp`. */
export class CodePointTrie {
  /** Value returned for numbers that are not code points. */
  readonly outOfRange: number;
  readonly #shift1: number;
  readonly #shift2: number;
  readonly #mask2: number;
  readonly #mask3: number;
  readonly #index1: Table;
  readonly #index2: Table;
  readonly #data: Table;

  constructor(serialized: string) {
    const n = readIntegers(serialized);
    const [format, shift1, shift2, outOfRange, index2Count, dataCount] = n as [number, number, number, number, number, number];
    if (format !== TRIE_FORMAT) throw new SyntaxError(`trie: unsupported format ${format}`);
    const dataBlock = 1 << shift2;
    const index2Block = 1 << (shift1 - shift2);
    const index1Length = CODE_POINT_LIMIT >> shift1;
    let at = 6;
    const take = (length: number, scale: number): Table => {
      const part = n.slice(at, (at += length));
      if (part.length !== length) throw new SyntaxError('trie: truncated input');
      return packed(part.map((v) => v * scale));
    };
    this.outOfRange = outOfRange;
    this.#shift1 = shift1;
    this.#shift2 = shift2;
    this.#mask2 = index2Block - 1;
    this.#mask3 = dataBlock - 1;
    this.#index1 = take(index1Length, index2Block);
    this.#index2 = take(index2Count * index2Block, dataBlock);
    this.#data = take(dataCount * dataBlock, 1);
    if (at !== n.length) throw new SyntaxError('trie: trailing data');
  }

  /**
   * Value for code point `cp`. Numbers that are not code points (negative, non-integer, NaN,
   * > 0x10FFFF) give {@link outOfRange}; a non-number is a programmer error (TypeError).
   */
  get(cp: number): number {
    if (cp >>> 0 !== cp || cp >= CODE_POINT_LIMIT) return this.#notCodePoint(cp);
    return this.#data[this.#index2[this.#index1[cp >> this.#shift1]! + ((cp >> this.#shift2) & this.#mask2)]! + (cp & this.#mask3)]!;
  }

  #notCodePoint(cp: unknown): number {
    if (typeof cp !== 'number') throw new TypeError(`Expected a code point number, got ${typeof cp}`);
    return this.outOfRange;
  }
}

/** Decodes a string made by `encodeTrie`. Throws SyntaxError on a malformed string. */
export function decodeTrie(serialized: string): CodePointTrie {
  return new CodePointTrie(serialized);
}

function packed(values: number[]): Table {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  if (max < 0x100) return Uint8Array.from(values);
  if (max < 0x10000) return Uint16Array.from(values);
  return Uint32Array.from(values);
}
