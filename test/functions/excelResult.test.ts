import { excelResult } from "../../src/functions/excelResult";
import { failure, value } from "../../src/functions/functionResult";

/** Stand-in for Excel's runtime: the real one exists only inside Excel. */
class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const scope = globalThis as { CustomFunctions?: unknown };

beforeAll(() => {
  scope.CustomFunctions = {
    Error: FakeExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
});
afterAll(() => delete scope.CustomFunctions);

function thrown(run: () => unknown): FakeExcelError {
  try {
    run();
  } catch (error) {
    return error as FakeExcelError;
  }
  throw new Error("expected an Excel error");
}

describe("what Excel receives from an OCOP function", () => {
  it("is the value itself when there is one", () => {
    expect(excelResult(value(4))).toBe(4);
    expect(excelResult(value(true))).toBe(true);
  });

  it("is #VALUE! with the reason for an argument of the wrong kind", () => {
    const error = thrown(() =>
      excelResult(failure("invalidValue", { code: "blank", argument: "score" }, "en")),
    );
    expect(error).toEqual(new FakeExcelError("#VALUE!", "The score is blank."));
  });

  it("is #N/A with the reason for something not known", () => {
    const error = thrown(() =>
      excelResult(failure("notAvailable", { code: "unknown-level", value: "x" }, "vi")),
    );
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain('"x"');
  });

  it("is a bare #NUM!, since Excel shows no message for it", () => {
    const problem = { code: "out-of-range", argument: "score", value: 120, min: 0, max: 100 } as const;
    expect(thrown(() => excelResult(failure("invalidNumber", problem, "en")))).toEqual(
      new FakeExcelError("#NUM!"),
    );
  });
});
