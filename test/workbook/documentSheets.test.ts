import { allowedPoints, criteriaOf, scoreRound, type Round } from "../../src/domain";
import { councilIssuer, councilPlace } from "../../src/domain/councilRoles";
import { planMemberScoresSheet } from "../../src/workbook/plan/memberScoresSheet";
import { planMinutesSheet } from "../../src/workbook/plan/minutesSheet";
import { pageCount } from "../../src/workbook/plan/pageCount";
import { planProposalListSheet } from "../../src/workbook/plan/proposalListSheet";
import { planResultSheet } from "../../src/workbook/plan/resultSheet";
import type { SheetPlan } from "../../src/workbook/plan/sheetPlan";
import { catalog, gridsOf, sampleRound } from "./workbookFixtures";

const computedAt = "2024-10-15T12:00:00.000Z";

/** The sample round at province level: P03 (93) is forwarded, P01 and P02 recognised; M2 scored nothing. */
function provinceRound(): Round {
  const base = sampleRound();
  const scores = Object.fromEntries(
    Object.entries(base.scores).map(([p, byMember]) => [
      p,
      Object.fromEntries(Object.entries(byMember).filter(([m]) => m !== "M2")),
    ]),
  );
  return {
    ...base,
    council: { ...base.council, level: "province", name: "Hội đồng tỉnh Tuyên Quang", place: "Tuyên Quang" },
    scores,
  };
}

function inputs(round: Round, language: "vi" | "en" = "vi") {
  return {
    round,
    result: scoreRound(round, catalog),
    version: catalog.version(round.criteriaVersion),
    language,
    computedAt,
  };
}

async function textOf(plan: SheetPlan): Promise<string[]> {
  const [grid] = await gridsOf([plan]);
  return grid.values
    .flat()
    .filter((v) => v !== null && v !== "")
    .map(String);
}

describe("Kết quả, the signed result", () => {
  const plan = (round = sampleRound(), language: "vi" | "en" = "vi") =>
    planResultSheet({ ...inputs(round, language), name: "Kết quả", fingerprint: "0123456789abcdef" });

  it("names a member in its notes by name, with the id in brackets", async () => {
    const round = sampleRound();
    const result = scoreRound(round, catalog);
    const divergent = {
      code: "member-divergent" as const,
      severity: "warning" as const,
      product: "P01",
      member: "M1",
      value: 100,
      detail: 60,
      expected: 15,
    };
    const text = await textOf(
      planResultSheet({
        ...inputs(round),
        result: { ...result, issues: [...result.issues, divergent] },
        name: "Kết quả",
        fingerprint: "0123456789abcdef",
      }),
    );
    expect(text.some((line) => line.includes("Nguyễn Văn A (M1)"))).toBe(true);
  });

  it("heads the page with the issuing body, national heading, motto and the place and date line", async () => {
    const text = await textOf(plan());
    expect(text).toEqual(
      expect.arrayContaining([
        "UBND HUYỆN CHỢ MỚI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Chợ Mới, ngày 15 tháng 10 năm 2024",
      ]),
    );
    expect(plan().formats).toContainEqual(expect.objectContaining({ underline: true, bold: true }));
  });

  it("names the rank column 'Thứ hạng' (Hạng is a star class) and lists producer and commune", async () => {
    const text = await textOf(plan());
    expect(text).toEqual(
      expect.arrayContaining(["Thứ hạng", "Chủ thể", "Địa chỉ (xã)", "Số thành viên chấm"]),
    );
    expect(text).not.toContain("Hạng");
    expect(text).toEqual(expect.arrayContaining(["+84 912 345 678", "Xã Yên Đĩnh", "HTX Hoà Bình"]));
  });

  it("prints the computation time as local dd/mm/yyyy HH:mm, the ISO time only in a hidden column", async () => {
    const result = plan();
    const [grid] = await gridsOf([result]);
    const visible = grid.values.map((row) => row.filter((_, c) => !result.hiddenColumns.includes(c)));
    expect(visible.flat()).toContain("15/10/2024 19:00");
    expect(
      visible
        .flat()
        .map(String)
        .some((v) => /\d{4}-\d{2}-\d{2}T/.test(v)),
    ).toBe(false);
  });

  it("reads 1–2 star products as 'Không đạt', with their score beside it", async () => {
    const round = sampleRound();
    const low = { ...round, scores: { ...round.scores, P02: lowered(round.scores.P02) } };
    const result = scoreRound(low, catalog);
    const p02 = result.products.find((p) => p.id === "P02");
    expect(p02?.status === "scored" && p02.stars).toBeLessThan(3);
    const [grid] = await gridsOf([plan(low)]);
    const row = grid.values.find((r) => r[0] === "product:P02")!;
    const stars = grid.values[0].indexOf("col:stars");
    const average = grid.values[0].indexOf("col:average");
    expect(row[stars]).toBe("Không đạt");
    expect(typeof row[average]).toBe("number");
  });

  it("ends with the secretary's and the chair's signatures, names from the members' roles, each once", async () => {
    const text = await textOf(plan());
    for (const role of ["THƯ KÝ HỘI ĐỒNG", "TM. HỘI ĐỒNG", "CHỦ TỊCH", "(Ký, ghi rõ họ tên)"])
      expect(text).toContain(role);
    expect(text.filter((t) => t === "Nguyễn Văn A")).toHaveLength(1);
    expect(text.filter((t) => t === "@Lê Văn C")).toHaveLength(1);
  });

  it("is in English when the round's language is English", async () => {
    const text = await textOf(plan(sampleRound(), "en"));
    expect(text).toEqual(
      expect.arrayContaining(["SOCIALIST REPUBLIC OF VIETNAM", "Rank", "COUNCIL SECRETARY"]),
    );
  });

  it("prints in Times New Roman at 12 points, on A4 with the documents' margins and its own page count", () => {
    const result = plan();
    expect(result.font).toEqual({ name: "Times New Roman", size: 12 });
    expect(result.print).toMatchObject({
      paper: "A4",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
    });
    expect(result.print?.footer).toContain(`Trang &P/${pageCount(result)}`);
  });
});

describe("the issuing body and the place of a council's papers", () => {
  it("are the round's own when given", () => {
    const council = {
      level: "district" as const,
      name: "Hội đồng",
      issuer: "UBND huyện Hàm Yên",
      place: "Hàm Yên",
    };
    expect([councilIssuer(council), councilPlace(council)]).toEqual(["UBND huyện Hàm Yên", "Hàm Yên"]);
  });

  it("are read from the council's name when not, and never invented when it does not say", () => {
    const named = { level: "district" as const, name: "Hội đồng OCOP thành phố Bắc Kạn (đợt 2)" };
    expect([councilIssuer(named), councilPlace(named)]).toEqual(["UBND thành phố Bắc Kạn", "Bắc Kạn"]);
    const unnamed = { level: "district" as const, name: "Hội đồng thẩm định" };
    expect([councilIssuer(unnamed), councilPlace(unnamed)]).toEqual([undefined, undefined]);
  });
});

describe("Biên bản họp Hội đồng", () => {
  const minutes = (round: Round) => planMinutesSheet({ ...inputs(round), name: "Biên bản" });

  it("lists members present and absent (absent: scored no product), the chair and the secretary", async () => {
    const text = (await textOf(minutes(provinceRound()))).join("\n");
    expect(text).toContain("Thành viên có mặt: 2/3");
    expect(text).toContain("Thành viên vắng mặt (không chấm sản phẩm nào): 1");
    expect(text).toContain("Chủ trì: Nguyễn Văn A, Chủ tịch Hội đồng.");
    expect(text).toContain("Thư ký: @Lê Văn C, Thư ký Hội đồng.");
    expect(text).toContain("Trần Thị B");
  });

  it("states the decision applied, the products evaluated and the conclusions product by product", async () => {
    const text = (await textOf(minutes(provinceRound()))).join("\n");
    const decision = catalog.version("1048/2019")!.decision;
    expect(text).toContain(`Bộ tiêu chí áp dụng: ${decision} (1048/2019).`);
    expect(text).toContain("Số sản phẩm đưa ra đánh giá: 3");
    expect(text).toMatch(/1\. Sản phẩm đề nghị công nhận đạt hạng sao ở cấp này: 2/);
    expect(text).toMatch(/2\. Sản phẩm đề nghị Hội đồng cấp trung ương đánh giá, phân hạng: 1/);
    expect(text).toMatch(/- P01 =1\+1 \(\+84 912 345 678\): 73,50 điểm, ★★★★☆ 4 sao/);
  });

  it("says renewal products were evaluated by written opinions", async () => {
    const text = (await textOf(minutes(sampleRound()))).join("\n");
    expect(text).toMatch(/bằng hình thức lấy ý kiến bằng văn bản: P03 -Mật ong bạc hà/);
  });

  it("lists a product not evaluated with its reason", async () => {
    const round = sampleRound();
    const half = { "A.1.1": round.scores.P02.M1["A.1.1"] };
    const partial = { ...round, scores: { ...round.scores, P02: { ...round.scores.P02, M1: half } } };
    const text = (await textOf(minutes(partial))).join("\n");
    expect(text).toContain("4. Sản phẩm chưa đánh giá được: 1");
    expect(text).toContain("- P02 Miến dong: chưa đủ phiếu chấm của thành viên");
  });
});

describe("Danh sách đề nghị", () => {
  const list = (which: "recognition" | "upward") =>
    planProposalListSheet({ ...inputs(provinceRound()), name: which, list: which, productSetNames: {} });

  it("proposes for recognition the products this level recognises, with dossier status", async () => {
    const [grid] = await gridsOf([list("recognition")]);
    const rows = grid.values.filter((r) => String(r[0]).startsWith("product:"));
    expect(rows.map((r) => r[0])).toEqual(["product:P01", "product:P02"]);
    const dossier = grid.values[0].indexOf("col:dossier");
    expect(rows.map((r) => r[dossier])).toEqual(["Đủ", "Chưa khai"]);
  });

  it("proposes upward the products the next level's council evaluates", async () => {
    const text = await textOf(list("upward"));
    expect(text).toContain("DANH SÁCH SẢN PHẨM ĐỀ NGHỊ HỘI ĐỒNG CẤP TRUNG ƯƠNG ĐÁNH GIÁ, PHÂN HẠNG");
    expect(text).toContain("P03");
    expect(text).not.toContain("P01");
  });
});

describe("Bảng điểm thành viên", () => {
  it("holds each member's total per product and splits across pages with the product columns repeated", async () => {
    const plan = planMemberScoresSheet({ ...inputs(sampleRound()), name: "Bảng điểm" });
    const [grid] = await gridsOf([plan]);
    const p01 = grid.values.find((r) => r[0] === "product:P01")!;
    expect(p01[grid.values[0].indexOf("member:M1")]).toBe(72);
    expect(plan.print).toMatchObject({ orientation: "landscape", fitToWidth: false, repeatColumns: "B:C" });
  });
});

/** A member sheet with every criterion at its lowest points: the product falls below 3 stars. */
function lowered(byMember: Round["scores"][string]): Round["scores"][string] {
  const set = catalog.criteriaSet("1048/2019", "1048-01")!;
  const lowest = Object.fromEntries(criteriaOf(set).map((c) => [c.id, allowedPoints(c)[0]]));
  return Object.fromEntries(Object.keys(byMember).map((member) => [member, lowest]));
}
