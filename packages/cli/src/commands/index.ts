import type { IO } from '../core/io.js';

/** A `nomina` subcommand. `run` returns the exit code (see core/exit.ts). */
export interface Command {
  name: string;
  /**
   * @deprecated The one-line summary lives in COMMANDS below only (`nomina --help` must not load every
   * command); a command that still sets it must give the same text (test/commands.test.ts checks).
   */
  summary?: string;
  run(argv: string[], io: IO): Promise<number>;
}

/**
 * Every subcommand, loaded lazily so `nomina tag` never loads the language-ID model. `summary` is the one
 * line `nomina --help` shows for it: the only place it is written.
 */
export const COMMANDS: ReadonlyArray<{ name: string; summary: string; load: () => Promise<Command> }> = [
  {
    name: 'demo',
    summary: 'the main job: script analysis of sample strings, then the registry check of the sample names',
    load: async () => (await import('./demo.js')).default,
  },
  {
    name: 'script',
    summary: 'script runs and mixed-script analysis of TEXT (UAX #24, UTS #39)',
    load: async () => (await import('./script.js')).default,
  },
  {
    name: 'char',
    summary: 'Unicode properties of each code point of TEXT or of U+XXXX',
    load: async () => (await import('./char.js')).default,
  },
  {
    name: 'idna',
    summary: 'UTS #46 to-ascii / to-unicode of domain names',
    load: async () => (await import('./idna.js')).default,
  },
  {
    name: 'check',
    summary: 'IDNA2008 registry check of names, lists, CSV columns and DNS zone files (batch, streaming)',
    load: async () => (await import('./check.js')).default,
  },
  {
    name: 'tag',
    summary: 'BCP 47 language tags: parse, validate, canonicalize, maximize, minimize, match, name',
    load: async () => (await import('./tag.js')).default,
  },
  {
    name: 'detect',
    summary: 'language identification of TEXT or of each line',
    load: async () => (await import('./detect.js')).default,
  },
  {
    name: 'keywords',
    summary: 'build a keyword index, look up keywords in any script',
    load: async () => (await import('./keywords.js')).default,
  },
  {
    name: 'confusables',
    summary: 'look-alike names (UTS #39): skeletons, confusable pairs, a batch against a zone',
    load: async () => (await import('./confusables.js')).default,
  },
  {
    name: 'lgr',
    summary: 'Label Generation Rules (RFC 7940): dispositions, variants, zone collisions, LGR checks',
    load: async () => (await import('./lgr.js')).default,
  },
  {
    name: 'email',
    summary: 'e-mail addresses (EAI): validate under a profile, normalize, say which need SMTPUTF8',
    load: async () => (await import('./email.js')).default,
  },
  {
    name: 'serve',
    summary: 'the HTTP service: every check as a JSON API, a keyword registry (in-process or PostgreSQL)',
    load: async () => (await import('./serve.js')).default,
  },
];
