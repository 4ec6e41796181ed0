// The DNS length rules of RFC 1034 §3.1 and RFC 1035 §2.3.4 for a domain name in its ASCII form: labels of
// 1 to 63 octets, at most 253 octets in all — not counting one trailing dot for the root label, which may be
// empty (`example.com.`). UTS #46's VerifyDnsLength (§4.2 step 4, A4_1 / A4_2) counts that root label as an
// empty label; this is the DNS's own reading, as ada's `verify_dns_length` and DNS software apply it.
//
// | rule | code |
// |---|---|
// | RFC 1034 §3.1: a label other than the root is not empty | `EMPTY_LABEL` |
// | RFC 1035 §2.3.4: a label has at most 63 octets | `LABEL_TOO_LONG` |
// | RFC 1035 §2.3.4: a name has at most 253 octets without the root dot (255 in wire format) | `DOMAIN_TOO_LONG` |
import { errorIssue, type Issue, type Outcome } from '@nomina/core';
import { MAX_DOMAIN_OCTETS, MAX_INPUT_LENGTH, MAX_LABEL_OCTETS } from '../limits.js';

/** The codes `verifyDnsLength` reports. */
export type DnsLengthCode = 'EMPTY_LABEL' | 'LABEL_TOO_LONG' | 'DOMAIN_TOO_LONG';

/** UTF-8 octets of the UTF-16 unit `unit` (a surrogate pair counts 2 + 2). */
function octets(unit: number): number {
  return unit < 0x80 ? 1 : unit < 0x800 || (unit & 0xf800) === 0xd800 ? 2 : 3;
}

/**
 * Checks the DNS length rules on `domain` (its ASCII form, e.g. `domainToASCII(…).value`; other text is
 * measured in UTF-8 octets). `verifyDnsLength('example.com.')` is ok; `verifyDnsLength('a..b')` reports
 * EMPTY_LABEL for label 1. Linear; an input over MAX_INPUT_LENGTH is DOMAIN_TOO_LONG without a scan.
 */
export function verifyDnsLength(domain: string): Outcome<DnsLengthCode> {
  if (typeof domain !== 'string') throw new TypeError('verifyDnsLength expects a string');
  const issues: Issue<DnsLengthCode>[] = [];
  const tooLong = (total: number) =>
    errorIssue<DnsLengthCode>(
      'DOMAIN_TOO_LONG',
      `name of ${total} octets without the root dot (at most ${MAX_DOMAIN_OCTETS}, RFC 1035 §2.3.4)`,
    );
  if (domain.length > MAX_INPUT_LENGTH) return { ok: false, issues: [tooLong(domain.length)] };
  if (domain === '.') return { ok: true, issues }; // the root alone
  // One trailing dot is the root label's: not an empty label, not counted.
  const end = domain.length > 1 && domain.charCodeAt(domain.length - 1) === 0x2e ? domain.length - 1 : domain.length;
  let total = 0;
  let label = 0;
  let length = 0;
  for (let i = 0; i <= end; i++) {
    const unit = i < end ? domain.charCodeAt(i) : 0x2e;
    if (unit !== 0x2e) {
      length += octets(unit);
      continue;
    }
    if (length === 0)
      issues.push(errorIssue('EMPTY_LABEL', 'empty label (RFC 1034 §3.1: only the root label is empty)', label));
    else if (length > MAX_LABEL_OCTETS)
      issues.push(
        errorIssue('LABEL_TOO_LONG', `label of ${length} octets (at most ${MAX_LABEL_OCTETS}, RFC 1035 §2.3.4)`, label),
      );
    total += length + (i < end ? 1 : 0);
    label++;
    length = 0;
  }
  if (total > MAX_DOMAIN_OCTETS) issues.push(tooLong(total));
  return { ok: issues.length === 0, issues };
}
