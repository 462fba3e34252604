import { checkRequirements, ExcelWorkbook, officeRun, type RequirementCheck } from "../../excel";
import type { WorkbookPort } from "../../workbook/port";
import { deliverCopy, excelCopyHost, type CopyDelivery, type CopyFile } from "./copyDelivery";

/**
 * The office-js side of start-up, in its own module so the browser harness (no office.js) never loads it:
 * requirement sets are checked once and the adapter uses only what the host has; members' copies are handed
 * over as this Excel can (a new workbook on desktop, a download on the web).
 */
export function excelPort(): {
  port: WorkbookPort;
  requirements: RequirementCheck;
  deliverCopy: (copy: CopyFile) => Promise<CopyDelivery>;
  sharedRuntime: boolean;
} {
  const isSetSupported = (name: string, version: string) =>
    Office.context.requirements.isSetSupported(name, version);
  const requirements = checkRequirements(isSetSupported);
  const copyHost = excelCopyHost(
    String(Office.context.diagnostics?.platform ?? ""),
    isSetSupported("ExcelApi", "1.8"),
    (base64) => Excel.createWorkbook(base64),
  );
  return {
    port: new ExcelWorkbook(officeRun, { features: requirements.features }),
    requirements,
    deliverCopy: (copy) => deliverCopy(copy, copyHost),
    sharedRuntime: isSetSupported("SharedRuntime", "1.1"),
  };
}
