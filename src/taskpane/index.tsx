import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { detectHost } from "./host/hostKind";
import { initialLanguage } from "./host/languageContext";
import { themeFor } from "./host/officeTheme";
import { PaneRoot } from "./host/PaneRoot";

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
  // The engine chunk downloads while Office starts up, and the criteria data (the largest chunk) beside it
  // rather than after it: createServices asks for the same load.
  const servicesModule = import("./host/createServices");
  // A failure here surfaces there, as the pane's start-up failure.
  import("../criteria/shippedCatalog").then((catalog) => catalog.loadShippedCatalog()).catch(() => undefined);
  let officeLocale: string | undefined;
  let background: string | undefined;
  if (host === "excel") {
    await Office.onReady();
    officeLocale = Office.context.displayLanguage;
    background = Office.context.officeTheme?.bodyBackgroundColor;
  } else {
    // Outside Office, ?lang=en stands in for Office's display language (browser tests, demos).
    officeLocale = new URLSearchParams(window.location.search).get("lang") ?? navigator.language;
  }
  const storage = safeStorage();
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html must have a #root element");
  const services = servicesModule.then(({ createServices }) => createServices(host));
  // The pane renders now, its title and tabs usable while the engine and the criteria data load; the setup
  // screen follows as soon as they have (it waits for them behind a <Suspense>).
  const root = createRoot(container);
  services.catch((error: unknown) => {
    root.unmount();
    showStartFailure(error);
  });
  root.render(
    <PaneRoot
      services={services}
      language={initialLanguage(officeLocale, storage)}
      theme={await themeFor(background)}
      storage={storage}
    >
      <App />
    </PaneRoot>,
  );
}

/** Nothing else can speak if start-up fails; say it in both languages rather than show an empty pane. */
function showStartFailure(error: unknown): void {
  const root = document.getElementById("root");
  if (root)
    root.textContent = `Không khởi động được phần bổ trợ / The add-in could not start: ${
      error instanceof Error ? error.message : String(error)
    }`;
}

start().catch(showStartFailure);
