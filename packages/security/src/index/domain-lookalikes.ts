// The look-alikes of a domain name among a zone's: the question a registry asks of a name to register
// (`nomina check --confusables`, the server's /v1/check and /v1/lookalikes).
import type { Outcome } from '@nomina/core';
import { domainConfusableKind } from '../confusable/are-confusable.js';
import type { SecurityIssueCode } from '../issues.js';
import type { SkeletonIndex, SkeletonMatch } from './skeleton-index.js';

/**
 * An indexed name that looks like the domain name looked up: a `SkeletonMatch` without its id, `kind`
 * judged as domain names (`domainConfusableKind`: on the labels where the names differ).
 */
export type DomainLookalike = Pick<SkeletonMatch, 'name' | 'kind' | 'offsets'>;

export interface DomainLookalikes extends Outcome<SecurityIssueCode> {
  readonly matches: readonly DomainLookalike[];
}

/**
 * The names of INDEX confusable with the domain NAME (UTS #39 §4 skeletons), NAME itself left out (its
 * own entry in the zone is no look-alike), each with its kind as domain names and its differing offsets.
 * Pass NAME in the form the index holds (e.g. `unicodeName` of @nomina/idna).
 */
export function domainLookalikes(index: SkeletonIndex, name: string): DomainLookalikes {
  const found = index.lookup(name);
  const matches = found.matches
    .filter((m) => m.name !== name)
    .map((m) => ({ name: m.name, kind: domainConfusableKind(name, m.name), offsets: m.offsets }));
  return { ok: found.ok, issues: found.issues, matches };
}
