import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface ScreenProps {
  readonly title: string;
  readonly intro?: string;
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  screen: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

/** One screen of the pane: a heading the screen reader can jump to, a sentence on what it is for. */
export function Screen(props: ScreenProps) {
  const styles = useStyles();
  return (
    <section className={styles.screen} aria-labelledby="screen-title">
      <h2 id="screen-title" className={styles.title}>
        {props.title}
      </h2>
      {props.intro && <Text>{props.intro}</Text>}
      {props.children}
    </section>
  );
}
