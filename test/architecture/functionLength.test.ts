import { longFunctionsIn } from "../../scripts/functionLength";

const body = (lines: number): string =>
  Array.from({ length: lines }, (_, i) => `  const v${i} = ${i};`).join("\n");

describe("function length limit", () => {
  it("a function of 81 lines is listed with its file, line and name; one of 80 is not", () => {
    const text = `function short() {\n${body(78)}\n}\nexport function long() {\n${body(79)}\n}\n`;
    expect(longFunctionsIn("src/x.ts", text)).toEqual([
      { file: "src/x.ts", line: 81, name: "long", lines: 81 },
    ]);
  });

  it("arrow functions, methods and function components count under the name they are given", () => {
    const text = [
      `export const Screen = () => {\n${body(80)}\n  return null;\n};`,
      `class Port {\n  write() {\n${body(80)}\n  }\n}`,
    ].join("\n");
    expect(longFunctionsIn("src/x.tsx", text).map((f) => f.name)).toEqual(["Screen", "write"]);
  });

  it("a long text table that is an object literal is data, not a function", () => {
    const entries = Array.from({ length: 200 }, (_, i) => `  key${i}: (n: number) => \`text \${n}\`,`).join(
      "\n",
    );
    expect(longFunctionsIn("src/i18n/x.ts", `export const texts = {\n${entries}\n};\n`)).toEqual([]);
  });
});
