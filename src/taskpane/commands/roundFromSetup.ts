import type { Member, Product, Round } from "../../domain";
import type { SetupRequest } from "./paneCommands";

export interface RoundFromSetup {
  readonly round: Round;
  /** Score cells of products and members still in the round: the criteria sheets keep them. */
  readonly keptEntries: number;
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
 * Pasted products are added to the Products sheet's list, never replace it: removing a product is done on
 * that sheet, where the council can see what it removes.
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

  let products: readonly Product[] = existing.products;
  if (request.products !== "sheet") {
    const productIds = new Set(existing.products.map((p) => p.id));
    const added: Product[] = [];
    for (const draft of request.products) {
      if ([...existing.products, ...added].some((p) => sameName(p.name, draft.name))) continue;
      added.push({
        id: nextId("P", productIds, 2),
        name: draft.name,
        productSet: draft.productSet,
        kind: "new",
        ...(draft.producer ? { producer: draft.producer } : {}),
      });
    }
    products = [...existing.products, ...added];
  }

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
  };
}
