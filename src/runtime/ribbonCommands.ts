import { computeFromRibbon } from "./computeFromRibbon";

/** FunctionName values of the manifest's ExecuteFunction buttons; a test checks the manifest uses them. */
export const RIBBON_ACTIONS = { compute: "computeResults" } as const;

/**
 * Binds the ribbon's function buttons. event.completed() is called whatever happens, or Excel keeps the
 * button busy; "Mở OCOP" needs no code (ShowTaskpane).
 */
export function registerRibbonCommands(): void {
  Office.actions.associate(RIBBON_ACTIONS.compute, (event: Office.AddinCommands.Event) => {
    computeFromRibbon().finally(() => event.completed());
  });
}
