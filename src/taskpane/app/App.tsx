import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import { useLanguage } from "../host/languageContext";
import { SetupScreen } from "../components/setup/SetupScreen";
import { ValidateScreen } from "../components/validate/ValidateScreen";
import { SettingsScreen } from "../components/settings/SettingsScreen";
import { HostNotices } from "./HostNotices";
import { NavTabs } from "./NavTabs";
import type { ScreenId } from "./screens";

// The member view is used by members, not on every secretary's start-up: keep it out of the first load.
const MemberScreen = lazy(() =>
  import("../components/member/MemberScreen").then((module) => ({ default: module.MemberScreen })),
);
// The compute screen (its summary's accordion and the replace dialog) is the last step: loaded on demand.
const ComputeScreen = lazy(() =>
  import("../components/compute/ComputeScreen").then((module) => ({ default: module.ComputeScreen })),
);

export interface AppProps {
  readonly initialScreen?: ScreenId;
}

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: "100vh" },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlockStart: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

export function App(props: AppProps) {
  const { language, text } = useLanguage();
  const [screen, setScreen] = useState<ScreenId>(props.initialScreen ?? "setup");
  const styles = useStyles();

  useEffect(() => {
    // Screen readers pick the voice from the page language; it changes with the user's choice.
    document.documentElement.lang = language;
    document.title = text.appTitle;
  }, [language, text]);

  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <h1 className={styles.title}>{text.appTitle}</h1>
        <HostNotices />
      </header>
      <NavTabs current={screen} onSelect={setScreen} />
      <main id="screen-panel" role="tabpanel" aria-labelledby={`tab-${screen}`}>
        {screen === "setup" && <SetupScreen />}
        {screen === "validate" && <ValidateScreen />}
        {screen === "compute" && (
          <Suspense fallback={<Text role="status">{text.loading}</Text>}>
            <ComputeScreen />
          </Suspense>
        )}
        {screen === "member" && (
          <Suspense fallback={<Text role="status">{text.loading}</Text>}>
            <MemberScreen />
          </Suspense>
        )}
        {screen === "settings" && <SettingsScreen />}
      </main>
    </div>
  );
}
