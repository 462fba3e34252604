import { createContext, useContext, type ReactNode } from "react";
import type { Catalog } from "../../domain";
import type { WorkbookPort } from "../../workbook/port";
import type { ExcelRequirement } from "../../excel/requirements";
import type { PaneCommands } from "../commandBinding/paneCommands";
import type { CopyDelivery, CopyFile } from "./copyDelivery";
import type { HostKind } from "./hostKind";
import { suspendUntil } from "./suspendUntil";

/** What every hook needs: the commands over the workbook, the criteria at hand, where the pane runs. */
export interface AddinServices {
  readonly port: WorkbookPort;
  readonly catalog: Catalog;
  readonly host: HostKind;
  readonly version: string;
  /** The verbs over that port; hooks go through these, never through the port itself. */
  readonly commands: PaneCommands;
  /** Requirement sets this Excel lacks (checked once at start-up); empty outside Excel. */
  readonly missingRequirements?: readonly ExcelRequirement[];
  /** False in an Excel without SharedRuntime 1.1 (Excel 2019): a plain task pane, no ribbon or functions. */
  readonly sharedRuntime?: boolean;
  /** Hands a member's copy over as this host can (copyDelivery.ts); a browser download when absent. */
  readonly deliverCopy?: (copy: CopyFile) => Promise<CopyDelivery>;
}

/**
 * The services, or their promise while the engine chunk and the criteria data still load: the pane shows its
 * tabs at once and each part that needs the services waits for them behind a <Suspense>.
 */
export type AddinServicesSource = AddinServices | Promise<AddinServices>;

const AddinContext = createContext<AddinServicesSource | undefined>(undefined);

export function AddinProvider(props: {
  readonly services: AddinServicesSource;
  readonly children: ReactNode;
}) {
  return <AddinContext.Provider value={props.services}>{props.children}</AddinContext.Provider>;
}

/** The services; while they still load, suspends the nearest <Suspense> (its fallback shows meanwhile). */
export function useAddin(): AddinServices {
  const services = useContext(AddinContext);
  if (!services) throw new Error("useAddin() needs an <AddinProvider> above it");
  return services instanceof Promise ? suspendUntil(services) : services;
}
