// RZ-LGR-5: the merged "common" LGR and the script LGRs give the same disposition to every label of a
// script's own repertoire (the merge keeps each script's rules), in the ten scripts issue #14 names.
// Variant types differ by design between the two (e.g. Greek ή→η is "base" in the Greek LGR, "blocked"
// in the common one), so only dispositions of the labels are compared. Labels: deterministic random
// sequences of 2–7 repertoire code points (chars marked out-of-repertoire excluded).
import { describe, expect, test } from 'vitest';
import { validateLabel } from '../src/index.js';
import { COMMON, corpusLgr, randomLabels } from './helpers.js';

const SCRIPTS = [
  'arabic',
  'armenian',
  'chinese',
  'cyrillic',
  'devanagari',
  'georgian',
  'greek',
  'hebrew',
  'latin',
  'thai',
];
const common = corpusLgr(COMMON);

describe.runIf(common !== undefined)('RZ-LGR-5 common vs script LGRs', () => {
  test.each(SCRIPTS)('%s: 200 labels, same disposition and reason kind', (script) => {
    const lgr = corpusLgr(`root-zone/rz-lgr-5/lgr-5-${script}-script-26may22-en.xml`)!;
    const chars = lgr.chars
      .filter((c) => c.cps.length === 1 && !c.variants.some((v) => v.reflexive && v.type === 'out-of-repertoire-var'))
      .map((c) => String.fromCodePoint(c.cps[0]!));
    const counts: Record<string, number> = {};
    for (const label of randomLabels(chars, 200, 2026, 2, 7)) {
      const own = validateLabel(lgr, label, { variants: false });
      const merged = validateLabel(common!, label, { variants: false });
      expect([merged.disposition, merged.reason.kind], label).toEqual([own.disposition, own.reason.kind]);
      counts[own.disposition] = (counts[own.disposition] ?? 0) + 1;
    }
    expect(counts.valid ?? 0).toBeGreaterThan(0);
  });
});
