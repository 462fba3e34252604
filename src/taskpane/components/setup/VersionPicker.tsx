import { Field, Select } from "@fluentui/react-components";
import { versionStanding, type Catalog, type CriteriaVersion } from "../../../domain";
import type { UiText } from "../../../i18n/ui";
import { formatDate } from "../../format/formatDate";
import { useAddin } from "../../host/addinContext";
import { useLanguage } from "../../host/languageContext";
import { useSelectStyles } from "../common/useSelectStyles";

export interface VersionPickerProps {
  readonly versions: readonly CriteriaVersion[];
  readonly value: string;
  /** The meeting date (YYYY-MM-DD) once typed; until then each version is judged on today. */
  readonly meetingDate: string | undefined;
  onChange(versionId: string): void;
}

/**
 * The decision the round follows, named by its number and date as councils cite it, with whether it is in
 * force on the meeting date and how many product sets it comes with criteria for.
 */
export function VersionPicker(props: VersionPickerProps) {
  const { language, text } = useLanguage();
  const { catalog } = useAddin();
  const selectStyles = useSelectStyles();
  const selected = props.versions.find((version) => version.id === props.value);
  const status = (version: CriteriaVersion) => versionStatus(version, catalog, props.meetingDate, text);
  return (
    <Field
      label={text.setup.version}
      // The box may cut a long title at 320 px; the hint always shows the chosen decision in full.
      hint={
        selected
          ? `${selected.decision}: ${status(selected)}. ${text.setup.versionHint}`
          : text.setup.versionHint
      }
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
            {`${text.setup.versionOption(version.decision, formatDate(version.date, language))} — ${status(version)}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function versionStatus(
  version: CriteriaVersion,
  catalog: Catalog,
  meetingDate: string | undefined,
  text: UiText,
): string {
  const entries = catalog.productSets(version.id);
  const complete = entries.filter((entry) => entry.kind === "available").length;
  const day = meetingDate ?? localToday();
  return text.setup.versionStatus(
    versionStanding(version, day),
    meetingDate !== undefined,
    complete,
    entries.length,
  );
}

/** Today as YYYY-MM-DD where the pane runs (a council's day, not UTC's). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
