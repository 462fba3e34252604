import { Button } from "@fluentui/react-components";
import { nextRoundPaneText } from "../../../i18n/chainText";
import type { Language } from "../../../i18n";
import type { NextLevelRoundFile } from "../../commandBinding/paneCommands";
import { useAddin } from "../../host/addinContext";
import { useLanguage } from "../../host/languageContext";
import { BROWSER_COPY_HOST, deliverCopy } from "../../host/copyDelivery";
import { isRunning, useOperation } from "../../hooks/useOperation";
import { Notice } from "../common/Notice";
import { OperationStatus } from "../common/OperationStatus";
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

/** "Tạo đợt cấp trên" on a computed workbook, where the host can build the next level's round. */
export function NextLevelRound() {
  const { commands } = useAddin();
  if (!commands.nextLevelRound) return null;
  return <NextLevelRoundSection build={commands.nextLevelRound} />;
}

/** The next level's round as a new workbook, or a file to save. */
function NextLevelRoundSection(props: { build(language: Language): Promise<NextLevelRoundFile> }) {
  const { deliverCopy: deliver } = useAddin();
  const { language } = useLanguage();
  const text = nextRoundPaneText(language);
  const make = useOperation(async (): Promise<Made> => {
    const built = await props.build(language);
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
  const run = () => void make.run();
  return (
    <Section title={text.title}>
      <p>{text.intro}</p>
      <Button onClick={run} disabled={isRunning(make.state)}>
        {text.run}
      </Button>
      <OperationStatus state={make.state} runningLabel={text.making} onRetry={run}>
        {(made) =>
          made.kind === "refused" ? (
            <Notice intent="error" title={text.refused}>
              {made.messages.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </Notice>
          ) : (
            <Notice intent="success">
              {made.how === "opened" ? text.opened(made.products) : text.downloaded(made.products, made.file)}
              {made.duplicates > 0 && ` ${text.duplicates(made.duplicates)}`}
            </Notice>
          )
        }
      </OperationStatus>
    </Section>
  );
}
