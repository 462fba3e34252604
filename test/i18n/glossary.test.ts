import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import type { Issue } from "../../src/domain";
import { LANGUAGES, type Language } from "../../src/i18n";
import { cliText } from "../../src/i18n/cliText";
import { allControlLabels, controlLabels } from "../../src/i18n/controlLabels";
import { enIssues } from "../../src/i18n/issueTextEn";
import { GLOSSARY } from "../../src/i18n/glossary";
import type { IssueText } from "../../src/i18n/issueText";
import { sheetLabels } from "../../src/i18n/sheetLabels";
import { uiText } from "../../src/i18n/ui";
import { viIssues } from "../../src/i18n/issueTextVi";

const I18N = join(__dirname, "../../src/i18n");
const issueTexts: Readonly<Record<Language, IssueText>> = { vi: viIssues, en: enIssues };

/** An issue with every fact filled in, so every message can be written out. */
const sample: Issue = {
  code: "member-incomplete",
  severity: "error",
  product: "P01",
  member: "M2",
  criterion: "A.1.1",
  part: "A",
  path: "parts[0]",
  sheet: "Phiếu P01",
  cell: "E12",
  value: "7",
  expected: 10,
  detail: 3,
};

/** Every text a table can produce: strings as they are, functions called with sample facts. */
function textsOf(value: unknown, depth = 0): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    for (const args of [
      [sample, "vi"],
      ["X", "Y", "Z", "W"],
      [3, 4, 5, 6],
    ]) {
      try {
        return textsOf((value as (...a: unknown[]) => unknown)(...args), depth + 1);
      } catch {
        // try the next kind of arguments
      }
    }
    return [];
  }
  if (value && typeof value === "object" && depth < 6)
    return Object.values(value).flatMap((inner) => textsOf(inner, depth + 1));
  return [];
}

/** The i18n sources, without comments: every string literal others add is read too, not a hand list. */
function sourceTexts(): { file: string; text: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts") && name !== "glossary.ts") files.push(path);
    }
  };
  walk(I18N);
  return files.map((file) => ({
    file,
    text: readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, ""),
  }));
}

/** String literals of a source ("…", '…', `…`), roughly: enough to check words, not to parse TypeScript. */
function literals(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? "",
  );
}

describe("the glossary: one word per thing across pane, sheets and command line", () => {
  it("pairs every Vietnamese term with an English one", () => {
    for (const term of GLOSSARY) {
      expect(term.vi.trim()).not.toBe("");
      expect(term.en.trim()).not.toBe("");
    }
  });

  const avoided = GLOSSARY.flatMap((term) => (term.avoid ?? []).map((rule) => ({ term, ...rule })));

  it.each(avoided.map((rule) => [rule.pattern.source, rule] as const))(
    "no user-facing text uses /%s/",
    (_pattern, rule) => {
      const offenders = [
        ...sourceTexts().flatMap(({ file, text }) =>
          literals(text)
            .filter((literal) => rule.pattern.test(literal))
            .map((literal) => `${file.slice(I18N.length + 1)}: ${literal}`),
        ),
        ...LANGUAGES.flatMap((language) =>
          [issueTexts[language], uiText(language), sheetLabels(language), cliText(language)]
            .flatMap((table) => textsOf(table))
            .filter((text) => rule.pattern.test(text)),
        ),
      ];
      expect({ why: rule.why, offenders }).toEqual({ why: rule.why, offenders: [] });
    },
  );

  it("says unfinished scoring as “Chưa chấm xong” on the sheets, in the pane and on the command line", () => {
    expect(uiText("vi").compute.rows.unfinished).toBe("Chưa chấm xong");
    expect(uiText("vi").validate.incomplete).toBe("Chưa chấm xong");
    expect(sheetLabels("vi").audit.incomplete).toBe("Chưa chấm xong");
  });

  it("names the compute steps as the software's work, not the members' scoring", () => {
    for (const step of Object.values(uiText("vi").compute.steps)) expect(step).not.toMatch(/^Chấm/);
    expect(uiText("en").compute.steps.score).not.toBe("Scoring");
  });

  it("calls a product's place Thứ hạng / Rank", () => {
    expect(sheetLabels("vi").result.rank).toBe("Thứ hạng");
    expect(cliText("vi").tableHeadings[0]).toBe("Thứ hạng");
  });
});

describe("fix texts name real controls", () => {
  const sheetNames = (language: Language) => Object.values(sheetLabels(language).sheetNames);

  it.each(LANGUAGES)("every phrase a %s fix text quotes is a control label or a sheet name", (language) => {
    const known = new Set([...allControlLabels(language), ...sheetNames(language)]);
    const unknown = Object.entries(issueTexts[language]).flatMap(([code, text]) =>
      [...text.fix.matchAll(/"([^"]+)"/g)]
        .map((m) => m[1])
        .filter((quoted) => !known.has(quoted))
        .map((quoted) => `${code}: "${quoted}"`),
    );
    expect(unknown).toEqual([]);
  });

  it.each(LANGUAGES)(
    "every button or tab a %s text tells the user to press is a real control",
    (language) => {
      const known = new Set(allControlLabels(language));
      const pressed = /(?:[Bb]ấm|[Pp]ress) "([^"]+)"|thẻ "([^"]+)"|the "([^"]+)" tab/g;
      const texts = [issueTexts[language], uiText(language), cliText(language)].flatMap((table) =>
        textsOf(table),
      );
      const unknown = texts.flatMap((text) =>
        [...text.matchAll(pressed)].map((m) => m[1] ?? m[2] ?? m[3]).filter((label) => !known.has(label)),
      );
      expect(texts.some((text) => pressed.test(text))).toBe(true);
      expect(unknown).toEqual([]);
    },
  );

  it.each(LANGUAGES)("the pane shows the labels the %s fix texts quote", (language) => {
    const ui = uiText(language);
    const c = controlLabels(language);
    expect([ui.nav.setup, ui.nav.validate, ui.nav.compute, ui.nav.member, ui.nav.settings]).toEqual([
      c.setupTab,
      c.validateTab,
      c.computeTab,
      c.memberTab,
      c.settingsTab,
    ]);
    expect([ui.setup.submit, ui.setup.insertCriteria, ui.validate.run, ui.compute.run]).toEqual([
      c.setUpRound,
      c.insertCriteria,
      c.validate,
      c.compute,
    ]);
  });

  it.each(LANGUAGES)("no %s message names a sheet by its internal key", (language) => {
    const missing = issueTexts[language]["setup-sheet-missing"].what({
      code: "setup-sheet-missing",
      severity: "error",
      detail: "round",
    });
    expect(missing).toContain(`"${sheetLabels(language).sheetNames.round}"`);
    if (language === "vi") expect(missing).not.toMatch(/"round"/);
  });

  it.each(LANGUAGES)(
    "a round with no criteria version chosen is said plainly in %s, not as an empty name",
    (language) => {
      const text = issueTexts[language]["unknown-criteria-version"].what({
        code: "unknown-criteria-version",
        severity: "error",
        value: "",
      });
      expect(text).not.toContain('""');
    },
  );
});

describe("numbers in text use the language's decimal separator", () => {
  it("writes 46,5 in a Vietnamese message and 46.5 in an English one", () => {
    const divergent: Issue = {
      code: "member-divergent",
      severity: "warning",
      product: "P03",
      member: "M3",
      value: 72.5,
      detail: 46.5,
      expected: 15,
    };
    expect(viIssues["member-divergent"].what(divergent)).toContain("72,5 điểm");
    expect(viIssues["member-divergent"].what(divergent)).toContain("(46,5)");
    expect(enIssues["member-divergent"].what(divergent)).toContain("(46.5)");
  });
});
