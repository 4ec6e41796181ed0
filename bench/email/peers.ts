// The peers, each as a verdict function over one address: validator.js isEmail, email-addresses
// (RFC 5322 parser), @hapi/address, email-validator (npm), and Python's email-validator (the Debian
// package, through one child process).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as hapi from '@hapi/address';
import emailAddresses from 'email-addresses';
import emailValidator from 'email-validator';
import validator from 'validator';

export type Verdict = (input: string) => boolean;

/** The JavaScript peers with the options that fit internationalized addresses best. */
export const JS_PEERS: Record<string, Verdict> = {
  'validator.js isEmail': (s) => validator.isEmail(s, { allow_utf8_local_part: true }),
  'email-addresses': (s) => emailAddresses.parseOneAddress({ input: s, rfc6532: true, rejectTLD: false }) !== null,
  '@hapi/address': (s) => hapi.isEmailValid(s, { tlds: false as unknown as undefined }), // false turns the TLD list off (its types omit it)
  'email-validator': (s) => emailValidator.validate(s),
};

/** Debian's python3 (not a pyenv one): where `apt-get install python3-email-validator` puts the module. */
export const PYTHON = '/usr/bin/python3';

const SCRIPT = `
import json, sys
import email_validator as ev
out = []
for line in sys.stdin:
    s = json.loads(line)
    try:
        r = ev.validate_email(s, check_deliverability=False, allow_smtputf8=True)
        out.append({"ok": True, "normalized": r.email, "ascii": r.ascii_email, "smtputf8": r.smtputf8})
    except ev.EmailNotValidError as e:
        out.append({"ok": False, "error": str(e)})
    except Exception as e:
        out.append({"ok": False, "error": "exception: " + type(e).__name__})
print(json.dumps(out))
`;

export interface PythonAnswer {
  ok: boolean;
  normalized?: string;
  ascii?: string | null;
  smtputf8?: boolean;
  error?: string;
}

/** Python email-validator's answers for `inputs`, or undefined when it is not installed. */
export function pythonAnswers(inputs: readonly string[]): PythonAnswer[] | undefined {
  if (!existsSync(PYTHON)) return undefined;
  const version = spawnSync(
    PYTHON,
    ['-c', 'import email_validator, importlib.metadata as m; print(m.version("email_validator"))'],
    { encoding: 'utf8' },
  );
  if (version.status !== 0) return undefined;
  // Lone surrogates cannot cross the pipe as UTF-8: send JSON escapes.
  const stdin = inputs
    .map((s) => JSON.stringify(s).replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`))
    .join('\n');
  const run = spawnSync(PYTHON, ['-c', SCRIPT], { input: stdin, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`python email-validator failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PythonAnswer[];
}

/** The version of Python's email-validator, for the report. */
export function pythonVersion(): string | undefined {
  if (!existsSync(PYTHON)) return undefined;
  const r = spawnSync(PYTHON, ['-c', 'import importlib.metadata as m; print(m.version("email_validator"))'], {
    encoding: 'utf8',
  });
  return r.status === 0 ? r.stdout.trim() : undefined;
}
