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
  /** The typed date is no day (31/02, 2026-13-01, "tomorrow"). */
  readonly dateInvalid: boolean;
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
      {/*
        A text field read day first, not <input type="date">: the browser's date input shows its own
        locale's order (mm/dd/yyyy in an English Office) and @fluentui/react-datepicker-compat is not a
        dependency. Vietnamese councils write 20/10/2026; ISO (2026-10-20) is accepted too.
      */}
      <Field
        label={text.setup.meetingDate}
        hint={text.setup.dateHint}
        validationMessage={props.dateInvalid ? text.setup.badDate : undefined}
      >
        <Input
          value={props.date}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          onChange={(_event, data) => props.onChange({ date: data.value })}
        />
      </Field>
    </div>
  );
}
