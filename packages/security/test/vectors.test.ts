// Cases written from the text of UTS #39 (test-vectors/security/uts39.json), each named by its section.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ownVector } from '../../../test-vectors/locate.js';
import {
  areConfusable,
  bidiSkeleton,
  identifierProfile,
  identifierStatus,
  identifierType,
  type ParagraphDirection,
} from '../src/index.js';

interface Vectors {
  skeleton: { id: string; a: string; b: string; confusable: boolean; kind: string | null }[];
  bidiSkeleton: { id: string; a: string; b: string; direction: ParagraphDirection; equal: boolean }[];
  identifier: { id: string; codePoint: string; status: string; type: string[] }[];
  profile: { id: string; text: string; ok: boolean; codes: string[]; level: string }[];
}
const vectors: Vectors = JSON.parse(readFileSync(ownVector('security/uts39.json'), 'utf8'));

describe('UTS #39 §4 confusables (uts39.json)', () => {
  test.each(vectors.skeleton)('$id', (c) => {
    const r = areConfusable(c.a, c.b);
    expect(r.ok).toBe(true);
    expect(r.confusable).toBe(c.confusable);
    expect(r.kind).toBe(c.kind);
    expect(areConfusable(c.b, c.a).kind).toBe(c.kind); // symmetric
  });
  test.each(vectors.bidiSkeleton)('$id', (c) => {
    expect(bidiSkeleton(c.a, c.direction) === bidiSkeleton(c.b, c.direction)).toBe(c.equal);
    expect(areConfusable(c.a, c.b, { direction: c.direction }).confusable).toBe(c.equal);
  });
});

describe('UTS #39 §3.1 identifier status and type (uts39.json)', () => {
  test.each(vectors.identifier)('$id', (c) => {
    const cp = parseInt(c.codePoint, 16);
    expect(identifierStatus(cp)).toBe(c.status);
    expect(identifierType(cp)).toEqual(c.type);
  });
});

describe('UTS #39 §3.1, §5.2–5.4 identifier profile (uts39.json)', () => {
  test.each(vectors.profile)('$id', (c) => {
    const r = identifierProfile(c.text);
    expect(r.ok).toBe(c.ok);
    expect([...new Set(r.issues.map((i) => i.code))]).toEqual(c.codes);
    expect(r.restrictionLevel).toBe(c.level);
  });
});
