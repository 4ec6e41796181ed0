// Profiles: what an address must be to pass. `strict` and `html` are here; `registration` (which adds the
// IDNA2008 and UTS #39 data) is in registration.ts, so a bundle that does not use it does not carry it.
//
// | rule | strict (RFC 5321 Mailbox + RFC 6531) | html (`<input type=email>`) | registration |
// |---|---|---|---|
// | UTF-8 local part (RFC 6531 §3.3) | yes | no (ASCII only) | yes |
// | quoted-string local part | yes | no | only with `allowQuotedLocalPart` |
// | address literal `[…]` (RFC 5321 §4.1.3) | yes | no | only with `allowDomainLiteral` |
// | dot-atom dots (no leading, trailing, double) | yes | no (HTML allows `a..b@`) | yes |
// | RFC 5321 §4.5.3.1 octet lengths | yes | no | yes |
// | one-label domain (`a@localhost`) | warning | allowed | error |
// | domain | UTS #46 ToASCII, strict flags | UTS #46 ToASCII as browsers do, then LDH labels ≤ 63 | strict, + IDNA2008 lookup rules |
// | UTS #39 §3.3 email profile, invisible characters, special-use domains | — | — | yes |
import type { Uts46Options } from '@nomina/idna';
import type { Address } from './address.js';
import type { EmailIssue } from './issues.js';

export interface Profile {
  readonly name: string;
  /** UTF8-non-ascii in the local part (RFC 6531 §3.3, RFC 6532 §3.2). */
  readonly utf8: boolean;
  /** Quoted-string local parts (RFC 5321 §4.1.2); an option may turn them on or off. */
  readonly quotedLocalPart: boolean;
  /** Address literals (RFC 5321 §4.1.3); an option may turn them on or off. */
  readonly domainLiteral: boolean;
  /** The dot-atom rules on dots (RFC 5322 §3.2.3). */
  readonly dotAtom: boolean;
  /** The octet limits of RFC 5321 §4.5.3.1. */
  readonly lengths: boolean;
  /** How a one-label domain is judged (RFC 5321 §2.3.5 asks for fully-qualified names). */
  readonly singleLabelDomain: 'allow' | 'warning' | 'error';
  /** UTS #46 flags for the domain's ToASCII. */
  readonly idna: Readonly<Uts46Options>;
  /** After ToASCII, every label must be an LDH label of 1–63 characters (the HTML standard's `label`). */
  readonly ldhLabels: boolean;
  /**
   * Further rules on an address that passed the syntax (the registration profile's); `at` gives the
   * offsets of the local part and of the domain in the input, for the issues' positions.
   */
  readonly check?: (address: Address, issues: EmailIssue[], at: { local: number; domain: number }) => void;
}

/**
 * RFC 5321 §4.1.2 Mailbox as an MTA accepts it, with the RFC 6531 §3.3 UTF-8 extensions: dot-atom or
 * quoted-string local part, a domain (IDNA, strict UTS #46 flags) or an address literal; lengths in octets.
 */
export const strict: Profile = /* @__PURE__ */ Object.freeze({
  name: 'strict',
  utf8: true,
  quotedLocalPart: true,
  domainLiteral: true,
  dotAtom: true,
  lengths: true,
  singleLabelDomain: 'warning' as const,
  idna: {},
  ldhLabels: false,
});

/**
 * The HTML standard's "valid e-mail address" (§4.10.5.1.5, `<input type=email>`):
 * `1*( atext / "." ) "@" label *( "." label )`, ASCII only, no length limit but 63 per label. Browsers
 * convert an internationalized domain to A-labels before they check it (the standard lets them
 * "convert punycode in the domain labels … and vice versa"), and so does this profile.
 */
export const html: Profile = /* @__PURE__ */ Object.freeze({
  name: 'html',
  utf8: false,
  quotedLocalPart: false,
  domainLiteral: false,
  dotAtom: false,
  lengths: false,
  singleLabelDomain: 'allow' as const,
  idna: { checkHyphens: false, useSTD3ASCIIRules: false, verifyDnsLength: false },
  ldhLabels: true,
});

/** The profiles parseAddress takes by name (`registration` is an object, or `profileNamed('registration')`). */
export const LIGHT_PROFILE_NAMES = ['strict', 'html'] as const;
