import { webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import type { Catalog } from "../../src/domain";
import type { Language } from "../../src/i18n";
import { PaneRoot } from "../../src/taskpane/host/PaneRoot";
import type { AddinServices } from "../../src/taskpane/host/addinContext";
import type { HostKind } from "../../src/taskpane/host/hostKind";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import type { PaneCommands } from "../../src/taskpane/commandBinding/paneCommands";
import { fakeCommands } from "./fakeCommands";

export interface PaneOptions {
  readonly port?: WorkbookPort;
  readonly catalog?: Catalog;
  readonly language?: Language;
  readonly host?: HostKind;
  readonly storage?: Storage;
  readonly commands?: PaneCommands;
  readonly missingRequirements?: AddinServices["missingRequirements"];
  readonly sharedRuntime?: AddinServices["sharedRuntime"];
  /** As at start-up: the services arrive once this resolves (the engine chunk and criteria data loaded). */
  readonly loaded?: Promise<void>;
}

/** Renders a piece of the pane with everything it expects around it: theme, workbook, criteria, language. */
export function renderPane(
  ui: ReactElement,
  options: PaneOptions = {},
): RenderResult & { port: WorkbookPort } {
  const port = options.port ?? new MemoryWorkbook();
  const services = {
    port,
    catalog: options.catalog ?? shippedCatalog(),
    host: options.host ?? ("memory" as const),
    version: "9.9.9",
    commands: options.commands ?? fakeCommands(),
    missingRequirements: options.missingRequirements ?? [],
    sharedRuntime: options.sharedRuntime,
  };
  const result = render(
    <PaneRoot
      services={options.loaded ? options.loaded.then(() => services) : services}
      language={options.language ?? "vi"}
      theme={webLightTheme}
      storage={options.storage}
    >
      {ui}
    </PaneRoot>,
  );
  return { ...result, port };
}

/** A Storage that lives for one test. */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const values = new Map(Object.entries(initial));
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
}
