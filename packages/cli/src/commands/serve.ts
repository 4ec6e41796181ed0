// `nomina serve`: Nomina as an HTTP service (@nomina/server). One command on a fresh clone: the keyword
// registry is in-process unless --db names a PostgreSQL database. Runs until SIGTERM or SIGINT, then
// finishes the requests in flight and exits 0. Logs (pino, one JSON object a line) go to standard output;
// the line saying where it listens goes to standard error.
import type { ServerOptions, Setting } from '@nomina/server';
import { commandArgs, type OptionSpec } from '../core/args.js';
import { EXIT, UsageError } from '../core/exit.js';
import { write } from '../core/io.js';
import type { Command } from './index.js';

function help(settings: readonly Setting[]): string {
  const rows = settings.map((s) => [`--${s.flag}${s.value ? ` ${s.value}` : ''}`, `${s.help} [${s.env}]`]);
  const width = Math.max(...rows.map(([flag]) => flag!.length)) + 2;
  return `Usage: nomina serve [options]

Starts the Nomina HTTP service: UTS #46, the IDNA2008 registry check (with --lgr and --zone: LGR
dispositions, variants, collisions and look-alikes), scripts, BCP 47 tags, language detection, e-mail
addresses and a keyword registry (in-process, or PostgreSQL with --db). The API is described by
GET /openapi.json; /healthz, /readyz and /metrics (Prometheus) are for operators.

Options (each also read from the environment variable in brackets; a flag wins):
${rows.map(([flag, text]) => `  ${flag!.padEnd(width)}${text}`).join('\n')}

Stops on SIGTERM or SIGINT after the requests in flight are answered. Exit codes: 0 stopped, 2 the
configuration is wrong or the server cannot start (port in use, database unreachable, LGR unusable).`;
}

/** parseArgs options of the server's settings. */
function flags(settings: readonly Setting[]): OptionSpec {
  const spec: OptionSpec = {};
  for (const s of settings)
    spec[s.flag] =
      s.kind === 'boolean'
        ? { type: 'boolean' }
        : s.kind === 'list'
          ? { type: 'string', multiple: true }
          : { type: 'string' };
  return spec;
}

const command: Command = {
  name: 'serve',
  async run(argv, io) {
    const server = await import('@nomina/server');
    const parsed = await commandArgs(argv, flags(server.SETTINGS), help(server.SETTINGS), io);
    if (!parsed) return EXIT.OK;
    if (parsed.positionals.length > 0) throw new UsageError('serve takes no arguments (see nomina serve --help)');
    let options: ServerOptions;
    try {
      options = server.resolveServerOptions(io.env, parsed.values as Record<string, string | string[] | boolean>);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    let running: Awaited<ReturnType<typeof server.startServer>>;
    try {
      running = await server.startServer({ ...options, logStream: io.stdout });
    } catch (error) {
      throw new UsageError(`cannot start the server: ${(error as Error).message}`);
    }
    const { registry } = running.app;
    await write(
      io.stderr,
      `nomina serve: listening on ${running.url} (keyword registry: ${registry.backend}, ${await registry.size()} entries; API: ${running.url}/openapi.json)\n`,
    );
    await running.closed;
    return EXIT.OK;
  },
};

export default command;
