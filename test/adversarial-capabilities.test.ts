// What the library may reach, checked on its source (SECURITY.md): outside src/cli/ no file
// system, network, process or environment access; nowhere eval, new Function or string timers.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

/** Modules that reach outside the process's memory: files, network, processes, threads. */
const OUTSIDE_WORLD_MODULES =
  /^(?:node:)?(?:fs|fs\/promises|net|http|https|http2|dgram|dns|tls|child_process|worker_threads|cluster|inspector|vm)$/;
/** Members of `process` that read or change the process (the CLI's entry passes what it needs in). */
const PROCESS_MEMBERS = new Set([
  'env',
  'argv',
  'exit',
  'chdir',
  'kill',
  'stdout',
  'stderr',
  'stdin',
  'cwd',
]);
/** Globals that reach the network. */
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']);

interface Finding {
  file: string;
  line: number;
  what: string;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every forbidden construct in one file's text; `file` is the name findings carry. */
function scanText(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (node: ts.Node, what: string) =>
    findings.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      what,
    });
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      OUTSIDE_WORLD_MODULES.test(node.moduleSpecifier.text)
    ) {
      report(node, `imports ${node.moduleSpecifier.text}`);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const [first] = node.arguments;
      if (ts.isIdentifier(callee) && (callee.text === 'eval' || callee.text === 'Function')) {
        report(node, `calls ${callee.text}`);
      }
      if (
        ts.isIdentifier(callee) &&
        callee.text === 'require' &&
        first &&
        !ts.isStringLiteral(first)
      ) {
        report(node, 'requires a computed module name');
      }
      if (callee.kind === ts.SyntaxKind.ImportKeyword && (!first || !ts.isStringLiteral(first))) {
        report(node, 'imports a computed module name');
      }
      if (
        ts.isIdentifier(callee) &&
        (callee.text === 'setTimeout' || callee.text === 'setInterval') &&
        first &&
        ts.isStringLiteralLike(first)
      ) {
        report(node, `${callee.text} with a string`);
      }
    }
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Function'
    ) {
      report(node, 'new Function');
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'process' &&
      PROCESS_MEMBERS.has(node.name.text)
    ) {
      report(node, `process.${node.name.text}`);
    }
    // A network global used as a value, not a property name of something else (`x.fetch`).
    if (
      ts.isIdentifier(node) &&
      NETWORK_GLOBALS.has(node.text) &&
      !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)
    ) {
      report(node, `uses ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

const findings = sourceFiles(SRC)
  .sort()
  .flatMap((file) =>
    scanText(path.relative(SRC, file).split(path.sep).join('/'), readFileSync(file, 'utf8')),
  );

/**
 * `analyzeAsync` runs `analyze` in a worker thread of the library's own file (no data becomes
 * code, nothing leaves the process): those two files may import node:worker_threads, nothing else.
 */
function isAnalyzeAsyncWorker(finding: Finding): boolean {
  return (
    (finding.file === 'analyze-async.ts' || finding.file === 'analyze-worker.ts') &&
    finding.what === 'imports node:worker_threads'
  );
}

describe('capabilities of the library code', () => {
  it('never calls eval, Function or string timers, nor loads a computed module name', () => {
    expect(
      findings.filter((finding) => /eval|Function|computed|string/.test(finding.what)),
    ).toEqual([]);
  });

  it('outside src/cli/, reaches no file, network, process, thread or environment', () => {
    expect(
      findings.filter(
        (finding) => !finding.file.startsWith('cli/') && !isAnalyzeAsyncWorker(finding),
      ),
    ).toEqual([]);
  });

  it('the one thread outside src/cli/ is analyzeAsync starting its own worker file', () => {
    expect(findings.filter(isAnalyzeAsyncWorker).map((finding) => finding.file)).toEqual([
      'analyze-async.ts',
      'analyze-worker.ts',
    ]);
  });

  it('in src/cli/, only the entry script touches process, and nothing reaches the network', () => {
    const processUsers = findings
      .filter((finding) => finding.file.startsWith('cli/') && finding.what.startsWith('process.'))
      .map((finding) => finding.file);
    expect([...new Set(processUsers)]).toEqual(['cli/main.ts']);
    expect(findings.filter((finding) => /http|net|dgram|dns|tls|uses /.test(finding.what))).toEqual(
      [],
    );
  });

  it('can fail: the scanner reports each forbidden construct of a sample', () => {
    const sample = [
      "import { readFile } from 'node:fs';",
      "eval('1');",
      "new Function('x');",
      'const home = process.env.HOME;',
      "fetch('https://example.com');",
      'const name = "m"; import(name);',
      'const ok = client.fetch;',
    ].join('\n');
    expect(scanText('sample.ts', sample).map((finding) => finding.what)).toEqual([
      'imports node:fs',
      'calls eval',
      'new Function',
      'process.env',
      'uses fetch',
      'imports a computed module name',
    ]);
  });
});
