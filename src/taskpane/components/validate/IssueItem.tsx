import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Issue } from "../../../domain";
import { describeIssue } from "../../../i18n";
import { useLanguage } from "../../host/languageContext";

export interface IssueItemProps {
  readonly issue: Issue;
  /** Member id → name: issues carry ids, people recognise names. */
  readonly memberNames?: ReadonlyMap<string, string>;
  onSelect(sheet: string, cell: string): void;
}

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    overflowWrap: "anywhere",
  },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  warning: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  severity: { fontWeight: tokens.fontWeightSemibold },
  fix: { color: tokens.colorNeutralForeground2 },
  goTo: { color: tokens.colorBrandForegroundLink, textDecorationLine: "underline" },
});

/**
 * One issue: its severity in words (the coloured edge only repeats it), what is wrong, how to fix it; when it
 * names a cell, the whole item is a button that selects that cell in Excel.
 */
export function IssueItem(props: IssueItemProps) {
  const { language, text } = useLanguage();
  const styles = useStyles();
  const { issue } = props;
  const { what, fix } = describeIssue(issue, language, props.memberNames);
  const body = (
    <>
      <Text className={styles.severity}>{text.validate.severity[issue.severity]}</Text>
      <Text>{what}</Text>
      <Text className={styles.fix}>
        {text.validate.fixLabel} {fix}
      </Text>
    </>
  );
  const className = mergeClasses(styles.item, styles[issue.severity]);
  const { sheet, cell } = issue;
  if (sheet && cell)
    return (
      <button
        type="button"
        className={mergeClasses(className, styles.clickable)}
        onClick={() => props.onSelect(sheet, cell)}
      >
        {body}
        <Text className={styles.goTo}>{text.validate.goTo(cell)}</Text>
      </button>
    );
  return <div className={className}>{body}</div>;
}
