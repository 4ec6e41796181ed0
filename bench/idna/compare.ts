// Before/after speed of toASCII and toUnicode in one process (bench/harness.ts: one compiled loop per
// contender, median of interleaved rounds), against tr46: the check of issue #11 "keep the speed".
// Run: npx tsx --conditions=@nomina/source bench/idna/compare.ts OLD_SRC_INDEX_TS
//   where OLD_SRC_INDEX_TS is packages/idna/src/index.ts of an earlier commit (`git archive` it elsewhere).
import { toASCII, toUnicode } from '@nomina/idna';
import { measureAll } from '../harness.js';
import { asciiForms, corpora } from './corpus.js';
import { tr46ToASCII, tr46ToUnicode } from './peers.js';

const old = (await import(process.argv[2]!)) as { toASCII: typeof toASCII; toUnicode: typeof toUnicode };
const { idn, mixed } = corpora();
const idnAscii = asciiForms(idn);
const cases = [
  ['toASCII/idn', idn, (n: string) => toASCII(n).value, (n: string) => old.toASCII(n).domain, tr46ToASCII],
  ['toASCII/mixed', mixed, (n: string) => toASCII(n).value, (n: string) => old.toASCII(n).domain, tr46ToASCII],
  ['toUnicode/idn', idnAscii, (n: string) => toUnicode(n).value, (n: string) => old.toUnicode(n).domain, tr46ToUnicode],
] as const;
for (const [name, inputs, ours, before, tr46] of cases) {
  const r = measureAll({ new: ours, old: before, tr46 }, inputs);
  console.log(
    name,
    Object.entries(r)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ns`)
      .join(', '),
    `| new/old ${(r.new! / r.old!).toFixed(2)}, tr46/new ${(r.tr46! / r.new!).toFixed(1)}×`,
  );
}
