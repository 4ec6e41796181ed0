// The index file: `save()` writes it, `loadKeywordIndex(bytes)` restores an index without rebuilding
// (typed arrays are viewed in place, strings decoded once).
//
// | bytes | content |
// |---|---|
// | 0–7 | magic `NOMINAKW` |
// | 8–11 | format version (u32 LE) |
// | 12–15 | length J of the header (u32 LE) |
// | 16… | header, UTF-8 JSON: fold profile, Unicode and romanization versions, sections `{name, type, offset, length}` |
// | … | sections, each 8-byte aligned: typed arrays (little-endian) and string tables (UTF-16 offsets + UTF-8 text) |
//
// Loading checks every section's bounds, every id against what it points into and every offset table for
// order, so a corrupt or hostile file gives `INDEX_CORRUPT`, never an exception, an out-of-bounds read or an
// endless probe. The loaded index views the bytes in place: do not modify them afterwards.
import { FOLD_PROFILE_VERSION } from '../fold/profile.js';
import { UNICODE_VERSION } from '../fold/data/version.js';
import { issue, type KeywordIssue } from '../issues.js';
import { MAX_INDEX_BYTES } from '../limits.js';
import { ROMANIZATION_SCHEME, SKELETON_VERSION } from '../translit/romanize.js';
import { Column } from './column.js';
import { FINGERPRINT_BITS } from './deletions.js';
import { KeyTable } from './key-table.js';
import { KeywordIndex, type IndexState } from './keyword-index.js';

const MAGIC = 'NOMINAKW';
/** Version of the file layout; bumped on any change, and files of another version are refused. */
export const INDEX_FORMAT_VERSION = 2;

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

/** Serializes an index (compiling it first). */
export function saveIndex(index: KeywordIndex): Uint8Array {
  index.compile();
  const s = index.state;
  const c = s.compiled!;
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
  let json = new TextEncoder().encode(JSON.stringify(header));
  const headerLength = Math.ceil((16 + json.length) / 8) * 8;
  const out = new Uint8Array(headerLength + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, INDEX_FORMAT_VERSION, true);
  view.setUint32(12, json.length, true);
  out.set(json, 16);
  json = new Uint8Array(0);
  for (let i = 0; i < parts.length; i++) out.set(parts[i]![2], headerLength + sections[i]!.offset);
  return out;
}

export interface LoadResult {
  ok: boolean;
  index?: KeywordIndex;
  issues: KeywordIssue[];
}

class Corrupt extends Error {}

function expect(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Corrupt(message);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Restores an index saved by `save()`. Never throws for bytes: a bad file gives `INDEX_CORRUPT` or `INDEX_VERSION`. */
export function loadIndex(bytes: Uint8Array): LoadResult {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('loadKeywordIndex takes a Uint8Array');
  // A plain Uint8Array view: Node's Buffer is a subclass whose slice() does not copy.
  bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bytes.length > MAX_INDEX_BYTES) return { ok: false, issues: [issue('INDEX_CORRUPT', `the file is larger than ${MAX_INDEX_BYTES} bytes`)] };
  try {
    expect(LITTLE_ENDIAN, 'index files are little-endian and this platform is not');
    expect(bytes.length >= 16 && new TextDecoder().decode(bytes.subarray(0, 8)) === MAGIC, 'not a Nomina keyword index (bad magic)');
    // Typed arrays need aligned offsets: copy once when the bytes sit at an unaligned offset.
    if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const version = view.getUint32(8, true);
    if (version !== INDEX_FORMAT_VERSION) {
      return { ok: false, issues: [issue('INDEX_VERSION', `index format ${version}; this version reads format ${INDEX_FORMAT_VERSION}: rebuild the index`, { byteOffset: 8 })] };
    }
    const jsonLength = view.getUint32(12, true);
    expect(16 + jsonLength <= bytes.length, 'truncated header');
    let header: Header;
    try {
      header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(16, 16 + jsonLength))) as Header;
    } catch {
      throw new Corrupt('the header is not JSON');
    }
    expect(typeof header === 'object' && header !== null && Array.isArray(header.sections), 'the header has no sections');
    if (header.foldProfile !== FOLD_PROFILE_VERSION || header.unicode !== UNICODE_VERSION || header.romanization !== ROMANIZATION_SCHEME || header.skeleton !== SKELETON_VERSION) {
      const built = `fold profile ${header.foldProfile} (Unicode ${header.unicode}), romanization ${header.romanization} skeleton ${header.skeleton ?? 1}`;
      const current = `fold profile ${FOLD_PROFILE_VERSION} (Unicode ${UNICODE_VERSION}), romanization ${ROMANIZATION_SCHEME} skeleton ${SKELETON_VERSION}`;
      return {
        ok: false,
        issues: [issue('INDEX_VERSION', `index built with ${built}; this version uses ${current}: rebuild the index`)],
      };
    }
    const base = Math.ceil((16 + jsonLength) / 8) * 8;
    const sections = new Map<string, Section>();
    for (const section of header.sections) {
      const { name, type, offset, length } = section ?? ({} as Section);
      expect(typeof name === 'string' && (type in ARRAYS || type === 'strings'), 'bad section');
      expect(Number.isInteger(offset) && Number.isInteger(length) && offset >= 0 && length >= 0 && offset % 8 === 0, `bad bounds of section ${name}`);
      expect(base + offset + length <= bytes.length, `section ${name} is truncated`);
      sections.set(name, section);
    }
    let end = 0;
    for (const { offset, length } of sections.values()) end = Math.max(end, Math.ceil((offset + length) / 8) * 8);
    expect(base + end === bytes.length, bytes.length < base + end ? 'the file is truncated' : 'the file has trailing bytes');
    const section = (name: string, type: SectionType): Section => {
      const found = sections.get(name);
      expect(found !== undefined && found.type === type, `missing section ${name}`);
      return found;
    };
    const array = <T extends keyof typeof ARRAYS>(name: string, type: T): InstanceType<(typeof ARRAYS)[T]> => {
      const { offset, length } = section(name, type);
      const Type = ARRAYS[type];
      expect(length % Type.BYTES_PER_ELEMENT === 0, `section ${name} has a partial element`);
      return new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + base + offset, length / Type.BYTES_PER_ELEMENT) as InstanceType<(typeof ARRAYS)[T]>;
    };
    const strings = (name: string): string[] => {
      const { offset, length } = section(name, 'strings');
      expect(length >= 4, `section ${name} is truncated`);
      const start = bytes.byteOffset + base + offset;
      const count = new DataView(bytes.buffer, start, 4).getUint32(0, true);
      expect(4 + (count + 1) * 4 <= length, `section ${name} is truncated`);
      const offsets = new Uint32Array(bytes.slice(base + offset + 4, base + offset + 4 + (count + 1) * 4).buffer);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(base + offset + 4 + (count + 1) * 4, base + offset + length));
      } catch {
        throw new Corrupt(`section ${name} is not UTF-8`);
      }
      expect(offsets[0] === 0 && offsets[count] === text.length, `section ${name} has bad offsets`);
      const out = new Array<string>(count);
      for (let i = 0; i < count; i++) {
        expect(offsets[i]! <= offsets[i + 1]!, `section ${name} has bad offsets`);
        out[i] = text.slice(offsets[i], offsets[i + 1]);
      }
      return out;
    };
    const ids = (values: ArrayLike<number>, bound: number, name: string, allowNone = false) => {
      for (let i = 0; i < values.length; i++) expect(values[i]! < bound || (allowNone && values[i] === 0xffffffff), `${name} points outside its table`);
    };
    const offsets = (values: Uint32Array, end: number, name: string) => {
      expect(values.length > 0 && values[0] === 0 && values[values.length - 1] === end, `${name} has bad offsets`);
      for (let i = 1; i < values.length; i++) expect(values[i - 1]! <= values[i]!, `${name} has bad offsets`);
    };
    const slots = (values: Int32Array, count: number, name: string) => {
      expect(values.length >= 2 * count && (values.length & (values.length - 1)) === 0, `${name} has a bad size`);
      let used = 0;
      for (let i = 0; i < values.length; i++) {
        expect(values[i]! >= 0 && values[i]! <= count, `${name} points outside its table`);
        if (values[i] !== 0) used++;
      }
      // Exactly one slot a key, so at least half the slots are empty and every probe ends.
      expect(used === count, `${name} does not match its table`);
    };

    const entryKeys = strings('entryKeys');
    const targets = strings('targets');
    const locales = strings('locales');
    const namespaces = strings('namespaces');
    const keys = strings('keys');
    const n = entryKeys.length;
    const targetSlots = array('targetSlots', 'i32');
    const keySlots = array('keySlots', 'i32');
    slots(targetSlots, targets.length, 'targetSlots');
    slots(keySlots, keys.length, 'keySlots');
    const entryTarget = array('entryTarget', 'u32');
    const entryLocale = array('entryLocale', 'u16');
    const entryNamespace = array('entryNamespace', 'u16');
    const entryWeight = array('entryWeight', 'f32');
    const entryFold = array('entryFold', 'u32');
    const entryRoman = array('entryRoman', 'u32');
    const vowelled = strings('vowelled');
    const vowelledSlots = array('vowelledSlots', 'i32');
    slots(vowelledSlots, vowelled.length, 'vowelledSlots');
    const entryVowelled = array('entryVowelled', 'u32');
    for (const column of [entryTarget, entryLocale, entryNamespace, entryWeight, entryFold, entryRoman, entryVowelled]) expect(column.length === n, 'entry columns differ in length');
    expect(locales[0] === '' && namespaces[0] === '', 'label tables lack their "none" entry');
    ids(entryTarget, targets.length, 'entryTarget');
    ids(entryLocale, locales.length, 'entryLocale');
    ids(entryNamespace, namespaces.length, 'entryNamespace');
    ids(entryFold, keys.length, 'entryFold');
    ids(entryRoman, keys.length, 'entryRoman', true);
    ids(entryVowelled, vowelled.length, 'entryVowelled', true);
    const postingStart = array('postingStart', 'u32');
    const postings = array('postings', 'u32');
    expect(postingStart.length === keys.length + 1, 'postingStart does not match the keys');
    offsets(postingStart, postings.length, 'postingStart');
    ids(postings, 4 * n, 'postings');
    const sorted = array('sorted', 'u32');
    expect(sorted.length === keys.length, 'sorted does not match the keys');
    ids(sorted, keys.length, 'sorted');
    const keyWords = array('keyWords', 'u32');
    const wordOffsets = array('wordOffsets', 'u16');
    expect(keyWords.length === keys.length, 'keyWords does not match the keys');
    for (let k = 0; k < keyWords.length; k++) {
      expect(keyWords[k]! <= (keyWords[k + 1] ?? wordOffsets.length), 'keyWords has bad offsets');
      for (let w = keyWords[k]!; w < (keyWords[k + 1] ?? wordOffsets.length); w++) expect(wordOffsets[w]! < keys[k]!.length, 'wordOffsets points outside its key');
    }
    const wordKeys = array('wordKeys', 'u32');
    const wordAt = array('wordAt', 'u16');
    expect(wordKeys.length === wordOffsets.length && wordAt.length === wordOffsets.length, 'the word order does not match the word starts');
    ids(wordKeys, keys.length, 'wordKeys');
    for (let i = 0; i < wordAt.length; i++) expect(wordAt[i]! < keys[wordKeys[i]!]!.length, 'wordAt points outside its key');
    const deletionStart = array('deletionStart', 'u32');
    const deletionKeys = array('deletionKeys', 'u32');
    const mask = header.deletionMask;
    expect(Number.isInteger(mask) && mask >= 0 && deletionStart.length === mask + 2, 'deletionStart does not match the mask');
    offsets(deletionStart, deletionKeys.length, 'deletionStart');
    for (let i = 0; i < deletionKeys.length; i++) expect(deletionKeys[i]! >>> FINGERPRINT_BITS < keys.length, 'deletionKeys points outside its table');

    const state: IndexState = {
      entryKeys,
      targets: new KeyTable(targets, targetSlots),
      locales: new KeyTable(locales),
      namespaces: new KeyTable(namespaces),
      keys: new KeyTable(keys, keySlots),
      entryTarget: new Column(Uint32Array, entryTarget),
      entryLocale: new Column(Uint16Array, entryLocale),
      entryNamespace: new Column(Uint16Array, entryNamespace),
      entryWeight: new Column(Float32Array, entryWeight),
      entryFold: new Column(Uint32Array, entryFold),
      entryRoman: new Column(Uint32Array, entryRoman),
      vowelled: new KeyTable(vowelled, vowelledSlots),
      entryVowelled: new Column(Uint32Array, entryVowelled),
      keyWords: new Column(Uint32Array, keyWords),
      wordOffsets: new Column(Uint16Array, wordOffsets),
      compiled: { postingStart, postings, sorted, wordKeys, wordAt, deletions: { mask, start: deletionStart, keys: deletionKeys } },
    };
    return { ok: true, index: new KeywordIndex(state), issues: [] };
  } catch (error) {
    if (error instanceof Corrupt) return { ok: false, issues: [issue('INDEX_CORRUPT', error.message)] };
    if (error instanceof RangeError) return { ok: false, issues: [issue('INDEX_CORRUPT', `the file is truncated or malformed (${error.message})`)] };
    throw error;
  }
}
