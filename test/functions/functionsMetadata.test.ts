import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { declaredFunctions, FUNCTIONS_SOURCE } from "./functionSignatures";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withBasicValuesOnly } = require("../../scripts/functionsMetadata") as {
  withBasicValuesOnly(json: string): string;
};

interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; optional?: boolean; dimensionality?: string }[];
}

let metadata: MetadataFunction[];
let generatedJson: string;

beforeAll(async () => {
  // The same generator the webpack plugin runs to write functions.json.
  const generated = await generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], true);
  expect(generated.errors).toEqual([]);
  generatedJson = generated.metadataJson;
  metadata = (JSON.parse(generated.metadataJson) as { functions: MetadataFunction[] }).functions;
});

describe("functions.json, generated from the JSDoc in functions.ts", () => {
  it("is built so a data-type cell (entity, formatted number) reaches OCOP.* as its plain value", () => {
    // The generator turns custom data types on; the build turns them off and changes nothing else.
    expect(JSON.parse(generatedJson).allowCustomDataForDataTypeAny).toBe(true);
    const built = JSON.parse(withBasicValuesOnly(generatedJson));
    expect(built).toEqual({ ...JSON.parse(generatedJson), allowCustomDataForDataTypeAny: false });
  });

  it("lists the five functions the issue names and CAPPEDSTARS (26/2026), under the OCOP namespace's ids", () => {
    expect(metadata.map((f) => f.id).sort()).toEqual([
      "AVERAGE",
      "CAPPEDSTARS",
      "CHECK",
      "OUTCOME",
      "STARLABEL",
      "STARS",
    ]);
  });

  it("has one entry per exported function, each tagged with its id", () => {
    const declared = declaredFunctions();
    expect(declared.every((f) => f.id !== undefined)).toBe(true);
    expect(declared.map((f) => f.id).sort()).toEqual(metadata.map((f) => f.id).sort());
  });

  it("gives every function the parameters of its TypeScript signature, in order, optional where the code says", () => {
    for (const declared of declaredFunctions()) {
      const entry = metadata.find((f) => f.id === declared.id)!;
      expect({ id: entry.id, parameters: entry.parameters.map((p) => p.name) }).toEqual({
        id: declared.id,
        parameters: declared.parameters.map((p) => p.name),
      });
      declared.parameters.forEach((parameter, index) => {
        expect(entry.parameters[index].optional ?? false).toBe(parameter.optional);
        expect(entry.parameters[index].dimensionality === "matrix").toBe(parameter.matrix);
      });
    }
  });

  it("describes every function and parameter in Vietnamese, then English", () => {
    const bilingual = (text: string) =>
      / \/ /.test(text) &&
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text.split(" / ")[0]);
    for (const entry of metadata) {
      expect(bilingual(entry.description)).toBe(true);
      for (const parameter of entry.parameters)
        expect([entry.id, parameter.name, bilingual(parameter.description)]).toEqual([
          entry.id,
          parameter.name,
          true,
        ]);
    }
  });

  it("takes member totals as a range and every optional argument last", () => {
    const average = metadata.find((f) => f.id === "AVERAGE")!;
    expect(average.parameters[0]).toMatchObject({ name: "member_totals", dimensionality: "matrix" });
    for (const entry of metadata) {
      const firstOptional = entry.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect(entry.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});
