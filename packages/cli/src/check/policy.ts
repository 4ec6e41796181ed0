// `nomina check --lgr --registered --confusables`: the registry's policies, built once, applied to each name.
import { unicodeName } from '@nomina/idna';
import { CollisionIndex, REFUSED_DISPOSITIONS, registeredLabel, type Lgr } from '@nomina/lgr';
import { createSkeletonIndex, domainLookalikes, LDH_FOLDING, type SkeletonIndex } from '@nomina/security';
import { indexLines, trimBlanks } from '../core/input.js';
import type { IO } from '../core/io.js';
import { lgrChecker, loadLgr, type LgrVerdict } from '../commands/lgr.js';
import type { CheckRecord, Summary } from './record.js';

/**
 * The registry's own policies on top of IDNA2008, each built once from its file: an LGR (RFC 7940) with the
 * collision index of the registered labels, and a skeleton index (UTS #39) of an existing zone.
 */
export interface RegistryPolicy {
  lgr?: {
    file: string;
    lgr: Lgr;
    /** The label judged: the Nth from the right (a shorter name: its first label). */
    level: number;
    /** --registered: the registered labels, by RFC 7940 §8.5 index label. */
    registered?: CollisionIndex;
    /** The LGR's verdict on one label (`lgrChecker`), collisions with `registered` (itself left out) included. */
    check: (label: string) => LgrVerdict;
    /** --registered: lines whose label the LGR does not make eligible (not indexed), or unreadable. */
    refused: number;
  };
  confusables?: {
    file: string;
    index: SkeletonIndex;
    /** Lines of NAMES that could not be indexed (unreadable, too long). */
    refused: number;
  };
}

/**
 * Applies the registry policies to a record whose name passed the IDNA2008 profile; U_NAME is its U-label
 * form. Names that failed it get null: they are refused already, and an LGR judges IDNA2008 U-labels only.
 */
export function applyPolicy(record: CheckRecord, uName: string | null, policy: RegistryPolicy): void {
  const { lgr, confusables } = policy;
  if (lgr) {
    if (uName === null) record.lgr = null;
    else {
      const label = registeredLabel(uName, lgr.level);
      const { disposition, reason, collisions } = lgr.check(label);
      record.lgr = { label, disposition, reason, collisions };
      if (REFUSED_DISPOSITIONS.includes(disposition) || collisions.length > 0) record.ok = false;
    }
  }
  if (confusables) {
    if (uName === null) record.lookalikes = null;
    else {
      record.lookalikes = domainLookalikes(confusables.index, unicodeName(uName)).matches;
      if (record.lookalikes.length > 0) record.ok = false;
    }
  }
}

/** Counts a record's policy results into the summary. */
export function tallyPolicy(summary: Summary, record: CheckRecord): void {
  if (summary.lgr) {
    if (record.lgr) {
      const { dispositions, registered } = summary.lgr;
      dispositions[record.lgr.disposition] = (dispositions[record.lgr.disposition] ?? 0) + 1;
      if (registered && record.lgr.collisions.length > 0) registered.colliding++;
    } else summary.lgr.notJudged++;
  }
  if (summary.confusables && record.lookalikes?.length) summary.confusables.lookalikes++;
}

/** Builds the indexes of the policies from their files, once, before any name is checked. */
export async function registryPolicy(
  files: { lgr?: string; level?: number; registered?: string; confusables?: string; fold?: boolean },
  io: IO,
  quiet?: boolean,
): Promise<RegistryPolicy> {
  const policy: RegistryPolicy = {};
  const indexed = { unit: 'indexed names', quiet };
  /** The name on a line of a NAMES file, in the form both indexes compare. */
  const name = (text: string) => unicodeName(trimBlanks(text));
  if (files.lgr !== undefined) {
    const lgr = await loadLgr(files.lgr);
    const level = files.level ?? 2;
    let refused = 0;
    let registered: CollisionIndex | undefined;
    if (files.registered !== undefined) {
      const index = new CollisionIndex(lgr);
      refused = await indexLines(
        files.registered,
        io,
        indexed,
        (text) => index.add(registeredLabel(name(text), level)).ok,
      );
      registered = index;
    }
    policy.lgr = { file: files.lgr, lgr, level, refused, registered, check: lgrChecker(lgr, registered) };
  }
  if (files.confusables !== undefined) {
    const index = createSkeletonIndex(files.fold ? { fold: LDH_FOLDING } : {});
    const refused = await indexLines(files.confusables, io, indexed, (text) => index.add(name(text)).ok);
    policy.confusables = { file: files.confusables, index, refused };
  }
  return policy;
}
