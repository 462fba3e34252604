/** The pane's screens, in the order a secretary goes through a round. */
export type ScreenId = "setup" | "validate" | "compute" | "member" | "settings";
export const SCREENS: readonly ScreenId[] = ["setup", "validate", "compute", "member", "settings"];
