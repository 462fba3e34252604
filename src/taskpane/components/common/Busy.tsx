import { Spinner } from "@fluentui/react-components";

/** A spinner with its words, announced politely so a screen reader user knows the pane is working. */
export function Busy(props: { readonly label: string }) {
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={props.label} />
    </div>
  );
}
