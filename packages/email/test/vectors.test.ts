// The hand-written vectors of test-vectors/email/, one named test per case (its section and input).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAddress, parseAddressList, profileNamed, type ParseOptions, type ProfileName } from '@nomina/email';
import { ownVector } from '../../../test-vectors/locate.js';

interface AddressCase {
  section: string;
  input: string;
  profile?: ProfileName;
  options?: ParseOptions;
  ok: boolean;
  codes?: string[];
  warnings?: string[];
  normalized?: string;
  ascii?: string | null;
  smtputf8?: boolean;
  displayName?: string;
}

interface ListCase {
  section: string;
  input: string;
  codes?: string[];
  groups?: { name: string; members: number }[];
  mailboxes: { normalized: string; displayName: string | null; group: string | null; comments?: string[] }[];
}

const load = <T>(name: string): T[] => JSON.parse(readFileSync(ownVector(`email/${name}`), 'utf8')) as T[];
const unique = (codes: readonly string[]) => [...new Set(codes)].sort();

describe('test-vectors/email/addresses.json', () => {
  test.each(
    load<AddressCase>('addresses.json').map((c) => [`${c.section}: ${JSON.stringify(c.input)}`, c] as const),
  )('%s', (_name, c) => {
    const r = parseAddress(c.input, { ...c.options, profile: profileNamed(c.profile ?? 'strict') });
    expect(unique(r.issues.filter((i) => i.severity === 'error').map((i) => i.code))).toEqual(unique(c.codes ?? []));
    expect(unique(r.issues.filter((i) => i.severity === 'warning').map((i) => i.code))).toEqual(
      unique(c.warnings ?? []),
    );
    expect(r.ok).toBe(c.ok);
    expect(r.value === null).toBe(!c.ok);
    if (c.normalized !== undefined) expect(r.value?.normalized).toBe(c.normalized);
    if (c.ascii !== undefined) expect(r.value?.ascii).toBe(c.ascii);
    if (c.smtputf8 !== undefined) expect(r.value?.smtputf8).toBe(c.smtputf8);
    if (c.displayName !== undefined) expect(r.value?.displayName).toBe(c.displayName);
    for (const i of r.issues) expect(i.offset).toBeLessThanOrEqual(c.input.length);
  });
});

describe('test-vectors/email/lists.json', () => {
  test.each(
    load<ListCase>('lists.json').map((c) => [`${c.section}: ${JSON.stringify(c.input)}`, c] as const),
  )('%s', (_name, c) => {
    const r = parseAddressList(c.input);
    expect(unique(r.issues.filter((i) => i.severity === 'error').map((i) => i.code))).toEqual(unique(c.codes ?? []));
    expect(
      r.value.map((m) => ({ normalized: m.address?.normalized, displayName: m.address?.displayName, group: m.group })),
    ).toEqual(c.mailboxes.map(({ normalized, displayName, group }) => ({ normalized, displayName, group })));
    c.mailboxes.forEach((m, i) => {
      if (m.comments) expect(r.value[i]!.address?.comments).toEqual(m.comments);
    });
    if (c.groups) expect(r.groups).toEqual(c.groups);
  });
});
