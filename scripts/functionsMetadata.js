/* global module, require */
/* eslint-disable @typescript-eslint/no-require-imports -- webpack reads this file as CommonJS */
const { sources, Compilation } = require("webpack");

/**
 * custom-functions-metadata writes `allowCustomDataForDataTypeAny: true` into every functions.json. With
 * it, a cell holding a data type (a linked entity, a formatted number) reaches an OCOP.* parameter as an
 * object, and the function answers #VALUE!; without it Excel passes the cell's basic value (the number or
 * text it shows), which is what the functions read. No OCOP function takes a data type.
 */
function withBasicValuesOnly(metadataJson) {
  const metadata = JSON.parse(metadataJson);
  return JSON.stringify({ ...metadata, allowCustomDataForDataTypeAny: false }, null, 4);
}

/** Rewrites the generated functions.json (named `file`) once the metadata plugin has added it. */
class BasicValuesOnlyPlugin {
  constructor(file) {
    this.file = file;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BasicValuesOnlyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BasicValuesOnlyPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.file);
          if (!asset) return;
          const json = withBasicValuesOnly(asset.source.source().toString());
          compilation.updateAsset(this.file, new sources.RawSource(json));
        },
      );
    });
  }
}

module.exports = { withBasicValuesOnly, BasicValuesOnlyPlugin };
