// A model as bytes (`model.save()`, `loadModel`):
//
// | offset  | size | what                                                                    |
// |---------|------|-------------------------------------------------------------------------|
// | 0       | 4    | `NLID`                                                                  |
// | 4       | 1    | format version (MODEL_FORMAT_VERSION)                                   |
// | 5       | 4    | header length h (uint32 LE)                                             |
// | 9       | h    | header: JSON (ASCII, \uXXXX escapes) of the model data but `postings`   |
// |         |      | (with the second stage's `clusters`, model/clusters.ts, since format 2;  |
// |         |      | the word table `words`, model/words.ts, since format 3)                  |
// | 9+h     | 4    | postings length p (uint32 LE)                                           |
// | 13+h    | p    | postings (model/model.ts: varint gaps, language gaps, weight bytes)     |
// | 13+h+p  | 4    | CRC-32 (IEEE) of every byte before it (uint32 LE)                       |
//
// `loadModel` checks all of it and never throws on bad bytes: MODEL_VERSION for another format version,
// MODEL_CORRUPT for anything else (with the offset where it was found). Format 2 files (no word table) are
// read as they are: format 3 only adds the optional `words`.
import { errorIssue, type Issue, type Result } from '@nomina/core';
import { type ClusterData, clusterProblem } from './clusters.js';
import { CALIBRATION_BINS, decodeBase64, encodeBase64, type ModelData } from './model.js';
import { readVarint } from './varint.js';
import { decodeWords } from './words.js';

/**
 * Version of the byte format written by `model.save()`: 2 since the second stage (clusters in the header), 3 since
 * the word table (`words` in the header). Format 2 is still read.
 */
export const MODEL_FORMAT_VERSION = 3;
/** The oldest format `loadModel` reads (its files are format 3 files without a word table). */
const OLDEST_FORMAT = 2;

export type ModelIssueCode = 'MODEL_CORRUPT' | 'MODEL_VERSION';

const MAGIC = [0x4e, 0x4c, 0x49, 0x44];

let crcTable: Uint32Array | undefined;
function crc32(bytes: Uint8Array, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < end; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** JSON text as ASCII bytes (non-ASCII escaped as \\uXXXX, so no text encoder is needed anywhere). */
function asciiBytes(json: string): Uint8Array {
  const ascii = json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const out = new Uint8Array(ascii.length);
  for (let i = 0; i < ascii.length; i++) out[i] = ascii.charCodeAt(i);
  return out;
}

/** ASCII bytes as text; a byte ≥ 0x80 is damage (throws, caught by the reader). */
function asciiText(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) throw new RangeError('not ASCII');
    out += String.fromCharCode(bytes[i]!);
  }
  return out;
}

export function encodeModel(data: ModelData): Uint8Array {
  const { postings, ...rest } = data;
  const header = asciiBytes(JSON.stringify(rest));
  const body = decodeBase64(postings);
  const out = new Uint8Array(17 + header.length + body.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  out[4] = MODEL_FORMAT_VERSION;
  view.setUint32(5, header.length, true);
  out.set(header, 9);
  view.setUint32(9 + header.length, body.length, true);
  out.set(body, 13 + header.length);
  view.setUint32(out.length - 4, crc32(out, out.length - 4), true);
  return out;
}

/** Most coverage rows a calibration table may have (a bound on what a header may claim). */
const MAX_CALIBRATION_ROWS = 100;

const isNumberArray = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) && value.length === length && value.every((x) => typeof x === 'number' && Number.isFinite(x));

/** Checks the postings: every varint ends inside, hashes ascend below 2^32, languages ascend below `languages`. */
function postingsProblem(bytes: Uint8Array, languages: number): string | undefined {
  const cursor = { at: 0 };
  const varint = (): number | undefined => readVarint(bytes, cursor);
  let key = 0;
  let first = true;
  while (cursor.at < bytes.length) {
    const gap = varint();
    if (gap === undefined || (gap === 0 && !first)) return 'a feature gap is cut or zero';
    key += gap;
    first = false;
    if (key >= 2 ** 32) return 'a feature hash is out of range';
    const count = varint();
    if (count === undefined || count === 0 || count > languages) return 'a feature has no valid posting count';
    let language = 0;
    for (let i = 0; i < count; i++) {
      const step = varint();
      if (step === undefined || (i > 0 && step === 0)) return 'a language gap is cut or zero';
      language += step;
      if (language >= languages) return 'a posting names a language the model does not have';
      if (cursor.at >= bytes.length) return 'a weight is cut';
      cursor.at++;
    }
  }
  return undefined;
}

/** Reads bytes written by `model.save()`: the model data, or issues (never throws on bad bytes). */
export function decodeModelBytes(bytes: Uint8Array): Result<ModelData | undefined, ModelIssueCode> {
  const fail = (code: ModelIssueCode, message: string, offset = -1): Result<undefined, ModelIssueCode> => ({
    ok: false,
    value: undefined,
    issues: [errorIssue(code, message, -1, offset)] as Issue<ModelIssueCode>[],
  });
  if (!(bytes instanceof Uint8Array)) throw new TypeError('loadModel(bytes): bytes must be a Uint8Array');
  if (bytes.length < 17 || MAGIC.some((b, i) => bytes[i] !== b))
    return fail('MODEL_CORRUPT', 'not a model: the bytes do not start with NLID', 0);
  if (bytes[4]! < OLDEST_FORMAT || bytes[4]! > MODEL_FORMAT_VERSION)
    return fail(
      'MODEL_VERSION',
      bytes[4]! < OLDEST_FORMAT
        ? `model format ${bytes[4]}, written by an older @nomina/langid; this version reads formats ${OLDEST_FORMAT} to ${MODEL_FORMAT_VERSION} only: train or extend the model again and save it`
        : `model format ${bytes[4]}, written by a newer @nomina/langid; this version reads formats ${OLDEST_FORMAT} to ${MODEL_FORMAT_VERSION} only`,
      4,
    );
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(bytes.length - 4, true) !== crc32(bytes, bytes.length - 4))
    return fail('MODEL_CORRUPT', 'the checksum does not match: the bytes were damaged or cut', bytes.length - 4);
  const headerLength = view.getUint32(5, true);
  if (9 + headerLength + 4 > bytes.length - 4) return fail('MODEL_CORRUPT', 'the header length runs past the end', 5);
  const bodyLength = view.getUint32(9 + headerLength, true);
  if (13 + headerLength + bodyLength !== bytes.length - 4)
    return fail('MODEL_CORRUPT', 'the postings length does not match the size', 9 + headerLength);
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(asciiText(bytes.subarray(9, 9 + headerLength)));
  } catch {
    return fail('MODEL_CORRUPT', 'the header is not JSON', 9);
  }
  const { tier, tags, scripts, floors, priors, step, temperature, calibration, clusters, words } = header ?? {};
  if (typeof tier !== 'string' || typeof tags !== 'string' || typeof scripts !== 'string' || tags === '')
    return fail('MODEL_CORRUPT', 'the header lacks tier, tags or scripts', 9);
  const count = tags.split(' ').length;
  if (
    count > 0xffff ||
    scripts.split(' ').length !== count ||
    !isNumberArray(floors, count) ||
    !isNumberArray(priors, count) ||
    // Rows of CALIBRATION_BINS, one per coverage band (model/model.ts), at most MAX_CALIBRATION_ROWS.
    !Array.isArray(calibration) ||
    calibration.length % CALIBRATION_BINS !== 0 ||
    calibration.length > CALIBRATION_BINS * MAX_CALIBRATION_ROWS ||
    !isNumberArray(calibration, Math.max(calibration.length, CALIBRATION_BINS)) ||
    typeof step !== 'number' ||
    !(step > 0) ||
    typeof temperature !== 'number' ||
    !(temperature > 0)
  )
    return fail('MODEL_CORRUPT', 'the header fields do not agree with the tags', 9);
  const clustersProblem = clusterProblem(clusters, tags.split(' '), decodeBase64);
  if (clustersProblem) return fail('MODEL_CORRUPT', `the clusters are damaged: ${clustersProblem}`, 9);
  if (words !== undefined) {
    const table =
      typeof words === 'string' && bytes[4] === MODEL_FORMAT_VERSION && /^[A-Za-z0-9+/]*={0,2}$/.test(words)
        ? decodeWords(decodeBase64(words), count)
        : 'it is no base64 text of a format 3 file';
    if (typeof table === 'string') return fail('MODEL_CORRUPT', `the word table is damaged: ${table}`, 9);
  }
  const body = bytes.subarray(13 + headerLength, 13 + headerLength + bodyLength);
  const problem = postingsProblem(body, count);
  if (problem) return fail('MODEL_CORRUPT', `the postings are damaged: ${problem}`, 13 + headerLength);
  return {
    ok: true,
    value: {
      tier,
      tags,
      scripts,
      floors,
      priors,
      step,
      temperature,
      calibration,
      postings: encodeBase64(body),
      ...(clusters === undefined ? {} : { clusters: clusters as ClusterData[] }),
      ...(words === undefined ? {} : { words: words as string }),
    },
    issues: [],
  };
}
