import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useLanguage } from "../host/languageContext";
import { SCREENS, type ScreenId } from "./screens";

export interface NavTabsProps {
  readonly current: ScreenId;
  onSelect(screen: ScreenId): void;
}

const useStyles = makeStyles({
  // One row at any width: tabs that do not fit move into the "more" menu (Fluent's overflow), and the
  // current step always stays in view.
  tabs: {
    flexWrap: "nowrap",
    minWidth: 0,
    overflow: "hidden",
    paddingInline: tokens.spacingHorizontalXS,
  },
  tab: { flexShrink: 0 },
});

/** The five steps as one row of tabs; at 320 px the ones that do not fit are one "⋯" menu away. */
export function NavTabs(props: NavTabsProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  return (
    <nav aria-label={text.nav.label}>
      <Overflow minimumVisible={2} padding={40}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={props.current}
          onTabSelect={(_event, data) => props.onSelect(data.value as ScreenId)}
        >
          {SCREENS.map((screen) => (
            <OverflowItem key={screen} id={screen} priority={screen === props.current ? 2 : 1}>
              <Tab className={styles.tab} value={screen} id={`tab-${screen}`} aria-controls="screen-panel">
                {text.nav[screen]}
              </Tab>
            </OverflowItem>
          ))}
          <MoreSteps onSelect={props.onSelect} />
        </TabList>
      </Overflow>
    </nav>
  );
}

/** The steps that did not fit, as a menu; it exists only while some step is out of view. */
function MoreSteps(props: { onSelect(screen: ScreenId): void }) {
  const { text } = useLanguage();
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" size="small" aria-label={text.nav.more}>
          ⋯
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {SCREENS.map((screen) => (
            <MoreStep key={screen} screen={screen} onSelect={props.onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function MoreStep(props: { readonly screen: ScreenId; onSelect(screen: ScreenId): void }) {
  const { text } = useLanguage();
  const visible = useIsOverflowItemVisible(props.screen);
  if (visible) return null;
  return <MenuItem onClick={() => props.onSelect(props.screen)}>{text.nav[props.screen]}</MenuItem>;
}
