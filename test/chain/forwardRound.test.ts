import { planForward, writeForwardRound, WorkbookSession, type ForwardPlan } from "../../src/commands";
import { defaultCouncilName, forwardRefusalText } from "../../src/i18n/chainText";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { scoreAddress, sheetWithKey } from "../commands/commandFixtures";
import { chainCatalog, resultWorkbook, round26, SET26, sourceOf, tableRecords, V26 } from "./chainFixtures";

const catalog = chainCatalog();
const request = {
  council: (level: "province" | "national" | "district" | "commune") => defaultCouncilName(level, "vi"),
};

/** The two members' points: the synthetic set's options are 0, 30, 50, 70, 89.99, 90, 100 and a few more. */
const product = (id: string, name: string, producer: string, points: [number, number]) => ({
  id,
  name,
  producer,
  commune: "Xã Mường Khương",
  productSet: SET26,
  kind: "new" as const,
  points,
});

/** Two province results of the 26/2026-like version; "Mật ong bạc hà" of HTX Hoà Bình is in both. */
async function twoProvinces() {
  const north = round26("province", "Hội đồng tỉnh Lào Cai", [
    product("P01", "Chè Shan tuyết", "HTX Chè Tả Phìn", [100, 90]),
    product("P02", "Mật ong bạc hà", "HTX Hoà Bình", [100, 100]),
    product("P03", "Gạo Séng Cù", "HTX Mường Vi", [50, 100]),
  ]);
  const south = round26("province", "Hội đồng tỉnh Hà Giang", [
    product("P01", "Mật ong bạc hà", "HTX Hoà Bình", [90, 90]),
    product("P02", "Cam sành Hàm Yên", "HTX Cam Hàm Yên", [90, 100]),
    product("P03", "Miến dong", "HTX Minh Ngọc", [50, 70]),
  ]);
  return [
    await sourceOf("lao-cai.xlsx", await resultWorkbook(north, catalog), catalog),
    await sourceOf("ha-giang.xlsx", await resultWorkbook(south, catalog), catalog),
  ];
}

async function writtenProducts(plan: ForwardPlan) {
  const next = new MemoryWorkbook();
  await writeForwardRound(next, plan, { catalog, language: "vi" });
  const session = await WorkbookSession.open(next, catalog);
  return { session, rows: tableRecords(await sheetWithKey(next, "products")) };
}

describe("ocop forward: the next level's round from one level's results", () => {
  test("two province results → central round: exactly the products of 90 and up, each once, with where they came from", async () => {
    const outcome = planForward(await twoProvinces(), request, catalog);
    if (outcome.kind !== "planned") throw new Error(JSON.stringify(outcome));
    expect(outcome.plan.round.council.level).toBe("national");
    expect(outcome.plan.round.criteriaVersion).toBe(V26);
    const { session, rows } = await writtenProducts(outcome.plan);
    expect(session.reading.round.products.map((p) => p.name)).toEqual([
      "Chè Shan tuyết",
      "Mật ong bạc hà",
      "Cam sành Hàm Yên",
    ]);
    expect(session.reading.round.council.level).toBe("national");
    expect(rows.map((row) => [row["ref-file"], row["ref-id"], row["ref-score"], row["ref-stars"]])).toEqual([
      ["lao-cai.xlsx", "P01", 95, 5],
      ["lao-cai.xlsx", "P02", 100, 5],
      ["ha-giang.xlsx", "P02", 95, 5],
    ]);
    expect(rows[0]["ref-council"]).toBe("Hội đồng tỉnh Lào Cai");
    expect(rows[0]["ref-level"]).toBe("Cấp tỉnh");
    expect(rows[0]["ref-date"]).toBe("2026-09-10");
  });

  test("a product two provinces both send (same name and producer) is one row, flagged with the other file", async () => {
    const outcome = planForward(await twoProvinces(), request, catalog);
    if (outcome.kind !== "planned") throw new Error("not planned");
    const { rows } = await writtenProducts(outcome.plan);
    const flagged = rows.filter((row) => row["ref-duplicate"] !== null);
    expect(flagged).toHaveLength(1);
    expect(flagged[0].name).toBe("Mật ong bạc hà");
    expect(String(flagged[0]["ref-duplicate"])).toContain("ha-giang.xlsx (P01, 90.00)");
  });

  test("the central council's products below 90 give the province its returned list", async () => {
    const central = round26("national", "Hội đồng Trung ương", [
      product("P01", "Chè Shan tuyết", "HTX Chè Tả Phìn", [100, 90]),
      product("P02", "Mật ong bạc hà", "HTX Hoà Bình", [70, 100]),
      product("P03", "Cam sành Hàm Yên", "HTX Cam Hàm Yên", [70, 70]),
    ]);
    const source = await sourceOf("trung-uong.xlsx", await resultWorkbook(central, catalog), catalog);
    expect(planForward([source], request, catalog)).toMatchObject({
      kind: "refused",
      refusals: [{ file: "trung-uong.xlsx", reason: "no-next-level" }],
    });
    const returned = planForward([source], { ...request, returned: true }, catalog);
    if (returned.kind !== "planned") throw new Error("not planned");
    expect(returned.plan.round.council.level).toBe("province");
    const { rows } = await writtenProducts(returned.plan);
    expect(rows.map((row) => [row.name, row["ref-score"], row["ref-stars"]])).toEqual([
      ["Mật ong bạc hà", 85, 4],
      ["Cam sành Hàm Yên", 70, 4],
    ]);
  });

  test("a stale or uncomputed result is refused with its file named, and nothing is planned", async () => {
    const [north, south] = await twoProvinces();
    const uncomputed = await resultWorkbook(
      round26("province", "Hội đồng tỉnh Yên Bái", [product("P01", "Quế", "HTX Văn Yên", [90, 100])]),
      catalog,
      false,
    );
    const edited = await resultWorkbook(
      round26("province", "Hội đồng tỉnh Sơn La", [product("P01", "Cà phê", "HTX Chiềng Ban", [90, 100])]),
      catalog,
    );
    const { sheet, cell } = await scoreAddress(edited, "P01", "M1", "A.1.1");
    edited.setCell(sheet, cell, 70);
    const outcome = planForward(
      [
        north,
        await sourceOf("yen-bai.xlsx", uncomputed, catalog),
        await sourceOf("son-la.xlsx", edited, catalog),
        south,
      ],
      request,
      catalog,
    );
    if (outcome.kind !== "refused") throw new Error("not refused");
    expect(outcome.refusals.map((r) => [r.file, r.reason])).toEqual([
      ["yen-bai.xlsx", "no-result"],
      ["son-la.xlsx", "stale-result"],
    ]);
    const texts = outcome.refusals.map((r) => forwardRefusalText(r, "en"));
    expect(texts[0]).toMatch(/^yen-bai\.xlsx: no result yet/);
    expect(texts[1]).toMatch(/^son-la\.xlsx: the result is stale/);
    expect(forwardRefusalText(outcome.refusals[1], "vi")).toMatch(/^son-la\.xlsx: kết quả đã cũ/);
  });

  test("a result of another criteria version is refused unless --version names one its product sets are in", async () => {
    const [north] = await twoProvinces();
    const district = await resultWorkbook(
      {
        ...round26("province", "Hội đồng tỉnh Điện Biên", [
          product("P01", "Gạo tám", "HTX Thanh Xương", [90, 100]),
        ]),
        criteriaVersion: "synthetic/2099",
      },
      catalog,
    );
    const other = await sourceOf("dien-bien.xlsx", district, catalog);
    expect(planForward([north, other], request, catalog)).toMatchObject({
      kind: "refused",
      refusals: [{ file: "dien-bien.xlsx", reason: "version-differs", detail: "synthetic/2099" }],
    });
    const chosen = planForward([north, other], { ...request, version: V26 }, catalog);
    expect(chosen.kind).toBe("planned");
    expect(planForward([north, other], { ...request, version: "1048/2019" }, catalog)).toMatchObject({
      kind: "refused",
      refusals: expect.arrayContaining([expect.objectContaining({ reason: "set-not-in-version" })]),
    });
  });
});
