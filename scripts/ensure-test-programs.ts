/**
 * The programs `npm test` needs besides Node's packages, all from Debian:
 * Chromium for the end-to-end tests (never a downloaded browser), Noto CJK
 * fonts so Chromium lays Chinese out as a reader's browser does (the
 * accessibility test measures target sizes on it), and Java for the Nu HTML
 * validator (vnu-jar). Installs a missing one when this is root
 * on Debian, otherwise stops with one line naming the package.
 */
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { CHROMIUM_PATH } from '../tools/browser.ts';

interface Program {
  name: string;
  /** The Debian package that provides it. */
  debianPackage: string;
  present: () => boolean;
}

const PROGRAMS: Program[] = [
  { name: `Chromium (${CHROMIUM_PATH})`, debianPackage: 'chromium', present: () => existsSync(CHROMIUM_PATH) },
  {
    name: 'Noto CJK fonts',
    debianPackage: 'fonts-noto-cjk',
    present: () => /noto.*cjk/i.test(spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout ?? ''),
  },
  { name: 'Java (java)', debianPackage: 'default-jre-headless', present: () => spawnSync('java', ['-version']).status === 0 },
];

const missing = PROGRAMS.filter((program) => !program.present());
if (missing.length > 0) {
  const packages = missing.map((program) => program.debianPackage);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `${missing.map((p) => p.name).join(' and ')} missing: install Debian's ${packages.join(' ')} (apt-get install ${packages.join(' ')}) and run the tests again.`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian's ${packages.join(' ')} for the tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}
