// Reader of IdnaTestV2.txt (UTS #46 conformance data), shared by the conformance test and the bench.
import { readFileSync } from 'node:fs';

export interface IdnaTestLine {
  /** 1-based line number in the file. */
  line: number;
  source: string;
  toUnicode: string;
  toUnicodeStatus: string[];
  toAsciiN: string;
  toAsciiNStatus: string[];
  toAsciiT: string;
  toAsciiTStatus: string[];
}

/** `\uXXXX` and `\x{XXXX}` escapes of the file. */
export function unescapeIdnaTest(text: string): string {
  return text
    .replace(/\\x\{([0-9A-Fa-f]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/\\u([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function value(column: string, fallback: string): string {
  const text = column.trim();
  if (text === '') return fallback;
  if (text === '""') return '';
  return unescapeIdnaTest(text);
}

function status(column: string, fallback: string[]): string[] {
  const text = column.trim();
  if (text === '') return fallback;
  return text
    .slice(1, -1)
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/** Parses the file's lines (comments and blank lines skipped), applying the header's rules for blank columns. */
export function parseIdnaTestV2(path: string): IdnaTestLine[] {
  const out: IdnaTestLine[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const body = raw.replace(/#.*$/, '');
      if (body.trim() === '') return;
      const c = body.split(';');
      const source = value(c[0]!, '');
      const toUnicode = value(c[1]!, source);
      const toUnicodeStatus = status(c[2]!, []);
      const toAsciiN = value(c[3]!, toUnicode);
      const toAsciiNStatus = status(c[4]!, toUnicodeStatus);
      const toAsciiT = value(c[5]!, toAsciiN);
      const toAsciiTStatus = status(c[6]!, toAsciiNStatus);
      out.push({ line: i + 1, source, toUnicode, toUnicodeStatus, toAsciiN, toAsciiNStatus, toAsciiT, toAsciiTStatus });
    });
  return out;
}
