export * from "./uiText";
export * from "./uiTexts";
