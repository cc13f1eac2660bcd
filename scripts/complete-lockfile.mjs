// Adds lock entries for platform-specific optional packages (other operating systems' builds
// of biome, rollup…) that `npm install` leaves out when the registry it talks to lacks them.
// Without those entries `npm ci` refuses the lock ("Missing: … from lock file"). The entries
// are marked optional with their os/cpu/libc, so npm skips them on every other platform and
// fetches them normally where they apply. Run after changing dependencies:
//   node scripts/complete-lockfile.mjs && npm ci
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const OSES = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'win32',
  'openbsd',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'mips64el'];

/** os/cpu/libc read from a platform package's name ("cli-linux-x64-musl"). */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => OSES.includes(part));
  const cpu =
    parts.find((part) => CPUS.includes(part)) ?? (parts.includes('arm') ? 'arm' : undefined);
  const libc = parts.includes('musl')
    ? 'musl'
    : parts.includes('gnu') || parts.includes('gnueabihf')
      ? 'glibc'
      : undefined;
  return { os, cpu, libc };
}

function registryFacts(name, version) {
  try {
    const out = execFileSync(
      'npm',
      ['view', `${name}@${version}`, '--json', 'os', 'cpu', 'libc', 'dist'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return JSON.parse(out);
  } catch {
    return null;
  }
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = path === '' ? `node_modules/${name}` : `${path}/node_modules/${name}`;
    if (packages[where] || packages[`node_modules/${name}`]) continue;
    const facts = registryFacts(name, version);
    const guess = platformOf(name);
    const record = { version, dev: entry.dev === true || undefined, optional: true };
    const os = facts?.os ?? (guess.os ? [guess.os] : undefined);
    const cpu = facts?.cpu ?? (guess.cpu ? [guess.cpu] : undefined);
    const libc = facts?.libc ?? (guess.libc ? [guess.libc] : undefined);
    if (facts?.dist?.integrity) record.integrity = facts.dist.integrity;
    if (os) record.os = os;
    if (cpu) record.cpu = cpu;
    if (libc) record.libc = libc;
    packages[`node_modules/${name}`] = Object.fromEntries(
      Object.entries(record).filter(([, value]) => value !== undefined),
    );
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
