/**
 * Run in its own process by bench/run.ts: sets up a round of N products in memory through the real commands,
 * computes it, and prints the process's peak resident memory in MB (so the bench's own data does not count).
 */
import { computeResults } from "../src/commands";
import { writeRoundToWorkbook } from "../src/cli/roundWorkbook";
import { shippedCatalog } from "../src/criteria/shippedCatalog";
import { MemoryWorkbook } from "../src/workbook/memoryWorkbook";
import { syntheticRound } from "../test/excel/syntheticRound";

async function main(): Promise<void> {
  const products = Number(process.argv[2] ?? 1000);
  const members = Number(process.argv[3] ?? 15);
  const catalog = shippedCatalog();
  const port = new MemoryWorkbook();
  const now = () => new Date("2024-10-15T08:00:00Z");
  await writeRoundToWorkbook(port, syntheticRound(catalog, products, members), { catalog, now });
  const outcome = await computeResults(port, { catalog, now });
  if (outcome.kind !== "computed") throw new Error(`compute did not run: ${outcome.kind}`);
  // maxRSS is in kilobytes: the peak over the process's life, setup included.
  process.stdout.write(`${JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
