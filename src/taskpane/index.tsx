import { createRoot } from "react-dom/client";
import { version } from "../../package.json";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { App } from "./app/App";
import { bindCommands } from "./commands/bindCommands";
import { detectHost } from "./host/hostKind";
import { initialLanguage } from "./host/languageContext";
import { themeFor } from "./host/officeTheme";
import { PaneRoot } from "./host/PaneRoot";
import { sampleWorkbook } from "./host/sampleWorkbook";
import type { WorkbookPort } from "../workbook/port";
import type { MemoryWorkbook } from "../workbook/memoryWorkbook";

declare global {
  interface Window {
    /** Set only when the pane runs over the in-memory workbook: the browser tests act as members through it. */
    ocopTest?: { readonly workbook: MemoryWorkbook };
  }
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Some webviews deny storage to add-ins; the language is then not remembered.
    return undefined;
  }
}

async function start(): Promise<void> {
  const host = detectHost(window.location.search, typeof Office !== "undefined");
  let port: WorkbookPort;
  let officeLocale: string | undefined;
  let background: string | undefined;
  if (host === "excel") {
    await Office.onReady();
    const { excelPort } = await import("./host/excelServices");
    port = excelPort().port;
    officeLocale = Office.context.displayLanguage;
    background = Office.context.officeTheme?.bodyBackgroundColor;
  } else {
    const workbook = sampleWorkbook();
    window.ocopTest = { workbook };
    port = workbook;
    officeLocale = new URLSearchParams(window.location.search).get("lang") ?? navigator.language;
  }
  const storage = safeStorage();
  const catalog = shippedCatalog();
  const services = { port, catalog, host, version, commands: bindCommands(port, catalog) };
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html must have a #root element");
  createRoot(container).render(
    <PaneRoot
      services={services}
      language={initialLanguage(officeLocale, storage)}
      theme={themeFor(background)}
      storage={storage}
    >
      <App />
    </PaneRoot>,
  );
}

void start();
