import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

export interface SectionProps {
  readonly title: string;
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

/** A titled group inside a screen (h3), so the pane reads as an outline with a screen reader. */
export function Section(props: SectionProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.title}>
        {props.title}
      </h3>
      {props.children}
    </section>
  );
}
