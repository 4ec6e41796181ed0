// The record and the summary of `nomina check`: one record per name (its IDNA2008 verdict, reasons, fix and
// policy answers) or per line that gave no name.
import { issue, type Issue } from '@nomina/core';
import { checkDomain, toUnicode, type DomainCheck, type Profile, type Verdict } from '@nomina/idna';
import type { Collision } from '@nomina/lgr';
import type { DomainLookalike } from '@nomina/security';
import type { CsvProblem } from '../core/csv.js';
import { asIssue } from '../core/issues.js';
import type { LineProblem } from '../core/lines.js';
import { ZONE_MESSAGES, type ZoneProblem } from '../core/zone.js';

/** What the LGR says about a name's label (RFC 7940 §8): its disposition, why, and its registered variants. */
export interface LgrRecord {
  label: string;
  disposition: string;
  reason: string;
  /** Registered labels this label is a variant of, with its disposition as their variant (RFC 7940 §8.3). */
  collisions: readonly Collision[];
}

/** Why a line gave no name to check: the core's read problems, a CSV problem or a zone-file problem. */
export type LineCode = LineProblem | CsvProblem | 'CSV_MISSING_COLUMN' | ZoneProblem;

const LINE_MESSAGES: Record<LineCode, string> = {
  LINE_TOO_LONG: 'the line is longer than the reader accepts; it was skipped',
  INVALID_UTF8: 'the line is not valid UTF-8',
  NUL_BYTE: 'the line contains a NUL byte',
  CSV_MISSING_COLUMN: 'the record has no such column',
  CSV_BAD_QUOTE: 'a quoted CSV field is not closed or is followed by other text',
  CSV_RECORD_TOO_LONG: 'a quoted CSV field runs longer than the reader accepts; reading goes on at the next line',
  ...ZONE_MESSAGES,
};

export interface CheckRecord {
  /** The input file, when the run reads several sources. */
  file?: string;
  line: number;
  input: string;
  verdict: Verdict;
  ok: boolean;
  /** The IDNA2008 U-label form; null when the name is not registrable (the reasons say why). */
  uName: string | null;
  /** The IDNA2008 A-label form; null when the name is not registrable (the reasons say why). */
  aName: string | null;
  /** What UTS #46 looks up, for a lookup-only name. */
  lookupName?: string;
  transitional?: string;
  /** The one fix: what UTS #46 mapping changes, and the registrable name it gives. */
  fix?: { change: string; registrable: string };
  /** Why the name is not registrable (RFC 5891 §4), or why its line could not be read. */
  reasons: Issue[];
  /** Why UTS #46 cannot look it up either (verdict `invalid`). */
  lookupErrors: Issue[];
  /** --lgr: the LGR's answer, null for a name that failed the IDNA2008 profile (not judged). */
  lgr?: LgrRecord | null;
  /**
   * --confusables: the zone names it looks like (UTS #39 §4; offsets in its U-label form), null for a name
   * that failed the IDNA2008 profile.
   */
  lookalikes?: readonly DomainLookalike[] | null;
}

export interface Summary {
  profile: Profile;
  names: number;
  passed: number;
  failed: number;
  verdicts: Record<Verdict, number>;
  /** Names per IDNA2008 code (and per line problem). */
  codes: Record<string, number>;
  /** Names per UTS #46 status code, among the invalid ones. */
  lookupCodes: Record<string, number>;
  /** --zone: owner names passed over (wildcards, _underscore names), repeats, names past the memory bound. */
  zone?: { skipped: number; duplicates: number; unremembered: number };
  /** --lgr: names per disposition, names not judged, names colliding with --registered ones. */
  lgr?: {
    file: string;
    level: number;
    dispositions: Record<string, number>;
    notJudged: number;
    registered?: { labels: number; refused: number; colliding: number };
  };
  /** --confusables: the zone's size, its lines not indexed, and the names that look like one of it. */
  confusables?: { file: string; names: number; refused: number; lookalikes: number };
}

export function toRecord(line: number, report: DomainCheck, profile: Profile): CheckRecord {
  const registrable = report.verdict === 'registrable';
  const record: CheckRecord = {
    line,
    input: report.input,
    verdict: report.verdict,
    ok: report.ok,
    uName: registrable ? report.uName : null,
    aName: registrable ? report.aName : null,
    reasons: report.reasons.map(asIssue),
    lookupErrors: report.lookupIssues.map(asIssue),
  };
  if (report.lookupName !== undefined) record.lookupName = report.lookupName;
  if (report.deviations?.transitional !== undefined) record.transitional = report.deviations.transitional;
  if (report.verdict === 'lookup-only') {
    const fix = registrableForm(report.input, profile);
    if (fix) record.fix = fix;
  }
  return record;
}

/**
 * The registrable name UTS #46 mapping gives for a lookup-only INPUT (`ＥＸＡＭＰＬＥ.com` → `example.com`),
 * and what the mapping changed, or undefined when the mapped name is not registrable either.
 */
export function registrableForm(input: string, profile: Profile = 'registration'): CheckRecord['fix'] {
  const mapped = toUnicode(input);
  if (!mapped.ok || mapped.domain === input) return undefined;
  if (checkDomain(mapped.domain, { profile }).verdict !== 'registrable') return undefined;
  const kinds = new Set<string>();
  for (const char of input) {
    const cp = char.codePointAt(0)!;
    if (cp === 0x3002 || cp === 0xff0e || cp === 0xff61) kinds.add('ideographic or full-width full stops');
    else if ((cp >= 0xff01 && cp <= 0xff5e) || (cp >= 0xffe0 && cp <= 0xffee)) kinds.add('full-width letters');
    else if (char !== char.toLowerCase()) kinds.add('upper-case letters');
    else if (char.normalize('NFKC') !== char) kinds.add('compatibility characters');
  }
  if (kinds.size === 0) kinds.add('characters that UTS #46 maps');
  return { change: [...kinds].join(', '), registrable: mapped.domain };
}

export function lineRecord(line: number, code: LineCode, input = ''): CheckRecord {
  const reason = issue(code, LINE_MESSAGES[code]);
  return { line, input, verdict: 'invalid', ok: false, uName: null, aName: null, reasons: [reason], lookupErrors: [] };
}

export const distinctCodes = (reasons: readonly Issue[]) => new Set(reasons.map((reason) => reason.code));

export function tally(counts: Record<string, number>, reasons: readonly Issue[]): void {
  for (const code of distinctCodes(reasons)) counts[code] = (counts[code] ?? 0) + 1;
}
