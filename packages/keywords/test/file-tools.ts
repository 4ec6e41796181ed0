// Tools for tests that measure memory or alter index files: read the section table of a saved index, change a section and
// write a valid checksum again (to test the field checks behind the checksum, as a crafted file would).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { crc32 } from '../src/index/checksum.js';

setFlagsFromString('--expose-gc');
/** A full garbage collection (V8's `gc`, exposed at run time), for memory measurements. */
export const collectGarbage = runInNewContext('gc') as () => void;

export interface SectionInfo {
  name: string;
  type: string;
  offset: number;
  length: number;
  /** Byte offset of the section in the file. */
  at: number;
}

/** The sections of a saved index file (format 3: JSON header at byte 24, its length at byte 12). */
export function sections(bytes: Uint8Array): Map<string, SectionInfo> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const length = view.getUint32(12, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(24, 24 + length))) as {
    sections: Omit<SectionInfo, 'at'>[];
  };
  const base = Math.ceil((24 + length) / 8) * 8;
  return new Map(header.sections.map((s) => [s.name, { ...s, at: base + s.offset }]));
}

/** Writes the checksum of `bytes` again (in place), and returns them. */
export function reseal(bytes: Uint8Array): Uint8Array {
  new DataView(bytes.buffer, bytes.byteOffset, bytes.length).setUint32(16, crc32(bytes.subarray(20)), true);
  return bytes;
}
