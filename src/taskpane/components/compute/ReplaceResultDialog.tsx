import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useLanguage } from "../../host/languageContext";

export interface ReplaceResultDialogProps {
  readonly editedCells: readonly string[];
  onReplace(): void;
  onKeep(): void;
}

/** Asks before hand edits on the result sheet are overwritten; keeping them is the safe default (Escape). */
export function ReplaceResultDialog(props: ReplaceResultDialogProps) {
  const { text } = useLanguage();
  const shown = props.editedCells.slice(0, 5).join(", ") + (props.editedCells.length > 5 ? ", …" : "");
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && props.onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{text.compute.confirmTitle}</DialogTitle>
          <DialogContent>{text.compute.confirmBody(shown)}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={props.onKeep}>
              {text.compute.confirmKeep}
            </Button>
            <Button onClick={props.onReplace}>{text.compute.confirmReplace}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
