import { readFileSync } from "fs";
import { resolve } from "path";
import ts from "typescript";

export const FUNCTIONS_SOURCE = resolve(__dirname, "../../src/functions/functions.ts");

/** A custom function as its TypeScript declaration says: the id from @customfunction and its parameters. */
export interface DeclaredFunction {
  readonly exportName: string;
  readonly id: string | undefined;
  readonly parameters: readonly { name: string; optional: boolean; matrix: boolean }[];
}

/** Reads functions.ts with the compiler, so the metadata is checked against the code, not a copy of it. */
export function declaredFunctions(): DeclaredFunction[] {
  const source = ts.createSourceFile(
    FUNCTIONS_SOURCE,
    readFileSync(FUNCTIONS_SOURCE, "utf8"),
    ts.ScriptTarget.ES2020,
    true,
  );
  return source.statements.filter(ts.isFunctionDeclaration).flatMap((declaration) => {
    const exported = declaration.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported || !declaration.name) return [];
    const tag = ts.getJSDocTags(declaration).find((t) => t.tagName.text === "customfunction");
    const comment = typeof tag?.comment === "string" ? tag.comment.trim().split(/\s+/)[0] : undefined;
    return [
      {
        exportName: declaration.name.text,
        id: comment,
        parameters: declaration.parameters.map((p) => ({
          name: p.name.getText(source),
          optional: Boolean(p.questionToken),
          matrix: Boolean(p.type && ts.isArrayTypeNode(p.type) && ts.isArrayTypeNode(p.type.elementType)),
        })),
      },
    ];
  });
}
