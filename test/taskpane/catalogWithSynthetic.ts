import { join } from "path";
import { shippedDocuments } from "../../src/criteria/shippedDocuments";
import { buildCatalog, type Catalog } from "../../src/domain";

/** Shipped data plus the synthetic 2099 test version, which the pane must never offer as official. */
export function catalogWithSynthetic(): Catalog {
  const fixtures = join(__dirname, "..", "fixtures", "criteria");
  return buildCatalog([...shippedDocuments(), ...shippedDocuments(fixtures)]).catalog;
}
