import { Field, Select } from "@fluentui/react-components";
import type { Member } from "../../../domain";
import { useLanguage } from "../../host/languageContext";
import { useSelectStyles } from "../common/useSelectStyles";

export interface MemberPickerProps {
  readonly members: readonly Member[];
  readonly value: string;
  onChange(memberId: string): void;
}

export function MemberPicker(props: MemberPickerProps) {
  const { text } = useLanguage();
  const selectStyles = useSelectStyles();
  return (
    <Field label={text.member.choose}>
      <Select
        className={selectStyles.root}
        select={{ className: selectStyles.select }}
        value={props.value}
        onChange={(_event, data) => props.onChange(data.value)}
      >
        <option value="">{text.member.choosePlaceholder}</option>
        {props.members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
            {member.role ? ` – ${member.role}` : ""}
          </option>
        ))}
      </Select>
    </Field>
  );
}
