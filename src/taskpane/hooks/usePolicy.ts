import { useEffect, useState } from "react";
import type { Policy } from "../../domain";
import type { SavePolicyOutcome } from "../commandBinding/paneCommands";
import { useAddin } from "../host/addinContext";
import { useLanguage } from "../host/languageContext";
import { useOperation, type OperationState } from "./useOperation";

export interface PolicyEditor {
  /** undefined inside `done` means the workbook has no Round sheet yet. */
  readonly loaded: OperationState<Policy | undefined>;
  readonly draft: Policy | undefined;
  readonly update: (change: Partial<Policy>) => void;
  readonly saved: OperationState<SavePolicyOutcome>;
  readonly save: () => void;
  readonly reload: () => void;
}

/** The round's policy as the Round sheet holds it, edited here and written back there for every member. */
export function usePolicy(): PolicyEditor {
  const { commands } = useAddin();
  const { language } = useLanguage();
  const loaded = useOperation(() => commands.readPolicy());
  const saved = useOperation((_control, policy: Policy) => commands.savePolicy(policy, language));
  const [draft, setDraft] = useState<Policy | undefined>(undefined);

  useEffect(() => {
    void loaded.run();
    // Read once per visit of the settings screen; reload() reads again.
  }, [loaded.run]);

  useEffect(() => {
    if (loaded.state.kind === "done") setDraft(loaded.state.value);
  }, [loaded.state]);

  return {
    loaded: loaded.state,
    draft,
    update: (change) => {
      saved.reset();
      setDraft((current) => (current ? { ...current, ...change } : current));
    },
    saved: saved.state,
    save: () => {
      if (draft) void saved.run(draft);
    },
    reload: () => void loaded.run(),
  };
}
