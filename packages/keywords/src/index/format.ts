// The index file: `save()` writes it, `loadKeywordIndex(bytes)` restores an index without rebuilding
// (typed arrays are copied out of the file, strings decoded once).
//
// | bytes | content |
// |---|---|
// | 0–7 | magic `NOMINAKW` |
// | 8–11 | format version (u32 LE), `INDEX_FORMAT_VERSION` (6) |
// | 12–15 | length J of the header (u32 LE) |
// | 16–19 | CRC-32 (checksum.ts) of every byte from 20 to the end (u32 LE) |
// | 20–23 | zero |
// | 24… | header, UTF-8 JSON: fold profile, Unicode and romanization versions, sections `{name, type, offset, length}` |
// | … | sections, each 8-byte aligned: typed arrays (little-endian) and string tables (UTF-16 offsets + UTF-8 text) |
//
// Loading checks the version, then the checksum (an accidental change anywhere is `INDEX_CORRUPT`), then
// every field as if the file were hostile (a checksum is no defence against a crafted file): every
// section's bounds, each length field before it sizes an allocation, every id against what it points
// into, every offset table for order, string lengths against the limits, weights finite, slot tables
// and the key order consistent. So a corrupt or hostile file gives `INDEX_CORRUPT`, never an exception,
// an out-of-bounds read, a large allocation or an endless probe. Typed arrays are copied out of `bytes`
// (copy on load, #12 failure 1): the index never writes into the caller's buffer, never shares memory
// with another index loaded from it, and does not change when the caller reuses it.
import { FOLD_PROFILE_VERSION } from '../fold/profile.js';
import { UNICODE_VERSION } from '../fold/data/version.js';
import { keywordIssue as issue, type KeywordIssue } from '../issues.js';
import {
  MAX_ENTRIES,
  MAX_INDEX_BYTES,
  MAX_KEY_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_LABELS,
  MAX_TARGET_LENGTH,
} from '../limits.js';
import { ROMANIZATION_SCHEME, SKELETON_VERSION } from '../translit/romanize.js';
import { crc32 } from './checksum.js';
import { entriesByPosting } from './compile.js';
import { Column } from './column.js';
import { FINGERPRINT_BITS } from './deletions.js';
import { headsOf } from './heads.js';
import { keySketchesOf } from './key-sketches.js';
import { KeyTable } from './key-table.js';
import type { Compiled, IndexState } from './state.js';

const MAGIC = 'NOMINAKW';
/**
 * Version of the file layout; bumped on any change, and files of another version are refused with
 * `INDEX_VERSION`. 9: the deletion table holds the halves of keys of seven syllables or more (not six),
 * and the 2-deletions of keys of 7 or 8 code points outside the alphabets (deletions.ts `isTwiceDeleted`);
 * 8: the deletion table also hashes the conjunct clusters of keys that have them
 * (distance/clusters.ts `conjunctClusters`, UAX #29 GB9c), and romanized entries store the r and l of their
 * key's romanization (`liquids`, `entryLiquids`: translit/liquids.ts); 7: the romanized keys follow skeleton rules 6 (a one-consonant skeleton is stored
 * vowelled); 6: the deletion table holds the two-syllable deletions of three-syllable keys
 * (deletions.ts `isSyllables`) and the halves of keys of six syllables or more; 5: clusters follow the
 * SpacingMark exceptions of UAX #29 (Myanmar, Tai Tham: the deletion table hashes other clusters);
 * 4: the deletion table hashes clusters, not code points (distance/clusters.ts), and the romanized keys
 * follow skeleton rules 3; 3: a CRC-32 of the file in the fixed header (2: none).
 */
export const INDEX_FORMAT_VERSION = 9;
/** Bytes before the JSON header: magic, version, header length, checksum, padding. */
const PREFIX = 24;
/** Where the checksum is, and where the bytes it covers start. */
const CHECKSUM_AT = 16;
const CHECKED_FROM = 20;

type SectionType = 'u32' | 'i32' | 'u16' | 'f32' | 'strings';
interface Section {
  name: string;
  type: SectionType;
  offset: number;
  length: number;
}
interface Header {
  foldProfile: string;
  unicode: string;
  romanization: string;
  /** `SKELETON_VERSION` of the stored romanized keys (absent: 1). */
  skeleton?: number;
  deletionMask: number;
  sections: Section[];
}

const ARRAYS = { u32: Uint32Array, i32: Int32Array, u16: Uint16Array, f32: Float32Array } as const;

function encodeStrings(strings: readonly string[]): Uint8Array {
  const offsets = new Uint32Array(strings.length + 1);
  let total = 0;
  for (let i = 0; i < strings.length; i++) {
    total += strings[i]!.length;
    offsets[i + 1] = total;
  }
  const text = new TextEncoder().encode(strings.join(''));
  const out = new Uint8Array(4 + offsets.byteLength + text.length);
  new DataView(out.buffer).setUint32(0, strings.length, true);
  out.set(new Uint8Array(offsets.buffer), 4);
  out.set(text, 4 + offsets.byteLength);
  return out;
}

/** Serializes an index state and its compiled structures. */
export function saveState(s: IndexState, c: Compiled): Uint8Array {
  const parts: Array<[string, SectionType, Uint8Array]> = [];
  const typed = (name: string, type: Exclude<SectionType, 'strings'>, array: ArrayBufferView) =>
    parts.push([name, type, new Uint8Array(array.buffer, array.byteOffset, array.byteLength)]);
  const strings = (name: string, list: readonly string[]) => parts.push([name, 'strings', encodeStrings(list)]);
  strings('entryKeys', s.entryKeys);
  strings('targets', s.targets.keys);
  strings('locales', s.locales.keys);
  strings('namespaces', s.namespaces.keys);
  strings('keys', s.keys.keys);
  typed('targetSlots', 'i32', s.targets.slotArray);
  typed('keySlots', 'i32', s.keys.slotArray);
  typed('entryTarget', 'u32', s.entryTarget.view());
  typed('entryLocale', 'u16', s.entryLocale.view());
  typed('entryNamespace', 'u16', s.entryNamespace.view());
  typed('entryWeight', 'f32', s.entryWeight.view());
  typed('entryFold', 'u32', s.entryFold.view());
  typed('entryRoman', 'u32', s.entryRoman.view());
  strings('vowelled', s.vowelled.keys);
  typed('vowelledSlots', 'i32', s.vowelled.slotArray);
  typed('entryVowelled', 'u32', s.entryVowelled.view());
  strings('liquids', s.liquids.keys);
  typed('liquidsSlots', 'i32', s.liquids.slotArray);
  typed('entryLiquids', 'u32', s.entryLiquids.view());
  typed('keyWords', 'u32', s.keyWords.view());
  typed('wordOffsets', 'u16', s.wordOffsets.view());
  typed('postingStart', 'u32', c.postingStart);
  typed('postings', 'u32', c.postings);
  typed('sorted', 'u32', c.sorted);
  typed('wordKeys', 'u32', c.wordKeys);
  typed('wordAt', 'u16', c.wordAt);
  typed('deletionStart', 'u32', c.deletions.start);
  typed('deletionKeys', 'u32', c.deletions.keys);

  const sections: Section[] = [];
  let offset = 0;
  for (const [name, type, bytes] of parts) {
    sections.push({ name, type, offset, length: bytes.length });
    offset += Math.ceil(bytes.length / 8) * 8;
  }
  const header: Header = {
    foldProfile: FOLD_PROFILE_VERSION,
    unicode: UNICODE_VERSION,
    romanization: ROMANIZATION_SCHEME,
    skeleton: SKELETON_VERSION,
    deletionMask: c.deletions.mask,
    sections,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerLength = Math.ceil((PREFIX + json.length) / 8) * 8;
  const out = new Uint8Array(headerLength + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, INDEX_FORMAT_VERSION, true);
  view.setUint32(12, json.length, true);
  out.set(json, PREFIX);
  for (let i = 0; i < parts.length; i++) out.set(parts[i]![2], headerLength + sections[i]!.offset);
  view.setUint32(CHECKSUM_AT, crc32(out.subarray(CHECKED_FROM)), true);
  return out;
}

/** A loaded state, or the issues that refused the file. */
export interface LoadedState {
  state?: IndexState;
  issues: KeywordIssue[];
}

/** A refusal while loading: the message and the byte offset in the file where the problem was found. */
class Corrupt extends Error {
  constructor(
    message: string,
    readonly byteOffset: number,
  ) {
    super(message);
  }
}

function expect(ok: boolean, message: string, byteOffset = -1): asserts ok {
  if (!ok) throw new Corrupt(message, byteOffset);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Restores the state of an index saved by `save()`. Never throws for bytes: a bad file gives
 * `INDEX_CORRUPT` or `INDEX_VERSION` (with the byte offset where it was found). Not a `Uint8Array`: `TypeError`.
 */
export function loadState(bytes: Uint8Array): LoadedState {
  if (!(bytes instanceof Uint8Array))
    throw new TypeError(`loadKeywordIndex takes a Uint8Array, got ${bytes === null ? 'null' : typeof bytes}`);
  // A plain Uint8Array view: Node's Buffer is a subclass whose slice() does not copy.
  bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bytes.length > MAX_INDEX_BYTES)
    return {
      issues: [
        issue('INDEX_CORRUPT', `the file is larger than ${MAX_INDEX_BYTES} bytes`, { byteOffset: MAX_INDEX_BYTES }),
      ],
    };
  try {
    expect(LITTLE_ENDIAN, 'index files are little-endian and this platform is not');
    expect(
      bytes.length >= 16 && new TextDecoder().decode(bytes.subarray(0, 8)) === MAGIC,
      'not a Nomina keyword index (bad magic)',
      0,
    );
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const version = view.getUint32(8, true);
    if (version !== INDEX_FORMAT_VERSION) {
      return {
        issues: [
          issue(
            'INDEX_VERSION',
            `index format ${version}; this version reads format ${INDEX_FORMAT_VERSION}: rebuild the index`,
            { byteOffset: 8 },
          ),
        ],
      };
    }
    expect(bytes.length >= PREFIX, 'truncated header', bytes.length);
    expect(
      view.getUint32(CHECKSUM_AT, true) === crc32(bytes.subarray(CHECKED_FROM)),
      'the checksum does not match: the file was altered or truncated',
      CHECKSUM_AT,
    );
    const jsonLength = view.getUint32(12, true);
    expect(PREFIX + jsonLength <= bytes.length, 'truncated header', 12);
    let header: Header;
    try {
      header = JSON.parse(
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX, PREFIX + jsonLength)),
      ) as Header;
    } catch {
      throw new Corrupt('the header is not JSON', PREFIX);
    }
    expect(
      typeof header === 'object' && header !== null && Array.isArray(header.sections),
      'the header has no sections',
      PREFIX,
    );
    if (
      header.foldProfile !== FOLD_PROFILE_VERSION ||
      header.unicode !== UNICODE_VERSION ||
      header.romanization !== ROMANIZATION_SCHEME ||
      header.skeleton !== SKELETON_VERSION
    ) {
      const built = `fold profile ${String(header.foldProfile)} (Unicode ${String(header.unicode)}), romanization ${String(header.romanization)} skeleton ${String(header.skeleton ?? 1)}`;
      const current = `fold profile ${FOLD_PROFILE_VERSION} (Unicode ${UNICODE_VERSION}), romanization ${ROMANIZATION_SCHEME} skeleton ${SKELETON_VERSION}`;
      return {
        issues: [
          issue('INDEX_VERSION', `index built with ${built}; this version uses ${current}: rebuild the index`, {
            byteOffset: PREFIX,
          }),
        ],
      };
    }
    const base = Math.ceil((PREFIX + jsonLength) / 8) * 8;
    const sections = new Map<string, Section>();
    for (const section of header.sections) {
      const { name, type, offset, length } = section ?? ({} as Section);
      expect(
        typeof name === 'string' && !sections.has(name) && (type in ARRAYS || type === 'strings'),
        'bad section',
        PREFIX,
      );
      expect(
        Number.isInteger(offset) && Number.isInteger(length) && offset >= 0 && length >= 0 && offset % 8 === 0,
        `bad bounds of section ${name}`,
        PREFIX,
      );
      expect(base + offset + length <= bytes.length, `section ${name} is truncated`, base + offset);
      sections.set(name, section);
    }
    let end = 0;
    for (const { offset, length } of sections.values()) end = Math.max(end, Math.ceil((offset + length) / 8) * 8);
    expect(
      base + end === bytes.length,
      bytes.length < base + end ? 'the file is truncated' : 'the file has trailing bytes',
      bytes.length,
    );
    const section = (name: string, type: SectionType): Section => {
      const found = sections.get(name);
      expect(found !== undefined && found.type === type, `missing section ${name}`, PREFIX);
      return found;
    };
    /** Where a section starts in the file, for issues. */
    const at = (name: string): number => base + sections.get(name)!.offset;
    /** Refuses the file for a problem in section `name` (checks in loops call it only on failure). */
    const fail = (message: string, name: string): never => {
      throw new Corrupt(message, at(name));
    };
    // Copy on load: each typed section is copied out of `bytes` (so aligned whatever `bytes` is).
    const array = <T extends keyof typeof ARRAYS>(name: string, type: T): InstanceType<(typeof ARRAYS)[T]> => {
      const { offset, length } = section(name, type);
      const Type = ARRAYS[type];
      expect(length % Type.BYTES_PER_ELEMENT === 0, `section ${name} has a partial element`, base + offset);
      return new Type(bytes.slice(base + offset, base + offset + length).buffer) as InstanceType<(typeof ARRAYS)[T]>;
    };
    const strings = (name: string, maxLength: number): string[] => {
      const { offset, length } = section(name, 'strings');
      const start = base + offset;
      expect(length >= 4, `section ${name} is truncated`, start);
      const count = view.getUint32(start, true);
      // The count is checked against the section's length before it sizes anything.
      expect(count < length / 4 && 4 + (count + 1) * 4 <= length, `section ${name} is truncated`, start);
      const offsets = new Uint32Array(bytes.slice(start + 4, start + 4 + (count + 1) * 4).buffer);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(
          bytes.subarray(start + 4 + (count + 1) * 4, start + length),
        );
      } catch {
        throw new Corrupt(`section ${name} is not UTF-8`, start);
      }
      expect(offsets[0] === 0 && offsets[count] === text.length, `section ${name} has bad offsets`, start);
      const out = new Array<string>(count);
      for (let i = 0; i < count; i++) {
        if (!(offsets[i]! <= offsets[i + 1]! && offsets[i + 1]! - offsets[i]! <= maxLength))
          fail(`section ${name} has bad offsets or a string over its limit`, name);
        out[i] = text.slice(offsets[i], offsets[i + 1]);
      }
      return out;
    };
    const ids = (values: ArrayLike<number>, bound: number, name: string, allowNone = false) => {
      for (let i = 0; i < values.length; i++)
        if (!(values[i]! < bound || (allowNone && values[i] === 0xffffffff)))
          fail(`${name} points outside its table`, name);
    };
    const offsets = (values: Uint32Array, end: number, name: string) => {
      expect(
        values.length > 0 && values[0] === 0 && values[values.length - 1] === end,
        `${name} has bad offsets`,
        at(name),
      );
      for (let i = 1; i < values.length; i++) if (values[i - 1]! > values[i]!) fail(`${name} has bad offsets`, name);
    };
    const slots = (values: Int32Array, keys: string[], name: string) => {
      expect(
        values.length >= 2 * keys.length && (values.length & (values.length - 1)) === 0,
        `${name} has a bad size`,
        at(name),
      );
      let used = 0;
      for (let i = 0; i < values.length; i++) {
        if (!(values[i]! >= 0 && values[i]! <= keys.length)) fail(`${name} points outside its table`, name);
        if (values[i] !== 0) used++;
      }
      // Exactly one slot a key, so at least half the slots are empty and every probe ends; and each key
      // is found where it is, so the table answers as the one saved.
      expect(used === keys.length, `${name} does not match its table`, at(name));
      const table = new KeyTable(keys, values);
      for (let id = 0; id < keys.length; id++)
        if (table.get(keys[id]!) !== id) fail(`${name} does not find its keys`, name);
      return table;
    };
    const permutation = (values: Uint32Array, name: string) => {
      const seen = new Uint8Array(values.length);
      for (let i = 0; i < values.length; i++) {
        if (!(values[i]! < values.length && seen[values[i]!] === 0)) fail(`${name} is not a permutation`, name);
        seen[values[i]!] = 1;
      }
    };

    const entryKeys = strings('entryKeys', MAX_KEY_LENGTH);
    const n = entryKeys.length;
    expect(n <= MAX_ENTRIES, `more than ${MAX_ENTRIES} entries`, at('entryKeys'));
    const targets = strings('targets', MAX_TARGET_LENGTH);
    const locales = strings('locales', MAX_LABEL_LENGTH);
    const namespaces = strings('namespaces', MAX_LABEL_LENGTH);
    expect(
      locales.length <= MAX_LABELS + 1 && namespaces.length <= MAX_LABELS + 1,
      `more than ${MAX_LABELS} locales or namespaces`,
      at('locales'),
    );
    expect(locales[0] === '' && namespaces[0] === '', 'label tables lack their "none" entry', at('locales'));
    // Stored keys are folds and romanizations of keys: never empty (NFKC and romanization lengthen keys, so no length bound).
    const keys = strings('keys', Infinity);
    for (const key of keys) if (key === '') fail('an empty stored key', 'keys');
    const targetTable = slots(array('targetSlots', 'i32'), targets, 'targetSlots');
    const keyTable = slots(array('keySlots', 'i32'), keys, 'keySlots');
    const entryTarget = array('entryTarget', 'u32');
    const entryLocale = array('entryLocale', 'u16');
    const entryNamespace = array('entryNamespace', 'u16');
    const entryWeight = array('entryWeight', 'f32');
    const entryFold = array('entryFold', 'u32');
    const entryRoman = array('entryRoman', 'u32');
    const vowelled = strings('vowelled', Infinity);
    const vowelledTable = slots(array('vowelledSlots', 'i32'), vowelled, 'vowelledSlots');
    const entryVowelled = array('entryVowelled', 'u32');
    const liquids = strings('liquids', Infinity);
    for (const sequence of liquids)
      if (/[^lrL]/.test(sequence)) fail('liquids holds a letter other than r and l', 'liquids');
    const liquidsTable = slots(array('liquidsSlots', 'i32'), liquids, 'liquidsSlots');
    const entryLiquids = array('entryLiquids', 'u32');
    for (const column of [
      entryTarget,
      entryLocale,
      entryNamespace,
      entryWeight,
      entryFold,
      entryRoman,
      entryVowelled,
      entryLiquids,
    ]) {
      expect(column.length === n, 'entry columns differ in length', at('entryTarget'));
    }
    ids(entryTarget, targets.length, 'entryTarget');
    ids(entryLocale, locales.length, 'entryLocale');
    ids(entryNamespace, namespaces.length, 'entryNamespace');
    ids(entryFold, keys.length, 'entryFold');
    ids(entryRoman, keys.length, 'entryRoman', true);
    ids(entryVowelled, vowelled.length, 'entryVowelled', true);
    ids(entryLiquids, liquids.length, 'entryLiquids', true);
    // `add` refuses weights that are not finite; a file may not bring them in either (score NaN).
    for (let i = 0; i < n; i++)
      if (!Number.isFinite(entryWeight[i]))
        throw new Corrupt('a weight is not a finite number', at('entryWeight') + 4 * i);
    const postingStart = array('postingStart', 'u32');
    const postings = array('postings', 'u32');
    expect(postingStart.length === keys.length + 1, 'postingStart does not match the keys', at('postingStart'));
    offsets(postingStart, postings.length, 'postingStart');
    ids(postings, 4 * n, 'postings');
    const sorted = array('sorted', 'u32');
    expect(sorted.length === keys.length, 'sorted does not match the keys', at('sorted'));
    permutation(sorted, 'sorted');
    const keyWords = array('keyWords', 'u32');
    const wordOffsets = array('wordOffsets', 'u16');
    expect(keyWords.length === keys.length, 'keyWords does not match the keys', at('keyWords'));
    for (let k = 0; k < keyWords.length; k++) {
      if (keyWords[k]! > (keyWords[k + 1] ?? wordOffsets.length)) fail('keyWords has bad offsets', 'keyWords');
      for (let w = keyWords[k]!; w < (keyWords[k + 1] ?? wordOffsets.length); w++)
        if (wordOffsets[w]! >= keys[k]!.length) fail('wordOffsets points outside its key', 'wordOffsets');
    }
    const wordKeys = array('wordKeys', 'u32');
    const wordAt = array('wordAt', 'u16');
    expect(
      wordKeys.length === wordOffsets.length && wordAt.length === wordOffsets.length,
      'the word order does not match the word starts',
      at('wordKeys'),
    );
    ids(wordKeys, keys.length, 'wordKeys');
    for (let i = 0; i < wordAt.length; i++)
      if (wordAt[i]! >= keys[wordKeys[i]!]!.length) fail('wordAt points outside its key', 'wordAt');
    const deletionStart = array('deletionStart', 'u32');
    const deletionKeys = array('deletionKeys', 'u32');
    const mask = header.deletionMask;
    // A power of two less one, and its bucket table present: buckets are `hash & mask`.
    expect(
      Number.isInteger(mask) &&
        mask >= 0 &&
        mask < 2 ** 31 &&
        (mask & (mask + 1)) === 0 &&
        deletionStart.length === mask + 2,
      'deletionStart does not match the mask',
      at('deletionStart'),
    );
    offsets(deletionStart, deletionKeys.length, 'deletionStart');
    for (let i = 0; i < deletionKeys.length; i++)
      if (deletionKeys[i]! >>> FINGERPRINT_BITS >= keys.length)
        fail('deletionKeys points outside its table', 'deletionKeys');

    const state: IndexState = {
      entryKeys,
      targets: targetTable,
      locales: new KeyTable(locales),
      namespaces: new KeyTable(namespaces),
      keys: keyTable,
      entryTarget: new Column(Uint32Array, entryTarget),
      entryLocale: new Column(Uint16Array, entryLocale),
      entryNamespace: new Column(Uint16Array, entryNamespace),
      entryWeight: new Column(Float32Array, entryWeight),
      entryFold: new Column(Uint32Array, entryFold),
      entryRoman: new Column(Uint32Array, entryRoman),
      vowelled: vowelledTable,
      entryVowelled: new Column(Uint32Array, entryVowelled),
      liquids: liquidsTable,
      entryLiquids: new Column(Uint32Array, entryLiquids),
      keyWords: new Column(Uint32Array, keyWords),
      wordOffsets: new Column(Uint16Array, wordOffsets),
    };
    state.compiled = {
      postingStart,
      postings,
      sorted,
      wordKeys,
      wordAt,
      ...headsOf(keys, sorted, wordKeys, wordAt),
      byPosting: entriesByPosting(state, postings),
      sketches: keySketchesOf(keys),
      deletions: { mask, start: deletionStart, keys: deletionKeys },
    };
    return { issues: [], state };
  } catch (error) {
    if (error instanceof Corrupt)
      return { issues: [issue('INDEX_CORRUPT', error.message, { byteOffset: error.byteOffset })] };
    if (error instanceof RangeError)
      return { issues: [issue('INDEX_CORRUPT', `the file is truncated or malformed (${error.message})`)] };
    throw error;
  }
}
