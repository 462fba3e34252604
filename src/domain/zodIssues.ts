import type { z } from "zod";
import { issue, type Issue, type IssueCode } from "./issue";

/** A data file that does not fit its schema: one issue per problem, with the path inside the file. */
export function zodIssues(code: IssueCode, error: z.ZodError): Issue[] {
  return error.issues.map((problem) =>
    issue(code, "error", {
      path: formatPath(problem.path),
      expected: problem.message,
    }),
  );
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`))
    .join("");
}
