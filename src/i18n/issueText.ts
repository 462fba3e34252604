import type { Issue, IssueCode } from "../domain";
import type { Language } from "./language";
import { numberText } from "./numberText";

/** What is wrong, and how to fix it: one pair per issue code, in one language. */
export type IssueText = Readonly<
  Record<IssueCode, { readonly what: (i: Issue) => string; readonly fix: string }>
>;

/** A fact as a message quotes it: text in quotes, numbers with the language's decimal separator. */
export const show = (value: Issue["value"] | Issue["expected"], language: Language = "en"): string =>
  value === undefined
    ? ""
    : value === null
      ? "∅"
      : typeof value === "string"
        ? `"${value}"`
        : typeof value === "number"
          ? numberText(value, language)
          : String(value);
