// The word table: whole words a language keeps beyond its n-gram features (vocabulary: the evidence of one-
// and two-word text), stored apart from the postings in fewer bytes. A posting costs a hash gap, a count, a
// language gap and a weight byte (about 4 bytes gzipped for a word of one language); here a language's words
// are grouped by quantized weight, and each group is a set of word hashes coded as Golomb-Rice gaps: about
// log2(2^24 / n) + 1.5 bits a word for a group of n (under 2.2 bytes for a few hundred words), the weight
// costing nothing per word. Decoded once into the postings (model/model.ts), so detection reads words and
// n-grams alike.
//
// | bytes (base64 in `ModelData.words`)                                                               |
// |---------------------------------------------------------------------------------------------------|
// | per language, in the model's order: varint(g), the number of its groups                           |
// | per group: byte q (1-255, its words' weight), varint(n ≥ 1), byte k (0-23, the Rice parameter),   |
// | then n codes of (hash − previous hash − 1), previous = −1 first: quotient in unary (1 bits, then  |
// | a 0), k low bits, most significant bit first; the group ends on a byte boundary                   |
//
// Hashes ascend within a group and stay below 2^WORD_KEY_BITS (FEATURE_BITS: word hashes are features).
import { FEATURE_BITS } from '../features/extract.js';
import { readVarint, writeVarint } from './varint.js';

/** Hashes of the word table are feature hashes: below 2^FEATURE_BITS. */
const WORD_KEY_LIMIT = 2 ** FEATURE_BITS;

/** One word of a language: its feature hash and quantized weight. */
export interface WordEntry {
  hash: number;
  q: number;
}

/** Bits of the Rice codes of ascending `hashes` with parameter k. */
function riceBits(hashes: readonly number[], k: number): number {
  let bits = 0;
  let previous = -1;
  for (const hash of hashes) {
    bits += Math.floor((hash - previous - 1) / 2 ** k) + 1 + k;
    previous = hash;
  }
  return bits;
}

/** The word table of `perLanguage` (index = language; each language's hashes distinct), as bytes. */
export function encodeWords(perLanguage: readonly (readonly WordEntry[])[]): Uint8Array {
  const out: number[] = [];
  for (const entries of perLanguage) {
    const groups = new Map<number, number[]>();
    for (const { hash, q } of entries) {
      if (!groups.has(q)) groups.set(q, []);
      groups.get(q)!.push(hash);
    }
    const levels = [...groups.keys()].sort((a, b) => a - b);
    writeVarint(out, levels.length);
    for (const q of levels) {
      const hashes = groups.get(q)!.sort((a, b) => a - b);
      let k = 0;
      for (let c = 1; c < FEATURE_BITS; c++) if (riceBits(hashes, c) < riceBits(hashes, k)) k = c;
      out.push(q);
      writeVarint(out, hashes.length);
      out.push(k);
      let byte = 0;
      let used = 0;
      const bit = (b: number): void => {
        byte = (byte << 1) | b;
        if (++used === 8) {
          out.push(byte);
          byte = 0;
          used = 0;
        }
      };
      let previous = -1;
      for (const hash of hashes) {
        const value = hash - previous - 1;
        previous = hash;
        for (let n = Math.floor(value / 2 ** k); n > 0; n--) bit(1);
        bit(0);
        for (let i = k - 1; i >= 0; i--) bit((value >>> i) & 1);
      }
      if (used > 0) out.push(byte << (8 - used));
    }
  }
  return Uint8Array.from(out);
}

/**
 * Decodes a word table for a model of `languages` languages: every (hash, language, q) packed as
 * hash · 2^24 + language · 2^8 + q (exact in a double: hash < 2^24, language < 2^16), ascending; or a problem
 * (a string) when the bytes are malformed. Linear in the bytes.
 */
export function decodeWords(bytes: Uint8Array, languages: number): Float64Array | string {
  const packed: number[] = [];
  const cursor = { at: 0 };
  for (let language = 0; language < languages; language++) {
    const groups = readVarint(bytes, cursor);
    if (groups === undefined || groups > 255) return `language ${language} has no valid group count`;
    for (let g = 0; g < groups; g++) {
      if (cursor.at >= bytes.length) return 'a group header is cut';
      const q = bytes[cursor.at++]!;
      const n = readVarint(bytes, cursor);
      if (q === 0 || n === undefined || n === 0 || n > WORD_KEY_LIMIT || cursor.at >= bytes.length)
        return 'a group header is malformed';
      const k = bytes[cursor.at++]!;
      if (k >= FEATURE_BITS) return 'a Rice parameter is out of range';
      let bitAt = cursor.at * 8;
      const end = bytes.length * 8;
      const bit = (): number => (bytes[bitAt >> 3]! >> (7 - (bitAt++ & 7))) & 1;
      let hash = -1;
      for (let i = 0; i < n; i++) {
        let value = 0;
        for (;;) {
          if (bitAt >= end) return 'a word code is cut';
          if (bit() === 0) break;
          value += 2 ** k;
          if (value >= WORD_KEY_LIMIT) return 'a word hash is out of range';
        }
        if (bitAt + k > end) return 'a word code is cut';
        let low = 0;
        for (let b = 0; b < k; b++) low = low * 2 + bit();
        hash += value + low + 1;
        if (hash >= WORD_KEY_LIMIT) return 'a word hash is out of range';
        packed.push(hash * 2 ** 24 + language * 256 + q);
      }
      cursor.at = (bitAt + 7) >> 3;
    }
  }
  if (cursor.at !== bytes.length) return 'bytes follow the last language';
  return Float64Array.from(packed).sort();
}

/** The words of each language of a decoded table (`decodeWords`), for `languages` languages. */
export function wordsByLanguage(packed: Float64Array, languages: number): WordEntry[][] {
  const out: WordEntry[][] = Array.from({ length: languages }, () => []);
  for (const value of packed) {
    const rest = value % 2 ** 24;
    out[rest >> 8]!.push({ hash: Math.floor(value / 2 ** 24), q: rest & 255 });
  }
  return out;
}
