import { Text } from "@fluentui/react-components";
import { usePolicy } from "../../hooks/usePolicy";
import { useLanguage } from "../../host/languageContext";
import { Busy } from "../common/Busy";
import { FailureMessage } from "../common/FailureMessage";
import { Notice } from "../common/Notice";
import { Section } from "../common/Section";
import { PolicyForm } from "./PolicyForm";

export function PolicySection() {
  const { text } = useLanguage();
  const policy = usePolicy();
  const { loaded, saved, draft } = policy;
  return (
    <Section title={text.settings.policyTitle}>
      <Text>{text.settings.policyHint}</Text>
      {(loaded.kind === "idle" || loaded.kind === "running") && <Busy label={text.loading} />}
      {loaded.kind === "failed" && <FailureMessage message={loaded.message} onRetry={policy.reload} />}
      {loaded.kind === "done" && !draft && <Notice intent="info">{text.settings.noRound}</Notice>}
      {loaded.kind === "done" && draft && (
        <PolicyForm
          policy={draft}
          saving={saved.kind === "running"}
          onChange={policy.update}
          onSave={policy.save}
        />
      )}
      {saved.kind === "done" && <Notice intent="success">{text.settings.saved}</Notice>}
      {saved.kind === "failed" && <FailureMessage message={saved.message} onRetry={policy.save} />}
    </Section>
  );
}
