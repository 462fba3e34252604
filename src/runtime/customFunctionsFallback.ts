/*
 * Outside Excel (the pane opened in a plain browser for tests, Excel hosts without custom functions) there is
 * no CustomFunctions global, and the associate calls the metadata loader appends to functions.ts would throw
 * and stop the whole runtime page, ribbon commands and pane included. Imported before functions.ts.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined") scope.CustomFunctions = { associate: () => undefined };

export {};
