// Every limit of limits.ts at N (accepted) and N + 1 (refused with its issue).
import { describe, expect, test } from 'vitest';
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
} from '@nomina/email';

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('limits at N and N + 1', () => {
  test('MAX_INPUT_LENGTH (UTF-16 units of parseAddress input)', () => {
    const at = (n: number) => `a@${'b'.repeat(n - 6)}.org`;
    expect(at(MAX_INPUT_LENGTH)).toHaveLength(MAX_INPUT_LENGTH);
    expect(codes(parseAddress(at(MAX_INPUT_LENGTH)).issues)).not.toContain('INPUT_TOO_LONG');
    expect(codes(parseAddress(at(MAX_INPUT_LENGTH + 1)).issues)).toEqual(['INPUT_TOO_LONG']);
  });
  test('MAX_HEADER_LENGTH (UTF-16 units of parseAddressList input)', () => {
    const at = (n: number) => `a@b.org,${' '.repeat(n - 8)}`;
    expect(codes(parseAddressList(at(MAX_HEADER_LENGTH)).issues)).toEqual([]);
    expect(codes(parseAddressList(at(MAX_HEADER_LENGTH + 1)).issues)).toEqual(['INPUT_TOO_LONG']);
  });
  test('MAX_LIST_ADDRESSES', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `u${i}@example.org`).join(',');
    const ok = parseAddressList(list(MAX_LIST_ADDRESSES));
    expect(ok.value).toHaveLength(MAX_LIST_ADDRESSES);
    expect(codes(ok.issues)).toEqual([]);
    const over = parseAddressList(list(MAX_LIST_ADDRESSES + 1));
    expect(over.value).toHaveLength(MAX_LIST_ADDRESSES);
    expect(codes(over.issues)).toEqual(['TOO_MANY_ADDRESSES']);
  });
  test('MAX_COMMENT_DEPTH', () => {
    const nested = (n: number) => `a@example.org ${'('.repeat(n)}${')'.repeat(n)}`;
    expect(codes(parseAddress(nested(MAX_COMMENT_DEPTH), { allowComments: true }).issues)).toEqual([]);
    expect(codes(parseAddress(nested(MAX_COMMENT_DEPTH + 1), { allowComments: true }).issues)).toEqual([
      'COMMENT_TOO_DEEP',
    ]);
  });
  test('MAX_LOCAL_PART_OCTETS (RFC 5321 §4.5.3.1.1), counted in UTF-8', () => {
    const local = (n: number) => 'é'.repeat(n >> 1) + 'a'.repeat(n & 1);
    expect(octets(local(MAX_LOCAL_PART_OCTETS))).toBe(MAX_LOCAL_PART_OCTETS);
    expect(codes(parseAddress(`${local(MAX_LOCAL_PART_OCTETS)}@example.org`).issues)).toEqual([]);
    expect(codes(parseAddress(`${local(MAX_LOCAL_PART_OCTETS + 1)}@example.org`).issues)).toEqual([
      'LOCAL_PART_TOO_LONG',
    ]);
  });
  test('MAX_ADDRESS_OCTETS (RFC 5321 §4.5.3.1.3)', () => {
    // a 64-octet local part, then labels of 63 and a last one that makes the total N or N + 1.
    const address = (n: number) => {
      const head = `${'l'.repeat(64)}@${'d'.repeat(63)}.${'d'.repeat(63)}.`;
      return `${head}${'d'.repeat(n - head.length - 4)}.org`;
    };
    expect(address(MAX_ADDRESS_OCTETS)).toHaveLength(MAX_ADDRESS_OCTETS);
    expect(codes(parseAddress(address(MAX_ADDRESS_OCTETS)).issues)).toEqual([]);
    expect(codes(parseAddress(address(MAX_ADDRESS_OCTETS + 1)).issues)).toEqual(['ADDRESS_TOO_LONG']);
  });
  test('MAX_REPEATED_ISSUES: one character problem reported N times, then one issue counts the rest', () => {
    const issues = (n: number) => parseAddress(`${'\u0001'.repeat(n)}@x.org`).issues;
    const counted = (n: number) => issues(n).filter((i) => i.message.includes('more of these (MAX_REPEATED_ISSUES)'));
    expect(counted(MAX_REPEATED_ISSUES)).toEqual([]);
    expect(counted(MAX_REPEATED_ISSUES + 1).length).toBeGreaterThan(0);
    // A whole input of the same problem still gives a handful of issues, not one per character.
    expect(issues(MAX_INPUT_LENGTH - 6).length).toBeLessThan(4 * (MAX_REPEATED_ISSUES + 1));
  });
  test('MAX_DOMAIN_OCTETS (RFC 5321 §4.5.3.1.2), for the domain in U-labels', () => {
    // U-labels of CJK take 3 octets a character in UTF-8 but fewer in Punycode, so the ASCII form stays
    // under the DNS limit while the UTF-8 form reaches 255. Padding with ASCII letters sets the exact size.
    const cjk = (from: number) => Array.from({ length: 20 }, (_, i) => String.fromCodePoint(from + i * 7)).join('');
    const domain = (n: number) => {
      const head = [cjk(0x4e00), cjk(0x5000), cjk(0x5200), cjk(0x5400)].join('.');
      return `${head}.${'p'.repeat(n - octets(head) - 5)}.org`;
    };
    expect(octets(domain(MAX_DOMAIN_OCTETS))).toBe(MAX_DOMAIN_OCTETS);
    const ok = parseAddress(`a@${domain(MAX_DOMAIN_OCTETS)}`, { profile: 'strict' });
    expect(codes(ok.issues).filter((c) => c !== 'ADDRESS_TOO_LONG')).toEqual([]);
    const over = parseAddress(`a@${domain(MAX_DOMAIN_OCTETS + 1)}`);
    expect(codes(over.issues)).toContain('DOMAIN_TOO_LONG');
    expect(codes(over.issues).filter((c) => c.startsWith('IDNA:'))).toEqual([]);
  });
});
