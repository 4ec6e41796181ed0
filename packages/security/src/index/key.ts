// The key under which a name is indexed: its UTS #39 §4 skeleton, label by label (the IDNA full stops
// all become "."), then an optional LDH folding that a registry chooses.
import { skeleton } from '../confusable/skeleton.js';

/** A registry's extra folding of skeletons: [from, to] replacements applied in order. */
export type LdhFolding = readonly (readonly [string, string])[];

/**
 * A folding of ASCII look-alikes that the skeleton keeps apart (confusables.txt already maps m → rn,
 * 1 → l, I → l, 0 → O): `O`/`o` (so that `g00gle` meets `google`), `vv`/`w`, `cl`/`d`. Off by default;
 * pass it (or your own) as `fold`.
 */
export const LDH_FOLDING: LdhFolding = [
  ['O', 'o'],
  ['vv', 'w'],
  ['cl', 'd'],
];

const SEPARATORS = /[。．｡]/g;

/** The index key of `name`: skeleton of each label joined by ".", then `fold`. */
export function indexKey(name: string, fold: LdhFolding | undefined): string {
  let key = skeleton(name.replace(SEPARATORS, '.'));
  if (fold) for (const [from, to] of fold) key = key.split(from).join(to);
  return key;
}
