// Lists the import cycles among the library's modules (type-only imports included) and exits
// non-zero when there is one: every import arrow must point down the pipeline.
//
//   npx tsx scripts/check-imports.ts
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g;
const files = sourceFiles(root).sort();
const edges = new Map<string, string[]>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(IMPORT)].map((match) =>
    resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts')),
  );
  edges.set(
    file,
    [...new Set(targets)].filter((target) => edges.has(target) || files.includes(target)),
  );
}

// Tarjan's strongly connected components: a component of two or more files is a cycle.
let counter = 0;
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const cycles: string[][] = [];
function visit(file: string): void {
  index.set(file, counter);
  low.set(file, counter);
  counter++;
  stack.push(file);
  onStack.add(file);
  for (const target of edges.get(file) ?? []) {
    if (!index.has(target)) {
      visit(target);
      low.set(file, Math.min(low.get(file)!, low.get(target)!));
    } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
  }
  if (low.get(file) === index.get(file)) {
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) cycles.push(component.map((path) => relative(root, path)).sort());
  }
}
for (const file of files) if (!index.has(file)) visit(file);

const arrows = [...edges.values()].reduce((sum, targets) => sum + targets.length, 0);
if (cycles.length === 0) {
  console.log(`${files.length} modules, ${arrows} import arrows, no cycle`);
} else {
  for (const cycle of cycles) console.log(`cycle: ${cycle.join(' <-> ')}`);
  console.log(`${cycles.length} import cycle(s) among ${files.length} modules`);
  process.exitCode = 1;
}
