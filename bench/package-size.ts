// What a new user downloads and installs: builds, packs the tarball, installs it into a fresh
// temp project from the npm registry (as `npm install corroborate` would) and prints tarball
// size, unpacked size, installed package count and install size, checked against the targets
// of issue 16. It also imports the installed package from ESM and CJS to prove it runs.
// Run: npx tsx bench/package-size.ts [--no-build]
// Exits non-zero when a target is missed or the installed package does not load.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** Targets from issue 16 (measured before it: 1.6 MB tarball, 73 packages, 94 MB installed). */
const TARGETS = {
  tarballBytes: 600 * 1024,
  packages: 25,
  installBytes: 25 * 1024 * 1024,
} as const;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
}

/** Bytes on disk of every regular file below `dir` (apparent size, symlinks not followed). */
function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directoryBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** Installed packages: every folder under node_modules holding a package.json, nested too. */
function countPackages(nodeModules: string): number {
  let count = 0;
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const full = path.join(nodeModules, entry.name);
    if (entry.name.startsWith('@')) {
      count += countPackages(full);
      continue;
    }
    count += 1;
    const nested = path.join(full, 'node_modules');
    try {
      if (statSync(nested).isDirectory()) count += countPackages(nested);
    } catch {
      // no nested node_modules
    }
  }
  return count;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main(): void {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
  }
  const work = mkdtempSync(path.join(tmpdir(), 'corroborate-package-size-'));
  try {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
        cwd: REPO,
        encoding: 'utf8',
      }),
    ) as PackResult[];
    if (packed === undefined) throw new Error('npm pack printed no tarball');
    const pack = packed;
    const tarball = path.join(work, pack.filename);
    const project = path.join(work, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'size-probe', version: '1.0.0', private: true }),
    );
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev', tarball],
      { cwd: project, stdio: 'ignore' },
    );
    const nodeModules = path.join(project, 'node_modules');
    const packages = countPackages(nodeModules);
    const installBytes = directoryBytes(nodeModules);
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { compareSentences, CorroborateError } from 'corroborate'; console.log(typeof compareSentences, typeof CorroborateError.is)`,
      ],
      { cwd: project, encoding: 'utf8' },
    ).trim();
    const cjs = execFileSync(
      process.execPath,
      [
        '-e',
        `const c = require('corroborate'); console.log(typeof c.analyze, Object.keys(require.cache).some((p) => p.includes('natural')))`,
      ],
      { cwd: project, encoding: 'utf8' },
    ).trim();
    const cli = execFileSync(path.join(nodeModules, '.bin', 'corroborate'), ['--version'], {
      cwd: project,
      encoding: 'utf8',
    }).trim();
    const loads = esm === 'function function' && cjs === 'function false' && cli.length > 0;

    const rows: [string, string, string, boolean][] = [
      [
        'tarball',
        kb(pack.size),
        `≤ ${kb(TARGETS.tarballBytes)}`,
        pack.size <= TARGETS.tarballBytes,
      ],
      ['unpacked package', kb(pack.unpackedSize), '', true],
      ['files in package', String(pack.entryCount), '', true],
      [
        'installed packages (corroborate included)',
        String(packages),
        `≤ ${TARGETS.packages}`,
        packages <= TARGETS.packages,
      ],
      [
        'install size (node_modules)',
        mb(installBytes),
        `≤ ${mb(TARGETS.installBytes)}`,
        installBytes <= TARGETS.installBytes,
      ],
      [
        'ESM import, CJS require (no natural), bin --version',
        loads ? 'ok' : `failed: ${esm} / ${cjs} / ${cli}`,
        'ok',
        loads,
      ],
    ];
    console.log('| measure | value | target | met |');
    console.log('| --- | ---: | ---: | :---: |');
    for (const [name, value, target, met] of rows) {
      console.log(`| ${name} | ${value} | ${target} | ${met ? 'yes' : '**no**'} |`);
    }
    const largest = readdirSync(nodeModules, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .flatMap((entry) =>
        entry.name.startsWith('@')
          ? readdirSync(path.join(nodeModules, entry.name)).map((name) => `${entry.name}/${name}`)
          : [entry.name],
      )
      .map((name) => ({ name, bytes: directoryBytes(path.join(nodeModules, name)) }))
      .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name))
      .slice(0, 5);
    console.log(
      `\nLargest installed: ${largest.map((p) => `${p.name} ${mb(p.bytes)}`).join(', ')}`,
    );
    if (rows.some((row) => !row[3])) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
