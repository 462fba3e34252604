import {
  Button,
  makeStyles,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useState } from "react";
import { useLanguage } from "../host/languageContext";
import { SCREENS, type ScreenId } from "./screens";

export interface NavTabsProps {
  readonly current: ScreenId;
  onSelect(screen: ScreenId): void;
}

const useStyles = makeStyles({
  // One row at any width: tabs that do not fit move behind the "⋯" button (Fluent's overflow), and the
  // current step always stays in view.
  row: {
    display: "flex",
    flexWrap: "nowrap",
    alignItems: "center",
    minWidth: 0,
    overflow: "hidden",
    paddingInline: tokens.spacingHorizontalXS,
  },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  tab: { flexShrink: 0 },
  more: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    paddingInline: tokens.spacingHorizontalS,
    paddingBlockEnd: tokens.spacingVerticalXS,
  },
});

/**
 * The five steps as one row of tabs. At 320 px the steps that do not fit are listed under a "⋯" button
 * (a disclosure, not a pop-up menu: Fluent's Menu would bring its positioning engine into the first load).
 */
export function NavTabs(props: NavTabsProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  const [hidden, setHidden] = useState<readonly ScreenId[]>([]);
  const [open, setOpen] = useState(false);
  const select = (screen: ScreenId) => {
    setOpen(false);
    props.onSelect(screen);
  };
  return (
    <nav aria-label={text.nav.label}>
      <Overflow
        minimumVisible={2}
        padding={8}
        onOverflowChange={(_event, data) =>
          setHidden(SCREENS.filter((screen) => data.itemVisibility[screen] === false))
        }
      >
        <div className={styles.row}>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={props.current}
            onTabSelect={(_event, data) => select(data.value as ScreenId)}
          >
            {SCREENS.map((screen) => (
              <OverflowItem key={screen} id={screen} priority={screen === props.current ? 2 : 1}>
                <Tab className={styles.tab} value={screen} id={`tab-${screen}`} aria-controls="screen-panel">
                  {text.nav[screen]}
                </Tab>
              </OverflowItem>
            ))}
          </TabList>
          {/* Outside the tab list: a tablist may hold tabs only. */}
          <MoreButton open={open} onToggle={() => setOpen(!open)} />
        </div>
      </Overflow>
      {open && hidden.length > 0 && (
        <div id="more-steps" className={styles.more}>
          {SCREENS.filter((screen) => hidden.includes(screen)).map((screen) => (
            <Button key={screen} appearance="subtle" size="small" onClick={() => select(screen)}>
              {text.nav[screen]}
            </Button>
          ))}
        </div>
      )}
    </nav>
  );
}

/** "⋯": shown only while some step does not fit; it opens the list of those steps. */
function MoreButton(props: { readonly open: boolean; onToggle(): void }) {
  const { text } = useLanguage();
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Button
      ref={ref}
      appearance="transparent"
      size="small"
      aria-label={text.nav.more}
      aria-expanded={props.open}
      aria-controls="more-steps"
      onClick={props.onToggle}
    >
      ⋯
    </Button>
  );
}
