/**
 * The layers of src/, enforced: each entry says which imports a folder may not make.
 * eslint.config.mjs applies them; test/build/layerRules.test.ts proves they fire.
 * Paths are relative imports ("../workbook/port", "../../excel") or package names.
 */

/** Matches a relative import that reaches one of the given top-level src folders. */
function folders(names) {
  return `^(\\.\\./)+(${names.join("|")})(/|$)`;
}

/** Every top-level folder of src/, so "nothing outward" can be said as "none but". */
const SRC_FOLDERS = [
  "cli",
  "commands",
  "criteria",
  "domain",
  "excel",
  "functions",
  "i18n",
  "runtime",
  "taskpane",
  "workbook",
  "xlsx",
];
const except = (...allowed) => SRC_FOLDERS.filter((name) => !allowed.includes(name));

/** A package import other than zod (the one library the pure layers use). */
const PACKAGE_BUT_ZOD = "^(?!zod(/|$))[^.]";
const UI_AND_FILE_PACKAGES = "^(react|react-dom|exceljs|@fluentui)(/|$)";

function rule(files, patterns) {
  return { files, rules: { "no-restricted-imports": ["error", { patterns }] } };
}

const layerRules = [
  rule(
    ["src/domain/**/*.{ts,tsx}"],
    [
      {
        regex: folders(except("domain")),
        message: "src/domain is pure: it imports nothing from other src folders.",
      },
      {
        regex: PACKAGE_BUT_ZOD,
        message: "src/domain is pure: no Office, React, exceljs or Node imports (zod only).",
      },
    ],
  ),
  rule(
    ["src/workbook/**/*.{ts,tsx}"],
    [
      {
        regex: folders(except("domain", "i18n", "workbook")),
        message: "src/workbook (sheet plans, parser) imports only ../domain, ../i18n and itself.",
      },
      { regex: PACKAGE_BUT_ZOD, message: "src/workbook is pure: no Office, React, exceljs or Node imports." },
    ],
  ),
  rule(
    ["src/functions/**/*.{ts,tsx}"],
    [{ regex: UI_AND_FILE_PACKAGES, message: "Custom functions run without React, Fluent UI or exceljs." }],
  ),
  rule(
    ["src/excel/**/*.{ts,tsx}", "src/xlsx/**/*.{ts,tsx}"],
    [
      {
        regex: folders(["taskpane"]),
        message: "Adapters never import the task pane; the pane imports them.",
      },
    ],
  ),
  rule(
    ["src/commands/**/*.{ts,tsx}"],
    [
      {
        regex: folders(["cli", "taskpane"]),
        message: "Commands serve both the CLI and the pane; they import neither.",
      },
    ],
  ),
];

module.exports = { layerRules };
