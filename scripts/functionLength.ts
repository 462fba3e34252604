/**
 * Lists every function in src/ longer than the house limit (80 lines) and exits 1 when there is one.
 * Counts function declarations, methods, accessors, constructors, function expressions and arrow
 * functions (so function components too), from the first line of the declaration to its closing brace.
 * Data tables (JSON, i18n text objects) are object literals, not functions, so they are not counted.
 * Run: npx tsx scripts/functionLength.ts [folder] (default src); `npm run lint` runs it.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const MAX_FUNCTION_LINES = 80;

export interface LongFunction {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly lines: number;
}

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function isFunction(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node)
  );
}

/** The name a reader searches for: the declared name, or the variable/property/call it is given to. */
function functionName(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  if (ts.isCallExpression(parent)) return `(argument of ${parent.expression.getText(source)})`;
  return "(anonymous)";
}

export function longFunctionsIn(file: string, text: string, limit = MAX_FUNCTION_LINES): LongFunction[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunction(node) && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > limit) found.push({ file, line: first + 1, name: functionName(node, source), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function longFunctions(folder: string, limit = MAX_FUNCTION_LINES): LongFunction[] {
  return sourceFiles(folder).flatMap((file) => longFunctionsIn(file, fs.readFileSync(file, "utf8"), limit));
}

function main(): void {
  const folder = process.argv[2] ?? "src";
  const found = longFunctions(folder).sort((a, b) => b.lines - a.lines);
  for (const f of found) {
    console.log(`${f.file}:${f.line}  ${f.name}  ${f.lines} lines (limit ${MAX_FUNCTION_LINES})`);
  }
  if (found.length > 0) {
    console.log(`${found.length} function(s) over ${MAX_FUNCTION_LINES} lines: split them into named steps.`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();
