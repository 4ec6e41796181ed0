// Before/after speed of toASCII and toUnicode in one process (bench/harness.ts: one compiled loop per
// contender, median of interleaved rounds), against tr46: the check of issue #11 "keep the speed".
// Run: npx tsx --conditions=@nomina/source bench/idna/compare.ts OLD_SRC_INDEX_TS
//   where OLD_SRC_INDEX_TS is packages/idna/src/index.ts of an earlier commit (`git archive` it elsewhere).
import { toASCII, toUnicode } from '@nomina/idna';
import tr46 from 'tr46';
import { measureAll } from '../harness.js';
import { corpora } from './corpus.js';

const old = (await import(process.argv[2]!)) as { toASCII: typeof toASCII; toUnicode: typeof toUnicode };
const STRICT = {
  checkBidi: true,
  checkHyphens: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  transitionalProcessing: false,
};
const { idn, mixed } = corpora();
const idnAscii = idn
  .map((n) => toASCII(n, { verifyDnsLength: false, checkHyphens: false }))
  .filter((r) => r.ok)
  .map((r) => r.value);
for (const [name, inputs] of [
  ['toASCII/idn', idn],
  ['toASCII/mixed', mixed],
] as const) {
  const r = measureAll(
    {
      new: (n: string) => toASCII(n).value,
      old: (n: string) => old.toASCII(n).domain,
      tr46: (n: string) => tr46.toASCII(n, { ...STRICT, verifyDNSLength: true }),
    },
    inputs,
  );
  console.log(
    name,
    Object.entries(r)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ns`)
      .join(', '),
    `| tr46/new ${(r.tr46! / r.new!).toFixed(1)}×, tr46/old ${(r.tr46! / r.old!).toFixed(1)}×`,
  );
}
const r = measureAll(
  {
    new: (n: string) => toUnicode(n).value,
    old: (n: string) => old.toUnicode(n).domain,
    tr46: (n: string) => tr46.toUnicode(n, STRICT).domain,
  },
  idnAscii,
);
console.log(
  'toUnicode/idn',
  Object.entries(r)
    .map(([k, v]) => `${k} ${v.toFixed(0)} ns`)
    .join(', '),
  `| tr46/new ${(r.tr46! / r.new!).toFixed(1)}×, tr46/old ${(r.tr46! / r.old!).toFixed(1)}×`,
);
