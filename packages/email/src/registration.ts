// The registration profile: what a sign-up form should accept. It is `strict` without quoted local parts
// or address literals (unless asked), plus:
//
// | rule | source | code |
// |---|---|---|
// | the domain passes the IDNA2008 rules for registered names (DISALLOWED, UNASSIGNED, CONTEXTJ/O, Bidi) | RFC 5891 §4.2, RFC 5892, RFC 5893 | `IDNA2008:<code>` |
// | a fully-qualified domain, not a special-use one (localhost, test, invalid, example, onion…) | RFC 5321 §2.3.5, RFC 6761, RFC 6762, RFC 7686, RFC 9476 | `SINGLE_LABEL_DOMAIN`, `SPECIAL_USE_DOMAIN` |
// | local part in NFKC (step 1) | UTS #39 §3.3 email profile | `UTS39:NOT_NFKC` |
// | local part of Identifier_Status=Allowed code points, besides ASCII atext and "." (step 2) | UTS #39 §3.1, §3.3 | `UTS39:RESTRICTED_CHARACTER` |
// | local part at most Highly Restrictive (step 3) | UTS #39 §5.2 | `UTS39:RESTRICTION_LEVEL` |
// | one decimal numbering system in the local part (step 4) | UTS #39 §5.3 | `UTS39:MIXED_NUMBERS` |
// | every domain label at most Moderately Restrictive (no look-alike mixed scripts) | UTS #39 §5.2 | `UTS39:RESTRICTION_LEVEL` |
// | no invisible (Default_Ignorable_Code_Point) character anywhere | UTS #39 §5.4 | `INVISIBLE_CHARACTER` |
import { errorIssue, formatCodePoint } from '@nomina/core';
import { checkDomain } from '@nomina/idna';
import { restrictionLevel, RESTRICTION_LEVELS, type RestrictionLevel } from '@nomina/script';
import { detectMixedNumbers, inGeneralSecurityProfile } from '@nomina/security';
import type { Address } from './address.js';
import type { EmailIssue } from './issues.js';
import type { Profile } from './profile.js';
import { isAsciiAtext } from './syntax/chars.js';

/** Top-level domains reserved for special use: no mail is delivered there. */
const SPECIAL_TLDS = new Set(['localhost', 'invalid', 'test', 'example', 'local', 'onion', 'alt', 'internal']);
/** Second-level names reserved for documentation (RFC 2606 §3) and for homes (RFC 8375). */
const SPECIAL_NAMES = ['example.com', 'example.net', 'example.org', 'home.arpa'];

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const rank = (level: RestrictionLevel) => RESTRICTION_LEVELS.indexOf(level);

/** UTS #39 §3.3: the code points a local part may hold: Allowed, and ASCII atext and ".". */
function inEmailProfile(cp: number): boolean {
  return cp < 0x80 ? cp === 0x2e || isAsciiAtext(cp) : inGeneralSecurityProfile(cp);
}

function checkRegistration(address: Address, issues: EmailIssue[], at: { local: number; domain: number }): void {
  const local = address.normalizedLocalPart;
  const written = address.normalized === `${address.localPart}@${address.domain}`;
  /** Offset in the input of `index` in the normalized local part (exact when nothing was normalized). */
  const localOffset = (index: number) => (written ? at.local + index : at.local);
  // Invisible characters anywhere in the address (UTS #39 §5.4).
  const invisible = INVISIBLE.exec(address.normalized);
  if (invisible) {
    const cp = invisible[0].codePointAt(0)!;
    const inLocal = invisible.index < local.length;
    const offset = inLocal ? localOffset(invisible.index) : at.domain;
    issues.push(
      errorIssue(
        'INVISIBLE_CHARACTER',
        `the invisible character ${formatCodePoint(cp)} (Default_Ignorable_Code_Point, UTS #39 §5.4)`,
        -1,
        offset,
        cp,
      ),
    );
  }
  // UTS #39 §3.3 step 1: NFKC.
  const nfkc = local.normalize('NFKC');
  if (nfkc !== local)
    issues.push(
      errorIssue(
        'UTS39:NOT_NFKC',
        `the local part is not in NFKC (UTS #39 §3.3); its NFKC form is ${JSON.stringify(nfkc)}`,
        -1,
        at.local,
      ),
    );
  // Step 2: Identifier_Status=Allowed.
  for (let i = 0; i < local.length; ) {
    const cp = local.codePointAt(i)!;
    if (!inEmailProfile(cp) && !INVISIBLE.test(String.fromCodePoint(cp))) {
      issues.push(
        errorIssue(
          'UTS39:RESTRICTED_CHARACTER',
          `${formatCodePoint(cp)} is not Identifier_Status=Allowed (UTS #39 §3.1, §3.3)`,
          -1,
          localOffset(i),
          cp,
        ),
      );
    }
    i += cp > 0xffff ? 2 : 1;
  }
  // Step 3: restriction level of the local part (its code points outside the profile are reported above,
  // so the level is taken over scripts alone).
  const level = restrictionLevel(local);
  if (rank(level) > rank('highly-restrictive')) {
    issues.push(
      errorIssue(
        'UTS39:RESTRICTION_LEVEL',
        `the local part mixes scripts (${level}); UTS #39 §3.3 asks for Highly Restrictive at most`,
        -1,
        at.local,
      ),
    );
  }
  // Step 4: one numbering system.
  if (!detectMixedNumbers(local).ok)
    issues.push(
      errorIssue(
        'UTS39:MIXED_NUMBERS',
        'the local part mixes digits of different decimal systems (UTS #39 §5.3)',
        -1,
        at.local,
      ),
    );
  if (address.addressLiteral !== null) return;
  // The domain: special use, IDNA2008 lookup rules, look-alike labels.
  const ascii = address.asciiDomain;
  const tld = ascii.slice(ascii.lastIndexOf('.') + 1);
  if (SPECIAL_TLDS.has(tld) || SPECIAL_NAMES.some((n) => ascii === n || ascii.endsWith(`.${n}`))) {
    issues.push(
      errorIssue(
        'SPECIAL_USE_DOMAIN',
        `${ascii} is a special-use domain that receives no mail (RFC 6761, RFC 2606)`,
        -1,
        at.domain,
      ),
    );
  }
  const idna2008 = checkDomain(address.domain, { profile: 'registration' });
  for (const e of idna2008.issues)
    issues.push(errorIssue(`IDNA2008:${e.code}`, `domain: ${e.message}`, -1, at.domain, e.codePoint));
  for (const label of address.domain.split('.')) {
    const labelLevel = restrictionLevel(label);
    if (rank(labelLevel) > rank('moderately-restrictive')) {
      issues.push(
        errorIssue(
          'UTS39:RESTRICTION_LEVEL',
          `the domain label ${JSON.stringify(label)} mixes look-alike scripts (${labelLevel}; UTS #39 §5.2)`,
          -1,
          at.domain,
        ),
      );
    }
  }
}

/**
 * What a sign-up form should accept (its fields are written out, not spread from `strict`, so that a
 * bundler can drop the profile and its data when it is not imported): `strict` without quoted local parts or address literals (unless
 * asked), one-label domains refused, the IDNA2008 lookup rules and the UTS #39 email profile.
 */
export const registration: Profile = /* @__PURE__ */ Object.freeze({
  name: 'registration',
  utf8: true,
  quotedLocalPart: false,
  domainLiteral: false,
  dotAtom: true,
  lengths: true,
  singleLabelDomain: 'error' as const,
  idna: {},
  ldhLabels: false,
  check: checkRegistration,
});
