import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Link,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Stars } from "../../../domain";
import { starGlyphs } from "../../../i18n";
import {
  DECISION_ROWS,
  type ResultSummary as Summary,
  type SummaryProduct,
} from "../../commandBinding/paneCommands";
import { useLanguage } from "../../host/languageContext";
import { Section } from "../common/Section";
import { IssueItem } from "../validate/IssueItem";

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
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  rowHeader: { display: "flex", justifyContent: "space-between", width: "100%" },
  plainList: { listStyleType: "none", paddingInlineStart: 0 },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    paddingInline: tokens.spacingHorizontalM,
    boxSizing: "border-box",
  },
});

const STARS: readonly Stars[] = [5, 4, 3, 2, 1];

/**
 * Stars as glyphs and words; then the council's decisions, one row per decision, each product in exactly
 * one row (so the rows add up to the product count), each row opening to its products; then the rated
 * products with warnings, each warning saying where it is.
 */
export function ResultSummary(props: ResultSummaryProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  const { summary } = props;
  return (
    <Section title={text.compute.summaryTitle}>
      <Text>{text.compute.products(summary.products)}</Text>
      <StarTable summary={summary} />
      <Text weight="semibold">{text.compute.decisionsCaption}</Text>
      <Accordion multiple collapsible>
        {DECISION_ROWS.map((row) => (
          <AccordionItem key={row} value={row} disabled={summary.rows[row].length === 0}>
            <AccordionHeader size="small">
              <span className={styles.rowHeader}>
                <span>{text.compute.rows[row]}</span>
                <span>{summary.rows[row].length}</span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ProductLinks products={summary.rows[row]} onGoTo={props.onGoTo} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <Text className={mergeClasses(styles.rowHeader, styles.total)}>
        <span>{text.compute.total}</span>
        <span>{DECISION_ROWS.reduce((sum, row) => sum + summary.rows[row].length, 0)}</span>
      </Text>
      {summary.warnings.length > 0 && <Warnings summary={summary} onGoTo={props.onGoTo} />}
      <Button
        appearance="primary"
        onClick={() => props.onGoTo(summary.resultSheet.sheet, summary.resultSheet.cell)}
      >
        {text.compute.goToResult}
      </Button>
    </Section>
  );
}

function StarTable(props: { readonly summary: Summary }) {
  const { text } = useLanguage();
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <tbody>
        {STARS.map((stars) => (
          <tr key={stars}>
            <th scope="row" className={styles.cell}>
              <span className={styles.glyphs} aria-hidden="true">
                {starGlyphs(stars)}
              </span>{" "}
              {text.compute.starsRow(stars)}
            </th>
            <td className={mergeClasses(styles.cell, styles.count)}>{props.summary.stars[stars]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ProductLinks(props: {
  readonly products: readonly SummaryProduct[];
  onGoTo(sheet: string, cell: string): void;
}) {
  const { text } = useLanguage();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {props.products.map((product) => {
        const { sheet } = product;
        return (
          <li key={product.id}>
            {sheet ? (
              <Link as="button" onClick={() => props.onGoTo(sheet, "A1")}>
                {text.compute.openProduct(product.id, product.name)}
              </Link>
            ) : (
              `${product.id} – ${product.name}`
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Warnings(props: { readonly summary: Summary; onGoTo(sheet: string, cell: string): void }) {
  const { text } = useLanguage();
  const styles = useStyles();
  const { summary } = props;
  const names = new Map(summary.members.map((member) => [member.id, member.name]));
  return (
    <>
      <Text weight="semibold">{text.compute.warningsTitle(summary.warnings.length)}</Text>
      <ul className={mergeClasses(styles.list, styles.plainList)}>
        {summary.warnings.flatMap((product) =>
          product.issues.map((found, i) => (
            <li key={`${product.id}-${i}`}>
              <IssueItem issue={found} memberNames={names} onSelect={props.onGoTo} />
            </li>
          )),
        )}
      </ul>
    </>
  );
}
