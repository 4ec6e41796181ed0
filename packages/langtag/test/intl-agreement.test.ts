// Agreement with Node's Intl (ICU 78.2 / CLDR 48 here): canonicalize vs Intl.getCanonicalLocales,
// maximize vs Intl.Locale#maximize, over registry languages, scripts and regions (bench/langtag/
// intl-exhaustive.ts runs all 2 million language × script combinations). Every
// difference is listed in test-vectors/langtag/intl-differences.json and asserted exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ownVector } from '../../../test-vectors/locate.js';
import { canonicalize, maximize } from '../src/index.js';
import { languages, regions, scripts } from '../src/data/tables.js';

const expected: {
  canonicalize: { tag: string; langtag: string; intl: string }[];
  maximize: { tag: string; langtag: string; intl: string }[];
} = JSON.parse(readFileSync(ownVector('langtag/intl-differences.json'), 'utf8'));

function tags(): string[] {
  const langs = [...languages().keys()];
  const out = [...langs];
  for (const { subtag } of scripts().values())
    out.push(`und-${subtag}`, `en-${subtag}`, `zh-${subtag}`, `sr-${subtag}`);
  for (const { subtag } of regions().values())
    out.push(
      `und-${subtag}`,
      `en-${subtag}`,
      `zh-${subtag}`,
      `pt-${subtag}`,
      `und-Latn-${subtag}`,
      `und-Cyrl-${subtag}`,
      `und-Arab-${subtag}`,
    );
  for (const l of langs) out.push(`${l}-Latn`, `${l}-US`, `${l}-Cyrl-RU`, `${l}-Zzzz`, `${l}-ZZ`);
  for (const { subtag } of scripts().values()) out.push(`und-${subtag}-ZZ`);
  return out;
}

const cldr = (process.versions as Record<string, string | undefined>).cldr;
(cldr?.startsWith('48') ? describe : describe.skip)(`Intl (ICU ${process.versions.icu}, CLDR ${cldr})`, () => {
  const all = tags();
  test(`canonicalize(…, {form: 'cldr'}) equals Intl.getCanonicalLocales on ${all.length} tags, except the listed ones`, () => {
    const differences: { tag: string; langtag: string; intl: string }[] = [];
    let compared = 0;
    for (const tag of all) {
      let intl: string;
      try {
        intl = Intl.getCanonicalLocales(tag)[0]!;
      } catch {
        continue; // Intl rejects the tag: nothing to compare
      }
      compared++;
      const ours = canonicalize(tag, { form: 'cldr' }).value!;
      if (ours !== intl) differences.push({ tag, langtag: ours, intl });
    }
    expect(compared).toBeGreaterThan(30_000);
    expect(differences).toEqual(expected.canonicalize.map(({ tag, langtag, intl }) => ({ tag, langtag, intl })));
  });
  test(`maximize equals Intl.Locale#maximize on ${all.length} tags, except the listed ones`, () => {
    const differences: { tag: string; langtag: string; intl: string }[] = [];
    for (const tag of all) {
      let intl: string;
      try {
        intl = new Intl.Locale(tag).maximize().toString();
      } catch {
        continue;
      }
      const ours = maximize(tag).value!;
      if (ours !== intl) differences.push({ tag, langtag: ours, intl });
    }
    expect(differences).toEqual(expected.maximize.map(({ tag, langtag, intl }) => ({ tag, langtag, intl })));
  });
});

describe('test-vectors/langtag/canonical-cldr.tsv (extensions, aliases, variants)', () => {
  const rows = readFileSync(ownVector('langtag/canonical-cldr.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string]);
  test.each(rows)('canonicalize %s → %s', (input, expected) => {
    const intlRejects = expected.startsWith('!');
    expect(canonicalize(input).value).toBe(intlRejects ? expected.slice(1) : expected);
    if (cldr?.startsWith('48')) {
      if (intlRejects) expect(() => Intl.getCanonicalLocales(input)).toThrow(RangeError);
      else expect(Intl.getCanonicalLocales(input)[0]).toBe(expected);
    }
  });
});
