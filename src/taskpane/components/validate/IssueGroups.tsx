import { makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../../domain";
import { groupIssues } from "../../hooks/groupIssues";
import { useLanguage } from "../../host/languageContext";
import { Section } from "../common/Section";
import { IssueItem } from "./IssueItem";

export interface IssueGroupsProps {
  readonly issues: readonly Issue[];
  readonly memberNames?: ReadonlyMap<string, string>;
  onSelect(sheet: string, cell: string): void;
}

const useStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export function IssueGroups(props: IssueGroupsProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  return (
    <div className={styles.groups}>
      {groupIssues(props.issues).map((group) => (
        <Section
          key={group.sheet ?? ""}
          title={text.validate.issuesOn(group.sheet ?? text.validate.roundIssues, group.issues.length)}
        >
          <ul className={styles.list}>
            {group.issues.map((issue, index) => (
              <li key={`${issue.code}-${issue.cell ?? ""}-${index}`}>
                <IssueItem issue={issue} memberNames={props.memberNames} onSelect={props.onSelect} />
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </div>
  );
}
