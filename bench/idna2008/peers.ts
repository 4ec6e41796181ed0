// Shared by the IDNA2008 benches: installing and asking the peers (Debian python3-idna and libidn2 through
// peers.py), and writing one section of bench/results/idna2008.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Debian's interpreter: python3-idna is installed for it (a `python3` on PATH may be another one). */
export const PYTHON = '/usr/bin/python3';
const RESULTS = join(here, '..', 'results', 'idna2008.md');

function peersPresent(): boolean {
  if (!existsSync(PYTHON)) return false;
  return (
    spawnSync(PYTHON, ['-c', "import idna, ctypes; ctypes.CDLL('libidn2.so.0')"]).status === 0 &&
    spawnSync('idn2', ['--version']).status === 0
  );
}

/** Installs python3-idna and idn2 (with libidn2) with apt when they are missing (root, Debian/Ubuntu). */
export function ensurePeers(): void {
  if (peersPresent()) return;
  console.error('installing python3-idna and idn2 with apt-get…');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'python3-idna', 'idn2'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!peersPresent()) throw new Error('python3-idna or libidn2 still missing after apt-get install');
}

export interface PeerVersions {
  python_idna: string;
  python_idna_unicode: string;
  libidn2: string;
}

export function peerVersions(): PeerVersions {
  return JSON.parse(execFileSync(PYTHON, [join(here, 'peers.py'), 'versions']).toString()) as PeerVersions;
}

/** Replaces the text between `<!-- SECTION:start -->` and `<!-- SECTION:end -->` in the results file. */
export function updateResults(section: string, text: string): void {
  const start = `<!-- ${section}:start -->`;
  const end = `<!-- ${section}:end -->`;
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${RESULTS} has no ${start} … ${end} markers`);
  writeFileSync(RESULTS, current.slice(0, from + start.length) + '\n' + text.trimEnd() + '\n' + current.slice(to));
  console.error(`updated the ${section} section of ${RESULTS}`);
}
