import { Button } from "@fluentui/react-components";
import { nextRoundPaneText } from "../../../i18n/chainText";
import { useAddin } from "../../host/addinContext";
import { useLanguage } from "../../host/languageContext";
import { BROWSER_COPY_HOST, deliverCopy } from "../../host/copyDelivery";
import { useOperation } from "../../hooks/useOperation";
import { FailureMessage } from "../common/FailureMessage";
import { Notice } from "../common/Notice";
import { Section } from "../common/Section";

type Made =
  | {
      readonly kind: "made";
      readonly how: "opened" | "downloaded";
      readonly file: string;
      readonly products: number;
      readonly duplicates: number;
    }
  | { readonly kind: "refused"; readonly messages: readonly string[] };

/** "Tạo đợt cấp trên" on a computed workbook: the next level's round as a new workbook, or a file to save. */
export function NextLevelRound() {
  const { commands, deliverCopy: deliver } = useAddin();
  const { language } = useLanguage();
  const text = nextRoundPaneText(language);
  const make = useOperation(async (): Promise<Made> => {
    if (!commands.nextLevelRound) throw new Error(text.refused);
    const built = await commands.nextLevelRound(language);
    if (built.kind === "refused") return built;
    const file = { fileName: built.fileName, bytes: built.bytes };
    const how = await (deliver ? deliver(file) : deliverCopy(file, BROWSER_COPY_HOST));
    return {
      kind: "made",
      how,
      file: built.fileName,
      products: built.products,
      duplicates: built.duplicates,
    };
  });
  if (!commands.nextLevelRound) return null;
  const { state } = make;
  return (
    <Section title={text.title}>
      <p>{text.intro}</p>
      <Button onClick={() => void make.run()} disabled={state.kind === "running"}>
        {text.run}
      </Button>
      {state.kind === "failed" && <FailureMessage message={state.message} onRetry={() => void make.run()} />}
      {state.kind === "done" && state.value.kind === "refused" && (
        <Notice intent="error" title={text.refused}>
          {state.value.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Notice>
      )}
      {state.kind === "done" && state.value.kind === "made" && (
        <Notice intent="success">
          {state.value.how === "opened"
            ? text.opened(state.value.products)
            : text.downloaded(state.value.products, state.value.file)}
          {state.value.duplicates > 0 && ` ${text.duplicates(state.value.duplicates)}`}
        </Notice>
      )}
    </Section>
  );
}
