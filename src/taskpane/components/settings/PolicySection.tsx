import { Text } from "@fluentui/react-components";
import { isRunning } from "../../hooks/useOperation";
import { usePolicy } from "../../hooks/usePolicy";
import { useLanguage } from "../../host/languageContext";
import { Notice } from "../common/Notice";
import { OperationStatus } from "../common/OperationStatus";
import { Section } from "../common/Section";
import { PolicyForm } from "./PolicyForm";

export function PolicySection() {
  const { text } = useLanguage();
  const policy = usePolicy();
  const { loaded, saved, draft } = policy;
  return (
    <Section title={text.settings.policyTitle}>
      <Text>{text.settings.policyHint}</Text>
      <OperationStatus state={loaded} runningLabel={text.loading} runsOnOpen onRetry={policy.reload}>
        {() =>
          draft ? (
            <PolicyForm
              policy={draft}
              saving={isRunning(saved)}
              onChange={policy.update}
              onSave={policy.save}
            />
          ) : (
            <Notice intent="info">{text.settings.noRound}</Notice>
          )
        }
      </OperationStatus>
      <OperationStatus state={saved} runningLabel={text.settings.saving} onRetry={policy.save}>
        {(outcome) =>
          outcome.kind === "saved" ? (
            <Notice intent="success">{text.settings.saved}</Notice>
          ) : (
            <Notice intent="warning">{text.settings.noRoundSheet(outcome.sheet)}</Notice>
          )
        }
      </OperationStatus>
    </Section>
  );
}
