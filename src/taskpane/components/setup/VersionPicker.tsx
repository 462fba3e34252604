import { Field, Select } from "@fluentui/react-components";
import type { CriteriaVersion } from "../../../domain";
import { formatDate } from "../../format/formatDate";
import { useLanguage } from "../../host/languageContext";

export interface VersionPickerProps {
  readonly versions: readonly CriteriaVersion[];
  readonly value: string;
  onChange(versionId: string): void;
}

/** The decision the round follows, named by its number and date as councils cite it. */
export function VersionPicker(props: VersionPickerProps) {
  const { language, text } = useLanguage();
  return (
    <Field
      label={text.setup.version}
      hint={text.setup.versionHint}
      validationMessage={props.versions.length === 0 ? text.setup.noVersions : undefined}
    >
      <Select value={props.value} onChange={(_event, data) => props.onChange(data.value)}>
        {props.versions.map((version) => (
          <option key={version.id} value={version.id}>
            {text.setup.versionOption(version.decision, formatDate(version.date, language))}
          </option>
        ))}
      </Select>
    </Field>
  );
}
