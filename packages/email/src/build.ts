// From the syntax of one addr-spec to an Address: the local part and the domain judged under the
// profile, the whole address's length (RFC 5321 §4.5.3.1.3), then the profile's own rules.
import { errorIssue, hasErrors, isAscii } from '@nomina/core';
import type { Address } from './address.js';
import { checkDomain } from './domain.js';
import type { EmailIssue } from './issues.js';
import { MAX_ADDRESS_OCTETS } from './limits.js';
import { checkLocalPart } from './local-part.js';
import { utf8Length } from './octets.js';
import type { Profile } from './profile.js';
import type { AddrSpecSyntax } from './syntax/addr-spec.js';

/** A profile with the options that refine it. */
export interface Context {
  profile: Profile;
  quotedAllowed: boolean;
  literalAllowed: boolean;
}

/** The address of `syntax`, or undefined when the local part or the domain has no valid form. */
export function buildAddress(
  syntax: AddrSpecSyntax,
  displayName: string | null,
  context: Context,
  issues: EmailIssue[],
): Address | undefined {
  const { profile } = context;
  const before = issues.length;
  const local = checkLocalPart(
    syntax.localWritten,
    syntax.localContent,
    syntax.quoted,
    syntax.localStart,
    syntax.localOffsets,
    { profile, quotedAllowed: context.quotedAllowed },
    issues,
  );
  const domain = checkDomain(
    syntax.domainText,
    syntax.literal,
    syntax.domainStart,
    { profile, literalAllowed: context.literalAllowed },
    issues,
  );
  if (local === undefined || domain === undefined) return undefined;
  const normalized = `${local}@${domain.unicode}`;
  const smtputf8 = !isAscii(local);
  const ascii = smtputf8 ? null : `${local}@${domain.ascii}`;
  // RFC 5321 §4.5.3.1.3: the path `<mailbox>` has at most 256 octets, so the mailbox 254 — as written, as
  // normalized, and in ASCII.
  if (profile.lengths) {
    const written = utf8Length(syntax.localWritten) + 1 + utf8Length(syntax.domainText) + (syntax.literal ? 2 : 0);
    const octets = Math.max(written, utf8Length(normalized), ascii === null ? 0 : ascii.length);
    if (octets > MAX_ADDRESS_OCTETS) {
      issues.push(
        errorIssue(
          'ADDRESS_TOO_LONG',
          `the address has ${octets} octets; RFC 5321 §4.5.3.1.3 allows ${MAX_ADDRESS_OCTETS} (a path of 256 with its angle brackets)`,
          -1,
          syntax.localStart,
        ),
      );
    }
  }
  const address: Address = {
    localPart: syntax.localWritten,
    normalizedLocalPart: local,
    domain: domain.unicode,
    asciiDomain: domain.ascii,
    addressLiteral: domain.literal,
    normalized,
    ascii,
    smtputf8,
    displayName,
    comments: syntax.comments,
  };
  // The profile's own rules judge an address whose syntax passed (else they would only repeat its errors).
  if (profile.check && !hasErrors(issues.slice(before)))
    profile.check(address, issues, { local: syntax.localStart, domain: syntax.domainStart });
  return address;
}
