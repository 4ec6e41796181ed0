import { createReadStream, fstatSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { MAX_LINE_BYTES } from '../limits.js';
import { UsageError } from './exit.js';

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

/**
 * Opens FILE, or standard input for `-`. An unreadable file, or a directory given as FILE or as standard
 * input (`nomina check - < /tmp`), is a UsageError (exit 2): reading it would look like an empty input.
 */
export function openInput(path: string, stdin: Readable): OpenedInput {
  if (path === '-') {
    checkStandardInput(stdin);
    return { stream: stdin, name: '<stdin>' };
  }
  let size: number | undefined;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new Error('it is a directory');
    if (stat.isFile()) size = stat.size; // a pipe (`<(cmd)`) or a device has no size
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  return size === undefined ? { stream, name: path } : { stream, totalBytes: size, name: path };
}

/** Standard input backed by a file descriptor must not be a directory (Node reads one as empty). */
export function checkStandardInput(stdin: Readable): void {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return;
  let directory = false;
  try {
    directory = fstatSync(fd).isDirectory();
  } catch (error) {
    throw new UsageError(`cannot read standard input: ${(error as Error).message}`);
  }
  if (directory) throw new UsageError('standard input is a directory, not a file or a pipe');
}

export interface WholeText {
  /** The text, at most `maxUnits` UTF-16 code units (a UTF-8 BOM at the start dropped). */
  text: string;
  /** Bytes read in all. */
  bytes: number;
  /** True when the input held more than `maxUnits` code units: the rest was read and counted, not kept. */
  truncated: boolean;
  /** True when some bytes were not valid UTF-8 (they read as U+FFFD). */
  invalidUtf8: boolean;
}

/**
 * Reads a whole stream as one text in constant memory: the first MAXUNITS code units are kept, the rest
 * is read to its end (so a writer into the pipe never blocks) and only counted. Long lines are kept like
 * short ones: there are no lines here.
 */
export async function readWholeText(source: Readable, maxUnits: number): Promise<WholeText> {
  let decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const parts: string[] = [];
  let units = 0;
  let bytes = 0;
  let truncated = false;
  let invalidUtf8 = false;
  const keep = (text: string) => {
    if (truncated || text === '') return;
    if (units + text.length > maxUnits) {
      let end = maxUnits - units;
      const last = text.charCodeAt(end - 1);
      if (last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
      text = text.slice(0, end);
      truncated = true;
    }
    parts.push(text);
    units += text.length;
  };
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      invalidUtf8 = true;
      decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    }
  };
  for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
    const data = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    bytes += data.length;
    if (truncated) continue; // counted, not decoded: constant memory and time per byte
    keep(decode(data));
  }
  if (!truncated) keep(decode());
  return { text: parts.join(''), bytes, truncated, invalidUtf8 };
}
