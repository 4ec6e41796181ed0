// Display policy: show a domain in Unicode or as Punycode, label by label, as browsers do, with the
// rules of a profile (profiles.ts). Each reason is an issue whose code names its rule.
//
// | Check (per non-ASCII label unless said)               | code                      | profile field          |
// | ----------------------------------------------------- | ------------------------- | ---------------------- |
// | UTS #46 ToUnicode of the whole domain                 | NOT_A_DOMAIN              | always                 |
// | TLD trusted: Unicode without further checks           | —                         | trustedTlds            |
// | UTS #39 §3.1 Identifier_Status Allowed                | RESTRICTED_CHARACTER      | generalSecurityProfile |
// | blocked characters                                    | BLOCKED_CHARACTER         | blockedCharacters      |
// | UTS #39 §5.2 restriction level                        | RESTRICTION_LEVEL         | level                  |
// | Latin mixed with another script is ASCII              | LATIN_NOT_ASCII           | asciiLatinOnly         |
// | UTS #39 §5.3 mixed numbers                            | MIXED_NUMBERS             | mixedNumbers           |
// | UTS #39 §5.4 marks and invisible characters           | NONSPACING_MARK_…, INVIS… | marksAndInvisibles     |
// | UTS #39 §4 mixed-script confusable                    | MIXED_SCRIPT_CONFUSABLE   | mixedScriptConfusable  |
// | UTS #39 §4 whole-script look-alike of Latin           | WHOLE_SCRIPT_LOOKALIKE    | wholeScriptLookalike   |
// | kana that look like a slash among non-Japanese        | SLASH_LOOKALIKE_KANA      | slashKana              |
// | UTS #46 deviation characters in an ACE label          | DEVIATION_CHARACTER       | deviationCharacters    |
// | only digits and digit look-alikes                     | DIGIT_LOOKALIKE           | digitLookalikes        |
// | U+00B7 outside l·l                                    | MIDDLE_DOT                | middleDot              |
// | the domain (or a parent) has a top domain's skeleton  | TOP_DOMAIN_LOOKALIKE      | topDomains             |
import { formatCodePoint, hasErrors, issue, requireString, type Outcome } from '@nomina/core';
import { toUnicode } from '@nomina/idna';
import { resolvedScriptSet, restrictionLevel, RESTRICTION_LEVELS } from '@nomina/script';
import { hasScript } from '@nomina/ucd';
import { skeleton } from '../confusable/skeleton.js';
import { detectMixedNumbers } from '../detection/numbers.js';
import { DIGIT_LOOKALIKE_LETTERS, SLASH_LOOKALIKE_KANA } from '../detection/lookalike-sets.js';
import { detectSuspicious, labelsOf } from '../detection/suspicious.js';
import { inGeneralSecurityProfile } from '../identifier/status.js';
import { createSkeletonIndex, type SkeletonIndex } from '../index/skeleton-index.js';
import { indexKey } from '../index/key.js';
import { pushCapped, tooLongIssue, type SecurityIssue, type SecurityIssueCode } from '../issues.js';
import { tooLong } from '../limits.js';
import { DISPLAY_PROFILES, type DisplayProfile } from './profiles.js';

export interface DisplayOptions {
  /** A profile name or your own profile (default `'chromium'`). */
  readonly profile?: keyof typeof DISPLAY_PROFILES | DisplayProfile;
}

export interface DisplayDecision extends Outcome<SecurityIssueCode> {
  readonly display: 'unicode' | 'punycode';
  /** Why Punycode: one issue per rule that failed, with its label and offset. */
  readonly reasons: readonly SecurityIssue[];
  /** The domain in Unicode (UTS #46 ToUnicode), as it would be shown. */
  readonly unicode: string;
}

const DEVIATIONS = 'ßς\u200c\u200d';
const DIGIT_LIKE = /^[0-9Ol]$/;
const topIndexes = new WeakMap<readonly string[], { index: SkeletonIndex; maxLabels: number }>();

/**
 * The protected domains indexed by skeleton, and the most labels a skeleton of theirs has: a parent of more
 * labels cannot match (its skeleton keeps at least its label separators), so only the last `maxLabels`
 * parents are looked up, which keeps the check linear in the domain.
 */
function topIndex(domains: readonly string[]): { index: SkeletonIndex; maxLabels: number } {
  let top = topIndexes.get(domains);
  if (!top) {
    top = { index: createSkeletonIndex(), maxLabels: 0 };
    for (const d of domains) {
      const name = toUnicode(d).value;
      top.index.add(name);
      top.maxLabels = Math.max(top.maxLabels, indexKey(name, undefined).split('.').length);
    }
    topIndexes.set(domains, top);
  }
  return top;
}

const isJapanese = (cp: number): boolean => hasScript(cp, 'Hira') || hasScript(cp, 'Kana') || hasScript(cp, 'Hani');

/** The reasons one non-ASCII label is shown as Punycode under `p`. */
function labelReasons(text: string, index: number, ace: boolean, tld: string, p: DisplayProfile): SecurityIssue[] {
  const out: SecurityIssue[] = [];
  const counts = new Map<string, number>();
  const at = (offset: number, codePoint = -1) => ({ label: index, offset, codePoint });
  const cps = Array.from(text, (c) => c.codePointAt(0)!);
  let offset = 0;
  let latinNonAscii = -1;
  for (const cp of cps) {
    if (p.generalSecurityProfile && !inGeneralSecurityProfile(cp))
      pushCapped(out, counts, 'RESTRICTED_CHARACTER', () =>
        issue(
          'RESTRICTED_CHARACTER',
          `${formatCodePoint(cp)} is not in the identifier profile (UTS #39 §3.1)`,
          at(offset, cp),
        ),
      );
    if (p.blockedCharacters.includes(String.fromCodePoint(cp)))
      pushCapped(out, counts, 'BLOCKED_CHARACTER', () =>
        issue('BLOCKED_CHARACTER', `${formatCodePoint(cp)} is a blocked character`, at(offset, cp)),
      );
    if (p.deviationCharacters && ace && DEVIATIONS.includes(String.fromCodePoint(cp)))
      pushCapped(out, counts, 'DEVIATION_CHARACTER', () =>
        issue(
          'DEVIATION_CHARACTER',
          `${formatCodePoint(cp)} is a UTS #46 deviation character in an ACE label`,
          at(offset, cp),
        ),
      );
    if (p.middleDot && cp === 0xb7 && !(text[offset - 1] === 'l' && text[offset + 1] === 'l'))
      pushCapped(out, counts, 'MIDDLE_DOT', () => issue('MIDDLE_DOT', 'U+00B7 outside l·l', at(offset, cp)));
    if (cp >= 0x80 && latinNonAscii < 0 && hasScript(cp, 'Latn')) latinNonAscii = offset;
    offset += cp > 0xffff ? 2 : 1;
  }
  // UTS #39 §5.2, per label.
  const level = restrictionLevel(text);
  if (RESTRICTION_LEVELS.indexOf(level) > RESTRICTION_LEVELS.indexOf(p.level))
    out.push(
      issue(
        'RESTRICTION_LEVEL',
        `restriction level ${level} is less restrictive than ${p.level} (UTS #39 §5.2)`,
        at(0),
      ),
    );
  const set = resolvedScriptSet(text);
  const mixed = !set.all && set.scripts.length === 0;
  if (p.asciiLatinOnly && mixed && latinNonAscii >= 0)
    out.push(issue('LATIN_NOT_ASCII', 'non-ASCII Latin mixed with another script', at(latinNonAscii)));
  if (p.mixedNumbers) out.push(...detectMixedNumbers(text).issues.map((i) => ({ ...i, label: index })));
  if (p.marksAndInvisibles) {
    for (const i of detectSuspicious(text, { wholeScript: false }).issues) {
      if (
        i.code === 'NONSPACING_MARK_REPEATED' ||
        i.code === 'NONSPACING_MARKS_EXCESSIVE' ||
        i.code === 'INVISIBLE_CHARACTER'
      )
        out.push({ ...i, label: index });
    }
  }
  const sk = skeleton(text);
  // UTS #39 §4: mixed-script, yet its skeleton is single-script in one of its own scripts (gօօgle).
  if (p.mixedScriptConfusable && mixed) {
    const skSet = resolvedScriptSet(sk);
    if (!skSet.all && skSet.scripts.some((s) => cps.some((cp) => hasScript(cp, s)))) {
      out.push(
        issue(
          'MIXED_SCRIPT_CONFUSABLE',
          `mixed-script label that looks like the single-script "${sk}" (UTS #39 §4)`,
          at(0),
        ),
      );
    }
  }
  // UTS #39 §4: whole-script look-alike of an ASCII label, unless the TLD is written in the label's script.
  if (p.wholeScriptLookalike && !mixed && !set.all && !set.scripts.includes('Latn') && /^[A-Za-z0-9-]+$/.test(sk)) {
    const tldSet = resolvedScriptSet(tld);
    if (tldSet.all || !tldSet.scripts.some((s) => set.scripts.includes(s))) {
      out.push(
        issue(
          'WHOLE_SCRIPT_LOOKALIKE',
          `the label looks like the Latin "${sk}" and the TLD is not in its script (UTS #39 §4)`,
          at(0),
        ),
      );
    }
  }
  if (p.slashKana && cps.some((cp) => SLASH_LOOKALIKE_KANA.includes(String.fromCodePoint(cp)))) {
    const other = cps.some(
      (cp) =>
        !SLASH_LOOKALIKE_KANA.includes(String.fromCodePoint(cp)) &&
        !isJapanese(cp) &&
        /\p{L}/u.test(String.fromCodePoint(cp)),
    );
    if (other)
      out.push(issue('SLASH_LOOKALIKE_KANA', 'a kana that looks like a slash among non-Japanese letters', at(0)));
  }
  if (
    p.digitLookalikes &&
    cps.every(
      (cp) =>
        (cp >= 0x30 && cp <= 0x39) ||
        cp === 0x2d ||
        DIGIT_LOOKALIKE_LETTERS.includes(String.fromCodePoint(cp)) ||
        DIGIT_LIKE.test(skeleton(String.fromCodePoint(cp))),
    )
  ) {
    out.push(issue('DIGIT_LOOKALIKE', 'a label of digits and digit look-alikes only', at(0)));
  }
  return out.map((i) => ({ ...i, severity: 'warning' as const }));
}

/**
 * Whether a browser-like client should show `domain` in Unicode or as Punycode, with every reason (UTS
 * #39 §3.1, §4, §5.2–5.4 and the profile's own rules). Never throws on a string.
 */
export function displayPolicy(domain: string, options: DisplayOptions = {}): DisplayDecision {
  requireString(domain, 'domain');
  const profile =
    typeof options.profile === 'object' ? options.profile : DISPLAY_PROFILES[options.profile ?? 'chromium'];
  if (!profile)
    throw new RangeError(`profile must be "mozilla", "chromium" or a DisplayProfile, got ${String(options.profile)}`);
  if (tooLong(domain))
    return { ok: false, issues: [tooLongIssue(domain)], display: 'punycode', reasons: [], unicode: domain };
  const converted = toUnicode(domain);
  if (!converted.ok) {
    const issues = [
      issue('NOT_A_DOMAIN', `UTS #46 ToUnicode failed (${converted.issues.map((i) => i.code).join(', ')})`),
    ];
    return { ok: false, issues, display: 'punycode', reasons: issues, unicode: domain };
  }
  const unicode = converted.value;
  const input = labelsOf(domain.toLowerCase());
  const labels = labelsOf(unicode);
  const tld = labels.filter((l) => l.text !== '').pop()?.text ?? ''; // a trailing root label is not the TLD
  if (profile.trustedTlds.includes(tld)) return { ok: true, issues: [], display: 'unicode', reasons: [], unicode };
  const reasons: SecurityIssue[] = [];
  for (const label of labels) {
    if (/^[\x00-\x7f]*$/.test(label.text)) continue;
    const ace = input[label.index]?.text.startsWith('xn--') ?? false;
    reasons.push(...labelReasons(label.text, label.index, ace, tld, profile));
  }
  // UTS #39 §4: the domain or one of its parents (two labels or more) has the skeleton of a protected
  // domain it is not.
  if (profile.topDomains.length && !/^[\x00-\x7f]*$/.test(unicode)) {
    const { index, maxLabels } = topIndex(profile.topDomains);
    for (let i = Math.max(0, labels.length - maxLabels); i + 2 <= labels.length; i++) {
      const parent = labels
        .slice(i)
        .map((l) => l.text)
        .join('.');
      const match = index.lookup(parent).matches.find((m) => m.name !== parent);
      if (match) {
        reasons.push(
          issue('TOP_DOMAIN_LOOKALIKE', `looks like ${match.name} (UTS #39 §4 skeleton)`, {
            severity: 'warning',
            label: i,
            offset: 0,
          }),
        );
        break;
      }
    }
  }
  return { ok: !hasErrors(reasons), issues: [], display: reasons.length ? 'punycode' : 'unicode', reasons, unicode };
}
