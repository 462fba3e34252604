import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { COUNCIL_LEVELS, type CouncilLevel } from "../../../domain";
import { useLanguage } from "../../host/languageContext";
import { useSelectStyles } from "../common/useSelectStyles";

export interface CouncilFieldsProps {
  readonly level: CouncilLevel;
  readonly name: string;
  readonly date: string;
  /** Shown under the name once the user tried to send the form without one. */
  readonly nameMissing: boolean;
  onChange(change: { level?: CouncilLevel; councilName?: string; date?: string }): void;
}

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function CouncilFields(props: CouncilFieldsProps) {
  const { text } = useLanguage();
  const selectStyles = useSelectStyles();
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      <Field label={text.setup.level}>
        <Select
          className={selectStyles.root}
          select={{ className: selectStyles.select }}
          value={props.level}
          onChange={(_event, data) => props.onChange({ level: data.value as CouncilLevel })}
        >
          {COUNCIL_LEVELS.map((level) => (
            <option key={level} value={level}>
              {text.levels[level]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={text.setup.councilName}
        required
        validationMessage={props.nameMissing ? text.setup.needName : undefined}
      >
        <Input
          value={props.name}
          placeholder={text.setup.councilNamePlaceholder}
          onChange={(_event, data) => props.onChange({ councilName: data.value })}
        />
      </Field>
      <Field label={text.setup.meetingDate}>
        <Input
          type="date"
          value={props.date}
          onChange={(_event, data) => props.onChange({ date: data.value })}
        />
      </Field>
    </div>
  );
}
