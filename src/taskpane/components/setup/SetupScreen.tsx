import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useRoundSetup } from "../../hooks/useRoundSetup";
import { useLanguage } from "../../host/languageContext";
import { Busy } from "../common/Busy";
import { AddCriteriaSet } from "../criteriaSet/AddCriteriaSet";
import { FailureMessage } from "../common/FailureMessage";
import { Notice } from "../common/Notice";
import { Screen } from "../common/Screen";
import { Section } from "../common/Section";
import { CouncilFields } from "./CouncilFields";
import { MemberListField } from "./MemberListField";
import { ProductListField } from "./ProductListField";
import { VersionPicker } from "./VersionPicker";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
});

export function SetupScreen() {
  const { text } = useLanguage();
  const setup = useRoundSetup();
  const styles = useStyles();
  const [attempted, setAttempted] = useState(false);
  const { form, update } = setup;

  if (setup.snapshot.kind === "running" || setup.snapshot.kind === "idle")
    return (
      <Screen title={text.setup.title}>
        <Busy label={text.loading} />
      </Screen>
    );
  if (setup.snapshot.kind === "failed")
    return (
      <Screen title={text.setup.title}>
        <FailureMessage message={setup.snapshot.message} onRetry={setup.reload} />
      </Screen>
    );
  const onSheet = setup.snapshot.kind === "done" ? setup.snapshot.value.productsOnSheet.length : 0;

  const submit = () => {
    setAttempted(true);
    setup.submit();
  };

  return (
    <Screen title={text.setup.title} intro={text.setup.intro}>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <VersionPicker
          versions={setup.versions}
          value={form.versionId}
          onChange={(versionId) => update({ versionId })}
        />
        <CouncilFields
          level={form.level}
          name={form.councilName}
          date={form.date}
          nameMissing={attempted && setup.problems.includes("need-name")}
          onChange={update}
        />
        <ProductListField
          source={form.productSource}
          text={form.productsText}
          defaultSet={form.defaultSet}
          productSets={setup.productSets}
          onSheet={onSheet}
          problemLines={setup.products.problemLines}
          onChange={update}
        />
        <MemberListField
          text={form.membersText}
          problemLines={setup.members.problemLines}
          empty={attempted && setup.problems.includes("need-members")}
          onChange={(membersText) => update({ membersText })}
        />
        <Text>
          {text.setup.parsedCounts(
            form.productSource === "sheet" ? onSheet : setup.products.rows.length,
            setup.members.rows.length,
          )}
        </Text>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={setup.submitted.kind === "running"}>
            {text.setup.submit}
          </Button>
        </div>
      </form>
      {setup.submitted.kind === "running" && <Busy label={text.setup.submitting} />}
      {setup.submitted.kind === "failed" && (
        <FailureMessage message={setup.submitted.message} onRetry={submit} />
      )}
      {setup.submitted.kind === "done" && (
        <Notice intent="success">
          {text.setup.done(
            setup.submitted.value.products,
            setup.submitted.value.members,
            setup.submitted.value.keptEntries,
          )}
        </Notice>
      )}
      <Section title={text.setup.insertCriteria}>
        <Text>{text.setup.insertCriteriaHint}</Text>
        <Button onClick={setup.insert} disabled={setup.inserted.kind === "running"}>
          {text.setup.insertCriteria}
        </Button>
        {setup.inserted.kind === "running" && <Busy label={text.setup.inserting} />}
        {setup.inserted.kind === "failed" && (
          <FailureMessage message={setup.inserted.message} onRetry={setup.insert} />
        )}
        {setup.inserted.kind === "done" && (
          <>
            <Notice intent="success">{text.setup.inserted(setup.inserted.value.sheets)}</Notice>
            {setup.inserted.value.missingSets.length > 0 && (
              <>
                <Notice intent="warning">
                  {text.setup.missingSets(setup.inserted.value.missingSets.join(", "))}
                </Notice>
                <AddCriteriaSet versionId={form.versionId} codes={setup.inserted.value.missingSets} />
              </>
            )}
          </>
        )}
      </Section>
    </Screen>
  );
}
