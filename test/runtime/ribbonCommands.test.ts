import { RIBBON_ACTIONS, registerRibbonCommands } from "../../src/runtime/ribbonCommands";

type Handler = (event: { completed: () => void }) => void;

describe("the ribbon's function buttons", () => {
  const scope = globalThis as { Office?: unknown };
  const handlers = new Map<string, Handler>();
  const dialogs: string[] = [];

  beforeAll(() => {
    // An Excel too old for the adapter and without dialogs: the button must still finish.
    scope.Office = {
      actions: { associate: (id: string, handler: Handler) => handlers.set(id, handler) },
      context: {
        displayLanguage: "vi-VN",
        requirements: { isSetSupported: () => false },
        ui: { displayDialogAsync: (url: string) => dialogs.push(url) },
      },
    };
    registerRibbonCommands();
  });
  afterAll(() => delete scope.Office);

  it("binds Tính kết quả under the FunctionName the manifest gives", () => {
    expect([...handlers.keys()]).toEqual([RIBBON_ACTIONS.compute]);
  });

  it("tells Excel the command finished even when it could not compute, so the button is not left busy", async () => {
    const completed = await new Promise<boolean>((resolve) =>
      handlers.get(RIBBON_ACTIONS.compute)!({ completed: () => resolve(true) }),
    );
    expect(completed).toBe(true);
    expect(dialogs).toEqual([]);
  });
});
