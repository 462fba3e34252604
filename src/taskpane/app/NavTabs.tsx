import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useLanguage } from "../host/languageContext";
import { SCREENS, type ScreenId } from "./screens";

export interface NavTabsProps {
  readonly current: ScreenId;
  onSelect(screen: ScreenId): void;
}

const useStyles = makeStyles({
  // A 320 px pane cannot fit five tabs on one line; wrapping keeps every step visible without scrolling.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS, paddingInline: tokens.spacingHorizontalXS },
});

export function NavTabs(props: NavTabsProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  return (
    <nav aria-label={text.nav.label}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={props.current}
        onTabSelect={(_event, data) => props.onSelect(data.value as ScreenId)}
      >
        {SCREENS.map((screen) => (
          <Tab key={screen} value={screen} id={`tab-${screen}`} aria-controls="screen-panel">
            {text.nav[screen]}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
