import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const found = () => process.env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p));

/**
 * The Chromium that UI tests drive: `CHROMIUM_PATH`, or the system's; on Debian or Ubuntu as
 * root it is installed from apt when missing (playwright's own browser download needs the
 * internet, a distribution package does not). Anything else fails with what to do.
 */
export function ensureChromium(say: (line: string) => void = () => {}): string {
  const existing = found();
  if (existing) return existing;
  const os = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  if (process.getuid?.() === 0 && /^ID(_LIKE)?=.*(debian|ubuntu)/m.test(os)) {
    say('apt-get install chromium (for the browser tests)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execSync('apt-get update -q && apt-get install -y -q chromium', { stdio: 'ignore', env });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium for the browser tests: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH',
  );
}

/** A headless Chromium, driven by playwright-core. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    // Root in a container has no user namespace to sandbox with.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}
