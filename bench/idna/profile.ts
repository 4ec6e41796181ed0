// Runs one operation of @nomina/idna on the idn corpus for a few seconds, for `node --cpu-prof`:
//   npx --yes pnpm@10.34.9 --filter @nomina/ucd --filter @nomina/idna build
//   node --import tsx --cpu-prof --cpu-prof-dir=.prof bench/idna/profile.ts [toASCII|toUnicode] [seconds]
// (.prof/ is git-ignored.) The corpus is built first: its functions show in the profile too.
import { toASCII, toUnicode } from '@nomina/idna';
import { asciiForms, corpora } from './corpus.js';

const op = process.argv[2] ?? 'toASCII';
const seconds = Number(process.argv[3] ?? 4);
const { idn } = corpora();
const inputs = op === 'toASCII' ? idn : asciiForms(idn);
const fn = op === 'toASCII' ? toASCII : toUnicode;
let sink = 0;
const end = Date.now() + seconds * 1000;
while (Date.now() < end) for (let i = 0; i < inputs.length; i++) sink += fn(inputs[i]!).value.length;
console.log(op, sink);
