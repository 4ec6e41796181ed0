// @nomina/email against its peers, side by side in one process, on the generated corpus (./corpus.ts:
// 640 addresses in 16 scripts and 300 mutations, each a rule of the RFCs or a look-alike trap):
// 1. what each accepts, by category, with the reason for every disagreement (the RFC rule, or the peer's bug);
// 2. addresses per second (bench/harness.ts: one compiled loop per contender, median of interleaved rounds);
//    Python's email-validator is timed in its own process and reported apart;
// 3. bundle size of parseAddress alone and with the registration profile.
// Run: npx pnpm@10.34.9 build && npx tsx bench/email/bench.ts [--write]   (`--write` updates bench/results/email.md)
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAddress, registration } from '@nomina/email';
import { machineLine, measureAll, overviewBlock, ratio } from '../harness.js';
import { bundleSize } from '../sizes.js';
import { makeCorpus } from './corpus.js';
import { JS_PEERS, PYTHON, pythonAnswers, pythonVersion } from './peers.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = makeCorpus();
const inputs = corpus.map((c) => c.input);
const lines: string[] = [];
const log = (s = '') => {
  lines.push(s);
  console.log(s);
};

/** Why a category is judged as it is: the rule, and who is right where the verdicts differ. */
const WHY: Record<string, string> = {
  valid:
    'RFC 6531 §3.3 / RFC 6532 §3.2: UTF-8 local parts and U-label domains are valid. email-validator (npm) is an ASCII regular expression. Our registration profile refuses Latin sub-address tags after a Cyrillic (or other) local part: mixed Latin/Cyrillic is above UTS #39 Highly Restrictive',
  'double dot': 'RFC 5322 §3.2.3 dot-atom: all refuse',
  'leading dot': 'RFC 5322 §3.2.3 dot-atom: all refuse',
  'trailing dot': 'RFC 5322 §3.2.3 dot-atom: all refuse',
  space: 'RFC 5322 §3.2.3: space is not atext: all refuse',
  'no @': 'RFC 5322 §3.4.1 addr-spec: all refuse',
  'two @': 'RFC 5322 §3.2.3: "@" is not atext unquoted: all refuse',
  'quoted local part':
    'RFC 5321 §4.1.2 Quoted-string is a Local-part: strict accepts (as validator.js and email-addresses); registration refuses it unless asked, as Python and @hapi do',
  'IPv4 literal':
    'RFC 5321 §4.1.3 address literals are valid Mailboxes: strict accepts; registration and Python 1.3 refuse them (Python 2.x needs allow_domain_literal)',
  '65-octet local part':
    'RFC 5321 §4.5.3.1.1 (64 octets): email-addresses (RFC 5322 syntax only) accepts — its limit, not the RFC',
  '64-octet label': 'RFC 1035 / UTS #46 VerifyDnsLength (63 octets): email-addresses accepts — its limit',
  'hyphen at label start': 'RFC 5891 §4.2.3.1 / UTS #46 V3: email-addresses accepts — its limit',
  'hyphen at label end': 'RFC 5891 §4.2.3.1 / UTS #46 V3: email-addresses accepts — its limit',
  'underscore in domain':
    'RFC 5321 §4.1.2 sub-domain is LDH (UTS #46 UseSTD3ASCIIRules): email-addresses accepts — its limit',
  'ZWJ in local part':
    'RFC 6532 allows any UTF8-non-ascii, so strict accepts (as validator.js, email-addresses, @hapi); UTS #39 §5.4 invisible characters: registration refuses, as Python does',
  'RLO in local part':
    'as ZWJ: a Bidi control is valid UTF8-non-ascii for an MTA, refused by registration (UTS #39 §5.4) and Python',
  'Latin+Cyrillic look-alike':
    'valid under RFC 6531 (all but email-validator accept); UTS #39 §5.2 restriction level: only our registration profile refuses `pаypal`',
  'full-width letters':
    'valid UTF-8 (NFC keeps them); UTS #39 §3.3 step 1 (NFKC): only our registration profile refuses `ｊｏｈｎ`',
  'combining mark starts a label':
    'UTS #46 V6 / RFC 5891 §4.2.3.2: validator.js and email-addresses accept — their bug (no IDNA validation)',
  'NFD local part':
    'RFC 6532 §3.1: valid, normalized to NFC (a NOT_NFC warning); registration refuses the few that then mix scripts',
  'C1 control': 'RFC 6532 §3.1 and RFC 5198 §2: no controls — email-addresses and @hapi accept U+0085: their bug',
  'emoji local part':
    'valid UTF8-non-ascii (strict, Python, email-addresses, @hapi accept); Identifier_Status=Restricted (UTS #39 §3.1): registration refuses',
  'one-label domain':
    'RFC 5321 §2.3.5 wants FQDNs: strict warns and accepts, registration refuses (as Python, validator.js, @hapi)',
  'invalid Punycode':
    'UTS #46 §4 step 4.1 (P4/V7): validator.js, email-addresses, @hapi and sometimes email-validator accept `xn--a` — their bug',
  'trailing dot in domain': 'RFC 5321 §4.1.2 Domain has no trailing dot: all refuse',
  'comma in local part': 'RFC 5322 §3.2.3: "," is not atext: all refuse',
};

// 1. Verdicts by category.
const python = pythonAnswers(inputs);
const pyVersion = pythonVersion();
const contenders: Record<string, (s: string) => boolean> = {
  'Nomina strict': (s) => parseAddress(s).ok,
  'Nomina registration': (s) => parseAddress(s, { profile: registration }).ok,
  ...JS_PEERS,
};
const names = [...Object.keys(contenders), ...(python ? [`Python email-validator ${pyVersion}`] : [])];
const byCategory = new Map<string, { n: number; accepted: number[] }>();
const throws = new Map<string, number>();
corpus.forEach((c, i) => {
  const key = c.category.startsWith('valid:') ? 'valid' : c.category.slice('mutated:'.length);
  const row = byCategory.get(key) ?? { n: 0, accepted: names.map(() => 0) };
  row.n++;
  Object.entries(contenders).forEach(([name, verdict], j) => {
    let ok = false;
    try {
      ok = verdict(c.input);
    } catch {
      throws.set(name, (throws.get(name) ?? 0) + 1);
    }
    if (ok) row.accepted[j]!++;
  });
  if (python && python[i]!.ok) row.accepted[names.length - 1]!++;
  byCategory.set(key, row);
});

log('# @nomina/email');
log();
log('Command: `npx pnpm@10.34.9 build && npx tsx bench/email/bench.ts --write`');
log(
  `Machine: ${machineLine()}. Corpus: ${corpus.length} addresses (bench/email/corpus.ts, seeded): 640 valid in 16 scripts, 300 mutations of them.`,
);
log();
log('## Which addresses each accepts, by category');
log();
log(
  `Accepted / tried. ${python ? `Python: Debian's python3-email-validator ${pyVersion} (validate_email, check_deliverability=False).` : 'Python email-validator: not installed, column left out.'} Peers: validator.js isEmail (allow_utf8_local_part), email-addresses parseOneAddress (rfc6532), @hapi/address isEmailValid (tlds: false), email-validator (npm).`,
);
log();
log(`| category | ${names.join(' | ')} | the rule, and who is right |`);
log(`| --- | ${names.map(() => '---:').join(' | ')} | --- |`);
for (const [key, row] of byCategory)
  log(`| ${key} | ${row.accepted.map((a) => `${a}/${row.n}`).join(' | ')} | ${WHY[key] ?? ''} |`);
if (throws.size > 0) log(`\nThrew on some input: ${[...throws].map(([n, k]) => `${n} (${k})`).join(', ')}.`);

// Normalization and SMTPUTF8 agreement with Python on the addresses both accept.
if (python) {
  let both = 0;
  let sameNormalized = 0;
  let sameSmtputf8 = 0;
  const differences: string[] = [];
  corpus.forEach((c, i) => {
    const ours = parseAddress(c.input);
    const theirs = python[i]!;
    if (!ours.ok || !theirs.ok) return;
    both++;
    if (ours.value!.smtputf8 === theirs.smtputf8) sameSmtputf8++;
    if (ours.value!.normalized === theirs.normalized) sameNormalized++;
    else if (differences.length < 3)
      differences.push(`\`${c.input}\`: ours \`${ours.value!.normalized}\`, Python \`${theirs.normalized}\``);
  });
  log();
  log(
    `On the ${both} addresses both accept: the same normalized form for ${sameNormalized}, the same SMTPUTF8 answer for ${sameSmtputf8}.${differences.length ? ` Differences (Python 1.3 keeps the domain as typed; we give UTS #46 ToUnicode, lower case): ${differences.join('; ')}.` : ''}`,
  );
}

// 2. Speed.
const speedContenders: Record<string, (s: string) => unknown> = {
  'Nomina strict': (s) => parseAddress(s),
  'Nomina html': (s) => parseAddress(s, { profile: 'html' }),
  'Nomina registration': (s) => parseAddress(s, { profile: registration }),
  ...JS_PEERS,
};
const ns = measureAll(speedContenders, inputs);
let pythonNs: number | undefined;
if (python) {
  const script =
    'import json,sys,time\nimport email_validator as ev\nxs=[json.loads(l) for l in sys.stdin]\nbest=1e18\nfor r in range(5):\n  t=time.perf_counter_ns()\n  for s in xs:\n    try: ev.validate_email(s, check_deliverability=False)\n    except Exception: pass\n  best=min(best,(time.perf_counter_ns()-t)/len(xs))\nprint(best)';
  const stdin = inputs
    .map((s) => JSON.stringify(s).replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`))
    .join('\n');
  const r = spawnSync(PYTHON, ['-c', script], { input: stdin, encoding: 'utf8' });
  if (r.status === 0) pythonNs = Number(r.stdout.trim());
}
log();
log('## Speed');
log();
log(
  'CPU time per address on the whole corpus (harness: one compiled loop per contender, median of 7 interleaved rounds). Python timed in its own process (best of 5 loops, wall clock), for scale only.',
);
log();
log('| contender | ns / address | addresses / s | vs Nomina strict |');
log('| --- | ---: | ---: | ---: |');
const strictNs = ns['Nomina strict']!;
for (const [name, t] of Object.entries(ns))
  log(`| ${name} | ${t.toFixed(0)} | ${Math.round(1e9 / t).toLocaleString('en-US')} | ${(t / strictNs).toFixed(2)}× |`);
if (pythonNs !== undefined)
  log(
    `| Python email-validator ${pyVersion} (own process) | ${pythonNs.toFixed(0)} | ${Math.round(1e9 / pythonNs).toLocaleString('en-US')} | ${(pythonNs / strictNs).toFixed(2)}× |`,
  );

// 3. Size.
const root = join(here, '..', '..', 'packages', 'email');
const alone = await bundleSize("export { parseAddress } from '@nomina/email';", root);
const withRegistration = await bundleSize("export { parseAddress, registration } from '@nomina/email';", root);
const peersSize = await bundleSize("export { default } from 'validator/lib/isEmail.js';", here);
log();
log('## Bundle size (esbuild, minified, gzip -9)');
log();
log('| entry | min | min+gzip |');
log('| --- | ---: | ---: |');
log(
  `| \`parseAddress\` (strict, html: UTS #46 data, no IDNA2008 or UTS #39 tables) | ${alone.minified} | ${alone.gzip} |`,
);
log(
  `| \`parseAddress\` + \`registration\` (adds IDNA2008 properties, UTS #39 identifier status) | ${withRegistration.minified} | ${withRegistration.gzip} |`,
);
log(`| validator.js \`isEmail\` alone (for scale) | ${peersSize.minified} | ${peersSize.gzip} |`);

const fastestPeer = Object.entries(ns)
  .filter(([n]) => !n.startsWith('Nomina'))
  .sort((a, b) => a[1] - b[1])[0]!;
const overview = overviewBlock([
  {
    name: 'email/parse/corpus-strict',
    ours: `${strictNs.toFixed(0)} ns`,
    peer: fastestPeer[0],
    theirs: `${fastestPeer[1].toFixed(0)} ns`,
    // Two decimals: the fastest peer may be a single regular expression, many times faster than a parser.
    ratio: `${(fastestPeer[1] / strictNs).toFixed(2)}×`,
  },
  {
    name: 'email/parse/corpus-registration',
    ours: `${ns['Nomina registration']!.toFixed(0)} ns`,
    peer: '@hapi/address',
    theirs: `${ns['@hapi/address']!.toFixed(0)} ns`,
    ratio: ratio(ns['Nomina registration']!, ns['@hapi/address']!),
  },
  {
    name: 'email/size/parseAddress',
    ours: `${(alone.gzip / 1024).toFixed(1)} KB`,
    peer: 'validator.js isEmail',
    theirs: `${(peersSize.gzip / 1024).toFixed(1)} KB`,
  },
]);

if (process.argv.includes('--write')) {
  const [head, ...rest] = lines;
  writeFileSync(join(here, '..', 'results', 'email.md'), `${[head, '', overview, ...rest].join('\n')}\n`);
  console.log('\nwritten: bench/results/email.md');
}
