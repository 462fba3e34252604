import { documentPrint } from "./printLayout";
import type { PrintSetup } from "./sheetPlan";

/**
 * How a sheet of one long table scrolls and prints (Sản phẩm, Hội đồng, Bộ tiêu chí): the header row stays
 * in view and repeats on every A4 landscape page, fitted to the page's width.
 */
export function tableSheetLayout(
  headerRow: number,
  pageWord = "Trang",
): {
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly print: PrintSetup;
} {
  return {
    freeze: { rows: headerRow + 1, columns: 0 },
    print: documentPrint({
      orientation: "landscape",
      pageWord,
      fitToWidth: true,
      repeatRows: `${headerRow + 1}:${headerRow + 1}`,
    }),
  };
}
