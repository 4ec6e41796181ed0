// The domain under a profile: a domain name through UTS #46 (RFC 6531 §3.3 admits U-labels; the ASCII
// form is what old MTAs take), or an address literal (RFC 5321 §4.1.3).
import { errorIssue, issue } from '@nomina/core';
import { toASCII, toUnicode } from '@nomina/idna';
import type { AddressLiteralKind } from './address.js';
import type { EmailIssue } from './issues.js';
import { MAX_DOMAIN_OCTETS } from './limits.js';
import { utf8Length } from './octets.js';
import type { Profile } from './profile.js';

export interface DomainForms {
  unicode: string;
  ascii: string;
  literal: AddressLiteralKind | null;
}

/** UTS #46 §4 step 3 splits on U+002E only after mapping; these are the dots that map to it. */
const DOTS = /[.\u3002\uFF0E\uFF61]/g;

/** Offsets of the starts of the labels of `text` as written. */
function labelStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(DOTS)) starts.push(m.index + 1);
  return starts;
}

// RFC 5321 §4.1.3 address literals.
const SNUM = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]|0[0-9]{1,2})';
const IPV4 = `${SNUM}(?:\\.${SNUM}){3}`;
const HEX = '[0-9A-Fa-f]{1,4}';
/** IPv6-full / IPv6-comp / IPv6v4-full / IPv6v4-comp; the group counts of the compressed forms are checked apart. */
const IPV4_LITERAL = new RegExp(`^${IPV4}$`);
const IPV6_FULL = new RegExp(`^${HEX}(?::${HEX}){7}$`);
const IPV6V4_FULL = new RegExp(`^${HEX}(?::${HEX}){5}:${IPV4}$`);
const IPV6_COMP = new RegExp(`^(?:${HEX}(?::${HEX})*)?::(?:${HEX}(?::${HEX})*)?$`);
const IPV6V4_COMP = new RegExp(`^(?:${HEX}(?::${HEX})*)?::(?:(?:${HEX}:)*)?${IPV4}$`);
/** General-address-literal = Standardized-tag ":" 1*dcontent (the tag an Ldh-str registered with IANA). */
const GENERAL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?:[\x21-\x5a\x5e-\x7e]+$/;

const groups = (part: string) => (part === '' ? 0 : part.split(':').length);

/** The kind of the RFC 5321 §4.1.3 address literal `text` (without brackets), or undefined. */
export function addressLiteralKind(text: string): AddressLiteralKind | undefined {
  if (IPV4_LITERAL.test(text)) return 'ipv4';
  if (/^IPv6:/i.test(text)) {
    const addr = text.slice(5);
    if (IPV6_FULL.test(addr) || IPV6V4_FULL.test(addr)) return 'ipv6';
    const [head = '', tail = ''] = addr.split('::');
    // IPv6-comp: at most 6 groups besides "::"; IPv6v4-comp: at most 4 besides "::" and the IPv4 part.
    if (IPV6_COMP.test(addr) && groups(head) + groups(tail) <= 6) return 'ipv6';
    if (IPV6V4_COMP.test(addr) && groups(head) + groups(tail) - 1 <= 4) return 'ipv6';
    return undefined;
  }
  // No Standardized-tag but IPv6 is registered with IANA (RFC 5321 §4.1.3): no general literal is valid.
  return undefined;
}

export interface DomainOptions {
  profile: Profile;
  literalAllowed: boolean;
}

/** Checks the domain written at `offset`; returns its forms, or undefined when they cannot be computed. */
export function checkDomain(
  text: string,
  literal: boolean,
  offset: number,
  options: DomainOptions,
  issues: EmailIssue[],
): DomainForms | undefined {
  const { profile } = options;
  if (literal) {
    if (!options.literalAllowed) {
      issues.push(
        errorIssue(
          'DOMAIN_LITERAL_NOT_ALLOWED',
          `the ${profile.name} profile takes no address literal (allowDomainLiteral)`,
          -1,
          offset - 1,
        ),
      );
      return undefined;
    }
    const kind = addressLiteralKind(text);
    if (!kind) {
      const general = GENERAL.test(text) && !/^IPv6:/i.test(text);
      issues.push(
        errorIssue(
          'DOMAIN_LITERAL_INVALID',
          general
            ? 'only IPv4 and IPv6 address literals exist: no other Standardized-tag is registered (RFC 5321 §4.1.3)'
            : 'not an IPv4 or IPv6 address literal (RFC 5321 §4.1.3)',
          -1,
          offset,
        ),
      );
      return undefined;
    }
    return { unicode: `[${text}]`, ascii: `[${text}]`, literal: kind };
  }
  if (text.length === 0) {
    issues.push(errorIssue('DOMAIN_EMPTY', 'the domain after "@" is empty (RFC 5322 §3.4.1)', -1, offset));
    return undefined;
  }
  // UTS #46 §4.2 ToASCII with the profile's flags; its status codes become IDNA:<code> issues.
  const ascii = toASCII(text, profile.idna);
  if (!ascii.ok) {
    const starts = labelStarts(text);
    for (const e of ascii.errors) {
      const labelStart = e.label >= 0 ? (starts[e.label] ?? 0) : 0;
      issues.push(
        errorIssue(
          `IDNA:${e.code}`,
          `domain: ${e.message} (UTS #46)`,
          -1,
          offset + labelStart + Math.max(e.offset, 0),
          e.codePoint,
        ),
      );
    }
    return undefined;
  }
  const labels = ascii.domain.split('.');
  let ok = true;
  if (profile.ldhLabels) {
    // HTML §4.10.5.1.5: label = let-dig [ [ ldh-str ] let-dig ], at most 63 characters.
    const starts = labelStarts(text);
    labels.forEach((label, i) => {
      if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label)) {
        issues.push(
          errorIssue(
            'DOMAIN_LABEL_INVALID',
            `label ${JSON.stringify(label)} is not 1–63 letters, digits and inner hyphens (HTML "valid e-mail address")`,
            -1,
            offset + (starts[i] ?? 0),
          ),
        );
        ok = false;
      }
    });
  }
  if (labels.length === 1 && profile.singleLabelDomain !== 'allow') {
    issues.push(
      issue(
        'SINGLE_LABEL_DOMAIN',
        `"${ascii.domain}" is a one-label domain; RFC 5321 §2.3.5 asks for fully-qualified domain names`,
        { severity: profile.singleLabelDomain, offset },
      ),
    );
  }
  // UTS #46 §4.3 ToUnicode changes only A-labels: an all-LDH domain is its own Unicode form.
  const unicode = ascii.domain.includes('xn--') ? toUnicode(ascii.domain, profile.idna).domain : ascii.domain;
  // RFC 5321 §4.5.3.1.2, for the domain in U-labels as SMTPUTF8 may carry it (the ASCII form is checked by VerifyDnsLength).
  const octets = utf8Length(unicode);
  if (profile.lengths && octets > MAX_DOMAIN_OCTETS) {
    issues.push(
      errorIssue(
        'DOMAIN_TOO_LONG',
        `the domain has ${octets} octets in UTF-8; RFC 5321 §4.5.3.1.2 allows ${MAX_DOMAIN_OCTETS}`,
        -1,
        offset,
      ),
    );
    ok = false;
  }
  return ok ? { unicode, ascii: ascii.domain, literal: null } : undefined;
}
