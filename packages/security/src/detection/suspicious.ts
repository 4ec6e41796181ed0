// Optional detection (UTS #39 §5.4) and the whole-script look-alike check of UTS #39 §4.
//
// | UTS #39 §5.4 / §4                                                       | code                       |
// | ----------------------------------------------------------------------- | -------------------------- |
// | forbid sequences of the same nonspacing mark (in NFD)                    | NONSPACING_MARK_REPEATED   |
// | forbid sequences of more than 4 nonspacing marks (gc = Mn or Me)         | NONSPACING_MARKS_EXCESSIVE |
// | forbid invisible characters (Default_Ignorable_Code_Point)               | INVISIBLE_CHARACTER        |
// | mixed Bidi in one label: strong L with strong R/AL (as RFC 5893 §2)      | MIXED_BIDI                 |
// | Han mixed with kana/Hangul that look like Han (lookalike-sets.ts)        | HAN_KANA_LOOKALIKE         |
// | §4 whole-script confusable with Latin: a label of Cyrillic or Greek (or  | WHOLE_SCRIPT_LOOKALIKE     |
// |   other non-Latin) letters whose skeleton is all ASCII letters/digits    |                            |
import { formatCodePoint, hasErrors, issue, requireString, type Outcome } from '@nomina/core';
import { resolvedScriptSet } from '@nomina/script';
import { getBidiClass, getGeneralCategory, hasScript } from '@nomina/ucd';
import { skeletonTrie } from '../confusable/data.js';
import { skeleton } from '../confusable/skeleton.js';
import { pushCapped, tooLongIssue, type SecurityIssue, type SecurityIssueCode } from '../issues.js';
import { MAX_NONSPACING_MARKS, tooLong } from '../limits.js';
import { HAN_LOOKALIKE_HANGUL, HAN_LOOKALIKE_KANA, LABEL_SEPARATORS } from './lookalike-sets.js';

export interface Label {
  readonly text: string;
  readonly index: number;
  readonly start: number;
}

/** The labels of `text`, split at the IDNA full stops. */
export function labelsOf(text: string): Label[] {
  const out: Label[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || LABEL_SEPARATORS.includes(text[i]!)) {
      out.push({ text: text.slice(start, i), index: out.length, start });
      start = i + 1;
    }
  }
  return out;
}

const isMark = (cp: number): boolean => {
  const gc = getGeneralCategory(cp);
  return gc === 'Mn' || gc === 'Me';
};

/** UTS #39 §5.4 mark checks on one label (offsets in the label). */
function markIssues(label: Label, issues: SecurityIssue[], counts: Map<string, number>): void {
  let previous = -1;
  let run = 0;
  for (let i = 0; i < label.text.length; ) {
    const cp = label.text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    // Check the NFD of each character, so that precomposed letters count their marks (a mark itself,
    // or anything below U+00C0, is its own NFD).
    const nfd = cp < 0xc0 || isMark(cp) ? undefined : label.text.slice(i, i + width).normalize('NFD');
    for (let k = 0; k < (nfd?.length ?? 1); ) {
      const m = nfd === undefined ? cp : nfd.codePointAt(k)!;
      k += m > 0xffff ? 2 : 1;
      if (!isMark(m)) {
        previous = -1;
        run = 0;
        continue;
      }
      run++;
      if (m === previous) {
        pushCapped(issues, counts, 'NONSPACING_MARK_REPEATED', () =>
          issue('NONSPACING_MARK_REPEATED', `${formatCodePoint(m)} twice in a row (UTS #39 §5.4)`, {
            label: label.index,
            offset: i,
            codePoint: m,
          }),
        );
      }
      if (run === MAX_NONSPACING_MARKS + 1) {
        pushCapped(issues, counts, 'NONSPACING_MARKS_EXCESSIVE', () =>
          issue(
            'NONSPACING_MARKS_EXCESSIVE',
            `more than ${MAX_NONSPACING_MARKS} nonspacing marks in a row (UTS #39 §5.4)`,
            { label: label.index, offset: i, codePoint: m },
          ),
        );
      }
      previous = m;
    }
    i += width;
  }
}

/** Options of {@link detectSuspicious}. */
export interface SuspiciousOptions {
  /** Check each label for whole-script look-alikes of an ASCII Latin label (default true). */
  readonly wholeScript?: boolean;
}

/**
 * UTS #39 §5.4 optional detection on `text` (split into labels at full stops): repeated or excessive
 * nonspacing marks, invisible characters, mixed Bidi in a label, Han with look-alike kana or Hangul,
 * and (UTS #39 §4) labels that are whole-script confusable with an ASCII Latin label. The Han/kana and
 * whole-script checks are warnings; the others are errors.
 */
export function detectSuspicious(text: string, options: SuspiciousOptions = {}): Outcome<SecurityIssueCode> {
  requireString(text, 'text');
  if (tooLong(text)) return { ok: false, issues: [tooLongIssue(text)] };
  const issues: SecurityIssue[] = [];
  const ignorable = skeletonTrie();
  const counts = new Map<string, number>();
  for (const label of labelsOf(text)) {
    markIssues(label, issues, counts);
    let ltr = -1;
    let rtl = -1;
    let han = false;
    let kana = false;
    let hangul = false;
    let lookalike = -1;
    let nonAscii = false;
    for (let i = 0; i < label.text.length; ) {
      const cp = label.text.codePointAt(i)!;
      if (cp >= 0x80) nonAscii = true;
      // §5.4: invisible characters.
      if (ignorable.get(cp) === 1) {
        pushCapped(issues, counts, 'INVISIBLE_CHARACTER', () =>
          issue(
            'INVISIBLE_CHARACTER',
            `invisible character ${formatCodePoint(cp)} (Default_Ignorable_Code_Point, UTS #39 §5.4)`,
            { label: label.index, offset: i, codePoint: cp },
          ),
        );
      }
      const bc = getBidiClass(cp);
      if (bc === 'L' && ltr < 0) ltr = i;
      if ((bc === 'R' || bc === 'AL') && rtl < 0) rtl = i;
      if (hasScript(cp, 'Hani')) han = true;
      const ch = String.fromCodePoint(cp);
      if (HAN_LOOKALIKE_KANA.includes(ch) || HAN_LOOKALIKE_HANGUL.includes(ch))
        lookalike = lookalike < 0 ? i : lookalike;
      else if (hasScript(cp, 'Hira') || hasScript(cp, 'Kana')) kana = true;
      else if (hasScript(cp, 'Hang')) hangul = true;
      i += cp > 0xffff ? 2 : 1;
    }
    // §5.4: mixed Bidi in one label.
    if (ltr >= 0 && rtl >= 0) {
      pushCapped(issues, counts, 'MIXED_BIDI', () =>
        issue('MIXED_BIDI', 'left-to-right and right-to-left letters in one label (UTS #39 §5.4)', {
          label: label.index,
          offset: Math.max(ltr, rtl),
        }),
      );
    }
    // §5.4: Han with kana or Hangul that look like Han, and no other kana or Hangul.
    if (han && lookalike >= 0 && !kana && !hangul) {
      const cp = label.text.codePointAt(lookalike)!;
      pushCapped(issues, counts, 'HAN_KANA_LOOKALIKE', () =>
        issue(
          'HAN_KANA_LOOKALIKE',
          `${formatCodePoint(cp)} next to Han may pass for a Han ideograph or stroke (UTS #39 §5.4)`,
          { severity: 'warning', label: label.index, offset: lookalike, codePoint: cp },
        ),
      );
    }
    // §4: whole-script confusable with an ASCII Latin label.
    if (options.wholeScript !== false && nonAscii && label.text.length > 0) {
      const set = resolvedScriptSet(label.text);
      const latin = set.all || set.scripts.includes('Latn');
      if (!latin && set.scripts.length > 0 && /^[A-Za-z0-9-]+$/.test(skeleton(label.text))) {
        pushCapped(issues, counts, 'WHOLE_SCRIPT_LOOKALIKE', () =>
          issue(
            'WHOLE_SCRIPT_LOOKALIKE',
            `the label looks like the Latin "${skeleton(label.text)}" (whole-script confusable, UTS #39 §4)`,
            { severity: 'warning', label: label.index, offset: 0 },
          ),
        );
      }
    }
  }
  return { ok: !hasErrors(issues), issues };
}
