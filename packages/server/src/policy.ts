// The registry's own policies on top of IDNA2008, built once at start from their files: RFC 7940 LGRs
// (disposition and variants of the registered label, variant collisions with the zone) and UTS #39
// look-alikes of the zone's names. The same rules as `nomina check --lgr --registered --confusables`.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { unicodeName } from '@nomina/idna';
import { CollisionIndex, registeredLabel, usableLgr, type Lgr } from '@nomina/lgr';
import { createSkeletonIndex, type SkeletonIndex } from '@nomina/security';

export interface LoadedLgr {
  readonly lgr: Lgr;
  /** The zone's labels under this LGR (RFC 7940 §8.5 collisions); absent without a zone. */
  readonly registered?: CollisionIndex;
}

export interface Policy {
  /** LGRs by name (the file name without `.xml`); the first is the default. */
  readonly lgrs: ReadonlyMap<string, LoadedLgr>;
  /** Which label an LGR judges: the LEVELth from the right. */
  readonly level: number;
  /** The zone's names by UTS #39 skeleton; absent without a zone. */
  readonly zone?: SkeletonIndex;
  /** Names of the zone file that could not be indexed. */
  readonly refused: number;
}

/** Reads the LGR files and the zone; an LGR with errors throws, naming the file and its first issues. */
export async function loadPolicy(files: { lgr?: readonly string[]; level?: number; zone?: string }): Promise<Policy> {
  const level = files.level ?? 2;
  const names = files.zone === undefined ? [] : zoneNames(await readFile(files.zone, 'utf8'));
  const lgrs = new Map<string, LoadedLgr>();
  let refused = 0;
  for (const path of files.lgr ?? []) {
    const { lgr, error } = usableLgr(await readFile(path, 'utf8'));
    if (error !== undefined) throw new Error(`${path}: ${error}`);
    let registered: CollisionIndex | undefined;
    if (files.zone !== undefined) {
      registered = new CollisionIndex(lgr);
      for (const name of names) if (!registered.add(registeredLabel(name, level)).ok) refused++;
    }
    lgrs.set(basename(path).replace(/\.xml$/i, ''), registered ? { lgr, registered } : { lgr });
  }
  let zone: SkeletonIndex | undefined;
  if (files.zone !== undefined) {
    zone = createSkeletonIndex();
    for (const name of names) if (!zone.add(name).ok) refused++;
  }
  return zone ? { lgrs, level, zone, refused } : { lgrs, level, refused };
}

/** The names of a zone list (one a line; blank lines and # comments skipped) in their Unicode form. */
function zoneNames(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim();
    if (name !== '' && !name.startsWith('#')) names.push(unicodeName(name));
  }
  return names;
}
