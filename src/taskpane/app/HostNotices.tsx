import { Text } from "@fluentui/react-components";
import { noSharedRuntimeText, requirementText } from "../../i18n/requirements";
import { Notice } from "../components/common/Notice";
import { useAddin } from "../host/addinContext";
import { useLanguage } from "../host/languageContext";

/** What this host cannot do, said once at the top: the pane is shaped by the host, not surprised by it. */
export function HostNotices() {
  const { host, missingRequirements = [], sharedRuntime } = useAddin();
  const { language, text } = useLanguage();
  return (
    <>
      {host === "memory" && (
        <Notice intent="info">
          <Text size={200}>{text.memoryHostNotice}</Text>
        </Notice>
      )}
      {host === "excel" && sharedRuntime === false && (
        <Notice intent="info">
          <Text size={200}>
            {noSharedRuntimeText(language).what} {noSharedRuntimeText(language).fix} (
            {noSharedRuntimeText(language).needs})
          </Text>
        </Notice>
      )}
      {missingRequirements.map((requirement) => {
        const { what, fix, needs } = requirementText(requirement, language);
        return (
          <Notice key={requirement.feature} intent={requirement.blocking ? "error" : "warning"}>
            <Text size={200}>
              {what} {fix} ({needs})
            </Text>
          </Notice>
        );
      })}
    </>
  );
}
