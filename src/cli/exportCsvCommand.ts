import { readComputedRound } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import type { ProductResult, Round } from "../domain";
import { outcomeText, type Language } from "../i18n";
import { forwardRefusalText } from "../i18n/chainText";
import { writeFileAtomically } from "../xlsx";
import type { ParsedArgs } from "./args";
import { EXIT, type CliIo } from "./cliIo";
import { csvText } from "./csvText";
import { openWorkbook } from "./openWorkbook";

const HEADER: Readonly<Record<Language, readonly string[]>> = {
  vi: ["Hạng", "Tên sản phẩm", "Chủ thể", "Xã", "Bộ sản phẩm", "Điểm", "Sao", "Kết quả"],
  en: ["Rank", "Product", "Producer", "Commune", "Product set", "Score", "Stars", "Outcome"],
};

/**
 * `ocop export W.xlsx --csv [--out LIST.csv]`: the result list (rank, product, producer, commune, set, score,
 * stars, outcome) recomputed by the engine, best first, as CSV UTF-8 with BOM; products not rated last.
 * A missing or stale result sheet is said on standard error: the list is what compute would write now.
 */
export async function exportCsvCommand(
  path: string,
  args: ParsedArgs,
  io: CliIo,
  language: Language,
): Promise<number> {
  const computed = await readComputedRound(await openWorkbook(path, language), shippedCatalog());
  const { round } = computed.session.reading;
  const { freshness } = computed;
  if (freshness.kind !== "current") {
    const reason = freshness.kind === "none" ? "no-result" : "stale-result";
    const detail = freshness.kind === "stale" ? freshness.computedAt : undefined;
    io.err.write(`${forwardRefusalText({ file: path, reason, detail }, language)}\n`);
  }
  const text = csvText([
    HEADER[language],
    ...resultRows(round, computed.assessment.result.products, language),
  ]);
  const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
  if (out) await writeFileAtomically(out, Buffer.from(text, "utf8"));
  else io.out.write(text);
  return EXIT.ok;
}

function resultRows(round: Round, products: readonly ProductResult[], language: Language) {
  const rankOf = (p: ProductResult) => (p.status === "scored" ? p.rank : Number.MAX_SAFE_INTEGER);
  return [...products]
    .sort((a, b) => rankOf(a) - rankOf(b))
    .map((result) => {
      const product = round.products.find((p) => p.id === result.id);
      const scored = result.status === "scored" ? result : undefined;
      return [
        scored?.rank ?? null,
        product?.name ?? result.id,
        product?.producer,
        product?.commune,
        product?.productSet,
        scored ? Math.round(scored.score * 100) / 100 : null,
        scored?.stars ?? null,
        outcomeText(result, round.council.level, language),
      ];
    });
}
