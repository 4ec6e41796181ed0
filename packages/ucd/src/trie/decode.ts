// Reader of the tries written by encodeTrie: one O(1) lookup, no allocation; two array reads in the BMP
// (through a flattened index built when decoding), three above it.
import { CODE_POINT_LIMIT, TRIE_FORMAT, readIntegers } from './format.js';

// Index tables are always Uint32Array and data Uint16Array (Uint32Array only for values ≥ 2^16), so that
// `get` sees the same array kinds in every trie and stays monomorphic when many tables are in use.
type Table = Uint16Array | Uint32Array;

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
  /** index2 entries of the BMP by `cp >> shift2`, so that most look-ups take two array reads. */
  readonly #bmp: Uint32Array;

  constructor(serialized: string) {
    const n = readIntegers(serialized);
    const [format, shift1, shift2, outOfRange, index2Count, dataCount] = n as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (format !== TRIE_FORMAT) throw new SyntaxError(`trie: unsupported format ${format}`);
    const dataBlock = 1 << shift2;
    const index2Block = 1 << (shift1 - shift2);
    const index1Length = CODE_POINT_LIMIT >> shift1;
    let at = 6;
    const take = (length: number, scale: number, kind: 'index' | 'data'): Table => {
      const part = n.slice(at, (at += length));
      if (part.length !== length) throw new SyntaxError('trie: truncated input');
      const values = part.map((v) => v * scale);
      return kind === 'index' || values.some((v) => v > 0xffff) ? Uint32Array.from(values) : Uint16Array.from(values);
    };
    this.outOfRange = outOfRange;
    this.#shift1 = shift1;
    this.#shift2 = shift2;
    this.#mask2 = index2Block - 1;
    this.#mask3 = dataBlock - 1;
    this.#index1 = take(index1Length, index2Block, 'index');
    this.#index2 = take(index2Count * index2Block, dataBlock, 'index');
    this.#data = take(dataCount * dataBlock, 1, 'data');
    if (at !== n.length) throw new SyntaxError('trie: trailing data');
    this.#bmp = new Uint32Array(0x10000 >> shift2);
    for (let j = 0; j < this.#bmp.length; j++) {
      const cp = j << shift2;
      this.#bmp[j] = this.#index2[this.#index1[cp >> shift1]! + ((cp >> shift2) & this.#mask2)]!;
    }
  }

  /**
   * Value for code point `cp`. Numbers that are not code points (negative, non-integer, NaN,
   * > 0x10FFFF) give {@link outOfRange}; a non-number is a programmer error (TypeError).
   */
  get(cp: number): number {
    if (cp >>> 0 !== cp || cp >= CODE_POINT_LIMIT) return this.#notCodePoint(cp);
    if (cp < 0x10000) return this.#data[this.#bmp[cp >> this.#shift2]! + (cp & this.#mask3)]!;
    return this.#data[
      this.#index2[this.#index1[cp >> this.#shift1]! + ((cp >> this.#shift2) & this.#mask2)]! + (cp & this.#mask3)
    ]!;
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
