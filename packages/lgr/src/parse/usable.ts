// An LGR fit to judge labels: one that parses with no error issue. The CLI and the server load their
// LGR files through it, so both refuse the same documents with the same words.
import type { Lgr } from '../model.js';
import { parseLgr } from './lgr.js';

/** How many of a refused document's errors `usableLgr` names. */
const ERRORS_SHOWN = 3;

/**
 * The LGR of an RFC 7940 document that parses with no error issue (`{ lgr }`), else why not (`{ error }`:
 * `not a usable RFC 7940 LGR: ` and its first three errors as `CODE message`, joined by `; `).
 */
export function usableLgr(xml: string): { lgr: Lgr; error?: undefined } | { lgr?: undefined; error: string } {
  const { lgr, issues } = parseLgr(xml);
  const errors = issues.filter((i) => i.severity === 'error');
  if (lgr && errors.length === 0) return { lgr };
  const shown = errors.slice(0, ERRORS_SHOWN).map((i) => `${i.code} ${i.message}`);
  return { error: `not a usable RFC 7940 LGR: ${shown.join('; ')}` };
}
