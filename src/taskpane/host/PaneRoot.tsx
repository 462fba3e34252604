import { FluentProvider, makeStyles, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Language } from "../../i18n";
import { AddinProvider, type AddinServicesSource } from "./addinContext";
import { LanguageProvider } from "./languageContext";

export interface PaneRootProps {
  /** A promise at start-up: the tabs show at once, the screens once the engine and criteria have loaded. */
  readonly services: AddinServicesSource;
  readonly language: Language;
  readonly theme: Theme;
  readonly storage?: Storage;
  readonly children: ReactNode;
}

const useStyles = makeStyles({ root: { minHeight: "100vh" } });

/** Everything a screen relies on: theme, the workbook and criteria, the user's language. */
export function PaneRoot(props: PaneRootProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={props.theme} className={styles.root}>
      <AddinProvider services={props.services}>
        <LanguageProvider initial={props.language} storage={props.storage}>
          {props.children}
        </LanguageProvider>
      </AddinProvider>
    </FluentProvider>
  );
}
