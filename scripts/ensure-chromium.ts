/**
 * The end-to-end tests drive Debian's Chromium; they never download a browser.
 * Installs the `chromium` package when it is missing and this is root on
 * Debian, otherwise stops with one line naming the package.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Chromium is missing at ${CHROMIUM}: install Debian's package "chromium" (apt-get install chromium) and run the tests again.`);
    process.exit(1);
  }
  console.log('Installing Debian package chromium for the end-to-end tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
}
