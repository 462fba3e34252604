import { Button, Field, makeStyles, Select, SpinButton, tokens } from "@fluentui/react-components";
import { ROUNDING_POLICIES, type Policy, type RoundingPolicy } from "../../../domain";
import { useLanguage } from "../../host/languageContext";

export interface PolicyFormProps {
  readonly policy: Policy;
  readonly saving: boolean;
  onChange(change: Partial<Policy>): void;
  onSave(): void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** SpinButton gives either a typed value or a stepped one; a cleared box keeps the last number. */
function spun(data: { value?: number | null; displayValue?: string }, fallback: number): number {
  if (typeof data.value === "number") return data.value;
  const typed = Number((data.displayValue ?? "").replace(",", "."));
  return Number.isFinite(typed) ? typed : fallback;
}

export function PolicyForm(props: PolicyFormProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  const { policy } = props;
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <Field label={text.settings.rounding}>
        <Select
          value={policy.rounding}
          onChange={(_event, data) => props.onChange({ rounding: data.value as RoundingPolicy })}
        >
          {ROUNDING_POLICIES.map((rounding) => (
            <option key={rounding} value={rounding}>
              {text.rounding[rounding]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.settings.minMembers} hint={text.settings.minMembersHint}>
        <SpinButton
          value={policy.minMembers}
          min={1}
          max={99}
          onChange={(_event, data) =>
            props.onChange({ minMembers: Math.max(1, Math.round(spun(data, policy.minMembers))) })
          }
        />
      </Field>
      <Field label={text.settings.divergence} hint={text.settings.divergenceHint}>
        <SpinButton
          value={policy.divergencePoints}
          min={0}
          max={100}
          onChange={(_event, data) =>
            props.onChange({ divergencePoints: Math.max(0, spun(data, policy.divergencePoints)) })
          }
        />
      </Field>
      <Button type="submit" appearance="primary" disabled={props.saving}>
        {props.saving ? text.settings.saving : text.settings.save}
      </Button>
    </form>
  );
}
