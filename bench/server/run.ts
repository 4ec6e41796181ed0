// Load figures of @nomina/server: requests/s and p50/p99 latency at concurrency 64 (autocannon), per
// endpoint, the server in its own process over a keyword index of CLDR language names. Not run in CI.
// A load test times requests through a socket under concurrency, which bench/harness.ts's in-process loops
// cannot do: autocannon measures, the harness gives the machine line and the overview block.
//
//   npx pnpm@10.34.9 --filter @nomina/server... build && npx tsx bench/server/run.ts [--seconds 10] [--write]
// (the built dist; `node --conditions=@nomina/source --import tsx bench/server/run.ts` runs the sources
// without a build, a little slower: tsx wraps every named closure in `__name()`)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createKeywordIndex, type KeywordEntry } from '@nomina/keywords';
import { machineLine, overviewBlock, type OverviewRow } from '../harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 10) || 10;
const CONNECTIONS = 64;

/** Language names in every CLDR locale: ~`key` = the name, `target` = language:code. */
function entries(): KeywordEntry[] {
  const main = join(here, '..', 'node_modules', 'cldr-localenames-full', 'main');
  const out: KeywordEntry[] = [];
  for (const locale of readdirSync(main)
    .filter((l) => !l.includes('-') && existsSync(join(main, l, 'languages.json')))
    .slice(0, 120)) {
    const file = JSON.parse(readFileSync(join(main, locale, 'languages.json'), 'utf8'));
    for (const [code, name] of Object.entries(file.main[locale].localeDisplayNames.languages as Record<string, string>))
      if (!code.includes('-alt-')) out.push({ key: name, target: `language:${code}`, locale, namespace: 'language' });
  }
  return out;
}

interface Case {
  name: string;
  /** In the overview (at most five). */
  overview?: boolean;
  method: 'GET' | 'POST';
  paths: string[];
  bodies?: unknown[];
  /** Items per request (batches). */
  items?: number;
}

async function measure(url: string, c: Case, duration: number) {
  const requests = (c.bodies ?? c.paths).map((_, i) => ({
    method: c.method,
    path: c.paths[i % c.paths.length]!,
    ...(c.bodies ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.bodies[i]) } : {}),
  }));
  return autocannon({ url, connections: CONNECTIONS, duration, requests });
}

const list = entries();
const index = createKeywordIndex(list);
const file = join(tmpdir(), `nomina-bench-server-${process.pid}.idx`);
writeFileSync(file, index.save());

const queries = [
  'moskva',
  'deutsch',
  'francais',
  'español',
  'Русский',
  'японский',
  '中文',
  'arabic',
  'anglais',
  'hindii',
  'suomi',
  'ελληνικά',
];
const names = [
  'bücher.example',
  'xn--bcher-kva.example',
  'faß.de',
  'пример.рф',
  '例子.中国',
  'a_b.example',
  'مثال.مصر',
  'παράδειγμα.ελ',
];
const cases: Case[] = [
  { name: 'server/healthz/get', method: 'GET', paths: ['/healthz'] },
  {
    name: 'server/keywords-lookup/post',
    method: 'POST',
    paths: ['/v1/keywords/lookup'],
    bodies: queries.map((query) => ({ query })),
  },
  {
    name: 'server/keywords-lookup/get',
    overview: true,
    method: 'GET',
    paths: queries.map((q) => `/v1/keywords/lookup?q=${encodeURIComponent(q)}`),
  },
  {
    name: 'server/check/names',
    overview: true,
    method: 'POST',
    paths: ['/v1/check'],
    bodies: names.map((name) => ({ name })),
  },
  {
    name: 'server/to-ascii/names',
    overview: true,
    method: 'POST',
    paths: ['/v1/idna/to-ascii'],
    bodies: names.map((input) => ({ input })),
  },
  {
    name: 'server/check-batch/100-names',
    overview: true,
    method: 'POST',
    paths: ['/v1/check/batch'],
    bodies: [Array.from({ length: 100 }, (_, i) => ({ name: names[i % names.length] }))],
    items: 100,
  },
];

// The child resolves @nomina/* as this process does (sources with --conditions=@nomina/source, else dist).
const conditions = process.execArgv.filter((a) => a.startsWith('--conditions'));
const child = spawn(process.execPath, [...conditions, '--import', 'tsx', join(here, 'child.ts'), file], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve) =>
  child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
);
const rows: string[] = [];
const overview: OverviewRow[] = [];
try {
  for (const c of cases) {
    await measure(url, c, 2); // warm-up
    const r = await measure(url, c, seconds);
    const perSecond = r.requests.average * (c.items ?? 1);
    rows.push(
      `| ${c.name} | ${Math.round(r.requests.average).toLocaleString('en')}${c.items ? ` (${Math.round(perSecond).toLocaleString('en')} names/s)` : ''} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.errors + r.timeouts} | ${r.non2xx} | ${r.requests.total.toLocaleString('en')} |`,
    );
    console.log(rows.at(-1));
    if (c.overview)
      overview.push({
        name: c.name,
        ours: `${Math.round(perSecond).toLocaleString('en')} ${c.items ? 'names' : 'req'}/s, p99 ${r.latency.p99} ms`,
      });
  }
} finally {
  child.kill('SIGTERM');
}

const text = `# @nomina/server

Command: \`node ${[...conditions, '--import', 'tsx'].join(' ')} bench/server/run.ts --seconds ${seconds} --write\`
Machine: ${machineLine()}. The server runs alone in a child process (\`bench/server/child.ts\`: \`startServer\`
with rate limiting off and warn-level logs), autocannon 8 in this process: ${CONNECTIONS} connections,
${seconds} s per case after a 2 s warm-up, keep-alive, one request in flight per connection. Keyword index:
${list.length.toLocaleString('en')} entries (language names in ${new Set(list.map((e) => e.locale)).size} CLDR 48 locales).
Latency is autocannon's (milliseconds, whole numbers); requests/s is the mean over the run. No peer: the
overview gives requests/s (names/s for a batch) and p99 at ${CONNECTIONS} connections.

${overviewBlock(overview)}

| case | requests/s | p50 | p99 | errors | non-2xx | requests |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`;
if (process.argv.includes('--write')) writeFileSync(join(here, '..', 'results', 'server.md'), text);
console.log(text);
