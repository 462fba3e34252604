import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { ROUNDING_POLICIES, type Policy, type RoundingPolicy } from "../../../domain";
import { useLanguage } from "../../host/languageContext";
import { useSelectStyles } from "../common/useSelectStyles";

export interface PolicyFormProps {
  readonly policy: Policy;
  readonly saving: boolean;
  onChange(change: Partial<Policy>): void;
  onSave(): void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A number box left empty or half-typed keeps the last good number instead of becoming NaN. */
function numberOr(typed: string, fallback: number): number {
  const value = Number(typed.replace(",", "."));
  return typed.trim() !== "" && Number.isFinite(value) ? value : fallback;
}

export function PolicyForm(props: PolicyFormProps) {
  const { text } = useLanguage();
  const selectStyles = useSelectStyles();
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
          className={selectStyles.root}
          select={{ className: selectStyles.select }}
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
        <Input
          type="number"
          inputMode="numeric"
          min={1}
          max={99}
          step={1}
          value={String(policy.minMembers)}
          onChange={(_event, data) =>
            props.onChange({ minMembers: Math.max(1, Math.round(numberOr(data.value, policy.minMembers))) })
          }
        />
      </Field>
      <Field label={text.settings.divergence} hint={text.settings.divergenceHint}>
        <Input
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          // Any step: a council may set a threshold like 12.5, and a step of 1 would make the browser refuse it.
          step="any"
          value={String(policy.divergencePoints)}
          onChange={(_event, data) =>
            props.onChange({ divergencePoints: Math.max(0, numberOr(data.value, policy.divergencePoints)) })
          }
        />
      </Field>
      <Button type="submit" appearance="primary" disabled={props.saving}>
        {text.settings.save}
      </Button>
    </form>
  );
}
