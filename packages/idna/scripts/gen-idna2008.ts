/// <reference types="node" />
// Generates src/idna2008/data/idna2008-property.ts: the RFC 5892 derived property of every code point
// (see gen-idna2008-derive.ts for the derivation), stored as a `@nomina/ucd/trie` string.
//
// Under the generator contract of scripts/gen-lib.ts: run `pnpm gen`.
import { encodeTrie } from '@nomina/ucd/trie';
import { runAsMain, type Table } from '../../../scripts/gen-lib.js';
import { deriveIdna2008Properties, PROPERTY_NAMES, SOURCE_PACKAGE, UNICODE_VERSION } from './gen-idna2008-derive.js';

/** The derived-property table (pure: the same data gives the same bytes). */
export async function tables(): Promise<Table[]> {
  const properties = await deriveIdna2008Properties();
  const trie = encodeTrie((cp) => properties[cp]!);
  const body = [
    '',
    '// Derived by the algorithm of RFC 5892 §2–3 (see packages/idna/scripts/gen-idna2008-derive.ts).',
    '',
    '/** Unicode version of the derived-property table. */',
    `export const IDNA2008_UNICODE_VERSION = '${UNICODE_VERSION}';`,
    '',
    '/** Names of the values stored in the trie, by number. */',
    `export const PROPERTY_VALUES = ${JSON.stringify(PROPERTY_NAMES)} as const;`,
    '',
    '/** `@nomina/ucd/trie` serialization: code point → index into PROPERTY_VALUES. */',
    `export const PROPERTY_TRIE = ${JSON.stringify(trie)};`,
    '',
  ].join('\n');
  return [{ path: 'packages/idna/src/idna2008/data/idna2008-property.ts', sources: [SOURCE_PACKAGE], body }];
}

await runAsMain(import.meta.url, { tables });
