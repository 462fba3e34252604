import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { languageOf, LANGUAGES, type Language } from "../../i18n";
import { uiText, type UiText } from "../../i18n/ui";

const STORAGE_KEY = "ocop-scoring.language";

export interface LanguageState {
  readonly language: Language;
  readonly text: UiText;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

/** The user's remembered choice wins; otherwise Office's display language decides (vi unless English). */
export function initialLanguage(officeLocale: string | undefined, storage: Storage | undefined): Language {
  const stored = readStored(storage);
  return stored ?? languageOf(officeLocale);
}

function readStored(storage: Storage | undefined): Language | undefined {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly (string | null | undefined)[]).includes(value)
      ? (value as Language)
      : undefined;
  } catch {
    // Storage can be blocked (private mode, strict iframe policies): fall back to Office's language.
    return undefined;
  }
}

export function LanguageProvider(props: {
  readonly initial: Language;
  readonly storage?: Storage;
  readonly children: ReactNode;
}) {
  const { storage } = props;
  const [language, setState] = useState<Language>(props.initial);
  const setLanguage = useCallback(
    (next: Language) => {
      setState(next);
      try {
        storage?.setItem(STORAGE_KEY, next);
      } catch {
        // Not remembered, but the switch itself still works for this session.
      }
    },
    [storage],
  );
  const value = useMemo(() => ({ language, text: uiText(language), setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{props.children}</LanguageContext.Provider>;
}

/** The pane's language where a provider is above, else undefined (hooks also used outside the pane). */
export function useOptionalLanguage(): Language | undefined {
  return useContext(LanguageContext)?.language;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error("useLanguage() needs a <LanguageProvider> above it");
  return state;
}
