import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useLanguage } from "../../host/languageContext";

export interface FailureMessageProps {
  readonly message: string;
  readonly onRetry?: () => void;
}

/** An error nobody planned for (Excel busy, sheet protected): say it in words and offer another try. */
export function FailureMessage(props: FailureMessageProps) {
  const { text } = useLanguage();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{text.unexpectedError(props.message)}</MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button onClick={props.onRetry}>{text.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
