// Every regular expression in src/: literals, and `new RegExp(…)` / `RegExp(…)` calls whose
// arguments can be folded to constants (string literals, templates, same-file consts, `+`,
// `[…].join(sep)`). Parsed with the TypeScript compiler API, so comments and strings that merely
// look like regexes are never picked up.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One regular expression found in the source. */
export interface FoundRegex {
  /** `src/…/file.ts:line`. */
  where: string;
  /** Pattern source; `null` when a `RegExp(…)` call could not be folded to a constant. */
  source: string | null;
  flags: string;
  /** How it is written: a literal or a constructor call. */
  kind: 'literal' | 'constructor';
  /** The expression as written (shortened), for messages. */
  text: string;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
    });
}

/** Folds a constant string expression, or returns null. */
function fold(
  node: ts.Expression,
  consts: ReadonlyMap<string, ts.Expression>,
  depth = 0,
): string | null {
  if (depth > 50) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return fold(node.expression, consts, depth + 1);
  if (ts.isIdentifier(node)) {
    const initializer = consts.get(node.text);
    return initializer ? fold(initializer, consts, depth + 1) : null;
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = fold(span.expression, consts, depth + 1);
      if (value === null) return null;
      text += value + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = fold(node.left, consts, depth + 1);
    const right = fold(node.right, consts, depth + 1);
    return left === null || right === null ? null : left + right;
  }
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'join' &&
    ts.isArrayLiteralExpression(node.expression.expression)
  ) {
    const parts = node.expression.expression.elements.map((element) =>
      fold(element, consts, depth + 1),
    );
    const separator = node.arguments[0] ? fold(node.arguments[0], consts, depth + 1) : ',';
    if (separator === null || parts.some((part) => part === null)) return null;
    return parts.join(separator);
  }
  return null;
}

/** Every regex in the `.ts` files under `srcDirectory`, in file and position order. */
export function findRegexes(srcDirectory: string, repoRoot: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of sourceFiles(srcDirectory)) {
    const sourceFile = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const consts = new Map<string, ts.Expression>();
    for (const statement of sourceFile.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          consts.set(declaration.name.text, declaration.initializer);
        }
      }
    }
    const where = (node: ts.Node) => {
      const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
      return `${path.relative(repoRoot, file).split(path.sep).join('/')}:${line + 1}`;
    };
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        found.push({
          where: where(node),
          source: text.slice(1, slash),
          flags: text.slice(slash + 1),
          kind: 'literal',
          text: text.length > 80 ? `${text.slice(0, 77)}…` : text,
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [patternArgument, flagsArgument] = node.arguments ?? [];
        const source = patternArgument ? fold(patternArgument, consts) : null;
        const flags = flagsArgument ? fold(flagsArgument, consts) : '';
        const text = node.getText(sourceFile).replace(/\s+/g, ' ');
        found.push({
          where: where(node),
          source: flags === null ? null : source,
          flags: flags ?? '',
          kind: 'constructor',
          text: text.length > 80 ? `${text.slice(0, 77)}…` : text,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}
