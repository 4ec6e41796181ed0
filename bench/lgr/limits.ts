// Worst-case time and memory of @nomina/lgr at each of its limits (packages/lgr/src/limits.ts; issue #12's
// campaign, the README's Limits section): each operation on the most adversarial input the limit lets
// through, and on the input just over it. Writes the table into bench/results/lgr.md (between the
// worst-case markers; bench/lgr/bench.ts keeps it when it rewrites the rest).
// Run: node --expose-gc --conditions=@nomina/source --import tsx bench/lgr/limits.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMs, machineLine } from '../harness.js';
import {
  CollisionIndex,
  DEFAULT_MAX_VARIANTS,
  indexLabel,
  MAX_LABEL_CODE_POINTS,
  MAX_LABEL_LENGTH,
  MAX_LGR_DOCUMENT_LENGTH,
  MAX_RULE_DEPTH,
  MAX_RULE_ELEMENTS,
  MAX_SEQUENCE_LENGTH,
  MAX_VARIANTS_LIMIT,
  MAX_XML_ATTRIBUTES,
  MAX_XML_DEPTH,
  MAX_XML_ELEMENTS,
  parseLgr,
  validateLabel,
  variantOf,
  type Lgr,
} from '../../packages/lgr/src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const vectors = process.env.NOMINA_VECTORS ?? join(here, '..', '..', '..', 'shared', 'vectors');
const NS = 'xmlns="urn:ietf:params:xml:ns:lgr-1.0"';
const doc = (data: string, rules = '') => `<lgr ${NS}><data>${data}</data><rules>${rules}</rules></lgr>`;
const lgrOf = (xml: string): Lgr => {
  const { lgr, issues } = parseLgr(xml);
  if (!lgr || issues.some((i) => i.severity === 'error')) throw new Error(`bench LGR: ${issues[0]?.message}`);
  return lgr;
};
const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');
const fill = (unit: string, length: number, head: string, tail: string) =>
  head + unit.repeat(Math.floor((length - head.length - tail.length) / unit.length)) + tail;

// Documents at MAX_LGR_DOCUMENT_LENGTH.
const head = `<lgr ${NS}><data>`;
const tail = '</data></lgr>';
let k = 0;
const charsDoc = (() => {
  const parts: string[] = [];
  let length = head.length + tail.length;
  for (;;) {
    const part = `<char cp="${hex(0x4e00 + (k % 20000))} ${hex(0x10000 + Math.floor(k / 20000))}"><var cp="${hex(0x4e00 + ((k + 1) % 20000))}"/></char>`;
    if (length + part.length > MAX_LGR_DOCUMENT_LENGTH) break;
    parts.push(part);
    length += part.length;
    k++;
  }
  return head + parts.join('') + tail;
})();
const charsElements = 2 * k;
const elementsDoc = fill('<x/>', Math.min(MAX_LGR_DOCUMENT_LENGTH, 4 * (MAX_XML_ELEMENTS - 3) + 40), head, tail);
const deep = `<meta><description>${`${'<b>'.repeat(MAX_XML_DEPTH - 3)}${'</b>'.repeat(MAX_XML_DEPTH - 3)}`.repeat(Math.floor((MAX_XML_ELEMENTS - 10) / (MAX_XML_DEPTH - 3)))}</description></meta>`;
const depthDoc = `<lgr ${NS}>${deep}<data/></lgr>`;
const attributes = Array.from({ length: MAX_XML_ATTRIBUTES }, (_, a) => `a${a}="${'v'.repeat(8)}"`).join(' ');
const attributesDoc = fill(`<x ${attributes}/>`, MAX_LGR_DOCUMENT_LENGTH, head, tail);

// Rules: a rule referring twice to the previous one doubles at each step, up to MAX_RULE_ELEMENTS.
const doubling = (() => {
  const rules = ['<rule name="r0"><any count="0+"/><char cp="0062"/></rule>'];
  let size = 2;
  let step = 0;
  while (size * 2 + 1 <= MAX_RULE_ELEMENTS && step < MAX_RULE_DEPTH - 2) {
    step++;
    rules.push(`<rule name="r${step}"><rule by-ref="r${step - 1}"/><rule by-ref="r${step - 1}"/></rule>`);
    size = size * 2 + 2;
  }
  return {
    steps: step,
    lgr: lgrOf(
      doc('<range first-cp="0061" last-cp="007A"/>', `${rules.join('')}<action disp="invalid" match="r${step}"/>`),
    ),
  };
})();
const hostile = (rule: string) =>
  lgrOf(doc('<range first-cp="0061" last-cp="007A"/>', `${rule}<action disp="invalid" match="evil"/>`));
const nestedCounts = hostile(
  '<rule name="evil"><start/><rule count="1+"><rule count="1+"><char cp="0061" count="1+"/></rule></rule><end/></rule>',
);
const manyCounts = hostile(
  `<rule name="evil"><start/>${'<any count="0+"/>'.repeat(1000)}<char cp="0062"/><end/></rule>`,
);

// Sequences: "a" … "a" × MAX_SEQUENCE_LENGTH, each with a variant "b" × the same: a label of 63 "a" has
// about 2^62 divisions into chars.
const seq = (n: number) => Array.from({ length: n }, () => '0061').join(' ');
const seqB = (n: number) => Array.from({ length: n }, () => '0062').join(' ');
const sequences = lgrOf(
  doc(
    Array.from(
      { length: MAX_SEQUENCE_LENGTH },
      (_, i) =>
        `<char cp="${seq(i + 1)}"><var cp="${seqB(i + 1)}" type="blocked"/></char><char cp="${seqB(i + 1)}"><var cp="${seq(i + 1)}" type="blocked"/></char>`,
    ).join(''),
  ),
);
const a63 = 'a'.repeat(MAX_LABEL_CODE_POINTS);
// Fresh labels for the rule cases (a label's rule evaluations are cached): 62 "a" and another letter.
let fresh = 0;
const a62x = () => `${'a'.repeat(MAX_LABEL_CODE_POINTS - 1)}${String.fromCharCode(0x63 + (fresh++ % 24))}`;

// RZ-LGR-5 Arabic: the longest label of its most varied code point.
const arabic = lgrOf(
  readFileSync(join(vectors, 'lgr', 'root-zone', 'rz-lgr-5', 'lgr-5-arabic-script-26may22-en.xml'), 'utf8'),
);
const varied = arabic.chars.reduce((a, b) => (b.variants.length > a.variants.length ? b : a));
const arabic63 = String.fromCodePoint(...Array.from({ length: MAX_LABEL_CODE_POINTS }, () => varied.cps[0]!));
const zone = new CollisionIndex(arabic);
for (let z = 0; z < 10_000; z++) zone.add(String.fromCodePoint(...varied.cps, 0x0628 + (z % 10), 0x0628 + (z % 7)));

interface Case {
  limit: string;
  operation: string;
  input: string;
  run: () => unknown;
  /** Measured on 1/scale of the input, figures × scale. */
  scale?: number;
}
const cases: Case[] = [
  {
    limit: 'MAX_LGR_DOCUMENT_LENGTH',
    operation: 'parseLgr',
    input: `${(MAX_LGR_DOCUMENT_LENGTH / 2 ** 20).toFixed(0)} Mi units: ${k.toLocaleString('en')} sequences with a variant each (${charsElements.toLocaleString('en')} elements)`,
    run: () => parseLgr(charsDoc),
  },
  {
    limit: 'MAX_LGR_DOCUMENT_LENGTH',
    operation: 'parseLgr',
    input: 'one unit over it (refused before reading)',
    run: () => parseLgr(charsDoc + ' '.repeat(MAX_LGR_DOCUMENT_LENGTH + 1 - charsDoc.length)),
  },
  {
    limit: 'MAX_XML_ELEMENTS',
    operation: 'parseLgr',
    input: `${MAX_XML_ELEMENTS.toLocaleString('en')} elements, all unknown (one warning each)`,
    run: () => parseLgr(elementsDoc),
  },
  {
    limit: 'MAX_XML_ELEMENTS',
    operation: 'parseLgr',
    input: 'one element over it (stops there)',
    run: () => parseLgr(elementsDoc.replace('</data>', '<x/><x/><x/></data>')),
  },
  {
    limit: 'MAX_XML_DEPTH',
    operation: 'parseLgr',
    input: `nesting ${MAX_XML_DEPTH} deep, repeated to ${MAX_XML_ELEMENTS.toLocaleString('en')} elements`,
    run: () => parseLgr(depthDoc),
  },
  {
    limit: 'MAX_XML_ATTRIBUTES',
    operation: 'parseLgr',
    input: `elements of ${MAX_XML_ATTRIBUTES} attributes filling MAX_LGR_DOCUMENT_LENGTH`,
    run: () => parseLgr(attributesDoc),
  },
  {
    limit: 'MAX_RULE_ELEMENTS, MAX_RULE_DEPTH',
    operation: 'validateLabel',
    input: `a rule doubled by references ${doubling.steps} times (under ${MAX_RULE_ELEMENTS.toLocaleString('en')} elements), on ${MAX_LABEL_CODE_POINTS} code points`,
    run: () => validateLabel(doubling.lgr, a62x(), { variants: false }),
  },
  {
    limit: 'MAX_LABEL_CODE_POINTS',
    operation: 'validateLabel',
    input: `rule (a+)+$ (exponential as a regular expression) on ${MAX_LABEL_CODE_POINTS - 1} "a" and another letter`,
    run: () => validateLabel(nestedCounts, a62x(), { variants: false }),
  },
  {
    limit: 'MAX_LABEL_CODE_POINTS',
    operation: 'validateLabel',
    input: `rule of 1,000 unbounded counts, on ${MAX_LABEL_CODE_POINTS - 1} "a" and another letter`,
    run: () => validateLabel(manyCounts, a62x(), { variants: false }),
  },
  {
    limit: 'MAX_SEQUENCE_LENGTH, MAX_LABEL_CODE_POINTS',
    operation: 'validateLabel',
    input: `sequences of 1–${MAX_SEQUENCE_LENGTH} "a", ${MAX_LABEL_CODE_POINTS} "a" (2^62 divisions), disposition only`,
    run: () => validateLabel(sequences, a63, { variants: false }),
  },
  {
    limit: 'MAX_SEQUENCE_LENGTH, DEFAULT_MAX_VARIANTS',
    operation: 'validateLabel',
    input: `the same, ${DEFAULT_MAX_VARIANTS} variants listed`,
    run: () => validateLabel(sequences, a63),
  },
  {
    limit: 'MAX_SEQUENCE_LENGTH',
    operation: 'variantOf, indexLabel',
    input: `the same label, its variant of ${MAX_LABEL_CODE_POINTS} "b"`,
    run: () => [variantOf(sequences, a63, 'b'.repeat(MAX_LABEL_CODE_POINTS)), indexLabel(sequences, a63)],
  },
  {
    limit: 'MAX_LABEL_CODE_POINTS, DEFAULT_MAX_VARIANTS',
    operation: 'validateLabel',
    input: `RZ-LGR-5 Arabic, ${MAX_LABEL_CODE_POINTS} × U+${hex(varied.cps[0]!)} (${varied.variants.length} mappings each), ${DEFAULT_MAX_VARIANTS} variants`,
    run: () => validateLabel(arabic, arabic63),
  },
  {
    limit: 'MAX_VARIANTS_LIMIT',
    operation: 'validateLabel',
    input: `the same label, maxVariants ${MAX_VARIANTS_LIMIT.toLocaleString('en')}`,
    run: () => validateLabel(arabic, arabic63, { maxVariants: MAX_VARIANTS_LIMIT }),
  },
  {
    limit: 'MAX_LABEL_CODE_POINTS',
    operation: 'CollisionIndex.check',
    input: 'the same label against 10,000 registered names',
    run: () => zone.check(arabic63),
  },
  {
    limit: 'MAX_LABEL_LENGTH',
    operation: 'validateLabel',
    input: 'a megabyte (refused before decoding)',
    run: () => validateLabel(arabic, 'ب'.repeat(1 << 20)),
  },
];

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) =>
  bytes < 1 << 20 ? `${Math.max(0, bytes / 1024).toFixed(0)} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`;
const time = (ms: number) =>
  ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`;

const rows: string[] = [];
for (const c of cases) {
  // A first call warms up; a call of seconds is then timed 3 times, a shorter one 7 times (harness cpuMs).
  const ms = cpuMs(c.run, cpuMs(c.run) > 2000 ? 3 : 7);
  let during = '—';
  let kept = '—';
  if (gc) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const result = c.run();
    during = mb((process.memoryUsage().heapUsed - before) * (c.scale ?? 1));
    gc();
    kept = mb((process.memoryUsage().heapUsed - before) * (c.scale ?? 1));
    if (result === Symbol.for('never')) console.log(result);
  }
  const row = `| \`${c.limit.split(', ').join('`, `')}\` | ${c.operation} | ${c.input} | ${time(ms * (c.scale ?? 1))} | ${kept} | ${during} |`;
  console.log(row);
  rows.push(row);
}

const START = '<!-- worst-case @nomina/lgr -->';
const END = '<!-- /worst-case -->';
const section = [
  '## Worst cases at the limits',
  '',
  `Command: \`node --expose-gc --conditions=@nomina/source --import tsx bench/lgr/limits.ts\` — ${new Date().toISOString().slice(0, 10)}, ${machineLine()}.`,
  '',
  'Each limit of `src/limits.ts` with the most adversarial input it lets through (and the input just over it):',
  'CPU time of one call, median of 7 runs after a warm-up (3 runs for calls of seconds; harness `cpuMs`); heap still held after a full collection (the result and the caches it',
  'filled: what scripts/release-security.ts reads), and heap grown during the call (a full collection before',
  'it, none forced during it)' + (gc ? '.' : ' — not measured: run node with --expose-gc.'),
  `Limits: MAX_LGR_DOCUMENT_LENGTH ${MAX_LGR_DOCUMENT_LENGTH.toLocaleString('en')} units, MAX_XML_ELEMENTS ${MAX_XML_ELEMENTS.toLocaleString('en')}, MAX_XML_DEPTH ${MAX_XML_DEPTH}, MAX_XML_ATTRIBUTES ${MAX_XML_ATTRIBUTES}, MAX_RULE_ELEMENTS ${MAX_RULE_ELEMENTS.toLocaleString('en')}, MAX_RULE_DEPTH ${MAX_RULE_DEPTH}, MAX_SEQUENCE_LENGTH ${MAX_SEQUENCE_LENGTH}, MAX_LABEL_CODE_POINTS ${MAX_LABEL_CODE_POINTS}, MAX_LABEL_LENGTH ${MAX_LABEL_LENGTH}, DEFAULT_MAX_VARIANTS ${DEFAULT_MAX_VARIANTS}, MAX_VARIANTS_LIMIT ${MAX_VARIANTS_LIMIT.toLocaleString('en')}.`,
  '',
  START,
  '| limits | operation | adversarial input at the limit | time | heap kept | heap during |',
  '| --- | --- | --- | ---: | ---: | ---: |',
  ...rows,
  END,
].join('\n');
const file = join(here, '..', 'results', 'lgr.md');
const current = readFileSync(file, 'utf8');
const at = current.indexOf('## Worst cases at the limits');
writeFileSync(file, `${(at < 0 ? current : current.slice(0, at)).trimEnd()}\n\n${section}\n`);
console.log(`written: bench/results/lgr.md`);
