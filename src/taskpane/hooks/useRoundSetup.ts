import { useEffect, useMemo, useState } from "react";
import type { CouncilLevel, CriteriaVersion, ProductSetRef } from "../../domain";
import { defaultCouncilLevel, versionInForce } from "../../domain";
import { dayMonthYear, isoDateFromTyped } from "../../domain/calendarDate";
import type { Language } from "../../i18n";
import type {
  InsertOutcome,
  PasteMode,
  SetupOutcome,
  SetupRequest,
  SetupSnapshot,
} from "../commandBinding/paneCommands";
import { parsePastedMembers, parsePastedProducts, type PastedList } from "../format/parsePastedList";
import { useAddin } from "../host/addinContext";
import { useLanguage } from "../host/languageContext";
import { offeredVersions } from "./offeredVersions";
import { useOperation, type OperationState } from "./useOperation";
import type { MemberDraft, ProductDraft } from "../commandBinding/paneCommands";

export type ProductSource = "sheet" | "paste";

export interface SetupForm {
  readonly versionId: string;
  readonly level: CouncilLevel;
  readonly councilName: string;
  /** The meeting date as typed, day first (20/10/2026); sent as ISO. */
  readonly date: string;
  readonly productSource: ProductSource;
  /** Whether pasted products replace the Products sheet's list or are added to it: asked, never guessed. */
  readonly pasteMode?: PasteMode;
  readonly productsText: string;
  readonly defaultSet: string;
  readonly membersText: string;
}

/** Why the form cannot be sent yet; each names the field to fix. */
export type SetupProblem = "need-name" | "need-members" | "paste-problems" | "need-paste-mode" | "bad-date";

export interface RoundSetup {
  readonly snapshot: OperationState<SetupSnapshot>;
  readonly reload: () => void;
  readonly form: SetupForm;
  readonly update: (change: Partial<SetupForm>) => void;
  readonly versions: readonly CriteriaVersion[];
  readonly productSets: readonly ProductSetRef[];
  readonly products: PastedList<ProductDraft>;
  readonly members: PastedList<MemberDraft>;
  readonly problems: readonly SetupProblem[];
  /** Products already on the Products sheet (what a paste would replace or add to). */
  readonly productsOnSheet: number;
  readonly submitted: OperationState<SetupOutcome>;
  readonly submit: () => void;
  readonly inserted: OperationState<InsertOutcome>;
  readonly insert: () => void;
}

const emptyForm = (versionId: string, defaultSet: string, level: CouncilLevel): SetupForm => ({
  versionId,
  level,
  councilName: "",
  date: "",
  productSource: "sheet",
  productsText: "",
  defaultSet,
  membersText: "",
});

/** The setup form: filled from what the workbook already holds, sent to the setup command as a whole. */
export function useRoundSetup(): RoundSetup {
  const { catalog, commands } = useAddin();
  const { language } = useLanguage();
  const versions = useMemo(() => offeredVersions(catalog), [catalog]);
  // The decision in force on the meeting date (the newest while no date is typed).
  const proposed = (date: string) =>
    versionInForce(versions, isoDateFromTyped(date) ?? undefined)?.id ?? versions[0]?.id ?? "";
  const preferred = proposed("");
  const firstSet = (versionId: string) => catalog.version(versionId)?.productSets[0]?.code ?? "";
  const levelFor = (versionId: string) => {
    const version = catalog.version(versionId);
    return version ? defaultCouncilLevel(version) : "district";
  };
  const [form, setForm] = useState<SetupForm>(() =>
    emptyForm(preferred, firstSet(preferred), levelFor(preferred)),
  );

  const snapshot = useOperation(() => commands.readSetup());
  const submitted = useOperation((_control, request: Parameters<typeof commands.setUpRound>[0]) =>
    commands.setUpRound(request),
  );
  const inserted = useOperation(() => commands.insertCriteriaSheets(language));

  useEffect(() => {
    void snapshot.run();
    // Read once when the screen opens; "try again" calls reload.
  }, []);

  useEffect(() => {
    if (snapshot.state.kind !== "done") return;
    const found = snapshot.state.value;
    setForm((current) => formFromSnapshot(current, found, versions, firstSet));
    // firstSet and versions only change with the catalog, which is fixed for the pane's life.
  }, [snapshot.state]);

  const productSets = catalog.version(form.versionId)?.productSets ?? [];
  const knownSets = useMemo(() => new Set(productSets.map((ref) => ref.code)), [productSets]);
  const products = useMemo(
    () => parsePastedProducts(form.productsText, form.defaultSet, knownSets),
    [form.productsText, form.defaultSet, knownSets],
  );
  const members = useMemo(() => parsePastedMembers(form.membersText), [form.membersText]);

  const productsOnSheet = snapshot.state.kind === "done" ? snapshot.state.value.productsOnSheet.length : 0;
  const problems = problemsOf(form, products, members, productsOnSheet);
  const update = (change: Partial<SetupForm>) =>
    setForm((current) => {
      const next = { ...current, ...change };
      // A new meeting date proposes its decision, unless the secretary already chose another one.
      if (change.date !== undefined && !change.versionId && current.versionId === proposed(current.date))
        next.versionId = proposed(change.date);
      if (next.versionId === current.versionId) return next;
      // An untouched level follows the decision (26/2026 has no district council).
      const level = current.level === levelFor(current.versionId) ? levelFor(next.versionId) : next.level;
      return { ...next, level, defaultSet: firstSet(next.versionId) };
    });

  const submit = () => {
    if (problems.length === 0) void submitted.run(requestOf(form, products, members, language));
  };

  return {
    snapshot: snapshot.state,
    reload: () => void snapshot.run(),
    form,
    update,
    versions,
    productSets,
    products,
    members,
    problems,
    productsOnSheet,
    submitted: submitted.state,
    submit,
    inserted: inserted.state,
    insert: () => void inserted.run(),
  };
}

/** Why the form cannot be sent yet; the screen marks each field and says so by the button. */
function problemsOf(
  form: SetupForm,
  products: PastedList<ProductDraft>,
  members: PastedList<MemberDraft>,
  productsOnSheet: number,
): SetupProblem[] {
  const problems: SetupProblem[] = [];
  const pasting = form.productSource === "paste";
  if (form.councilName.trim() === "") problems.push("need-name");
  if (members.rows.length === 0) problems.push("need-members");
  if (members.problemLines.length > 0 || (pasting && products.problemLines.length > 0))
    problems.push("paste-problems");
  if (pasting && productsOnSheet > 0 && form.pasteMode === undefined) problems.push("need-paste-mode");
  if (form.date.trim() !== "" && isoDateFromTyped(form.date) === undefined) problems.push("bad-date");
  return problems;
}

function requestOf(
  form: SetupForm,
  products: PastedList<ProductDraft>,
  members: PastedList<MemberDraft>,
  language: Language,
): SetupRequest {
  const date = isoDateFromTyped(form.date);
  return {
    criteriaVersion: form.versionId,
    council: { level: form.level, name: form.councilName.trim(), ...(date ? { date } : {}) },
    products:
      form.productSource === "sheet" ? "sheet" : { mode: form.pasteMode ?? "add", rows: products.rows },
    members: members.rows,
    language,
  };
}

/** The form filled from what the workbook already holds; what it does not hold stays as typed. */
function formFromSnapshot(
  current: SetupForm,
  found: SetupSnapshot,
  versions: readonly CriteriaVersion[],
  firstSet: (versionId: string) => string,
): SetupForm {
  const versionId =
    found.criteriaVersion && versions.some((v) => v.id === found.criteriaVersion)
      ? found.criteriaVersion
      : current.versionId;
  return {
    ...current,
    versionId,
    defaultSet: versionId === current.versionId ? current.defaultSet : firstSet(versionId),
    level: found.council?.level ?? current.level,
    councilName: found.council?.name ?? current.councilName,
    date: found.council?.date ? dayMonthYear(found.council.date) : current.date,
    membersText:
      found.members.length > 0
        ? found.members.map((m) => (m.role ? `${m.name}; ${m.role}` : m.name)).join("\n")
        : current.membersText,
    productSource: found.productsOnSheet.length > 0 ? "sheet" : current.productSource,
  };
}
