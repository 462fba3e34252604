import { checkRequirements, ExcelWorkbook, officeRun, type RequirementCheck } from "../../excel";
import type { WorkbookPort } from "../../workbook/port";

/**
 * The office-js side of start-up, in its own module so the browser harness (no office.js) never loads it:
 * requirement sets are checked once and the adapter uses only what the host has.
 */
export function excelPort(): { port: WorkbookPort; requirements: RequirementCheck } {
  const requirements = checkRequirements((name, version) =>
    Office.context.requirements.isSetSupported(name, version),
  );
  return { port: new ExcelWorkbook(officeRun, { features: requirements.features }), requirements };
}
