import type { Member, Product, Round } from "../../domain";
import type { PasteMode, ProductDraft, SetupOutcome, SetupRequest } from "./paneCommands";

export interface RoundFromSetup {
  readonly round: Round;
  /** Score cells of products and members still in the round: the criteria sheets keep them. */
  readonly keptEntries: number;
  readonly pasted?: SetupOutcome["pasted"];
}

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase("vi") === b.trim().toLocaleLowerCase("vi");

/** Next free id in a series (P01, P02 … / M1, M2 …), never reusing one already in the workbook. */
function nextId(prefix: string, taken: Set<string>, width: number): string {
  for (let n = 1; ; n += 1) {
    const id = `${prefix}${String(n).padStart(width, "0")}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/**
 * The round the setup form describes, on top of what the workbook holds: people and products keep their ids
 * (matched by name), so every score already typed under those ids stays attached; new ones get fresh ids.
 * Pasted products replace the Products sheet's list or are added to it, as the user chose in the pane.
 */
export function roundFromSetup(request: SetupRequest, existing: Round): RoundFromSetup {
  const memberIds = new Set(existing.members.map((m) => m.id));
  const members: Member[] = request.members.map((draft) => {
    const known = existing.members.find((m) => sameName(m.name, draft.name));
    const id = known?.id ?? nextId("M", memberIds, 1);
    return {
      id,
      name: draft.name,
      ...(draft.role ? { role: draft.role } : known?.role ? { role: known.role } : {}),
    };
  });

  const pasting = request.products === "sheet" ? undefined : pastedProducts(request.products, existing);
  const products = pasting?.products ?? existing.products;

  const memberSet = new Set(members.map((m) => m.id));
  let keptEntries = 0;
  for (const product of products)
    for (const [member, entries] of Object.entries(existing.scores[product.id] ?? {}))
      if (memberSet.has(member))
        keptEntries += Object.values(entries).filter((value) => value !== null && value !== "").length;

  return {
    round: {
      ...existing,
      criteriaVersion: request.criteriaVersion,
      council: request.council,
      members,
      products,
    },
    keptEntries,
    ...(pasting ? { pasted: pasting.pasted } : {}),
  };
}

/** Pasted rows replacing or added to the sheet's list; a product already listed (same name) keeps its id. */
function pastedProducts(
  paste: { readonly mode: PasteMode; readonly rows: readonly ProductDraft[] },
  existing: Round,
): { products: readonly Product[]; pasted: NonNullable<SetupOutcome["pasted"]> } {
  const productIds = new Set(existing.products.map((p) => p.id));
  const listed: Product[] = [];
  let added = 0;
  for (const draft of paste.rows) {
    if (listed.some((p) => sameName(p.name, draft.name))) continue;
    const known = existing.products.find((p) => sameName(p.name, draft.name));
    if (known && paste.mode === "add") continue;
    if (!known) added += 1;
    listed.push({
      ...(known ?? { kind: "new" as const }),
      id: known?.id ?? nextId("P", productIds, 2),
      name: draft.name,
      productSet: draft.productSet,
      ...(draft.producer ? { producer: draft.producer } : {}),
    });
  }
  const products = paste.mode === "add" ? [...existing.products, ...listed] : listed;
  const kept = existing.products.filter((p) => products.some((q) => q.id === p.id)).length;
  return {
    products,
    pasted: { mode: paste.mode, added, removed: existing.products.length - kept, kept },
  };
}
