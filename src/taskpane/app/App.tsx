import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useDeferredValue, useEffect, useState } from "react";
import { useLanguage } from "../host/languageContext";
import { Busy } from "../components/common/Busy";
import { SetupScreen } from "../components/setup/SetupScreen";
import { HostNotices } from "./HostNotices";
import { lazyScreen, type LazyScreen } from "./lazyScreen";
import { NavTabs } from "./NavTabs";
import type { ScreenId } from "./screens";

// Setup is what a secretary opens first; every other step is its own chunk, fetched once setup is usable.
const LATER_SCREENS: Readonly<Record<Exclude<ScreenId, "setup">, LazyScreen>> = {
  validate: lazyScreen(() => import("../components/validate/ValidateScreen").then((m) => m.ValidateScreen)),
  compute: lazyScreen(() => import("../components/compute/ComputeScreen").then((m) => m.ComputeScreen)),
  member: lazyScreen(() => import("../components/member/MemberScreen").then((m) => m.MemberScreen)),
  settings: lazyScreen(() => import("../components/settings/SettingsScreen").then((m) => m.SettingsScreen)),
};

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
  // The tab follows a click at once; the panel keeps the screen it shows until the next one has loaded,
  // so a tab switch never flashes a spinner over a screen the user was reading.
  const shown = useDeferredValue(screen);
  const styles = useStyles();

  useEffect(() => {
    // Screen readers pick the voice from the page language; it changes with the user's choice.
    document.documentElement.lang = language;
    document.title = text.appTitle;
  }, [language, text]);

  useEffect(() => preloadWhenIdle(Object.values(LATER_SCREENS)), []);

  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <h1 className={styles.title}>{text.appTitle}</h1>
        {/* Notices depend on the host's services: the title and tabs never wait for them. */}
        <Suspense fallback={null}>
          <HostNotices />
        </Suspense>
      </header>
      <NavTabs current={screen} onSelect={setScreen} />
      <main id="screen-panel" role="tabpanel" aria-labelledby={`tab-${shown}`}>
        <Suspense fallback={<Busy label={text.loading} />}>
          <CurrentScreen screen={shown} />
        </Suspense>
      </main>
    </div>
  );
}

function CurrentScreen(props: { readonly screen: ScreenId }) {
  if (props.screen === "setup") return <SetupScreen />;
  const { Screen } = LATER_SCREENS[props.screen];
  return <Screen />;
}

/** Fetches the other screens when the browser is idle after start-up; returns the cancel for useEffect. */
function preloadWhenIdle(screens: readonly LazyScreen[]): () => void {
  const preload = () => screens.forEach((screen) => void screen.preload().catch(() => undefined));
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(preload, { timeout: 5_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(preload, 1_000);
  return () => window.clearTimeout(handle);
}
