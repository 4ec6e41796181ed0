// Measures the CSV reader of `nomina check --column` (src/core/csv.ts over the line reader) against csv-parse's
// stream API on the same bytes: a 16 MB registry export (id, quoted domain, quoted owner with commas and
// doubled quotes, a multi-line note every 50 records). Median of interleaved rounds.
// Run: npx tsx --conditions @nomina/source packages/cli/scripts/csv-bench.ts
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { CsvReader } from '../src/core/csv.js';
import { readLines } from '../src/core/lines.js';

const rows: string[] = ['id,domain,owner,note'];
let size = 0;
for (let i = 0; size < 16 << 20; i++) {
  const note = i % 50 === 0 ? '"first line\nsecond line"' : 'plain';
  const row = `${i},"bücher${i}.de","Müller ""${i}"", GmbH",${note}`;
  rows.push(row);
  size += Buffer.byteLength(row) + 1;
}
const bytes = Buffer.from(rows.join('\n') + '\n');
const chunks = () =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += 1 << 16) yield bytes.subarray(i, i + (1 << 16));
    })(),
  );

async function ours(): Promise<number> {
  const reader = new CsvReader(',');
  let records = 0;
  for await (const line of readLines(chunks())) records += reader.push(line).length;
  return records + reader.end().length;
}

async function theirs(): Promise<number> {
  let records = 0;
  for await (const _ of chunks().pipe(parse({ relax_column_count: true, skip_empty_lines: true }))) records++;
  return records;
}

const times: Record<string, number[]> = { nomina: [], 'csv-parse': [] };
const counts: Record<string, number> = {};
for (let round = 0; round < 7; round++) {
  for (const [name, fn] of [
    ['nomina', ours],
    ['csv-parse', theirs],
  ] as const) {
    const start = performance.now();
    counts[name] = await fn();
    times[name]!.push(performance.now() - start);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const name of Object.keys(times)) {
  const ms = median(times[name]!);
  console.log(
    `${name.padEnd(10)} ${counts[name]} records  ${ms.toFixed(0)} ms  ${(bytes.length / 1048576 / (ms / 1000)).toFixed(1)} MB/s`,
  );
}
