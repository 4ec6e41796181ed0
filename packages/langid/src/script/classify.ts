// Script of a code point (UAX #24 Script property, Unicode 17.0) for language identification.
// Common and Inherited code points answer `0` (no evidence); the BMP is expanded once into a
// 64 KiB table on first use, supplementary planes use a binary search.
import { SCRIPT_CODES, SCRIPT_RANGES } from '../data/scripts.js';

let bmp: Uint8Array | undefined;
let starts: Uint32Array | undefined;
let ends: Uint32Array | undefined;
let ids: Uint8Array | undefined;

function load(): void {
  const count = SCRIPT_RANGES.length / 3;
  starts = new Uint32Array(count);
  ends = new Uint32Array(count);
  ids = new Uint8Array(count);
  bmp = new Uint8Array(0x10000);
  let previousEnd = -1;
  for (let i = 0; i < count; i++) {
    const start = previousEnd + 1 + SCRIPT_RANGES[i * 3]!;
    const end = start + SCRIPT_RANGES[i * 3 + 1]!;
    starts[i] = start;
    ends[i] = end;
    ids[i] = SCRIPT_RANGES[i * 3 + 2]!;
    if (start < 0x10000) bmp.fill(ids[i]!, start, Math.min(end, 0xffff) + 1);
    previousEnd = end;
  }
}

/** Index into `SCRIPT_CODES` of the Script property of `codePoint` (0 for Common/Inherited/unassigned). */
export function scriptIndex(codePoint: number): number {
  if (bmp === undefined) load();
  if (codePoint < 0x10000) return bmp![codePoint]!;
  let low = 0;
  let high = starts!.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (codePoint < starts![mid]!) high = mid - 1;
    else if (codePoint > ends![mid]!) low = mid + 1;
    else return ids![mid]!;
  }
  return 0;
}

/** ISO 15924 code of a script index. */
export function scriptCode(index: number): string {
  return SCRIPT_CODES[index] ?? 'Zyyy';
}

/** Script index of an ISO 15924 code, or -1. */
export function scriptIndexOf(code: string): number {
  return SCRIPT_CODES.indexOf(code);
}

export const SCRIPT_COUNT = SCRIPT_CODES.length;
