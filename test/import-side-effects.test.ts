// Importing corroborate must print nothing, leave process.env alone and load no heavy NLP module.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function runNode(script: string, type: 'module' | 'commonjs'): string {
  return execFileSync(
    process.execPath,
    [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', script],
    { cwd: root, encoding: 'utf8' },
  );
}

const probe = (load: string) => `
const before = JSON.stringify(process.env);
const writes = [];
const out = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => { writes.push(String(chunk)); return true; };
const origLog = console.log; console.log = (...a) => writes.push(a.join(' '));
${load}
process.stdout.write = out; console.log = origLog;
const loaded = typeof require === 'function' ? Object.keys(require.cache) : [];
out(JSON.stringify({ envChanged: before !== JSON.stringify(process.env), writes, exports: Object.keys(mod).length,
  heavy: loaded.filter((p) => /node_modules[\\/\\\\](compromise|dotenv)[\\/\\\\]/.test(p) || /natural[\\/\\\\]lib[\\/\\\\]natural[\\/\\\\]index\\.js$/.test(p)) }));
`;

describe('importing the package', () => {
  beforeAll(() => {
    if (!existsSync(`${root}/dist/index.js`) || !existsSync(`${root}/dist/index.cjs`)) {
      throw new Error('dist/ is missing: run `npm run build` (npm test does it via pretest).');
    }
  });

  it('ESM import prints nothing and leaves process.env unchanged', () => {
    const result = JSON.parse(
      runNode(probe(`const mod = await import('./dist/index.js');`), 'module'),
    );
    expect(result.writes).toEqual([]);
    expect(result.envChanged).toBe(false);
    expect(result.exports).toBeGreaterThan(0);
  });

  it('CJS require prints nothing, leaves process.env unchanged and loads no heavy module', () => {
    const result = JSON.parse(
      runNode(probe(`const mod = require('./dist/index.cjs');`), 'commonjs'),
    );
    expect(result.writes).toEqual([]);
    expect(result.envChanged).toBe(false);
    expect(result.heavy).toEqual([]);
    expect(result.exports).toBeGreaterThan(0);
  });

  it('no source file imports the root of natural or reads the environment', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = `${dir}/${name}`;
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.ts$/.test(name)) {
          const source = readFileSync(path, 'utf8');
          if (/from ['"]natural['"]|require\(['"]natural['"]\)/.test(source)) offenders.push(path);
          if (!path.includes('/cli/') && /^(?!\s*(?:\/\/|\*)).*process\.env/m.test(source))
            offenders.push(path);
        }
      }
    };
    walk(`${root}/src`);
    expect(offenders).toEqual([]);
  });
});
