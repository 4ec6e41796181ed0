// `nomina demo`: the README's main job. Shows the script analysis of a few multilingual strings, then
// runs the registry check over the sample names in examples/ and prints its report.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeScripts } from '@nomina/script';
import { defineCommand } from '../core/args.js';
import { EXIT, UsageError } from '../core/exit.js';
import { escapeText } from '../core/format.js';
import { write } from '../core/io.js';
import { checkFile } from './check.js';

const HELP = `Usage: nomina demo [FILE]

The main job of the README: prints the script analysis of a few multilingual strings, then checks
every name of FILE (default: the sample names shipped with nomina, examples/names.txt) for registration under IDNA2008
and prints the report. Exit status 0 when the report was printed (the sample holds failing names on
purpose), 2 on a usage or I/O error.`;

/** Strings that show the interesting cases of script analysis: mixing, Common/Inherited, look-alikes. */
const SAMPLES = [
  'Москва и Санкт-Петербург',
  '東京タワーとスカイツリー',
  '서울특별시 (首爾)',
  'मुंबई और दिल्ली',
  'paypal vs pаypal', // the second "а" is Cyrillic
  'القاهرة ۲۰۲۶ – Cairo',
];

/**
 * The sample names: dist/examples/names.txt in an installed package (the build copies the repository's
 * examples/names.txt there, and `files` ships it), else examples/names.txt found upward from src/.
 */
function sampleNames(): string {
  const shipped = fileURLToPath(new URL('./examples/names.txt', import.meta.url));
  if (existsSync(shipped)) return shipped;
  let dir = new URL('.', import.meta.url);
  for (let depth = 0; depth < 6; depth++, dir = new URL('..', dir)) {
    const candidate = fileURLToPath(new URL('examples/names.txt', dir));
    if (existsSync(candidate)) return candidate;
  }
  throw new UsageError('examples/names.txt not found: give the sample FILE as an argument');
}

export default defineCommand('demo', HELP, {}, async ({ positionals }, io) => {
  if (positionals.length > 1) throw new UsageError('demo takes at most one FILE');
  const names = positionals[0] ?? sampleNames();
  if (!existsSync(names)) throw new UsageError(`no sample file at ${names}`);

  await write(io.stdout, '== Script analysis (UAX #24 runs, UTS #39 §5 resolved set and restriction level)\n\n');
  for (const text of SAMPLES) {
    const analysis = analyzeScripts(text);
    const runs = analysis.runs.map((run) => `${run.script}[${escapeText(text.slice(run.start, run.end))}]`).join(' ');
    const resolved = analysis.resolved.all ? 'ALL' : `{${analysis.resolved.scripts.join(', ')}}`;
    await write(
      io.stdout,
      `${escapeText(text)}\n  runs: ${runs}\n  resolved: ${resolved}  dominant: ${analysis.dominant}  restriction: ${analysis.restrictionLevel}\n`,
    );
  }

  await write(io.stdout, `\n== Registry check (IDNA2008, registration profile) of ${names}\n\n`);
  const code = await checkFile(names, { profile: 'registration', format: 'text', quiet: true }, io);
  return code === EXIT.USAGE ? EXIT.USAGE : EXIT.OK;
});
