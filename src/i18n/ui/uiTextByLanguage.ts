import type { Language } from "../language";
import { enUi } from "./uiTextEn";
import type { UiText } from "./uiTextShape";
import { viUi } from "./uiTextVi";

const texts: Readonly<Record<Language, UiText>> = { vi: viUi, en: enUi };

export function uiText(language: Language): UiText {
  return texts[language];
}

/** Language names are written in their own language, so a user can find theirs whatever is shown. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { vi: "Tiếng Việt", en: "English" };
