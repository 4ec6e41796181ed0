// Before/after differential of @nomina/langtag (issue #11: "no behaviour change beyond the listed
// fixes"): every output of parse, validate, canonicalize (three forms), maximize and minimize (both
// favors) over the bench corpus, one JSON line per tag. Run before and after a change and compare:
//   node --conditions=@nomina/source --import tsx bench/langtag/differential.ts > before.ndjson
//   … change …
//   node --conditions=@nomina/source --import tsx bench/langtag/differential.ts > after.ndjson
//   node --import tsx bench/langtag/differential.ts --compare before.ndjson after.ndjson
// Issues are compared by code, severity, offset and subtag (messages are not stable).
import { readFileSync } from 'node:fs';
import { corpus } from './corpus.js';

const args = process.argv.slice(2);

interface LooseIssue {
  code: string;
  severity: string;
  offset: number;
  subtag?: string;
}
const issues = (list: readonly LooseIssue[]): string[] =>
  list.map((i) => `${i.severity}:${i.code}@${i.offset}${i.subtag === undefined ? '' : `:${i.subtag}`}`);
const tr = (r: { ok: boolean; value: string | null; issues: readonly LooseIssue[] }) => [
  r.ok,
  r.value,
  issues(r.issues),
];

/** Corpus tags plus the variants a differential should see: lower/upper case, legacy and hostile shapes. */
export function differentialTags(): string[] {
  const base = corpus();
  const extra = [
    'zh-cmn',
    'zh-cmn-Hans',
    'zh-cmn-Hant',
    'zh-gan',
    'zh-wuu',
    'zh-yue',
    'sgn-BR',
    'sgn-CO',
    'az-Arab',
    'az-Cyrl',
    'az-Latn',
    'be-Latn',
    'en-t-m0-true',
    'en-u-ca-true',
    'en-u-kn-true',
    'en-a-ext1-a-ext2',
    'en-a-b-c',
    'de-a-bbb-u-co-phonebk-x-y',
    'ja-t-it-m0-ungegn',
    'und-t-und-latn-m0-ungegn-2007',
    'en-u-attr-ca-gregory',
    'en-u-ca',
    'x-a-b',
    'en--US',
    'en-',
    '-en',
    'a'.repeat(9),
    'en-x',
    'en-a',
    'zh-min-nan',
    'no-bok',
    'i-default',
    'en-GB-oed',
    'cel-gaulish',
    'sr-Latn-RS-u-nu-latn',
    'de-DE-1996-1901',
    'sl-nedis-rozaj',
  ];
  return [...new Set([...base, ...base.map((t) => t.toLowerCase()), ...extra])];
}

function row(langtag: typeof import('@nomina/langtag'), tag: string): unknown[] {
  const p = langtag.parse(tag);
  const v = langtag.validate(tag);
  return [
    tag,
    [p.ok, langtag.stringify(p.tag), issues(p.issues)],
    [v.ok, v.wellFormed, issues(v.issues)],
    tr(langtag.canonicalize(tag)),
    tr(langtag.canonicalize(tag, { form: 'rfc5646' })),
    tr(langtag.canonicalize(tag, { form: 'extlang' })),
    tr(langtag.maximize(tag)),
    tr(langtag.minimize(tag)),
    tr(langtag.minimize(tag, { favor: 'script' })),
  ];
}

const NAMES = [
  'parse',
  'validate',
  'canonicalize',
  'canonicalize/rfc5646',
  'canonicalize/extlang',
  'maximize',
  'minimize',
  'minimize/script',
];

if (args[0] === '--compare') {
  const load = (path: string) =>
    new Map(
      readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const r = JSON.parse(line) as unknown[];
          return [r[0] as string, r] as const;
        }),
    );
  const before = load(args[1]!);
  const after = load(args[2]!);
  const counts = new Map<string, number>();
  for (const [tag, a] of before) {
    const b = after.get(tag);
    if (!b) continue;
    for (let i = 1; i < a.length; i++) {
      if (JSON.stringify(a[i]) === JSON.stringify(b[i])) continue;
      counts.set(NAMES[i - 1]!, (counts.get(NAMES[i - 1]!) ?? 0) + 1);
      console.log(`${NAMES[i - 1]}\t${tag}\t${JSON.stringify(a[i])}\t→ ${JSON.stringify(b[i])}`);
    }
  }
  console.log(
    `# ${before.size} tags × ${NAMES.length} operations; differences: ${counts.size === 0 ? 'none' : [...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
} else {
  // Imported here so that --compare runs without a build.
  const langtag = await import('@nomina/langtag');
  for (const tag of differentialTags()) console.log(JSON.stringify(row(langtag, tag)));
}
