import { Field, makeStyles, Radio, RadioGroup, Select, Textarea, tokens } from "@fluentui/react-components";
import type { PasteMode } from "../../commandBinding/paneCommands";
import type { PasteProblem } from "../../format/parsePastedList";
import type { ProductSetRef } from "../../../domain";
import type { ProductSource } from "../../hooks/useRoundSetup";
import { useLanguage } from "../../host/languageContext";
import { useSelectStyles } from "../common/useSelectStyles";

export interface ProductListFieldProps {
  readonly source: ProductSource;
  readonly text: string;
  readonly defaultSet: string;
  readonly productSets: readonly ProductSetRef[];
  readonly productsOnSheet: number;
  readonly problems: readonly PasteProblem[];
  readonly pasteMode?: PasteMode;
  /** Shown once the user tried to send a paste without saying whether it replaces or adds. */
  readonly pasteModeMissing: boolean;
  onChange(change: {
    productSource?: ProductSource;
    productsText?: string;
    defaultSet?: string;
    pasteMode?: PasteMode;
  }): void;
}

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Products come from the Products sheet (pasted there by the council) or are pasted here. */
export function ProductListField(props: ProductListFieldProps) {
  const { text } = useLanguage();
  const selectStyles = useSelectStyles();
  const styles = useStyles();
  const example = `Mật ong bạc hà; HTX Hà Giang; ${props.productSets[0]?.code ?? ""}`;
  return (
    <div className={styles.fields}>
      <Field label={text.setup.products}>
        <RadioGroup
          value={props.source}
          onChange={(_event, data) => props.onChange({ productSource: data.value as ProductSource })}
        >
          <Radio value="sheet" label={`${text.setup.productsFromSheet} (${props.productsOnSheet})`} />
          <Radio value="paste" label={text.setup.productsPasted} />
        </RadioGroup>
      </Field>
      {props.source === "paste" && props.productsOnSheet > 0 && (
        <Field
          label={text.setup.pasteMode}
          required
          validationMessage={props.pasteModeMissing ? text.setup.needPasteMode : undefined}
        >
          <RadioGroup
            value={props.pasteMode ?? ""}
            onChange={(_event, data) => props.onChange({ pasteMode: data.value as PasteMode })}
          >
            <Radio value="replace" label={text.setup.pasteReplace(props.productsOnSheet)} />
            <Radio value="add" label={text.setup.pasteAdd(props.productsOnSheet)} />
          </RadioGroup>
        </Field>
      )}
      {props.source === "paste" && (
        <>
          <Field label={text.setup.defaultProductSet}>
            <Select
              className={selectStyles.root}
              select={{ className: selectStyles.select }}
              value={props.defaultSet}
              onChange={(_event, data) => props.onChange({ defaultSet: data.value })}
            >
              {props.productSets.map((ref) => (
                <option key={ref.code} value={ref.code}>
                  {ref.code} – {ref.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={text.setup.productsPasteLabel}
            hint={text.setup.productsPasteHint(example)}
            validationMessage={
              props.problems.length > 0
                ? props.problems
                    .map((problem) =>
                      problem.reason === "no-name"
                        ? text.setup.pasteNoName(problem.line)
                        : text.setup.pasteUnknownSet(problem.line, problem.code),
                    )
                    .join(" ")
                : undefined
            }
          >
            <Textarea
              value={props.text}
              resize="vertical"
              rows={5}
              onChange={(_event, data) => props.onChange({ productsText: data.value })}
            />
          </Field>
        </>
      )}
    </div>
  );
}
