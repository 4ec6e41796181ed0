// What a registry asks of a name: may it be registered (RFC 5891 §4), can it at least be looked up
// (UTS #46), and why not — with the U-label and A-label forms, the scripts, the Bidi direction and the
// IDNA2008 property of every code point.
//
// | verdict       | meaning                                                                               |
// |---------------|---------------------------------------------------------------------------------------|
// | `registrable` | every RFC 5891 §4 registration check passes (valid IDNA2008, RFC 5890–5893)           |
// | `lookup-only` | not registrable, but UTS #46 ToASCII with its strict defaults (nontransitional,       |
// |               | CheckHyphens, CheckBidi, CheckJoiners, UseSTD3ASCIIRules, VerifyDnsLength) resolves   |
// |               | it: emoji and symbols (NV8/XV8), mapped forms (upper case, full-width, ideographic    |
// |               | full stop), failed CONTEXTO rules                                                     |
// | `invalid`     | neither                                                                               |
//
// `ok` answers the chosen profile: `registration` (RFC 5891 §4, the default) or `lookup` (RFC 5891 §5.4).
// The verdict does not depend on the profile.
import { IdnaAssertionError, idnaError, type IdnaIssue } from '../errors.js';
import { MAX_DOMAIN_OCTETS, MAX_INPUT_LENGTH } from '../limits.js';
import { checkBidiRule, isRtlLabel } from '../rules/bidi.js';
import { isPassThrough } from '../uts46/fast-path.js';
import { DEFAULT_OPTIONS } from '../uts46/options.js';
import { toASCII } from '../uts46/to-ascii.js';
import { scriptsOf } from '@nomina/script';
import {
  appliesToLookup,
  checkLabel,
  codePointProperties,
  type CheckedLabel,
  type LabelKind,
  type Profile,
} from './label.js';
import type { Idna2008Property } from './property.js';

export type Verdict = 'registrable' | 'lookup-only' | 'invalid';

export interface InspectOptions {
  /** Which checks decide `ok` and fill `issues`: RFC 5891 §4 (default) or §5.4. */
  profile?: Profile;
}

export interface LabelReport {
  /** The label as given. */
  input: string;
  kind: LabelKind;
  /** Unicode form (decoded A-label, lower-cased LDH label, or the input). */
  uLabel: string;
  /** ASCII form (`xn--…` for non-ASCII labels); `''` when it cannot be computed. */
  aLabel: string;
  /** No issue under the profile. */
  ok: boolean;
  /** Problems under the profile (offsets in `uLabel`). */
  issues: IdnaIssue[];
  /** ISO 15924 codes of the scripts of the label's script runs (UAX #24; Common and Inherited left out). */
  scripts: string[];
  /** RFC 5893 §1.4: `rtl` when the label holds an R, AL or AN character. */
  direction: 'ltr' | 'rtl';
  /** RFC 5892 derived property of every code point of `uLabel`. */
  codePoints: { codePoint: number; property: Idna2008Property }[];
}

/** A deviation character (UTS #46 §6: ß, ς, ZWNJ, ZWJ) found in the name. */
export interface DeviationCharacter {
  label: number;
  offset: number;
  codePoint: number;
}

export interface Deviations {
  characters: DeviationCharacter[];
  /** The A-label form IDNA2008 and nontransitional UTS #46 give (e.g. `xn--fa-hia.de`). */
  nontransitional: string | undefined;
  /** The form transitional (IDNA2003-compatible) processing gives (e.g. `fass.de`), when it succeeds. */
  transitional: string | undefined;
}

/** What `checkDomain` returns: the verdict and its reasons, without the per-label details. */
export interface DomainCheck {
  input: string;
  profile: Profile;
  verdict: Verdict;
  /** No issue under the profile. */
  ok: boolean;
  /** Unicode form of the name (labels as in `labels[i].uLabel`). */
  uName: string;
  /** ASCII form of the name (labels as in `labels[i].aLabel`). */
  aName: string;
  /** Problems under the profile, label by label, then those of the whole name. */
  issues: IdnaIssue[];
  /** Why the name is not registrable: every RFC 5891 §4 problem, whatever the profile; empty when registrable. */
  reasons: IdnaIssue[];
  /** Why UTS #46 cannot look the name up (its status codes: V3, P1, B1…); empty unless the verdict is `invalid`. */
  lookupIssues: IdnaIssue[];
  /** @deprecated Use `lookupIssues` (the same array). */
  lookupErrors: IdnaIssue[];
  /** RFC 5893 §1.4: some label is an RTL label, so every label must satisfy the Bidi rule. */
  bidiDomain: boolean;
  /** What UTS #46 ToASCII looks up, when the verdict is `lookup-only`. */
  lookupName?: string;
  /** Present when the name holds a deviation character: the two A-label forms side by side. */
  deviations?: Deviations;
}

/** What `inspectDomain` returns: `checkDomain`'s answer and a report on every label. */
export interface DomainReport extends DomainCheck {
  labels: LabelReport[];
}

/** UTS #46 §6 deviation characters: ß, ς, ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER. */
const DEVIATIONS = new Set([0x00df, 0x03c2, 0x200c, 0x200d]);

function profileOf(options: InspectOptions): Profile {
  const profile = options.profile ?? 'registration';
  if (profile !== 'registration' && profile !== 'lookup')
    throw new TypeError(`profile must be 'registration' or 'lookup', got ${String(profile)}`);
  return profile;
}

function forProfile(issues: IdnaIssue[], profile: Profile): IdnaIssue[] {
  return profile === 'registration' ? issues : issues.filter((issue) => appliesToLookup(issue.code));
}

function bidiIssues(label: CheckedLabel, index: number): IdnaIssue[] {
  return checkBidiRule(label.uLabel).map((v) =>
    idnaError(
      `BIDI:${v.condition}`,
      `the label breaks condition ${v.condition} of the Bidi rule (RFC 5893 §2)`,
      index,
      v.offset,
      v.codePoint,
    ),
  );
}

function labelReport(input: string, checked: CheckedLabel, issues: IdnaIssue[], profile: Profile): LabelReport {
  const own = forProfile(issues, profile);
  return {
    input,
    kind: checked.kind,
    uLabel: checked.uLabel,
    aLabel: checked.aLabel,
    ok: own.length === 0,
    issues: own,
    scripts: scriptsOf(checked.uLabel),
    direction: isRtlLabel(checked.uLabel) ? 'rtl' : 'ltr',
    codePoints: codePointProperties(checked.uLabel),
  };
}

function tooLongInput(kind: string, length: number): IdnaIssue {
  return idnaError(
    'INPUT_TOO_LONG',
    `${kind} of ${length} UTF-16 code units (the limit is MAX_INPUT_LENGTH = ${MAX_INPUT_LENGTH})`,
  );
}

/**
 * Inspects one label (no dots) on its own: RFC 5891 §4 or §5.4 checks, and the Bidi rule when the label
 * is an RTL label (a label alone is its own domain name, RFC 5893 §1.4).
 */
export function inspectLabel(label: string, options: InspectOptions = {}): LabelReport {
  if (typeof label !== 'string') throw new TypeError('inspectLabel expects a string');
  const profile = profileOf(options);
  if (label.length > MAX_INPUT_LENGTH) {
    const issue = tooLongInput('label', label.length);
    return {
      input: label,
      kind: 'u-label',
      uLabel: '',
      aLabel: '',
      ok: false,
      issues: [issue],
      scripts: [],
      direction: 'ltr',
      codePoints: [],
    };
  }
  const checked = checkLabel(label, 0);
  const issues = isRtlLabel(checked.uLabel) ? [...checked.issues, ...bidiIssues(checked, 0)] : checked.issues;
  return labelReport(label, checked, issues, profile);
}

/**
 * Inspects a U-label and an A-label received together (RFC 5891 §4.2.1): the A-label must be valid, and
 * it must decode to exactly the U-label, which must encode to exactly the A-label (`U_A_MISMATCH`).
 */
export function inspectLabelPair(uLabel: string, aLabel: string, options: InspectOptions = {}): LabelReport {
  if (typeof uLabel !== 'string' || typeof aLabel !== 'string')
    throw new TypeError('inspectLabelPair expects two strings');
  const fromA = inspectLabel(aLabel, options);
  if (fromA.issues.some((issue) => issue.code === 'INPUT_TOO_LONG')) return fromA;
  // The A-label path already checked that the decoded U-label encodes back to the A-label.
  if (fromA.kind === 'a-label' && fromA.uLabel === uLabel) return fromA;
  const why =
    fromA.kind === 'a-label'
      ? `the A-label decodes to ${JSON.stringify(fromA.uLabel)}, not to the U-label given`
      : `${JSON.stringify(aLabel)} is not an A-label ("xn--" and Punycode, RFC 5890 §2.3.2.1), so it cannot match the U-label`;
  const mismatch = idnaError('U_A_MISMATCH', `${why} (RFC 5891 §4.2.1)`, 0);
  const fromU = uLabel.length > MAX_INPUT_LENGTH ? [] : inspectLabel(uLabel, options).issues;
  const issues = [...fromA.issues, mismatch, ...fromU];
  return { ...fromA, ok: false, issues };
}

/**
 * Checks a domain name as a registry receives it: every label (LDH, A-label or U-label, separated by
 * U+002E FULL STOP only; one trailing dot for the root is allowed), the Bidi rule over the whole name,
 * the length of the name, then the three-way verdict. Never throws for a string. `inspectDomain` adds
 * the per-label details; this is the fast path for batch checks.
 */
export function checkDomain(name: string, options: InspectOptions = {}): DomainCheck {
  // Fast path: a lower-case LDH name that UTS #46 passes through unchanged (labels of 1..63 letters, digits
  // and inner hyphens, none with "--" in positions 3-4, at most 253 octets) is registrable as it is.
  if (typeof name === 'string' && isPassThrough(name, DEFAULT_OPTIONS, true)) {
    const profile = profileOf(options);
    const none: IdnaIssue[] = [];
    return {
      input: name,
      profile,
      verdict: 'registrable',
      ok: true,
      uName: name,
      aName: name,
      issues: [],
      reasons: [],
      lookupIssues: none,
      lookupErrors: none,
      bidiDomain: false,
    };
  }
  return evaluate(name, options, 'checkDomain').check;
}

/** `checkDomain` plus a report on every label: forms, issues, scripts, direction, code point properties. */
export function inspectDomain(name: string, options: InspectOptions = {}): DomainReport {
  const { check, inputs, checked, labelIssues } = evaluate(name, options, 'inspectDomain');
  const labels = checked.map((label, index) => labelReport(inputs[index]!, label, labelIssues[index]!, check.profile));
  return { ...check, labels };
}

interface Evaluation {
  check: DomainCheck;
  inputs: string[];
  checked: CheckedLabel[];
  /** Registration issues of each label (Bidi rule included). */
  labelIssues: IdnaIssue[][];
}

function evaluate(name: string, options: InspectOptions, caller: string): Evaluation {
  if (typeof name !== 'string') throw new TypeError(`${caller} expects a string`);
  const profile = profileOf(options);
  // Limits first: nothing else is looked at in an over-long input.
  if (name.length > MAX_INPUT_LENGTH) {
    const issue = tooLongInput('domain name', name.length);
    const none: IdnaIssue[] = [];
    const check: DomainCheck = {
      input: name,
      profile,
      verdict: 'invalid',
      ok: false,
      uName: '',
      aName: '',
      issues: [issue],
      reasons: [issue],
      lookupIssues: none,
      lookupErrors: none,
      bidiDomain: false,
    };
    return { check, inputs: [], checked: [], labelIssues: [] };
  }
  const rooted = name.length > 1 && name.endsWith('.');
  const inputs = (rooted ? name.slice(0, -1) : name).split('.');
  const checked = inputs.map((label, index) => checkLabel(label, index));
  // RFC 5893 §2: in a Bidi domain name every label satisfies the Bidi rule.
  const bidiDomain = checked.some((label) => isRtlLabel(label.uLabel));
  const labelIssues = checked.map((label, index) =>
    bidiDomain ? [...label.issues, ...bidiIssues(label, index)] : label.issues,
  );
  const root = rooted ? '.' : '';
  const uName = checked.map((label) => label.uLabel).join('.') + root;
  const aName = checked.map((label) => label.aLabel).join('.') + root;
  const all = labelIssues.flat();
  const octets = aName.length - root.length;
  // RFC 1034 §3.1, RFC 5890 §2.3.2.1 (via RFC 1035 §2.3.4): at most 253 octets without the root dot.
  if (octets > MAX_DOMAIN_OCTETS && checked.every((label) => label.aLabel !== '')) {
    all.push(idnaError('DOMAIN_TOO_LONG', `name of ${octets} octets in ASCII form (at most ${MAX_DOMAIN_OCTETS})`));
  }
  const issues = forProfile(all, profile);
  const none: IdnaIssue[] = [];
  const check: DomainCheck = {
    input: name,
    profile,
    verdict: 'registrable',
    ok: issues.length === 0,
    uName,
    aName,
    issues,
    reasons: all,
    lookupIssues: none,
    lookupErrors: none,
    bidiDomain,
  };

  if (all.length > 0) {
    const lookup = toASCII(name);
    if (lookup.ok) {
      check.verdict = 'lookup-only';
      check.lookupName = lookup.value;
    } else {
      check.verdict = 'invalid';
      check.lookupIssues = check.lookupErrors = [...lookup.issues];
    }
  }
  const characters = deviationCharacters(checked);
  if (characters.length > 0) {
    // From the Unicode form, so that an A-label holding ß (`xn--zca`) shows its transitional twin too
    // (UTS #46 never remaps the labels it decodes from Punycode).
    const transitional = toASCII(uName, { transitionalProcessing: true });
    check.deviations = {
      characters,
      nontransitional: check.verdict === 'registrable' ? aName : check.lookupName,
      transitional: transitional.ok ? transitional.value : undefined,
    };
  }
  return { check, inputs, checked, labelIssues };
}

function deviationCharacters(labels: CheckedLabel[]): DeviationCharacter[] {
  const found: DeviationCharacter[] = [];
  labels.forEach(({ uLabel }, label) => {
    for (let offset = 0; offset < uLabel.length; offset++) {
      const codePoint = uLabel.charCodeAt(offset);
      if (codePoint >= 0xdf && DEVIATIONS.has(codePoint)) found.push({ label, offset, codePoint });
    }
  });
  return found;
}

/** Throws `IdnaAssertionError` (its `code` is the first reason) unless NAME is registrable; returns its report. */
export function assertRegistrable(name: string): DomainCheck {
  const report = checkDomain(name);
  if (report.reasons.length > 0) throw new IdnaAssertionError(report.reasons, name);
  return report;
}
