import { createContext, useContext, type ReactNode } from "react";
import type { Catalog } from "../../domain";
import type { WorkbookPort } from "../../workbook/port";
import type { HostKind } from "./hostKind";

/** What every hook needs to run a command: the workbook behind the port and the criteria at hand. */
export interface AddinServices {
  readonly port: WorkbookPort;
  readonly catalog: Catalog;
  readonly host: HostKind;
  readonly version: string;
}

const AddinContext = createContext<AddinServices | undefined>(undefined);

export function AddinProvider(props: { readonly services: AddinServices; readonly children: ReactNode }) {
  return <AddinContext.Provider value={props.services}>{props.children}</AddinContext.Provider>;
}

export function useAddin(): AddinServices {
  const services = useContext(AddinContext);
  if (!services) throw new Error("useAddin() needs an <AddinProvider> above it");
  return services;
}
