import {
  allowedPoints,
  criteriaOf,
  type Catalog,
  type CriteriaSet,
  type Member,
  type Product,
  type Round,
} from "../../domain";

/** Seed of the demo's random numbers: the same seed gives the same round on every machine, every time. */
export const DEMO_SEED = 20221020;

const members: readonly Member[] = [
  { id: "M1", name: "Nguyễn Văn Hùng", role: "Chủ tịch Hội đồng (Phó Chủ tịch UBND tỉnh)" },
  {
    id: "M2",
    name: "Trần Thị Thu Hà",
    role: "Phó Chủ tịch Hội đồng (Giám đốc Sở Nông nghiệp và Môi trường)",
  },
  { id: "M3", name: "Lê Minh Tuấn", role: "Thành viên (Sở Công Thương)" },
  { id: "M4", name: "Phạm Thị Lan", role: "Thành viên (Sở Khoa học và Công nghệ)" },
  { id: "M5", name: "Hoàng Đức Thắng", role: "Thành viên (Sở Tài chính)" },
  { id: "M6", name: "Vũ Thị Mai", role: "Thành viên (Sở Văn hóa, Thể thao và Du lịch)" },
  { id: "M7", name: "Đặng Quốc Bảo", role: "Thư ký Hội đồng (Chi cục Phát triển nông thôn)" },
];

/** The demo's 26/2026 product sets: fresh produce, white spirits, coffee and cocoa, handicrafts. */
const SETS = { fresh: "26-01", spirits: "26-14", coffee: "26-13", crafts: "26-21" } as const;

interface Entrant extends Omit<Product, "kind"> {
  /** How good the product is: 0 = the lowest option everywhere, 1 = the best. */
  readonly quality: number;
  /** The star level whose minimum options (star marks) every member grants it. */
  readonly meets: 3 | 4 | 5;
  /** A criterion every member scores at these points, whatever the quality (a known weakness). */
  readonly weak?: { readonly criterion: string; readonly points: number };
  readonly kind?: Product["kind"];
}

/**
 * Twelve products over four sets, chosen so a province council sees every case it decides: one product of
 * 90 and more to send to the central council, products it recognises at 3 and 4 stars, some held below
 * their score's stars by an option marked as a minimum (★★★/★★★★/★★★★★), and products it does not rate.
 */
const entrants: readonly Entrant[] = [
  // prettier-ignore
  { id: "P01", name: "Bưởi Diễn", producer: "HTX Nông nghiệp Phú Diễn", commune: "xã Phú Diễn", productSet: SETS.fresh, quality: 0.97, meets: 5 },
  // prettier-ignore
  { id: "P02", name: "Vải thiều Thanh Hà", producer: "HTX Vải thiều Thanh Hà", commune: "xã Thanh Sơn", productSet: SETS.fresh, quality: 0.84, meets: 4 },
  // prettier-ignore
  { id: "P03", name: "Cam Canh", producer: "Công ty TNHH Cam Canh Xanh", commune: "xã Canh Nậu", productSet: SETS.fresh, quality: 0.82, meets: 4, weak: { criterion: "A.1.5", points: 1 }, kind: "upgrade" },
  // prettier-ignore
  { id: "P04", name: "Ổi Đông Dư", producer: "HTX Dịch vụ nông nghiệp Đông Dư", commune: "xã Đông Dư", productSet: SETS.fresh, quality: 0.6, meets: 3 },
  // prettier-ignore
  { id: "P05", name: "Rượu Làng Vân", producer: "Công ty CP Rượu Làng Vân", commune: "xã Vân Hà", productSet: SETS.spirits, quality: 0.95, meets: 4, weak: { criterion: "B.1.1", points: 3 } },
  // prettier-ignore
  { id: "P06", name: "Rượu ngô men lá Bắc Hà", producer: "HTX Rượu ngô Bản Phố", commune: "xã Bản Phố", productSet: SETS.spirits, quality: 0.72, meets: 4, kind: "renewal" },
  // prettier-ignore
  { id: "P07", name: "Rượu nếp cái hoa vàng", producer: "Hộ kinh doanh Nguyễn Thị Hoa", commune: "xã Tam Đảo", productSet: SETS.spirits, quality: 0.6, meets: 3, weak: { criterion: "A.2.2", points: 1 } },
  // prettier-ignore
  { id: "P08", name: "Cà phê Arabica Cầu Đất", producer: "HTX Cà phê Cầu Đất", commune: "xã Xuân Trường", productSet: SETS.coffee, quality: 0.78, meets: 4 },
  // prettier-ignore
  { id: "P09", name: "Cacao lên men Chợ Lách", producer: "Tổ hợp tác Cacao Hưng Khánh", commune: "xã Hưng Khánh Trung", productSet: SETS.coffee, quality: 0.58, meets: 3 },
  // prettier-ignore
  { id: "P10", name: "Cà phê bột rang xay Hồ Sơn", producer: "Hộ kinh doanh Trần Văn Sơn", commune: "xã Hồ Sơn", productSet: SETS.coffee, quality: 0.3, meets: 3 },
  // prettier-ignore
  { id: "P11", name: "Mây tre đan Phú Vinh", producer: "HTX Mây tre đan Phú Vinh", commune: "xã Phú Nghĩa", productSet: SETS.crafts, quality: 0.7, meets: 4 },
  // prettier-ignore
  { id: "P12", name: "Khăn thổ cẩm Mường Bon", producer: "Hộ kinh doanh Lò Văn Páo", commune: "xã Mường Bon", productSet: SETS.crafts, quality: 0.12, meets: 3 },
];

/** M6 was away when P07 was scored (absent: not counted in its average). */
const ABSENT = { product: "P07", member: "M6" } as const;
/** M7 scored P09 far above the others, so the council sees a divergence warning to discuss. */
const DIVERGENT = { product: "P09", member: "M7", lift: 0.4 } as const;

/**
 * A sample province round under 26/2026, the decision in force: 12 products over four product sets,
 * 7 members, every score drawn from a seeded generator so the demo is the same everywhere.
 */
export function demoRound(catalog: Catalog): Round {
  const version = catalog.version(DEMO_VERSION);
  if (!version) throw new Error(`the criteria catalog has no ${DEMO_VERSION} to run the demo on`);
  const random = mulberry32(DEMO_SEED);
  const scores: Record<string, Record<string, Record<string, number>>> = {};
  for (const product of entrants) {
    const set = catalog.criteriaSet(version.id, product.productSet);
    if (!set) throw new Error(`no criteria sheet for ${product.productSet} under ${version.id}`);
    scores[product.id] = {};
    for (const member of members) {
      if (product.id === ABSENT.product && member.id === ABSENT.member) continue;
      const lift = product.id === DIVERGENT.product && member.id === DIVERGENT.member ? DIVERGENT.lift : 0;
      scores[product.id][member.id] = memberSheet(set, product, lift, random);
    }
  }
  return {
    criteriaVersion: version.id,
    council: {
      level: "province",
      name: "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Minh Hoà (dữ liệu mẫu)",
      date: "2026-09-15",
    },
    roundNumber: "Đợt 2/2026",
    members,
    products: entrants.map(({ quality: _q, meets: _m, weak: _w, kind, ...product }) => ({
      ...product,
      kind: kind ?? "new",
    })),
    scores,
    // Two thirds of seven members must have scored a product for it to be rated.
    policy: { rounding: "none", minMembers: 5, divergencePoints: 15, minimumOptionReading: "mean" },
  };
}

export const DEMO_VERSION = "26/2026";

/** One member's sheet: around the product's quality, give or take a little, as councils rarely agree exactly. */
function memberSheet(
  set: CriteriaSet,
  product: Entrant,
  lift: number,
  random: () => number,
): Record<string, number> {
  const sheet: Record<string, number> = {};
  for (const criterion of criteriaOf(set)) {
    const points = allowedPoints(criterion);
    const judged = clamp(product.quality + lift + (random() - 0.5) * 0.24) * points[points.length - 1];
    const floor = Math.max(
      0,
      ...criterion.options.filter((o) => o.minStars && o.minStars <= product.meets).map((o) => o.points),
    );
    sheet[criterion.id] =
      product.weak?.criterion === criterion.id
        ? product.weak.points
        : closest(
            points.filter((p) => p >= floor),
            judged,
          );
  }
  return sheet;
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
