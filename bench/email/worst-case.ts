// Worst-case time and memory of @nomina/email at each of its limits (issue #12; SECURITY.md's limits table
// reads the results): each hostile shape at the largest size the limits let through, in every profile
// where one profile does more work (registration: IDNA2008 and UTS #39 checks).
// Run: node --expose-gc --conditions=@nomina/source --import tsx bench/email/worst-case.ts [--write]
import {
  MAX_ADDRESS_OCTETS,
  MAX_COMMENT_DEPTH,
  MAX_DOMAIN_OCTETS,
  MAX_HEADER_LENGTH,
  MAX_INPUT_LENGTH,
  MAX_LIST_ADDRESSES,
  MAX_LOCAL_PART_OCTETS,
  MAX_REPEATED_ISSUES,
  parseAddress,
  parseAddressList,
  registration,
} from '@nomina/email';
import { type AnyWorstCase, worstCases } from '../harness.js';

const cjk = (n: number) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
/** A domain of 3-octet CJK characters in labels whose A-labels stay short, `octets` UTF-8 octets long in all. */
const cjkDomain = (octets: number) => {
  const labels: string[] = [];
  for (let left = octets - 3; left > 0; left -= 16) labels.push(cjk(Math.max(1, Math.min(5, Math.floor(left / 3)))));
  return `${labels.join('.')}.cn`;
};
const localPart = 'é'.repeat(MAX_LOCAL_PART_OCTETS / 2); // 64 UTF-8 octets

const cases: AnyWorstCase[] = [
  {
    operation: 'parseAddress',
    input: `MAX_INPUT_LENGTH (${MAX_INPUT_LENGTH}) units of dots and letters`,
    make: () => `${'a.'.repeat(MAX_INPUT_LENGTH / 2 - 4)}@x.org`,
    run: (s: string) => parseAddress(s),
  },
  {
    operation: 'parseAddress',
    input: `MAX_INPUT_LENGTH units, a CJK domain of ${MAX_INPUT_LENGTH - 8} characters`,
    make: () => `a@${cjk(MAX_INPUT_LENGTH - 8)}.cn`,
    run: (s: string) => parseAddress(s),
  },
  {
    operation: 'parseAddress (registration)',
    input: `MAX_INPUT_LENGTH units, a CJK domain of ${MAX_INPUT_LENGTH - 8} characters`,
    make: () => `a@${cjk(MAX_INPUT_LENGTH - 8)}.cn`,
    run: (s: string) => parseAddress(s, { profile: registration }),
  },
  {
    operation: 'parseAddress',
    input: 'a 1 MB string (refused by MAX_INPUT_LENGTH)',
    make: () => 'a'.repeat(1 << 20),
    run: (s: string) => parseAddress(s),
  },
  {
    operation: 'parseAddress',
    input: `MAX_INPUT_LENGTH units of comments nested far beyond MAX_COMMENT_DEPTH (${MAX_COMMENT_DEPTH})`,
    make: () => `${'('.repeat(MAX_INPUT_LENGTH / 2 - 4)}${')'.repeat(MAX_INPUT_LENGTH / 2 - 4)}a@x.org`,
    run: (s: string) => parseAddress(s, { allowComments: true }),
  },
  {
    operation: 'parseAddress',
    input: `MAX_INPUT_LENGTH units of one forbidden character, reported MAX_REPEATED_ISSUES (${MAX_REPEATED_ISSUES}) times`,
    make: () => `${'\u0001'.repeat(MAX_INPUT_LENGTH - 8)}@x.org`,
    run: (s: string) => parseAddress(s),
  },
  {
    operation: 'parseAddress (registration)',
    input: `a local part of MAX_LOCAL_PART_OCTETS (${MAX_LOCAL_PART_OCTETS}) UTF-8 octets`,
    make: () => `${localPart}@example.org`,
    run: (s: string) => parseAddress(s, { profile: registration }),
  },
  {
    operation: 'parseAddress (registration)',
    input: `a CJK domain of MAX_DOMAIN_OCTETS (${MAX_DOMAIN_OCTETS}) UTF-8 octets`,
    make: () => `a@${cjkDomain(MAX_DOMAIN_OCTETS)}`,
    run: (s: string) => parseAddress(s, { profile: registration }),
  },
  {
    operation: 'parseAddress (registration)',
    input: `an address of MAX_ADDRESS_OCTETS (${MAX_ADDRESS_OCTETS}) UTF-8 octets`,
    make: () => `${localPart}@${cjkDomain(MAX_ADDRESS_OCTETS - MAX_LOCAL_PART_OCTETS - 1)}`,
    run: (s: string) => parseAddress(s, { profile: registration }),
  },
  {
    operation: 'parseAddressList',
    input: `MAX_HEADER_LENGTH (${MAX_HEADER_LENGTH}) units, 7,281 mailboxes (MAX_LIST_ADDRESSES = ${MAX_LIST_ADDRESSES} read)`,
    make: () => 'a@b.org, '.repeat(MAX_HEADER_LENGTH / 9),
    run: (s: string) => parseAddressList(s),
  },
  {
    operation: 'parseAddressList',
    input: 'MAX_HEADER_LENGTH units of one-character tokens',
    make: () => '<'.repeat(MAX_HEADER_LENGTH),
    run: (s: string) => parseAddressList(s),
  },
  {
    operation: 'parseAddressList',
    input: 'MAX_HEADER_LENGTH units of nested comments (beyond MAX_COMMENT_DEPTH)',
    make: () => `${'('.repeat(MAX_HEADER_LENGTH / 2)}${')'.repeat(MAX_HEADER_LENGTH / 2)}`,
    run: (s: string) => parseAddressList(s),
  },
];
worstCases('@nomina/email', cases);
