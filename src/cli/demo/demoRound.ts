import {
  allowedPoints,
  criteriaOf,
  newestVersionWithSheet,
  type Catalog,
  type Member,
  type Product,
  type Round,
} from "../../domain";

/** Seed of the demo's random numbers: the same seed gives the same round on every machine, every time. */
export const DEMO_SEED = 20221020;

const members: readonly Member[] = [
  { id: "M1", name: "Nguyễn Văn Hùng", role: "Chủ tịch Hội đồng (Phó Chủ tịch UBND huyện)" },
  { id: "M2", name: "Trần Thị Thu Hà", role: "Phó Chủ tịch Hội đồng (Trưởng phòng NN&PTNT)" },
  { id: "M3", name: "Lê Minh Tuấn", role: "Thành viên (Phòng Kinh tế - Hạ tầng)" },
  { id: "M4", name: "Phạm Thị Lan", role: "Thành viên (Trung tâm Dịch vụ nông nghiệp)" },
  { id: "M5", name: "Hoàng Đức Thắng", role: "Thành viên (Phòng Tài chính - Kế hoạch)" },
  { id: "M6", name: "Vũ Thị Mai", role: "Thành viên (Hội Liên hiệp Phụ nữ huyện)" },
  { id: "M7", name: "Đặng Quốc Bảo", role: "Thư ký Hội đồng" },
];

/**
 * The products and how good each is (0 = the lowest option everywhere, 1 = the best), chosen so the
 * council's averages spread over all five star bands, with most products between 3 and 4 stars as in
 * real district rounds.
 */
const entrants: readonly (Omit<Product, "productSet" | "kind"> & { quality: number })[] = [
  {
    id: "P01",
    name: "Bưởi Diễn",
    producer: "HTX Nông nghiệp Phú Diễn",
    commune: "xã Phú Diễn",
    quality: 0.93,
  },
  {
    id: "P02",
    name: "Vải thiều Thanh Hà",
    producer: "HTX Vải thiều Thanh Hà",
    commune: "xã Thanh Sơn",
    quality: 0.86,
  },
  {
    id: "P03",
    name: "Cam Canh",
    producer: "Công ty TNHH Cam Canh Xanh",
    commune: "xã Canh Nậu",
    quality: 0.74,
  },
  {
    id: "P04",
    name: "Nhãn lồng Hưng Yên",
    producer: "HTX Nhãn lồng Hồng Nam",
    commune: "xã Hồng Nam",
    quality: 0.72,
  },
  {
    id: "P05",
    name: "Chuối tiêu hồng",
    producer: "Tổ hợp tác Chuối Đại Thắng",
    commune: "xã Đại Thắng",
    quality: 0.64,
  },
  {
    id: "P06",
    name: "Ổi Đông Dư",
    producer: "HTX Dịch vụ nông nghiệp Đông Dư",
    commune: "xã Đông Dư",
    quality: 0.6,
  },
  {
    id: "P07",
    name: "Khoai lang mật Tam Đảo",
    producer: "Hộ kinh doanh Nguyễn Thị Hoa",
    commune: "xã Tam Đảo",
    quality: 0.55,
  },
  {
    id: "P08",
    name: "Dưa lưới Hoa Sơn",
    producer: "Công ty CP Nông sản Hoa Sơn",
    commune: "xã Hoa Sơn",
    quality: 0.5,
  },
  {
    id: "P09",
    name: "Lạc đỏ Bắc Giang",
    producer: "Hộ kinh doanh Trần Văn Sơn",
    commune: "xã Tân Sỏi",
    quality: 0.4,
  },
  {
    id: "P10",
    name: "Su su Tam Đảo",
    producer: "Tổ hợp tác Su su Hồ Sơn",
    commune: "xã Hồ Sơn",
    quality: 0.32,
  },
  {
    id: "P11",
    name: "Măng tre Bát Độ",
    producer: "Hộ kinh doanh Lò Văn Páo",
    commune: "xã Mường Bon",
    quality: 0.2,
  },
  {
    id: "P12",
    name: "Hạt dẻ Trùng Khánh",
    producer: "Hộ kinh doanh Nông Thị Dào",
    commune: "xã Đình Phong",
    quality: 0.08,
  },
];

/** M6 was away when P07 was scored (absent: not counted in its average). */
const ABSENT = { product: "P07", member: "M6" } as const;
/** M7 scored P05 far above the others, so the council sees a divergence warning to discuss. */
const DIVERGENT = { product: "P05", member: "M7", lift: 0.4 } as const;

/**
 * A sample district round on the newest criteria version the add-in ships a sheet for: 12 products,
 * 7 members, every score drawn from a seeded generator so the demo is the same everywhere.
 */
export function demoRound(catalog: Catalog): Round {
  const version = newestVersionWithSheet(catalog);
  if (!version)
    throw new Error("the criteria catalog has no version with a criteria sheet to run the demo on");
  const entry = catalog.productSets(version.id).find((e) => e.kind === "available");
  if (!entry || entry.kind !== "available") throw new Error(`no criteria sheet for ${version.id}`);
  const criteria = criteriaOf(entry.set);
  const random = mulberry32(DEMO_SEED);
  const scores: Record<string, Record<string, Record<string, number>>> = {};
  for (const product of entrants) {
    scores[product.id] = {};
    for (const member of members) {
      if (product.id === ABSENT.product && member.id === ABSENT.member) continue;
      const lift = product.id === DIVERGENT.product && member.id === DIVERGENT.member ? DIVERGENT.lift : 0;
      const sheet: Record<string, number> = {};
      for (const criterion of criteria) {
        const points = allowedPoints(criterion);
        const best = points[points.length - 1];
        // Each member judges around the product's quality, give or take a little: councils rarely agree exactly.
        const judged = clamp(product.quality + lift + (random() - 0.5) * 0.24) * best;
        sheet[criterion.id] = closest(points, judged);
      }
      scores[product.id][member.id] = sheet;
    }
  }
  return {
    criteriaVersion: version.id,
    council: {
      level: "district",
      name: "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Minh Hoà (dữ liệu mẫu)",
      date: "2022-10-20",
    },
    roundNumber: "Đợt 2/2022",
    members,
    products: entrants.map(({ quality: _quality, ...product }, i) => ({
      ...product,
      productSet: entry.ref.code,
      kind: i === 3 ? "upgrade" : i === 6 ? "renewal" : "new",
    })),
    scores,
    // Two thirds of seven members must have scored a product for it to be rated.
    policy: { rounding: "none", minMembers: 5, divergencePoints: 15 },
  };
}

function closest(points: readonly number[], target: number): number {
  return points.reduce((best, p) => (Math.abs(p - target) < Math.abs(best - target) ? p : best), points[0]);
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** A small, well-known seeded generator (Mulberry32): deterministic, good enough for sample data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
