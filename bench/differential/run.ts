// Before/after differential of the whole issue-#11 refactor: the built dist/ of the baseline commit (a git
// worktree in the temp directory, installed offline and built once) and the dist/ of this tree are loaded
// side by side in one process, every public function of a package is called on the same inputs in both,
// and the outputs are compared after normalising what the refactor renamed on purpose:
//   - result fields `errors` → `issues`, `domain` → `value` (a deprecated alias kept beside the new name is dropped);
//   - issues compare by `code`, and by `label`, `offset`, `codePoint` where the baseline issue had them
//     (the new `severity`, the messages and the new -1 "not applicable" positions are not compared);
//   - a throw compares as a throw (error classes were unified on purpose).
// Inputs: the idna bench corpora (bench/idna/corpus.ts), the langtag bench corpus (bench/langtag/corpus.ts),
// a language-ID sample (lingua sentences and Tatoeba lines, a few per language), the keyword look-up vectors
// (test-vectors/keywords) with derived queries, and every code point for the UCD look-ups.
//
//   npx tsx bench/differential/run.ts [--base 28570c4] [--no-build] [--max N]
// --no-build: use the dist/ of this tree as it is; --max N: print at most N differences per operation
// (default: every one). Prints the count compared per operation and every difference; exits 0.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedVector } from '../../test-vectors/locate.js';
import { corpora } from '../idna/corpus.js';
import { corpus as langtagCorpus } from '../langtag/corpus.js';
import { option } from '../harness.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PNPM = ['npx', '--yes', 'pnpm@10.34.9'];
const args = process.argv.slice(2);
const BASE = option('base') ?? '28570c4';
const BASELINE = join(tmpdir(), `nomina-baseline-${BASE}`);
const MAX = Number(option('max') ?? Number.POSITIVE_INFINITY);

function run(command: string[], cwd: string): void {
  console.log(`$ (${cwd}) ${command.join(' ')}`);
  execFileSync(command[0]!, command.slice(1), { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The baseline worktree, installed and built once (a stamp file marks it done). */
function ensureBaseline(): void {
  const stamp = join(BASELINE, '.differential-built');
  if (existsSync(stamp)) return;
  run(['git', 'worktree', 'prune'], ROOT);
  if (!existsSync(BASELINE)) run(['git', 'worktree', 'add', '--detach', BASELINE, BASE], ROOT);
  try {
    run([...PNPM, 'install', '--offline', '--frozen-lockfile'], BASELINE);
  } catch {
    run([...PNPM, 'install', '--frozen-lockfile'], BASELINE);
  }
  run([...PNPM, '--filter', './packages/*', 'build'], BASELINE);
  writeFileSync(stamp, `${BASE}\n`);
}

type Module = Record<string, unknown>;

/** The built module of `pkg` (subpath `.` or `./x`) in the tree at `root`, or undefined when absent. */
async function load(root: string, pkg: string, subpath = '.'): Promise<Module | undefined> {
  const file = join(root, 'packages', pkg, 'package.json');
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { exports: Record<string, Record<string, string>> };
  const target = manifest.exports[subpath]?.import;
  if (!target || !existsSync(join(root, 'packages', pkg, target))) return undefined;
  return (await import(pathToFileURL(join(root, 'packages', pkg, target)).href)) as Module;
}

/** The new version of a package seen whole: its main entry, then what its other subpaths add (moved helpers). */
async function loadWhole(root: string, pkg: string, subpath: string): Promise<Module | undefined> {
  const main = await load(root, pkg, subpath);
  if (!main || subpath !== '.') return main;
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const whole: Module = {};
  for (const other of Object.keys(manifest.exports)) {
    if (other === '.' || other === './package.json') continue;
    Object.assign(whole, await load(root, pkg, other).catch(() => undefined));
  }
  return Object.assign(whole, main);
}

// ---------------------------------------------------------------------------------------------------
// Normalisation and comparison

const ISSUE = Symbol('issue');
type Issue = { [ISSUE]: true; code: unknown; label?: unknown; offset?: unknown; codePoint?: unknown };

function isIssue(v: Record<string, unknown>): boolean {
  return typeof v.code === 'string' && ('message' in v || 'offset' in v || 'severity' in v || 'codePoint' in v);
}

function normalize(v: unknown, depth = 0): unknown {
  if (v === null || typeof v !== 'object') return typeof v === 'function' ? '[function]' : v;
  if (depth > 12) return '[deep]';
  if (Array.isArray(v)) return v.map((x) => normalize(x, depth + 1));
  if (v instanceof Map) return { '[Map]': [...v].map((e) => normalize(e, depth + 1)) };
  if (v instanceof Set) return { '[Set]': [...v].map((x) => normalize(x, depth + 1)) };
  if (ArrayBuffer.isView(v)) return { '[bytes]': Array.from(v as Uint8Array).join(',') };
  const o = v as Record<string, unknown>;
  if (isIssue(o)) {
    const issue: Issue = { [ISSUE]: true, code: o.code };
    for (const k of ['label', 'offset', 'codePoint'] as const) if (o[k] !== undefined) issue[k] = o[k];
    return issue;
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) {
    if (key === 'severity' || key === 'message') continue;
    if (key === 'errors' && 'issues' in o) continue; // deprecated alias beside the new name
    if (key === 'domain' && 'value' in o) continue;
    const name = key === 'errors' ? 'issues' : key === 'domain' ? 'value' : key;
    out[name] = normalize(value, depth + 1);
  }
  return out;
}

/** Path of the first difference between a baseline value `a` and a new value `b`, or undefined. */
function difference(a: unknown, b: unknown, path = ''): string | undefined {
  if (a === b) return undefined;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return Number.isNaN(a) && Number.isNaN(b) ? undefined : path || '(value)';
  }
  if (Array.isArray(a) !== Array.isArray(b)) return path || '(value)';
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return `${path}.length`;
    for (let i = 0; i < a.length; i++) {
      const d = difference(a[i], bb[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const ao = a as Record<string | symbol, unknown>;
  const bo = b as Record<string | symbol, unknown>;
  if (ao[ISSUE] || bo[ISSUE]) {
    if (!ao[ISSUE] || !bo[ISSUE] || ao.code !== bo.code) return `${path}.code`;
    for (const k of ['label', 'offset', 'codePoint']) if (k in ao && ao[k] !== bo[k]) return `${path}.${k}`;
    return undefined;
  }
  for (const key of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    // A field the new version adds is not a behaviour change; one it drops or changes is.
    if (!(key in ao)) continue;
    const d = difference(ao[key], bo[key], `${path}.${key}`);
    if (d) return d;
  }
  return undefined;
}

function call(fn: (...a: unknown[]) => unknown, input: unknown[]): unknown {
  try {
    return normalize(fn(...input));
  } catch {
    return { '[threw]': true };
  }
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
};

interface Tally {
  compared: number;
  differences: number;
}
const tallies = new Map<string, Tally>();
const notes: string[] = [];

function compare(operation: string, input: unknown[], before: unknown, after: unknown): void {
  const t = tallies.get(operation) ?? { compared: 0, differences: 0 };
  tallies.set(operation, t);
  t.compared++;
  const d = difference(before, after);
  if (!d) return;
  t.differences++;
  if (t.differences <= MAX) console.log(`DIFF ${operation} ${show(input)} at ${d}: ${show(before)} → ${show(after)}`);
}

/** Functions of a module, namespaces (`punycode.encode`) included; classes are left out. */
function functions(m: Module, prefix = ''): Map<string, (...a: unknown[]) => unknown> {
  const out = new Map<string, (...a: unknown[]) => unknown>();
  for (const [key, value] of Object.entries(m)) {
    if (typeof value === 'function') {
      if (!/^class\b/.test(Function.prototype.toString.call(value)))
        out.set(prefix + key, value as (...a: unknown[]) => unknown);
    } else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === null && !prefix) {
      for (const [k, f] of functions(value as Module, `${key}.`)) out.set(k, f);
    }
  }
  return out;
}

/** Every function the baseline module exports, called on every input in both versions. */
function everyFunction(pkg: string, before: Module, after: Module, inputs: unknown[][], skip: RegExp = /^$/): void {
  const afterFns = functions(after);
  for (const [name, fn] of functions(before)) {
    if (skip.test(name)) continue;
    const next = afterFns.get(name);
    if (!next) {
      notes.push(`${pkg}: ${name} is no longer exported (made private): not compared`);
      continue;
    }
    for (const input of inputs) compare(`${pkg}/${name}`, input, call(fn, input), call(next, input));
  }
}

// ---------------------------------------------------------------------------------------------------
// Inputs

function langidSample(perLabel: number): string[] {
  const root = sharedVector('langid');
  if (!root) {
    notes.push('langid: shared/vectors/langid not found (NOMINA_VECTORS): no language-ID sample');
    return [];
  }
  const texts: string[] = [];
  const dir = join(root, 'lingua', 'sentences');
  for (const file of readdirSync(dir).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    texts.push(...lines.slice(0, perLabel));
  }
  const seen = new Map<string, number>();
  for (const line of readFileSync(join(root, 'tatoeba', 'tatoeba-test-sample.tsv'), 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const label = line.slice(0, tab);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n <= perLabel) texts.push(line.slice(tab + 1));
  }
  return texts;
}

interface LookupVectors {
  entries: { key: string; target: string; locale?: string; namespace?: string; weight?: number }[];
  queries: { query: string; options?: Record<string, unknown> }[];
}

function keywordQueries(v: LookupVectors): { query: string; options?: Record<string, unknown> }[] {
  const out = [...v.queries];
  for (const e of v.entries) {
    const k = e.key;
    const cps = [...k];
    out.push({ query: k }, { query: k.toUpperCase() }, { query: k.toLowerCase() });
    for (let n = 1; n < Math.min(cps.length, 4); n++)
      out.push({ query: cps.slice(0, n).join(''), options: { prefix: true } });
    if (cps.length > 3) {
      out.push({ query: cps.slice(0, -1).join('') }); // deletion
      out.push({ query: [...cps.slice(0, 1), cps[2]!, cps[1]!, ...cps.slice(3)].join('') }); // transposition
    }
    out.push(
      { query: k, options: { locale: e.locale ?? 'en' } },
      { query: k, options: { namespace: e.namespace ?? 'x' } },
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

ensureBaseline();
if (!args.includes('--no-build')) run([...PNPM, '--filter', './packages/*', 'build'], ROOT);

const started = performance.now();
const { idn, mixed } = corpora();
const names = [...idn, ...mixed].map((n) => [n]);
const tags = langtagCorpus().map((t) => [t]);

/** Non-default options per function, called on the same inputs. */
const OPTION_SETS: Record<string, [string, Record<string, unknown>][]> = {
  idna: [
    ['toASCII', { transitionalProcessing: true }],
    [
      'toASCII',
      { useSTD3ASCIIRules: false, checkHyphens: false, checkBidi: false, checkJoiners: false, verifyDnsLength: false },
    ],
    ['toUnicode', { useSTD3ASCIIRules: false, checkHyphens: false, checkBidi: false, checkJoiners: false }],
  ],
  langtag: [
    ['canonicalize', { form: 'rfc5646' }],
    ['canonicalize', { form: 'extlang' }],
    ['minimize', { favor: 'script' }],
  ],
};

for (const [pkg, subpaths, inputs, skip] of [
  ['idna', ['.'], names, /^$/],
  ['script', ['.'], names, /^assert/],
  ['langtag', ['.'], tags, /^$/],
] as const) {
  for (const subpath of subpaths) {
    const [before, after] = [await load(BASELINE, pkg, subpath), await loadWhole(ROOT, pkg, subpath)];
    if (!before || !after) {
      notes.push(`${pkg}${subpath.slice(1)}: not built in ${before ? 'this tree' : 'the baseline'}`);
      continue;
    }
    everyFunction(pkg, before, after, inputs as unknown[][], skip);
    // The same functions again with each non-default option set the READMEs document.
    for (const [fn, options] of OPTION_SETS[pkg] ?? []) {
      const [b, a] = [before[fn], after[fn]] as ((...x: unknown[]) => unknown)[];
      if (typeof b !== 'function' || typeof a !== 'function') continue;
      const label = `${pkg}/${fn}(…, ${JSON.stringify(options)})`;
      for (const [input] of inputs as unknown[][])
        compare(label, [input], call(b, [input, options]), call(a, [input, options]));
    }
  }
}

// UCD look-ups: every code point through every get* function.
{
  const [before, after] = [await load(BASELINE, 'ucd'), await loadWhole(ROOT, 'ucd', '.')];
  if (before && after) {
    const afterFns = functions(after);
    for (const [name, fn] of functions(before)) {
      if (!name.startsWith('get')) continue;
      const next = afterFns.get(name);
      if (!next) {
        notes.push(`ucd: ${name} is no longer exported`);
        continue;
      }
      for (let cp = 0; cp <= 0x10ffff; cp++) {
        const [a, b] = [fn(cp), next(cp)];
        if (a === b) {
          const t = tallies.get(`ucd/${name}`) ?? { compared: 0, differences: 0 };
          tallies.set(`ucd/${name}`, t);
          t.compared++;
        } else compare(`ucd/${name}`, [cp], normalize(a), normalize(b));
      }
    }
  } else notes.push('ucd: not built');
}

// Language identification: both tiers, on the sample.
{
  const texts = langidSample(3).map((t) => [t]);
  for (const subpath of ['.', './full']) {
    const [before, after] = [await load(BASELINE, 'langid', subpath), await loadWhole(ROOT, 'langid', subpath)];
    if (!before || !after) notes.push(`langid${subpath.slice(1)}: not built`);
    else everyFunction(`langid${subpath.slice(1)}`, before, after, texts, /^(create|assert)/);
  }
}

// Keyword look-ups: the vectors' registry, the vectors' queries and queries derived from every key.
{
  const [before, after] = [await load(BASELINE, 'keywords'), await loadWhole(ROOT, 'keywords', '.')];
  if (before && after) {
    const vectors = JSON.parse(
      readFileSync(join(ROOT, 'test-vectors', 'keywords', 'lookup.json'), 'utf8'),
    ) as LookupVectors;
    type Index = { lookup(q: string, o?: unknown): unknown };
    const create = (m: Module) => (m.createKeywordIndex as (e: unknown) => Index)(vectors.entries);
    const [ib, ia] = [create(before), create(after)];
    for (const q of keywordQueries(vectors)) {
      const input = q.options ? [q.query, q.options] : [q.query];
      compare(
        'keywords/lookup',
        input,
        call((...a) => ib.lookup(...(a as [string])), input),
        call((...a) => ia.lookup(...(a as [string])), input),
      );
    }
    const fold = JSON.parse(readFileSync(join(ROOT, 'test-vectors', 'keywords', 'fold-rules.json'), 'utf8')) as {
      vectors: { input: string }[];
    };
    const strings = [
      ...fold.vectors.map((v) => v.input),
      ...vectors.entries.map((e) => e.key),
      ...vectors.queries.map((q) => q.query),
    ];
    const foldFns = /^(fold|foldBasic|foldWords|toWellFormed|segmentWords|romanize\w*|prepareQuery)$/;
    everyFunction(
      'keywords',
      before,
      after,
      strings.map((s) => [s]),
      new RegExp(`^(?!${foldFns.source})`),
    );
  } else notes.push('keywords: not built');
}

let compared = 0;
let differences = 0;
console.log('\n| operation | compared | differences |\n| --- | ---: | ---: |');
for (const [op, t] of [...tallies].sort()) {
  compared += t.compared;
  differences += t.differences;
  console.log(`| ${op} | ${t.compared} | ${t.differences} |`);
}
for (const note of notes) console.log(`note: ${note}`);
console.log(
  `\ndifferential ${BASE} → working tree: ${compared} outputs compared, ${differences} differences ` +
    `(${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
