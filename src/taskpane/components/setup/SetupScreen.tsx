import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SetupOutcome } from "../../commandBinding/paneCommands";
import { useState } from "react";
import { isoDateFromTyped } from "../../../domain/calendarDate";
import { useRoundSetup, type RoundSetup } from "../../hooks/useRoundSetup";
import { useLanguage } from "../../host/languageContext";
import { isRunning } from "../../hooks/useOperation";
import { addCriteriaSetText } from "../../../i18n/ui/addCriteriaSetText";
import { AddCriteriaSet } from "../criteriaSet/AddCriteriaSet";
import { Notice } from "../common/Notice";
import { OperationStatus } from "../common/OperationStatus";
import { Screen } from "../common/Screen";
import { Section } from "../common/Section";
import { useAddin } from "../../host/addinContext";
import { ImportCopies } from "./ImportCopies";
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
  const { commands } = useAddin();
  const styles = useStyles();
  const [attempted, setAttempted] = useState(false);
  const { form, update } = setup;

  if (setup.snapshot.kind !== "done") return <SetupLoading setup={setup} />;
  const { productsOnSheet } = setup;

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
          meetingDate={isoDateFromTyped(form.date)}
          onChange={(versionId) => update({ versionId })}
        />
        <CouncilFields
          level={form.level}
          name={form.councilName}
          date={form.date}
          nameMissing={attempted && setup.problems.includes("need-name")}
          dateInvalid={setup.problems.includes("bad-date")}
          onChange={update}
        />
        <ProductListField
          source={form.productSource}
          text={form.productsText}
          defaultSet={form.defaultSet}
          productSets={setup.productSets}
          productsOnSheet={productsOnSheet}
          problems={setup.products.problems}
          pasteMode={form.pasteMode}
          pasteModeMissing={attempted && setup.problems.includes("need-paste-mode")}
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
            form.productSource === "sheet" ? productsOnSheet : setup.products.rows.length,
            setup.members.rows.length,
          )}
        </Text>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={isRunning(setup.submitted)}>
            {text.setup.submit}
          </Button>
          {attempted && setup.problems.length > 0 && <Notice intent="warning">{text.setup.notSent}</Notice>}
        </div>
      </form>
      <OperationStatus state={setup.submitted} runningLabel={text.setup.submitting} onRetry={submit}>
        {(outcome) => <SetupDone outcome={outcome} />}
      </OperationStatus>
      <CriteriaSheetSections setup={setup} />
      {commands.canExchangeCopies && <ImportCopies />}
    </Screen>
  );
}

/** What the update did: counts, and what pasting did to the Products sheet's list. */
function SetupDone(props: { readonly outcome: SetupOutcome }) {
  const { text } = useLanguage();
  const { outcome } = props;
  const { pasted } = outcome;
  return (
    <Notice intent="success">
      {text.setup.done(outcome.products, outcome.members, outcome.keptEntries)}
      {pasted && ` ${text.setup.pasted(pasted.mode, pasted.added, pasted.removed, pasted.kept)}`}
    </Notice>
  );
}

/** "Tạo phiếu đánh giá": one sheet per product; zero sheets is said as a warning with what to do. */
function InsertCriteriaSection(props: { readonly setup: RoundSetup }) {
  const { text } = useLanguage();
  const { setup } = props;
  return (
    <Section title={text.setup.insertCriteria}>
      <Text>{text.setup.insertCriteriaHint}</Text>
      <Button onClick={setup.insert} disabled={isRunning(setup.inserted)}>
        {text.setup.insertCriteria}
      </Button>
      <OperationStatus state={setup.inserted} runningLabel={text.setup.inserting} onRetry={setup.insert}>
        {(inserted) => (
          <>
            {inserted.sheets > 0 ? (
              <Notice intent="success">{text.setup.inserted(inserted.sheets)}</Notice>
            ) : (
              <Notice intent="warning">{text.setup.insertedNone}</Notice>
            )}
            {inserted.missingSets.length > 0 && (
              <>
                <Notice intent="warning">{text.setup.missingSets(inserted.missingSets.join(", "))}</Notice>
                <AddCriteriaSet versionId={setup.form.versionId} codes={inserted.missingSets} />
              </>
            )}
          </>
        )}
      </OperationStatus>
    </Section>
  );
}

/** Making the Phiếu, then "Thêm bộ tiêu chí": under the sets still missing a sheet once named, else on its own. */
function CriteriaSheetSections(props: { readonly setup: RoundSetup }) {
  const { setup } = props;
  return (
    <>
      <InsertCriteriaSection setup={setup} />
      {!offersMissingSets(setup) && <AddCriteriaSetSection versionId={setup.form.versionId} />}
    </>
  );
}

const offersMissingSets = (setup: RoundSetup): boolean =>
  setup.inserted.kind === "done" && setup.inserted.value.missingSets.length > 0;

/**
 * "Thêm bộ tiêu chí" on its own, for a set the round does not need yet or a decision the add-in ships no
 * table for; once inserting names missing sets, the same control sits under that message instead.
 */
function AddCriteriaSetSection(props: { readonly versionId: string }) {
  const { language } = useLanguage();
  const text = addCriteriaSetText(language);
  return (
    <Section title={text.title}>
      <Text>{text.intro}</Text>
      {/* A new version lists other sets: start the choice again rather than keep a code it lacks. */}
      <AddCriteriaSet key={props.versionId} versionId={props.versionId} codes={[]} />
    </Section>
  );
}

/** While the workbook is read, or when reading it failed (with a way to try again). */
function SetupLoading(props: { readonly setup: RoundSetup }) {
  const { text } = useLanguage();
  const { snapshot, reload } = props.setup;
  return (
    <Screen title={text.setup.title}>
      <OperationStatus state={snapshot} runningLabel={text.loading} runsOnOpen onRetry={reload} />
    </Screen>
  );
}
