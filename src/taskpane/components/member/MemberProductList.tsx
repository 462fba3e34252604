import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { MemberProgress } from "../../commandBinding/paneCommands";
import { useLanguage } from "../../host/languageContext";

export interface MemberProductListProps {
  readonly products: MemberProgress["products"];
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  state: { color: tokens.colorNeutralForeground2 },
});

/** The products this member has not finished, each with its state in words and what is missing. */
export function MemberProductList(props: MemberProductListProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  const todo = props.products.filter((product) => product.state !== "complete");
  const done = props.products.length - todo.length;
  return (
    <>
      <Text weight="semibold">{text.member.progress(done, props.products.length)}</Text>
      {todo.length === 0 ? (
        <Text>{text.member.allDone}</Text>
      ) : (
        <>
          <Text>{text.member.todo}</Text>
          <ul className={styles.list}>
            {todo.map((product) => (
              <li key={product.id} className={styles.item}>
                <Text>
                  {product.id} – {product.name}
                </Text>
                <Text className={styles.state}>
                  {text.member.productState[product.state]}
                  {product.state === "partial" || product.state === "empty"
                    ? `, ${text.member.missingCount(product.missing, product.criteria)}`
                    : ""}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
