/* global require, module, __dirname, __filename */
/* eslint-disable @typescript-eslint/no-require-imports -- loaded by webpack.config.js, plain CommonJS */
const path = require("path");
const tsx = require("tsx/cjs/api");

/**
 * The shipped criteria catalog, parsed and checked by the engine's own buildCatalog (through
 * shippedCatalog(), which throws on invalid data), as plain data for the functions bundle: the versions,
 * and of each sheet only the rules the functions read (src/functions/setRules.ts).
 */
function parsedCatalog() {
  const { shippedCatalog } = tsx.require(
    path.resolve(__dirname, "../src/criteria/shippedCatalog.ts"),
    __filename,
  );
  const { setRulesOf } = tsx.require(path.resolve(__dirname, "../src/functions/setRules.ts"), __filename);
  const catalog = shippedCatalog();
  const sets = catalog.versions.flatMap((version) =>
    catalog
      .productSets(version.id)
      .filter((entry) => entry.kind === "available")
      .map((entry) => setRulesOf(entry.set)),
  );
  return { versions: catalog.versions, sets };
}

/**
 * The whole shipped catalog, parsed and checked the same way (shippedCatalog() throws on invalid data, so
 * the build fails), as JSON text for the pane's criteria data chunk (src/criteria/checkedCatalogData.webpack.ts).
 */
function checkedCatalogJson() {
  const { shippedCatalog } = tsx.require(
    path.resolve(__dirname, "../src/criteria/shippedCatalog.ts"),
    __filename,
  );
  const { catalogContents } = tsx.require(path.resolve(__dirname, "../src/domain/catalog.ts"), __filename);
  return JSON.stringify(catalogContents(shippedCatalog()));
}

module.exports = { parsedCatalog, checkedCatalogJson };
