import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { productSetLabel } from "../../../domain";
import { addCriteriaSetText } from "../../../i18n/ui/addCriteriaSetText";
import type { AddCriteriaSetResult } from "../../commandBinding/paneCommands";
import { useAddin } from "../../host/addinContext";
import { useLanguage } from "../../host/languageContext";
import { isRunning, useOperation } from "../../hooks/useOperation";
import { Notice } from "../common/Notice";
import { OperationStatus } from "../common/OperationStatus";
import { useSelectStyles } from "../common/useSelectStyles";

export interface AddCriteriaSetProps {
  readonly versionId: string;
  /** The product sets the round needs and has no criteria for (offered first). */
  readonly codes: readonly string[];
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * "Thêm bộ tiêu chí": right where the pane says a product set has no criteria sheet, a Bộ tiêu chí sheet
 * for it, blank to paste the decision's table into, pre-filled from a shipped set, or from a set shipped
 * with a gap (marked "cần bổ sung điểm") with the cells to fill named.
 */
export function AddCriteriaSet(props: AddCriteriaSetProps) {
  const { language } = useLanguage();
  const { catalog, commands } = useAddin();
  const text = addCriteriaSetText(language);
  const styles = useStyles();
  // Set names are long ("1048-04 Mật ong, các sản phẩm từ mật ong, mật khác"): cut, not wider than the pane.
  const selectStyles = useSelectStyles();
  const refs = catalog.version(props.versionId)?.productSets ?? [];
  const [code, setCode] = useState(props.codes[0] ?? refs[0]?.code ?? "");
  const [fromShipped, setFromShipped] = useState(false);
  const [name, setName] = useState("");
  const [group, setGroup] = useState("");
  const added = useOperation((_control, request: Parameters<typeof commands.addCriteriaSetSheet>[0]) =>
    commands.addCriteriaSetSheet(request),
  );
  const shipped = catalog.criteriaSet(props.versionId, code) !== undefined;
  const ref = refs.find((candidate) => candidate.code === code);
  const label = (ref: (typeof refs)[number]) =>
    `${productSetLabel(ref)}${catalog.draft(props.versionId, ref.code) ? ` (${text.needsPoints})` : ""}`;
  const add = () =>
    void added.run({
      criteriaVersion: props.versionId,
      productSet: code,
      fromShipped: fromShipped && shipped,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(group.trim() ? { group: group.trim() } : {}),
      language,
    });
  return (
    <div className={styles.box}>
      <Field label={text.setLabel}>
        <Select
          className={selectStyles.root}
          select={{ className: selectStyles.select }}
          value={code}
          onChange={(_event, data) => setCode(data.value)}
        >
          {refs.map((ref) => (
            <option key={ref.code} value={ref.code}>
              {label(ref)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.nameLabel} hint={text.keepHint}>
        <Input value={name} placeholder={ref?.name} onChange={(_event, data) => setName(data.value)} />
      </Field>
      <Field label={text.groupLabel}>
        <Input value={group} placeholder={ref?.group} onChange={(_event, data) => setGroup(data.value)} />
      </Field>
      {shipped && (
        <Checkbox
          label={text.fromShipped}
          checked={fromShipped}
          onChange={(_event, data) => setFromShipped(data.checked === true)}
        />
      )}
      <Button onClick={add} disabled={isRunning(added.state) || code === ""}>
        {text.add}
      </Button>
      <OperationStatus state={added.state} runningLabel={text.adding} onRetry={add}>
        {(outcome) =>
          outcome.kind === "unknown-version" ? (
            <Notice intent="warning">{text.unknownVersion(outcome.version)}</Notice>
          ) : (
            <Notice intent="success">{hint(outcome, text)}</Notice>
          )
        }
      </OperationStatus>
    </div>
  );
}

function hint(result: AddCriteriaSetResult, text: ReturnType<typeof addCriteriaSetText>): string {
  if (result.prefilled === "draft") return text.draftHint(result.sheet, result.gaps.join("; "));
  return result.prefilled === "shipped" ? text.shippedHint(result.sheet) : text.pasteHint(result.sheet);
}
