import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import path from "node:path";

// eslint.config.mjs spreads these same rules; the test loads them directly because jest runs CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { layerRules } = require("../../eslint.layers.cjs");

const root = path.resolve(__dirname, "../..");

function linter(): ESLint {
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tseslint.parser } },
      ...layerRules,
    ],
  });
}

async function restrictedImports(code: string, file: string): Promise<string[]> {
  const [result] = await linter().lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layer rules", () => {
  it("a domain file that imports exceljs is refused", async () => {
    const messages = await restrictedImports(
      'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n',
      "src/domain/probe.ts",
    );
    expect(messages).toEqual([expect.stringContaining("src/domain is pure")]);
  });

  it("a domain file that imports only zod and the domain passes", async () => {
    const code = 'import { z } from "zod";\nimport { issue } from "./issue";\nexport const x = [z, issue];\n';
    expect(await restrictedImports(code, "src/domain/probe.ts")).toEqual([]);
  });

  it("the domain may not reach outward to the workbook, i18n or the pane", async () => {
    for (const target of ["../workbook/port", "../i18n", "../taskpane/app/App", "node:fs", "react"]) {
      const messages = await restrictedImports(
        `import * as m from "${target}";\nexport const x = m;\n`,
        "src/domain/probe.ts",
      );
      expect({ target, refused: messages.length }).toEqual({ target, refused: 1 });
    }
  });

  it("the workbook imports the domain, i18n and itself, never an adapter or exceljs", async () => {
    const file = "src/workbook/parse/probe.ts";
    const allowed =
      'import * as a from "../../domain";\nimport * as b from "../../i18n/language";\nimport * as c from "../plan/sheetPlan";\nexport const x = [a, b, c];\n';
    expect(await restrictedImports(allowed, file)).toEqual([]);
    expect(
      await restrictedImports('import * as m from "../../excel/excelWorkbook";\nexport const x = m;\n', file),
    ).toHaveLength(1);
    expect(
      await restrictedImports('import * as m from "exceljs";\nexport const x = m;\n', file),
    ).toHaveLength(1);
  });

  it("functions avoid React, Fluent and exceljs; adapters avoid the pane; commands avoid the CLI and the pane", async () => {
    const refused: [string, string][] = [
      ["src/functions/probe.ts", "@fluentui/react-components"],
      ["src/functions/probe.ts", "exceljs"],
      ["src/excel/probe.ts", "../taskpane/host/officeHost"],
      ["src/xlsx/probe.ts", "../taskpane/format/x"],
      ["src/commands/probe.ts", "../cli/cliIo"],
      ["src/commands/probe.ts", "../taskpane/commandBinding/bindCommands"],
    ];
    for (const [file, target] of refused) {
      const messages = await restrictedImports(
        `import * as m from "${target}";\nexport const x = m;\n`,
        file,
      );
      expect({ file, target, refused: messages.length }).toEqual({ file, target, refused: 1 });
    }
  });
});
