import { makeStyles } from "@fluentui/react-components";

/**
 * A native select grows to its longest option (a decision's full title); in a 320 px pane it must instead
 * fit the pane and cut the shown text with an ellipsis. The full text stays in the list and in the hint.
 */
export const useSelectStyles = makeStyles({
  root: { width: "100%", minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis", overflow: "hidden" },
});
