import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { UsageError } from './exit.js';

/**
 * The longest input line `nomina` reads, in bytes. A longer line is reported as `LINE_TOO_LONG`
 * and skipped without being buffered, so memory stays constant whatever the file holds.
 */
export const MAX_LINE_BYTES = 64 * 1024;

/** Why a line could not be read as text. The run reports it for that line and goes on. */
export type LineProblem = 'LINE_TOO_LONG' | 'INVALID_UTF8' | 'NUL_BYTE';

export interface InputLine {
  /** 1-based line number in the input. */
  lineNumber: number;
  /** The decoded line without its terminator (empty when `problem` is set). */
  text: string;
  problem?: LineProblem;
  /** Bytes of the input consumed so far (for progress). */
  bytesRead: number;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a byte stream into lines, one at a time, in constant memory. Lines end at LF (a CR before
 * it is dropped); a UTF-8 BOM at the start is dropped; invalid UTF-8, NUL bytes and over-long lines
 * are flagged rather than thrown.
 */
export async function* readLines(source: Readable, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let lineNumber = 0;
  let bytesRead = 0;

  const finish = (): InputLine => {
    lineNumber++;
    if (tooLong) return { lineNumber, text: '', problem: 'LINE_TOO_LONG', bytesRead };
    const bytes = concat(parts, length);
    const end = bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
    const body = bytes.subarray(0, end);
    if (body.includes(0)) return { lineNumber, text: '', problem: 'NUL_BYTE', bytesRead };
    try {
      const text = decoder.decode(body);
      // A byte-order mark is dropped at the start of the input only.
      return { lineNumber, text: lineNumber === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text, bytesRead };
    } catch {
      return { lineNumber, text: '', problem: 'INVALID_UTF8', bytesRead };
    }
  };

  for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    let start = 0;
    while (start < bytes.length) {
      const newline = bytes.indexOf(NEWLINE, start);
      const stop = newline === -1 ? bytes.length : newline;
      bytesRead += stop - start + (newline === -1 ? 0 : 1);
      if (!tooLong) {
        if (length + (stop - start) > maxLineBytes) {
          tooLong = true;
          parts = [];
          length = 0;
        } else if (stop > start) {
          parts.push(bytes.subarray(start, stop));
          length += stop - start;
        }
      }
      if (newline === -1) break;
      yield finish();
      parts = [];
      length = 0;
      tooLong = false;
      start = newline + 1;
    }
  }
  if (length > 0 || tooLong) yield finish();
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export interface OpenedInput {
  stream: Readable;
  /** Total bytes when known (a regular file), for the progress bar. */
  totalBytes?: number;
  name: string;
}

/** Opens FILE, or standard input for `-`. An unreadable file is a UsageError (exit 2). */
export function openInput(path: string, stdin: Readable): OpenedInput {
  if (path === '-') return { stream: stdin, name: '<stdin>' };
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return { stream: createReadStream(path, { highWaterMark: 1 << 16 }), totalBytes: size, name: path };
}
