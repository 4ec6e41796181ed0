// The identifier profile of a string (UTS #39 §3.1 General Security Profile, §5.2 restriction level,
// §5.3 mixed numbers, §5.4 optional detection) in one result.
//
// | Check                                                         | code                     | severity |
// | ------------------------------------------------------------- | ------------------------ | -------- |
// | §3.1 every code point Identifier_Status = Allowed             | RESTRICTED_CHARACTER     | error    |
// | §5.2 restriction level at most `level`                        | RESTRICTION_LEVEL        | error    |
// | §5.3 one decimal system                                       | MIXED_NUMBERS            | error    |
// | §5.4 optional detection (`detectSuspicious`), if `optional`   | see detection/suspicious | as there |
import { formatCodePoint, hasErrors, issue, requireOption, requireString, type Outcome } from '@nomina/core';
import {
  RESTRICTION_LEVELS,
  resolvedScriptSet,
  restrictionLevel,
  type ResolvedScriptSet,
  type RestrictionLevel,
} from '@nomina/script';
import { detectMixedNumbers } from '../detection/numbers.js';
import { detectSuspicious } from '../detection/suspicious.js';
import { pushCapped, tooLongIssue, type SecurityIssue, type SecurityIssueCode } from '../issues.js';
import { MAX_ISSUES_PER_CODE, tooLong } from '../limits.js';
import { identifierType, inGeneralSecurityProfile, type IdentifierType } from './status.js';

export interface IdentifierProfileOptions {
  /** Least restrictive UTS #39 §5.2 level accepted (default `'moderately-restrictive'`, UTS #39's advice for identifiers). */
  readonly level?: RestrictionLevel;
  /** Run the UTS #39 §5.4 optional detection too (default true). */
  readonly optional?: boolean;
}

/** A code point outside the General Security Profile, and why (its Identifier_Type). */
export interface RestrictedCodePoint {
  readonly offset: number;
  readonly codePoint: number;
  readonly types: readonly IdentifierType[];
}

export interface IdentifierProfile extends Outcome<SecurityIssueCode> {
  /** The code points whose Identifier_Status is Restricted (UTS #39 §3.1), with their types: the first MAX_ISSUES_PER_CODE. */
  readonly restricted: readonly RestrictedCodePoint[];
  /** How many code points are Restricted. */
  readonly restrictedCount: number;
  /** UTS #39 §5.2 restriction level, with the General Security Profile as identifier profile. */
  readonly restrictionLevel: RestrictionLevel;
  /** UTS #39 §5.1 resolved script set. */
  readonly resolved: ResolvedScriptSet;
  /** Zeros of the decimal systems of the digits (UTS #39 §5.3). */
  readonly numberingSystems: readonly number[];
}

/**
 * Checks `text` against the UTS #39 General Security Profile (§3.1), a restriction level (§5.2), mixed
 * numbers (§5.3) and, by default, the optional detection of §5.4. Every problem is an issue; never throws
 * on a string.
 */
export function identifierProfile(text: string, options: IdentifierProfileOptions = {}): IdentifierProfile {
  requireString(text, 'text');
  const level = options.level ?? 'moderately-restrictive';
  requireOption(level, RESTRICTION_LEVELS, 'level');
  if (tooLong(text)) {
    return {
      ok: false,
      issues: [tooLongIssue(text)],
      restricted: [],
      restrictedCount: 0,
      restrictionLevel: 'unrestricted',
      resolved: { all: false, scripts: [] },
      numberingSystems: [],
    };
  }
  const issues: SecurityIssue[] = [];
  const restricted: RestrictedCodePoint[] = [];
  const counts = new Map<string, number>();
  let restrictedCount = 0;
  // §3.1: every code point must have Identifier_Status Allowed.
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (!inGeneralSecurityProfile(cp) && ++restrictedCount <= MAX_ISSUES_PER_CODE) {
      const types = identifierType(cp);
      restricted.push({ offset: i, codePoint: cp, types });
      pushCapped(issues, counts, 'RESTRICTED_CHARACTER', () =>
        issue(
          'RESTRICTED_CHARACTER',
          `${formatCodePoint(cp)} is Restricted (Identifier_Type ${types.join(', ')}; UTS #39 §3.1)`,
          { offset: i, codePoint: cp },
        ),
      );
    }
    i += cp > 0xffff ? 2 : 1;
  }
  // §5.2: restriction level, with the General Security Profile as the identifier profile.
  const found = restrictionLevel(text, { inProfile: inGeneralSecurityProfile });
  if (RESTRICTION_LEVELS.indexOf(found) > RESTRICTION_LEVELS.indexOf(level)) {
    issues.push(
      issue('RESTRICTION_LEVEL', `restriction level ${found} is less restrictive than ${level} (UTS #39 §5.2)`),
    );
  }
  // §5.3: mixed numbers.
  const numbers = detectMixedNumbers(text);
  issues.push(...numbers.issues);
  // §5.4: optional detection.
  if (options.optional !== false) issues.push(...detectSuspicious(text).issues);
  return {
    ok: !hasErrors(issues),
    issues,
    restricted,
    restrictedCount,
    restrictionLevel: found,
    resolved: resolvedScriptSet(text),
    numberingSystems: numbers.systems,
  };
}
