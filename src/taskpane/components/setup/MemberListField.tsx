import { Field, Textarea } from "@fluentui/react-components";
import { useLanguage } from "../../host/languageContext";

export interface MemberListFieldProps {
  readonly text: string;
  readonly problemLines: readonly number[];
  /** Shown once the user tried to send the form with nobody listed. */
  readonly empty: boolean;
  onChange(text: string): void;
}

export function MemberListField(props: MemberListFieldProps) {
  const { text } = useLanguage();
  const message = props.empty
    ? text.setup.needMembers
    : props.problemLines.length > 0
      ? text.setup.pasteProblems(props.problemLines.join(", "))
      : undefined;
  return (
    <Field label={text.setup.members} hint={text.setup.membersHint} required validationMessage={message}>
      <Textarea
        value={props.text}
        resize="vertical"
        rows={5}
        onChange={(_event, data) => props.onChange(data.value)}
      />
    </Field>
  );
}
