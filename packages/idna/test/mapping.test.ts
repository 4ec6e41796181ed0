// The UTS #46 mapping data: derived from the UCD (scripts/gen-mapping.ts), it must equal the published
// IdnaMappingTable.txt for every code point (status and mapping), and the checked-in data must be exactly
// what the generator produces today.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test as propTest } from '@fast-check/vitest';
import { beforeAll, describe, expect, test } from 'vitest';
import { sharedVector } from '../../../test-vectors/locate.js';
import {
  deriveMappingTable,
  generateMappingModule,
  loadSources,
  UNICODE_VERSION,
  type Entry,
  type Sources,
} from '../scripts/gen-mapping.js';
import { UTS46_VERSION, uts46Mapping } from '../src/index.js';
import { readNumbers, unzigzag, writeNumbers, zigzag } from '../src/mapping/format.js';

const here = dirname(fileURLToPath(import.meta.url));
const path = sharedVector('unicode/idna/IdnaMappingTable.txt');

let sources: Sources;
let derived: Entry[];
beforeAll(async () => {
  sources = await loadSources();
  derived = deriveMappingTable(sources);
});

/** Status and mapping of every code point in the published file (the IDNA2008 column is not used). */
function published(text: string): { status: string; mapping: string }[] {
  const out = new Array<{ status: string; mapping: string }>(0x110000);
  for (const line of text.split('\n')) {
    const body = line.replace(/#.*$/, '').trim();
    if (!body) continue;
    const [range, status, mapping] = body.split(';').map((f) => f.trim());
    const [first, last] = range!.split('..').map((h) => parseInt(h, 16));
    const value = mapping ? String.fromCodePoint(...mapping.split(' ').map((h) => parseInt(h, 16))) : '';
    for (let cp = first!; cp <= (last ?? first!); cp++) out[cp] = { status: status!, mapping: value };
  }
  return out;
}

(path ? describe : describe.skip)('IdnaMappingTable.txt', () => {
  const text = path ? readFileSync(path, 'utf8') : '';
  test('is the version the data claims', () => {
    expect(text).toContain(`# Version: ${UTS46_VERSION}`);
    expect(UNICODE_VERSION).toBe(UTS46_VERSION);
  });
  test('has no disallowed_STD3_* status any more (since 15.1)', () => {
    expect(text).not.toMatch(/^[0-9A-F.]+\s*;\s*disallowed_STD3/m);
  });
  test('the derivation (UTS #46 §5) gives the published status and mapping of every code point', () => {
    const expected = published(text);
    const differences: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const want = expected[cp];
      const got = derived[cp]!;
      if (!want || want.status !== got.status || (want.status !== 'deviation' && want.mapping !== got.mapping)) {
        differences.push(
          `U+${cp.toString(16).toUpperCase()}: derived ${got.status} ${JSON.stringify(got.mapping)}, published ${want?.status} ${JSON.stringify(want?.mapping)}`,
        );
      }
    }
    expect(differences.slice(0, 20)).toEqual([]);
  });
  test('the run-time lookup gives the published status and mapping of every code point', () => {
    const expected = published(text);
    let mismatches = 0;
    for (let cp = 0; cp < 0x110000; cp++) {
      const want = expected[cp]!;
      const got = uts46Mapping(cp);
      const mapping = want.status === 'mapped' ? want.mapping : '';
      if (got.status !== want.status || (want.status !== 'deviation' && got.mapping !== mapping)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});

describe('generated data', () => {
  test('regenerating src/mapping/data.ts is a no-op', () => {
    const checkedIn = readFileSync(join(here, '..', 'src', 'mapping', 'data.ts'), 'utf8');
    expect(generateMappingModule(sources) === checkedIn).toBe(true);
  });
  test('deviations carry their transitional mappings', () => {
    expect(uts46Mapping(0xdf)).toEqual({ status: 'deviation', mapping: 'ss' });
    expect(uts46Mapping(0x3c2)).toEqual({ status: 'deviation', mapping: 'σ' });
    expect(uts46Mapping(0x200d)).toEqual({ status: 'deviation', mapping: '' });
  });
  test('numbers that are not code points are disallowed', () => {
    expect(uts46Mapping(-1).status).toBe('disallowed');
    expect(uts46Mapping(0x110000).status).toBe('disallowed');
  });
});

describe('mapping list format', () => {
  propTest.prop([fc.array(fc.nat(), { maxLength: 50 })])('readNumbers(writeNumbers(x)) is x', (values) => {
    const out = new Int32Array(values.length);
    readNumbers(writeNumbers(values), out);
    expect([...out]).toEqual(values.map((v) => v | 0));
  });
  propTest.prop([fc.integer({ min: -0x10ffff, max: 0x10ffff })])('zigzag is reversible', (d) => {
    expect(unzigzag(zigzag(d))).toBe(d);
  });
  test('the serialized form needs no escape in a string literal', () => {
    const text = writeNumbers([0, 45, 46, 2115, 2116, 1_000_000]);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
  });
});
