import type { Catalog, Member, Round } from "../../src/domain";
import { syntheticRound } from "../excel/syntheticRound";

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Vũ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Ngọc", "Hữu"];
const GIVEN = [
  "Hùng",
  "Hà",
  "Tuấn",
  "Lan",
  "Thắng",
  "Mai",
  "Bảo",
  "Nhung",
  "Khánh",
  "Phương",
  "Dũng",
  "Hạnh",
];

/**
 * A province council of 15 members scoring 40 products (or `productCount`, 12 or more), as a large round prints: full Vietnamese names
 * (some long), a chair and a secretary, one member who scored nothing (absent), a product one member left
 * half done (not evaluated), renewal products, and producers and communes long enough to wrap.
 */
export function councilRound(catalog: Catalog, productCount = 40): Round {
  const base = syntheticRound(catalog, productCount, 15);
  const members: Member[] = base.members.map((member, i) => ({
    id: member.id,
    name: `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 3) % MIDDLE.length]} ${i === 4 ? "Thị Thanh " : ""}${GIVEN[(i * 5) % GIVEN.length]}`,
    role:
      i === 0
        ? "Chủ tịch Hội đồng (Phó Chủ tịch UBND tỉnh)"
        : i === 14
          ? "Thư ký Hội đồng"
          : `Thành viên (Sở ${["Nông nghiệp và Phát triển nông thôn", "Công Thương", "Khoa học và Công nghệ", "Y tế"][i % 4]})`,
  }));
  const scores = Object.fromEntries(
    Object.entries(base.scores).map(([product, byMember]) => {
      const kept = Object.fromEntries(Object.entries(byMember).filter(([member]) => member !== "M14"));
      return [product, kept];
    }),
  );
  const firstCriterion = Object.keys(scores.P0007.M2)[0];
  scores.P0007 = { ...scores.P0007, M2: { [firstCriterion]: scores.P0007.M2[firstCriterion] } };
  return {
    ...base,
    council: {
      level: "province",
      name: "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Tuyên Quang",
      date: "2026-10-15",
      issuer: "UBND tỉnh Tuyên Quang",
      place: "Tuyên Quang",
    },
    roundNumber: "Đợt 2/2026",
    members,
    products: base.products.map((product, i) => ({
      ...product,
      name: i % 5 === 0 ? `Chè Shan tuyết cổ thụ Na Hang hộp ${i + 1}` : product.name,
      producer: i % 3 === 0 ? `Hợp tác xã Nông nghiệp và Dịch vụ số ${i + 1}` : product.producer,
      commune: `xã ${["Thượng Lâm", "Năng Khả", "Hồng Thái", "Sơn Phú"][i % 4]}`,
      kind: i % 9 === 4 ? "renewal" : "new",
      dossier: { facilityCertificate: true, qualityDeclaration: i !== 11, testReport: true },
    })),
    scores,
  };
}
