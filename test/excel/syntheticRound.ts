import { allowedPoints, criteriaOf, type Catalog, type Round } from "../../src/domain";

/**
 * A round of `products` products on the shipped 1048-01 sheet, `members` members, every criterion scored
 * (points picked by a fixed arithmetic pattern, so the same size always gives the same round).
 */
export function syntheticRound(catalog: Catalog, products: number, members = 7): Round {
  const set = catalog.criteriaSet("1048/2019", "1048-01");
  if (!set) throw new Error("the shipped catalog has no 1048-01 criteria sheet");
  const criteria = criteriaOf(set);
  const memberList = Array.from({ length: members }, (_, m) => ({
    id: `M${m + 1}`,
    name: `Thành viên ${m + 1}`,
  }));
  const productList = Array.from({ length: products }, (_, p) => ({
    id: `P${String(p + 1).padStart(4, "0")}`,
    name: `Sản phẩm thử số ${p + 1}`,
    producer: `HTX số ${p + 1}`,
    productSet: "1048-01",
  }));
  const scores: Record<string, Record<string, Record<string, number>>> = {};
  productList.forEach((product, p) => {
    scores[product.id] = {};
    memberList.forEach((member, m) => {
      const sheet: Record<string, number> = {};
      criteria.forEach((criterion, c) => {
        const points = allowedPoints(criterion);
        sheet[criterion.id] = points[(p * 7 + m * 3 + c) % points.length];
      });
      scores[product.id][member.id] = sheet;
    });
  });
  return {
    criteriaVersion: "1048/2019",
    council: { level: "district", name: "Hội đồng thử", date: "2024-10-15" },
    members: memberList,
    products: productList,
    scores,
  };
}
