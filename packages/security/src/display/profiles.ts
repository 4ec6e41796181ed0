// Display profiles as data: which checks decide that a domain is shown as Punycode rather than Unicode.
// Re-stated from the published policies, not copied from their code:
// - Mozilla: the IDN display algorithm of Firefox (wiki.mozilla.org/IDN_Display_Algorithm) with
//   network.IDN.restriction_profile "moderate" (UTS #39 §5.2 Moderately Restrictive, per label), the
//   identifier profile, no mixed numbering systems, no repeated nonspacing marks, and the characters of
//   network.IDN.blacklist_chars.
// - Chromium: docs/idn.md of Chromium — Highly Restrictive mixing with ASCII-only Latin, the identifier
//   profile, mixed numbers, invisible characters and repeated marks, unusual middle dots, mixed-script
//   confusables, whole-script look-alikes of Latin unless the TLD is in that script, kana that look like
//   a slash, deviation characters in ACE labels, digit look-alikes and a list of top domains whose
//   skeletons are protected.
import type { RestrictionLevel } from '@nomina/script';

export interface DisplayProfile {
  readonly name: string;
  /** UTS #39 §5.2: least restrictive level shown in Unicode, per label. */
  readonly level: RestrictionLevel;
  /** Latin mixed with another script must be ASCII (Chromium). */
  readonly asciiLatinOnly: boolean;
  /** UTS #39 §3.1: every code point Identifier_Status Allowed. */
  readonly generalSecurityProfile: boolean;
  /** UTS #39 §5.3. */
  readonly mixedNumbers: boolean;
  /** UTS #39 §5.4: repeated or excessive nonspacing marks, invisible characters. */
  readonly marksAndInvisibles: boolean;
  /** UTS #39 §4: a mixed-script label whose skeleton is single-script. */
  readonly mixedScriptConfusable: boolean;
  /** UTS #39 §4: a non-Latin label that looks all-Latin, unless the TLD is in its script. */
  readonly wholeScriptLookalike: boolean;
  readonly slashKana: boolean;
  readonly deviationCharacters: boolean;
  readonly digitLookalikes: boolean;
  readonly middleDot: boolean;
  /** Characters always shown as Punycode. */
  readonly blockedCharacters: string;
  /** TLDs whose registries are trusted: their names are always shown in Unicode (Mozilla's old whitelist). */
  readonly trustedTlds: readonly string[];
  /** Domains whose skeletons are protected: a different domain with the same skeleton is shown as Punycode. */
  readonly topDomains: readonly string[];
}

/**
 * After network.IDN.blacklist_chars of Firefox (a subset): spaces, slashes and fraction slashes, full
 * stops that are not IDNA separators, Hangul fillers, modifier-letter colons and the like.
 */
const MOZILLA_BLOCKED =
  '\u00a0\u01c3\u02d0\u0337\u0338\u0589\u058a\u05c3\u05f4\u0609\u060a\u066a\u06d4\u0701\u0702\u0703\u0704\u115f\u1160\u1735' +
  '\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2010\u2019\u2024\u2027\u2028\u2029\u202f\u2039' +
  '\u203a\u2041\u2044\u2052\u205f\u2153\u2154\u2155\u2156\u2157\u2158\u2159\u215a\u215b\u215c\u215d\u215e\u215f\u23ae\u29f6' +
  '\u29f8\u2afb\u2afd\u2ff0\u3000\u3014\u3015\u3033\u30a0\u3164\u321d\u321e\u33ae\u33af\u33c6\u33df\ua789\ufe14\ufe15\ufe3f' +
  '\ufe5d\ufe5e\ufeff\uff0f\uffa0\ufff9\ufffa\ufffb\ufffc\ufffd';

/** A few domains often imitated, as an example of the Chromium profile's protected list; pass your own. */
export const EXAMPLE_TOP_DOMAINS: readonly string[] = [
  'google.com',
  'youtube.com',
  'facebook.com',
  'apple.com',
  'amazon.com',
  'microsoft.com',
  'paypal.com',
  'wikipedia.org',
  'instagram.com',
  'linkedin.com',
  'netflix.com',
  'github.com',
  'yahoo.com',
  'ebay.com',
  'twitter.com',
  'whatsapp.com',
];

export const DISPLAY_PROFILES: { readonly mozilla: DisplayProfile; readonly chromium: DisplayProfile } = {
  mozilla: {
    name: 'mozilla',
    level: 'moderately-restrictive',
    asciiLatinOnly: false,
    generalSecurityProfile: true,
    mixedNumbers: true,
    marksAndInvisibles: true,
    mixedScriptConfusable: false,
    wholeScriptLookalike: false,
    slashKana: false,
    deviationCharacters: false,
    digitLookalikes: false,
    middleDot: false,
    blockedCharacters: MOZILLA_BLOCKED,
    trustedTlds: [],
    topDomains: [],
  },
  chromium: {
    name: 'chromium',
    level: 'highly-restrictive',
    asciiLatinOnly: true,
    generalSecurityProfile: true,
    mixedNumbers: true,
    marksAndInvisibles: true,
    mixedScriptConfusable: true,
    wholeScriptLookalike: true,
    slashKana: true,
    deviationCharacters: true,
    digitLookalikes: true,
    middleDot: true,
    blockedCharacters: '',
    trustedTlds: [],
    topDomains: EXAMPLE_TOP_DOMAINS,
  },
};
