// Before/after differential of @nomina/idna on the bench corpora (./corpus.ts) plus hostile shapes: every
// public operation's output on every name, one JSON line each, in a form that does not depend on the
// result field names (`domain`/`value`, `errors`/`issues`) or on issue fields added later (`severity`).
// Run: npx tsx --conditions=@nomina/source bench/idna/differential.ts OUT.ndjson
//      npx tsx --conditions=@nomina/source bench/idna/differential.ts --compare BEFORE.ndjson AFTER.ndjson (differences per operation)
import { readFileSync, writeFileSync } from 'node:fs';
import * as idna from '@nomina/idna';
import { corpora } from './corpus.js';

/** Issue as {code, label, offset, codePoint, message}, whatever the result shape. */
function issues(list: readonly Record<string, unknown>[] | undefined): unknown {
  return list?.map((i) => [i.code, i.label, i.offset, i.codePoint, i.message]);
}

function uts46(r: Record<string, unknown>): unknown {
  return { value: r.value ?? r.domain, ok: r.ok, issues: issues((r.issues ?? r.errors) as Record<string, unknown>[]) };
}

function check(r: Record<string, unknown>): unknown {
  const { labels, ...rest } = r as { labels?: Record<string, unknown>[] } & Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(rest).sort()) {
    const v = rest[key];
    out[key === 'lookupIssues' ? 'lookupErrors' : key] =
      Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && 'code' in (v[0] as object)
        ? issues(v as Record<string, unknown>[])
        : Array.isArray(v) && v.length === 0
          ? []
          : v;
  }
  if (labels) out.labels = labels.map((l) => check(l));
  return out;
}

if (process.argv[2] === '--compare') {
  const read = (path: string) =>
    readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const [before, after] = [read(process.argv[3]!), read(process.argv[4]!)];
  const counts: Record<string, number> = {};
  for (let i = 0; i < before.length; i++) {
    for (const key of Object.keys(before[i]!)) {
      if (JSON.stringify(before[i]![key]) === JSON.stringify(after[i]![key])) continue;
      counts[key] = (counts[key] ?? 0) + 1;
      if (counts[key]! <= 3)
        console.log(
          key,
          JSON.stringify(before[i]!.name),
          JSON.stringify(before[i]![key]),
          '→',
          JSON.stringify(after[i]![key]),
        );
    }
  }
  console.log(`${before.length} names; differences per operation:`, counts);
  process.exit(0);
}

const { idn, mixed } = corpora();
const hostile = [
  'a:b',
  'a%b',
  'a\u001fb',
  'xn--a',
  'xn--abc-',
  'XN--A.COM',
  '-a.b',
  'a-.b',
  'ab--c',
  '\u0660\u0661',
  '\u30fb\u30fb',
  'l\u00b7l',
  'a\u200db',
  'a\u200cb',
  '..',
  'a..b',
  '.',
  '',
  '\ud800',
  'a\udc00b',
  '[a]',
  'xn--',
  'xn--xn--a',
  '\u4e00'.repeat(64),
  Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join(''),
  'a'.repeat(64),
  `${'a'.repeat(63)}.`.repeat(5),
];
const lines: string[] = [];
for (const name of [...idn.slice(0, 5000), ...mixed.slice(0, 5000), ...hostile]) {
  lines.push(
    JSON.stringify({
      name,
      toASCII: uts46(idna.toASCII(name) as never),
      toASCIIt: uts46(
        idna.toASCII(name, { transitionalProcessing: true, checkHyphens: false, verifyDnsLength: false }) as never,
      ),
      toUnicode: uts46(idna.toUnicode(name) as never),
      checkDomain: check(idna.checkDomain(name) as never),
      inspectDomain: check(idna.inspectDomain(name) as never),
      domainToASCII: uts46(idna.domainToASCII(name) as never),
      domainToUnicode: uts46(idna.domainToUnicode(name) as never),
    }),
  );
}
writeFileSync(process.argv[2] ?? '/dev/stdout', lines.join('\n') + '\n');
console.log(`${lines.length} names`);
