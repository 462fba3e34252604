import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { StatusCounts } from "../../commandBinding/paneCommands";
import { useLanguage } from "../../host/languageContext";

export interface StatusCountsTableProps {
  readonly caption: string;
  /** First column's header: "Products" or "Member". */
  readonly rowHeader: string;
  readonly rows: readonly ({ readonly key: string; readonly label: string } & StatusCounts)[];
}

const useStyles = makeStyles({
  // Auto layout: number columns take their header's width ("Incomplete" stays one word at 320 px) and names wrap.
  table: { borderCollapse: "collapse", width: "100%" },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBlockEnd: tokens.spacingVerticalXS,
  },
  cell: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalXS,
    textAlign: "end",
  },
  first: { textAlign: "start", overflowWrap: "anywhere" },
});

/** Complete / incomplete / invalid as numbers in labelled columns, readable without colour. */
export function StatusCountsTable(props: StatusCountsTableProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  // Griffel classes are atomic: only mergeClasses decides which of two text-align rules wins.
  const first = mergeClasses(styles.cell, styles.first);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={first}>
            {props.rowHeader}
          </th>
          <th scope="col" className={styles.cell}>
            {text.validate.complete}
          </th>
          <th scope="col" className={styles.cell}>
            {text.validate.incomplete}
          </th>
          <th scope="col" className={styles.cell}>
            {text.validate.invalid}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className={first}>
              {row.label}
            </th>
            <td className={styles.cell}>{row.complete}</td>
            <td className={styles.cell}>{row.incomplete}</td>
            <td className={styles.cell}>{row.invalid}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
