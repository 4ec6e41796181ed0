// Differential against ICU's spoof checker (Debian python3-icu; .ci/run installs it): skeletons and
// restriction levels of UDHR words, generated look-alikes and every source of confusables.txt. ICU 72
// implements Unicode 15.0: every difference must be explained by a rule (test-vectors/security/differential.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sharedVector } from '../../../test-vectors/locate.js';
import { differential, icuAvailable, lookalikes, udhrWords } from '../../../test-vectors/security/differential.js';

const available = icuAvailable();
if (!available) {
  const message =
    '\n!!! python3-icu is not installed: the ICU differential of @nomina/security is SKIPPED.\n!!! Install it with: apt-get install -y python3-icu\n';
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}
const confusables = sharedVector('unicode/security/confusables.txt');

describe.runIf(available && confusables)('differential vs ICU SpoofChecker', () => {
  test('every difference in skeleton or restriction level is explained', () => {
    const sources = readFileSync(confusables!, 'utf8')
      .split('\n')
      .map((l) => l.split(';')[0]!.trim())
      .filter((h) => /^[0-9A-F]+$/.test(h))
      .map((h) => String.fromCodePoint(parseInt(h, 16)));
    const words = udhrWords();
    const corpus = [
      ...words.filter((_, i) => i % 10 === 0),
      ...lookalikes(words.filter((_, i) => i % 10 === 1).slice(0, 3000), sources),
      ...sources,
    ];
    const report = differential(corpus);
    expect(report.strings).toBeGreaterThan(10_000);
    expect(report.differences.filter((d) => d.reasons.includes('UNEXPLAINED'))).toEqual([]);
    // Most of the corpus agrees: the differences are the data changes since ICU's Unicode version.
    expect(report.skeletonAgreement / report.strings).toBeGreaterThan(0.9);
    expect(report.levelAgreement / report.strings).toBeGreaterThan(0.9);
  });
});
