import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface NoticeProps {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title?: string;
  readonly children: ReactNode;
}

/** A message with an icon and words: its meaning never rests on the bar's colour alone. */
export function Notice(props: NoticeProps) {
  return (
    <MessageBar intent={props.intent} layout="multiline" role={props.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {props.title && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}
