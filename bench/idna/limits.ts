// Worst-case time and memory of @nomina/idna at each of its limits (issue #12; SECURITY.md's limits table
// reads the results): every operation on the worst-case shapes of its campaign
// (packages/idna/test/worst-shapes.ts) at the limit; the shape that is slowest for an operation is measured.
// Run: node --expose-gc --conditions=@nomina/source --import tsx bench/idna/limits.ts [--write]
import * as idna from '@nomina/idna';
import { WORST_SHAPES } from '../../packages/idna/test/worst-shapes.js';
import { type AnyWorstCase, worstCases } from '../harness.js';

const { MAX_INPUT_LENGTH, MAX_PUNYCODE_LENGTH, MAX_LABEL_OCTETS, MAX_DOMAIN_OCTETS } = idna;

/** The shape of `n` units slowest for `run` (fastest of 3 calls each: a quick pre-selection). */
function slowestShape(run: (s: string) => unknown, n: number): [string, string] {
  let worst: [string, string, number] = ['', '', -1];
  for (const [shape, make] of Object.entries(WORST_SHAPES)) {
    const text = make(n);
    run(text);
    let ms = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      run(text);
      ms = Math.min(ms, performance.now() - t0);
    }
    if (ms > worst[2]) worst = [shape, text, ms];
  }
  return [worst[0], worst[1]];
}

const cases: AnyWorstCase[] = [];
const atLimit = (limit: string, n: number, operations: Record<string, (s: string) => unknown>) => {
  for (const [operation, run] of Object.entries(operations)) {
    const [shape, text] = slowestShape(run, n);
    cases.push({ operation, input: `${limit} (${n}) units, ${shape}`, make: () => text, run });
  }
};
atLimit('MAX_INPUT_LENGTH', MAX_INPUT_LENGTH, {
  toASCII: (s) => idna.toASCII(s),
  toUnicode: (s) => idna.toUnicode(s),
  domainToASCII: (s) => idna.domainToASCII(s),
  checkDomain: (s) => idna.checkDomain(s),
  inspectDomain: (s) => idna.inspectDomain(s),
});
atLimit('MAX_PUNYCODE_LENGTH', MAX_PUNYCODE_LENGTH, {
  'punycode.encode': (s) => idna.punycode.encode(s),
  'punycode.decode': (s) => idna.punycode.decode(s),
});
// The DNS lengths are rules on the output (A4_1, A4_2), not costs: the worst case at them is a name that
// just passes, CJK labels whose A-labels are MAX_LABEL_OCTETS octets.
const cjkLabel =
  'xn--' + idna.punycode.encode('中文域名测试用例中文域名测试用例中文域名').value!.slice(0, MAX_LABEL_OCTETS - 4);
const label = idna.toUnicode(cjkLabel).value;
const domain = Array.from({ length: Math.floor(MAX_DOMAIN_OCTETS / (MAX_LABEL_OCTETS + 1)) + 1 }, () => label).join(
  '.',
);
cases.push(
  {
    operation: 'checkDomain',
    input: `a U-label whose A-label has MAX_LABEL_OCTETS (${MAX_LABEL_OCTETS}) octets`,
    make: () => label,
    run: (s: string) => idna.checkDomain(s),
  },
  {
    operation: 'toASCII',
    input: `a domain of such labels just over MAX_DOMAIN_OCTETS (${MAX_DOMAIN_OCTETS}) octets`,
    make: () => domain,
    run: (s: string) => idna.toASCII(s),
  },
);
worstCases('@nomina/idna', cases);
