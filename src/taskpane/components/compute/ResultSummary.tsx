import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Stars } from "../../../domain";
import { starGlyphs } from "../../../i18n";
import type { ResultSummary as Summary } from "../../commands/paneCommands";
import { useLanguage } from "../../host/languageContext";
import { Section } from "../common/Section";

export interface ResultSummaryProps {
  readonly summary: Summary;
  onGoTo(sheet: string, cell: string): void;
}

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalXS,
    textAlign: "start",
  },
  count: { textAlign: "end" },
  glyphs: { color: tokens.colorPaletteMarigoldForeground2, letterSpacing: tokens.spacingHorizontalXXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const STARS: readonly Stars[] = [5, 4, 3, 2, 1];

/** Stars as glyphs and words, the council's decisions as counts, then what needs a second look. */
export function ResultSummary(props: ResultSummaryProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  const { summary } = props;
  const row = (label: React.ReactNode, count: number, key: string) => (
    <tr key={key}>
      <th scope="row" className={styles.cell}>
        {label}
      </th>
      <td className={mergeClasses(styles.cell, styles.count)}>{count}</td>
    </tr>
  );
  return (
    <Section title={text.compute.summaryTitle}>
      <Text>{text.compute.products(summary.products)}</Text>
      <table className={styles.table}>
        <tbody>
          {STARS.map((stars) =>
            row(
              <>
                <span className={styles.glyphs} aria-hidden="true">
                  {starGlyphs(stars)}
                </span>{" "}
                {text.compute.starsRow(stars)}
              </>,
              summary.stars[stars],
              `stars-${stars}`,
            ),
          )}
          {row(text.compute.recognized, summary.recognized, "recognized")}
          {row(text.compute.forwarded, summary.forwarded, "forwarded")}
          {row(text.compute.needAttention, summary.attention.length, "attention")}
        </tbody>
      </table>
      {summary.attention.length > 0 && (
        <>
          <Text weight="semibold">{text.compute.attentionList}</Text>
          <ul className={styles.list}>
            {summary.attention.map((product) => (
              <li key={product.id}>
                {product.id} – {product.name}: {text.compute.attentionStatus[product.status]}
              </li>
            ))}
          </ul>
        </>
      )}
      <Button
        appearance="primary"
        onClick={() => props.onGoTo(summary.resultSheet.sheet, summary.resultSheet.cell)}
      >
        {text.compute.goToResult}
      </Button>
    </Section>
  );
}
