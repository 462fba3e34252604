import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Catalog } from "../../../domain";
import { addCriteriaSetText } from "../../../i18n/ui/addCriteriaSetText";
import { useLanguage } from "../../host/languageContext";
import { formatDate } from "../../format/formatDate";
import { offeredVersions } from "../../hooks/offeredVersions";

export interface CriteriaCatalogListProps {
  readonly catalog: Catalog;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  decision: { fontWeight: tokens.fontWeightSemibold },
  small: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  sets: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  summary: { cursor: "pointer" },
});

/**
 * The decisions the add-in knows, with their source, what sheets come with each and which product sets a
 * council has to type in itself. Synthetic test versions are never shown as official.
 */
export function CriteriaCatalogList(props: CriteriaCatalogListProps) {
  const { language, text } = useLanguage();
  const styles = useStyles();
  const versions = offeredVersions(props.catalog);
  const needsPoints = addCriteriaSetText(language).needsPoints;
  return (
    <ul className={styles.list}>
      {versions.map((version) => {
        const entries = props.catalog.productSets(version.id);
        const available = entries.filter((entry) => entry.kind === "available");
        const missing = entries.filter((entry) => entry.kind === "missing");
        return (
          <li key={version.id} className={styles.item}>
            <Text className={styles.decision}>
              {text.setup.versionOption(version.decision, formatDate(version.date, language))}
            </Text>
            <Text className={styles.small}>
              {text.settings.source}: {version.source}
            </Text>
            <Text>{text.settings.setsAvailable(available.length, entries.length)}</Text>
            {available.length > 0 && (
              <ul className={styles.sets}>
                {available.map((entry) => (
                  <li key={entry.ref.code}>
                    {entry.ref.code} – {entry.ref.name}
                  </li>
                ))}
              </ul>
            )}
            {missing.length > 0 && (
              <details>
                <summary className={styles.summary}>
                  {text.settings.missingSetsTitle} ({missing.length})
                </summary>
                <ul className={styles.sets}>
                  {missing.map((entry) => (
                    <li key={entry.ref.code}>
                      {entry.ref.code} – {entry.ref.name}
                      {props.catalog.draft(version.id, entry.ref.code) ? ` (${needsPoints})` : ""}
                    </li>
                  ))}
                </ul>
                <Text className={styles.small}>{text.settings.importHint}</Text>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
