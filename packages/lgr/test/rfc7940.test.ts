// The project's own vectors written from RFC 7940 (test-vectors/lgr/rfc7940.json): each case names the
// section it reads, and gives a small LGR with labels, dispositions, reasons, variants, estimates and
// §8.5 index labels.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ownVector } from '../../../test-vectors/locate.js';
import { indexLabel, parseLgr, validateLabel, variantOf } from '../src/index.js';

interface LabelCase {
  label: string;
  disposition: string;
  reason?: string;
  estimate?: number;
  variants?: Record<string, string>;
  index?: string;
}
interface Case {
  id: string;
  section: string;
  note: string;
  lgr: string;
  labels: LabelCase[];
}

const { cases } = JSON.parse(readFileSync(ownVector('lgr/rfc7940.json'), 'utf8')) as { cases: Case[] };

describe('rfc7940.json', () => {
  for (const c of cases) {
    describe(`${c.id} (RFC 7940 ${c.section})`, () => {
      const parsed = parseLgr(c.lgr);
      test('parses without issues', () => {
        expect(parsed.issues).toEqual([]);
      });
      test.each(c.labels)('$label → $disposition', (l) => {
        const r = validateLabel(parsed.lgr!, l.label);
        expect(r.disposition).toBe(l.disposition);
        expect(r.ok).toBe(l.disposition !== 'invalid');
        if (l.reason) expect(r.reason.kind).toBe(l.reason);
        if (l.estimate !== undefined) expect(r.estimate).toBe(l.estimate);
        if (l.variants) {
          expect(Object.fromEntries(r.variants.map((v) => [v.label, v.disposition]))).toEqual(l.variants);
          expect(r.variantCount).toBe(Object.keys(l.variants).length);
          // variantOf finds each one without enumerating, with the same disposition.
          for (const v of r.variants)
            expect(variantOf(parsed.lgr!, l.label, v.label)).toMatchObject({
              isVariant: true,
              disposition: v.disposition,
            });
        }
        if (l.index !== undefined) expect(indexLabel(parsed.lgr!, l.label).value).toBe(l.index);
      });
    });
  }
});
