// Debian's Chromium driven by playwright-core, for the playground's browser tests: the system binary,
// nothing downloaded, a fresh profile in a temporary directory, no network but loopback.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Re-exported for the test files, whose package does not depend on playwright-core. */
export type { Page } from 'playwright-core';

export const CHROMIUM = process.env.NOMINA_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium binary, or undefined after a loud warning that the browser tests are skipped. Under CI
 * (`CI=true`), where .ci/debian.sh installs it, its absence is an error.
 */
export function chromiumPath(): string | undefined {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const message = `\n!!! ${CHROMIUM} is missing: the playground's browser tests are SKIPPED.\n!!! Install it with: apt-get install -y chromium (or set NOMINA_CHROMIUM to a Chromium binary)\n`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
  return undefined;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium at `executablePath` with a fresh user-data directory, removed on close. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'nomina-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1000, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
