// Script of a code point (UAX #24 Script property, from @nomina/ucd) as a small index, for the hot
// loops of language identification. Common, Inherited and Unknown answer `0` (no evidence); the BMP
// is cached in a 64 KiB table on first use.
import { getScript, SCRIPT_VALUES } from '@nomina/ucd';

/** ISO 15924 codes by index; index 0 (`Zyyy`) stands for Common, Inherited and Unknown. */
const CODES: readonly string[] = [
  'Zyyy',
  ...SCRIPT_VALUES.filter((code) => code !== 'Zyyy' && code !== 'Zinh' && code !== 'Zzzz'),
];
const INDEX = new Map(CODES.map((code, i) => [code, i]));

let bmp: Uint8Array | undefined;

function lookup(codePoint: number): number {
  return INDEX.get(getScript(codePoint)) ?? 0;
}

/** Index of the Script property of `codePoint` (0 for Common/Inherited/Unknown). */
export function scriptIndex(codePoint: number): number {
  if (codePoint >= 0x10000) return lookup(codePoint);
  if (bmp === undefined) {
    bmp = new Uint8Array(0x10000);
    for (let cp = 0; cp < 0x10000; cp++) bmp[cp] = lookup(cp);
  }
  return bmp[codePoint]!;
}

/** ISO 15924 code of a script index. */
export function scriptCode(index: number): string {
  return CODES[index] ?? 'Zyyy';
}

/** Script index of an ISO 15924 code, or -1. */
export function scriptIndexOf(code: string): number {
  return INDEX.get(code) ?? -1;
}

export const SCRIPT_COUNT = CODES.length;
