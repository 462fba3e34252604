import "./testHook";
import packageInfo from "../../../package.json";
import { loadShippedCatalog } from "../../criteria/shippedCatalog";
import type { WorkbookPort } from "../../workbook/port";
import { bindCommands } from "../commandBinding/bindCommands";
import type { AddinServices } from "./addinContext";
import type { HostKind } from "./hostKind";
import { sampleWorkbook } from "./sampleWorkbook";

/**
 * The engine side of the pane: criteria data, parser, commands and the workbook adapter. Loaded as its own
 * chunk while office.js starts, so the first script the pane parses is only React and the screens.
 */
export async function createServices(host: HostKind): Promise<AddinServices> {
  // The criteria data is its own chunk, fetched while the adapter loads; sampleWorkbook reads it too.
  const loading = loadShippedCatalog();
  let port: WorkbookPort;
  let missingRequirements: AddinServices["missingRequirements"] = [];
  let deliverCopy: AddinServices["deliverCopy"];
  let sharedRuntime: boolean | undefined;
  if (host === "excel") {
    const [{ excelPort }] = await Promise.all([import("./excelServices"), loading]);
    const excel = excelPort();
    port = excel.port;
    missingRequirements = excel.requirements.missing;
    deliverCopy = excel.deliverCopy;
    sharedRuntime = excel.sharedRuntime;
  } else {
    await loading;
    const workbook = sampleWorkbook();
    // The browser tests act as council members through this handle; it exists only without Excel.
    window.ocopTest = { workbook };
    port = workbook;
  }
  const catalog = await loading;
  return {
    port,
    catalog,
    host,
    version: packageInfo.version,
    commands: bindCommands(port, catalog),
    missingRequirements,
    deliverCopy,
    sharedRuntime,
  };
}
