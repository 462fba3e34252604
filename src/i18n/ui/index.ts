export * from "./uiTextShape";
export * from "./uiTextByLanguage";
