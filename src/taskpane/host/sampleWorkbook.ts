import type { Product } from "../../domain";
import { sheetLabels } from "../../i18n/sheetLabels";
import { MemoryWorkbook } from "../../workbook/memoryWorkbook";
import { planProductsSheet } from "../../workbook/plan/productsSheet";
import { shippedCatalog } from "../../criteria/shippedCatalog";

/** Products a district council might have pasted onto its Products sheet (set 1048-01 ships complete). */
export const SAMPLE_PRODUCTS: readonly Product[] = [
  {
    id: "P01",
    name: "Bưởi Diễn Phúc Lộc",
    producer: "HTX Phúc Lộc",
    commune: "Phúc Lộc",
    productSet: "1048-01",
    kind: "new",
  },
  {
    id: "P02",
    name: "Cam sành Hàm Yên",
    producer: "HTX Cam Hàm Yên",
    commune: "Tân Thành",
    productSet: "1048-01",
    kind: "new",
  },
  {
    id: "P03",
    name: "Chuối ngự Đại Hoàng",
    producer: "Hộ Trần Văn Bình",
    commune: "Đại Hoàng",
    productSet: "1048-01",
    kind: "upgrade",
  },
  {
    id: "P04",
    name: "Hồng không hạt Bảo Lạc",
    producer: "HTX Bảo Lạc",
    commune: "Bảo Lạc",
    productSet: "1048-01",
    kind: "renewal",
  },
];

/**
 * The workbook the pane opens outside Excel (browser tests, demos): only a Products sheet, as a council has
 * it before the round is set up, so every screen starts from the same place a secretary does.
 */
export function sampleWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  const version = shippedCatalog().version("1048/2019");
  void workbook.writeSheets([
    planProductsSheet({
      name: sheetLabels("vi").sheetNames.products,
      products: SAMPLE_PRODUCTS,
      productSets: version?.productSets ?? [],
      language: "vi",
    }),
  ]);
  return workbook;
}
