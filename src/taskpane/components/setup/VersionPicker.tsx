import { Field, Select } from "@fluentui/react-components";
import type { CriteriaVersion } from "../../../domain";
import { formatDate } from "../../format/formatDate";
import { useLanguage } from "../../host/languageContext";
import { useSelectStyles } from "../common/useSelectStyles";

export interface VersionPickerProps {
  readonly versions: readonly CriteriaVersion[];
  readonly value: string;
  onChange(versionId: string): void;
}

/** The decision the round follows, named by its number and date as councils cite it. */
export function VersionPicker(props: VersionPickerProps) {
  const { language, text } = useLanguage();
  const selectStyles = useSelectStyles();
  const selected = props.versions.find((version) => version.id === props.value);
  return (
    <Field
      label={text.setup.version}
      // The box may cut a long title at 320 px; the hint always shows the chosen decision in full.
      hint={selected ? `${selected.decision}. ${text.setup.versionHint}` : text.setup.versionHint}
      validationMessage={props.versions.length === 0 ? text.setup.noVersions : undefined}
    >
      <Select
        className={selectStyles.root}
        select={{ className: selectStyles.select }}
        value={props.value}
        onChange={(_event, data) => props.onChange(data.value)}
      >
        {props.versions.map((version) => (
          <option key={version.id} value={version.id}>
            {text.setup.versionOption(version.decision, formatDate(version.date, language))}
          </option>
        ))}
      </Select>
    </Field>
  );
}
