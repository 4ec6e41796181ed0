// Sets of scripts as fixed-size bit sets over the Unicode Script values plus the UTS #39 §5.1
// augmented codes (Hanb, Jpan, Kore), so that intersecting per character allocates nothing.
import { getScriptExtensions, SCRIPT_VALUES, type ScriptCode } from '@nomina/ucd';

/** Every code a set can hold, by bit number. */
export const SET_CODES: readonly ScriptCode[] = [...SCRIPT_VALUES, 'Hanb', 'Jpan', 'Kore'];
export const WORDS = Math.ceil(SET_CODES.length / 32);
const bitOf = new Map<string, number>(SET_CODES.map((code, i) => [code, i]));

export type Bits = Uint32Array;

export function newBits(): Bits {
  return new Uint32Array(WORDS);
}

export function bitsOf(codes: readonly string[]): Bits {
  const bits = newBits();
  for (const code of codes) {
    const i = bitOf.get(code)!;
    bits[i >>> 5]! |= 1 << (i & 31);
  }
  return bits;
}

export function has(bits: Bits, code: string): boolean {
  const i = bitOf.get(code)!;
  return (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** `target &= other`; returns whether anything is left. */
export function intersectInto(target: Bits, other: Bits): boolean {
  let any = 0;
  for (let w = 0; w < WORDS; w++) any |= target[w]! &= other[w]!;
  return any !== 0;
}

/** Whether `a ∩ b` is non-empty, without changing either. */
export function meets(a: Bits, b: Bits): boolean {
  for (let w = 0; w < WORDS; w++) if ((a[w]! & b[w]!) !== 0) return true;
  return false;
}

export function isEmpty(bits: Bits): boolean {
  for (let w = 0; w < WORDS; w++) if (bits[w] !== 0) return false;
  return true;
}

/** Codes in the set, alphabetical. */
export function codesOf(bits: Bits): ScriptCode[] {
  const out: ScriptCode[] = [];
  for (let i = 0; i < SET_CODES.length; i++) if ((bits[i >>> 5]! & (1 << (i & 31))) !== 0) out.push(SET_CODES[i]!);
  return out.sort();
}

const extensionBits = new Map<readonly string[], Bits>();
const augmentedBits = new Map<readonly string[], Bits>();

// The last two arrays looked up: text alternates between few Script_Extensions values, and comparing
// identities is much cheaper than a Map look-up keyed by an object.
let recentA: readonly string[] | undefined;
let recentABits: Bits = newBits();
let recentB: readonly string[] | undefined;
let recentBBits: Bits = newBits();

/** A Script_Extensions array (from getScriptExtensions) as bits (shared; do not modify). */
export function extensionBitsOf(scx: readonly string[]): Bits {
  if (scx === recentA) return recentABits;
  if (scx === recentB) return recentBBits;
  let bits = extensionBits.get(scx);
  if (!bits) extensionBits.set(scx, (bits = bitsOf(scx)));
  recentB = recentA;
  recentBBits = recentABits;
  recentA = scx;
  recentABits = bits;
  return bits;
}

/**
 * UTS #39 §5.1: the augmented script set of a code point — its Script_Extensions, plus Hanb, Jpan and
 * Kore for Hani; Jpan for Hira and Kana; Kore for Hang; Hanb for Bopo. `undefined` stands for ALL
 * (Script_Extensions {Zyyy} or {Zinh}). Shared; do not modify.
 */
export function augmentedBitsOf(cp: number): Bits | undefined {
  const scx = getScriptExtensions(cp);
  if (scx.length === 1 && (scx[0] === 'Zyyy' || scx[0] === 'Zinh')) return undefined;
  let bits = augmentedBits.get(scx);
  if (!bits) {
    const codes: string[] = [...scx];
    if (scx.includes('Hani')) codes.push('Hanb', 'Jpan', 'Kore');
    if (scx.includes('Hira') || scx.includes('Kana')) codes.push('Jpan');
    if (scx.includes('Hang')) codes.push('Kore');
    if (scx.includes('Bopo')) codes.push('Hanb');
    augmentedBits.set(scx, (bits = bitsOf(codes)));
  }
  return bits;
}
