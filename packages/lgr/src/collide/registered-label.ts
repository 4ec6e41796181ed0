// Which label of a domain name an LGR judges: a registry's LGR applies to the labels it delegates (the
// second-level label under a TLD, the TLD itself in the root zone), not to the whole name.
import { requireString } from '@nomina/core';

/**
 * The label an LGR judges in `name`: the `level`th label from the right (1 for a TLD, 2 for a name under
 * a TLD: `example` in `www.example.com`), or the first label of a shorter name. The root's final dot is
 * not a label. Linear in the name.
 */
export function registeredLabel(name: string, level: number): string {
  requireString(name, 'name');
  if (!Number.isInteger(level) || level < 1) throw new RangeError(`level must be an integer ≥ 1, got ${String(level)}`);
  const labels = (name.endsWith('.') ? name.slice(0, -1) : name).split('.');
  return labels[Math.max(0, labels.length - level)]!;
}
