// Every type a user can meet through the public API must be importable by name: otherwise code
// that stores a result and emits declarations fails with TS4023 ("has or is using name … but
// cannot be named"). Checked against the shipped dist/index.d.ts (`npm test` builds first).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..');
// The declarations themselves; dist/index.d.ts re-exports them for ESM importers.
const DECLARATIONS = path.join(REPO, 'dist', 'index.d.cts');

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  declaration: true,
  emitDeclarationOnly: true,
  skipLibCheck: true,
  types: [],
  typeRoots: [path.join(REPO, 'node_modules', '@types')],
};

let work: string;
let shipped: ts.Program;

beforeAll(() => {
  if (!existsSync(DECLARATIONS)) {
    throw new Error('dist/index.d.ts is missing: run `npm run build` (npm test does it).');
  }
  work = mkdtempSync(path.join(tmpdir(), 'corroborate-types-'));
  shipped = ts.createProgram([DECLARATIONS], OPTIONS);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The module symbol of dist/index.d.ts and a checker over it. */
function entry(
  program: ts.Program,
  file = DECLARATIONS,
): { checker: ts.TypeChecker; module: ts.Symbol } {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`${file} has no module symbol`);
  return { checker, module };
}

function resolved(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/**
 * Names of the interfaces, classes, enums and type aliases declared in dist/index.d.ts that are
 * reachable from an export (through properties, parameters, return types, type arguments,
 * union members, index signatures) but are not exported themselves.
 */
function unexportedReachableTypes(program: ts.Program, file = DECLARATIONS): string[] {
  const { checker, module } = entry(program, file);
  const exports = checker.getExportsOfModule(module).map((symbol) => resolved(checker, symbol));
  const exported = new Set(exports);
  const missing = new Set<string>();
  const seen = new Set<ts.Type>();
  const ours = (symbol: ts.Symbol | undefined) =>
    symbol?.declarations?.some((node) => node.getSourceFile().fileName === file) === true;
  const checkNamed = (symbol: ts.Symbol | undefined) => {
    if (symbol === undefined || !ours(symbol)) return;
    const named =
      ts.SymbolFlags.Interface |
      ts.SymbolFlags.Class |
      ts.SymbolFlags.Enum |
      ts.SymbolFlags.TypeAlias;
    if (symbol.flags & named && !exported.has(symbol)) missing.add(symbol.getName());
  };
  const visitSignature = (signature: ts.Signature) => {
    for (const parameter of signature.getParameters()) {
      visit(checker.getTypeOfSymbol(parameter));
    }
    visit(signature.getReturnType());
  };
  const visit = (type: ts.Type): void => {
    if (seen.has(type)) return;
    seen.add(type);
    checkNamed(type.aliasSymbol);
    for (const argument of type.aliasTypeArguments ?? []) visit(argument);
    if (type.isUnionOrIntersection()) {
      for (const member of type.types) visit(member);
      return;
    }
    if (!(type.flags & ts.TypeFlags.Object)) return;
    const symbol = type.getSymbol();
    checkNamed(symbol);
    if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
      for (const argument of checker.getTypeArguments(type as ts.TypeReference)) visit(argument);
    }
    // Array, Map, Promise…: their type arguments matter, their members are the platform's.
    if (symbol !== undefined && symbol.declarations !== undefined && !ours(symbol)) {
      if (symbol.getName() !== '__type' && symbol.getName() !== '__object') return;
    }
    for (const property of checker.getPropertiesOfType(type))
      visit(checker.getTypeOfSymbol(property));
    for (const signature of type.getCallSignatures()) visitSignature(signature);
    for (const signature of type.getConstructSignatures()) visitSignature(signature);
    for (const info of checker.getIndexInfosOfType(type)) visit(info.type);
  };
  for (const symbol of exports) {
    if (
      symbol.flags &
      (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class)
    ) {
      visit(checker.getDeclaredTypeOfSymbol(symbol));
    }
    if (symbol.flags & ts.SymbolFlags.Value) visit(checker.getTypeOfSymbol(symbol));
  }
  return [...missing].sort();
}

/**
 * A consumer module that stores the result of every exported function and of every method of
 * every exported class and interface, then the diagnostics of emitting its declarations.
 */
function storeEveryResult(program: ts.Program): string {
  const { checker, module } = entry(program);
  const lines = [
    // Imported through the ESM entry, as an ESM user imports it.
    `import * as api from ${JSON.stringify(path.join(REPO, 'dist', 'index.js'))};`,
  ];
  for (const exportSymbol of checker.getExportsOfModule(module)) {
    const name = exportSymbol.getName();
    const symbol = resolved(checker, exportSymbol);
    if (symbol.flags & ts.SymbolFlags.Function) {
      lines.push(
        `export const store_${name} = (...args: Parameters<typeof api.${name}>) => api.${name}(...args);`,
      );
    }
    if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
      const instance = checker.getDeclaredTypeOfSymbol(symbol);
      for (const property of checker.getPropertiesOfType(instance)) {
        const member = property.getName();
        if (!/^[A-Za-z_$][\w$]*$/.test(member)) continue; // #private fields
        const type = checker.getTypeOfSymbol(property);
        if (type.getCallSignatures().length === 0) {
          lines.push(
            `export const read_${name}_${member} = (value: api.${name}) => value.${member};`,
          );
          continue;
        }
        lines.push(
          `export const store_${name}_${member} = (value: api.${name}, ...args: Parameters<api.${name}[${JSON.stringify(member)}]>) => value.${member}(...args);`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('public types', () => {
  it('every type reachable from an export is exported', () => {
    expect(unexportedReachableTypes(shipped)).toEqual([]);
  });

  it('declarations emit for code that stores the result of every public function and method', () => {
    const consumer = path.join(work, 'consumer.ts');
    writeFileSync(consumer, storeEveryResult(shipped));
    const program = ts.createProgram([consumer], { ...OPTIONS, outDir: path.join(work, 'out') });
    const emitted = program.emit(undefined, () => {});
    const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map(
      (diagnostic) =>
        `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
    );
    expect(diagnostics).toEqual([]);
  });

  it('the check finds an unexported type (it can fail)', () => {
    const file = path.join(work, 'probe.d.ts');
    writeFileSync(
      file,
      'export {};\ninterface Hidden { n: number }\nexport interface Shown { hidden: Hidden }\nexport declare function make(): Shown;\n',
    );
    expect(unexportedReachableTypes(ts.createProgram([file], OPTIONS), file)).toEqual(['Hidden']);
  });
});
