import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeRoundToWorkbook } from "../../src/cli/roundWorkbook";
import { computeResults, WorkbookSession } from "../../src/commands";
import { parseRound, policyOf, resultDocument, scoreRound, type Catalog, type Round } from "../../src/domain";
import { XlsxWorkbook } from "../../src/xlsx";
import { catalogWithSynthetic, FIXTURE_ROUNDS } from "../domain/testRounds";

const catalog: Catalog = catalogWithSynthetic();
const fixtures = readdirSync(FIXTURE_ROUNDS).filter(
  (f) => f.endsWith(".json") && !f.endsWith(".expected.json"),
);

// Each case writes and reads real .xlsx files; a slow CI machine needs more than Jest's 5 s.
jest.setTimeout(30_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ocop-roundtrip-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fixture(file: string): Round {
  const parsed = parseRound(JSON.parse(readFileSync(join(FIXTURE_ROUNDS, file), "utf8")));
  if (parsed.kind !== "ok") throw new Error(`${file} is not a round`);
  return parsed.value;
}

/** Writes the round into a new .xlsx file and opens that file again, as a council's next session would. */
async function throughFile(round: Round): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.empty();
  await writeRoundToWorkbook(workbook, round, { catalog });
  const path = join(dir, "round.xlsx");
  await workbook.saveAs(path);
  return XlsxWorkbook.fromFile(path);
}

/** Scores can live in a workbook only on a product's criteria sheet: products without one keep none. */
function placeable(round: Round): Round {
  const version = catalog.version(round.criteriaVersion);
  const scores = Object.fromEntries(
    Object.entries(round.scores).filter(([product]) => {
      const info = round.products.find((p) => p.id === product);
      return version && info && catalog.criteriaSet(version.id, info.productSet);
    }),
  );
  return { ...round, scores, policy: policyOf(round) };
}

describe.each(fixtures)("round %s through a workbook file", (file) => {
  it("comes back as the same round", async () => {
    const round = fixture(file);
    const { reading } = await WorkbookSession.open(await throughFile(round), catalog);
    expect(reading.round).toEqual(placeable(round));
  });

  it("computes the same results from the workbook as from the round", async () => {
    const round = fixture(file);
    const workbook = await throughFile(round);
    const outcome = await computeResults(workbook, { catalog });
    if (outcome.kind !== "computed") throw new Error("not computed");
    const fromWorkbook = resultDocument(outcome.result);
    const fromRound = resultDocument(scoreRound(placeable(round), catalog));
    expect(fromWorkbook).toEqual(fromRound);
  });
});
