/* global require, module, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- plain Node script */
/**
 * Sizes of the built bundles, raw and gzipped: `node scripts/bundleSize.js [dist]` prints them, `--json` as
 * JSON for the benchmark. The functions bundle loads whenever a workbook uses OCOP.* and must stay small.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const FUNCTIONS_BUNDLE_LIMIT_BYTES = 25 * 1024;

function bundleSizes(dist) {
  return fs
    .readdirSync(dist, { recursive: true })
    .map((name) => String(name).split(path.sep).join("/"))
    .filter((name) => name.endsWith(".js"))
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dist, name));
      return { file: name, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
    });
}

module.exports = { bundleSizes, FUNCTIONS_BUNDLE_LIMIT_BYTES };

if (require.main === module) {
  const dist = path.resolve(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "dist");
  if (!fs.existsSync(dist)) {
    console.error(`No ${dist}: run npm run build first.`);
    process.exit(1);
  }
  const sizes = bundleSizes(dist);
  if (process.argv.includes("--json")) console.log(JSON.stringify(sizes, null, 2));
  else {
    for (const { file, bytes, gzipBytes } of sizes)
      console.log(
        `${file.padEnd(16)} ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${(gzipBytes / 1024).toFixed(1).padStart(7)} KB gzipped`,
      );
    const functions = sizes.find((s) => s.file === "functions.js");
    if (functions)
      console.log(
        `functions.js: ${(functions.gzipBytes / 1024).toFixed(1)} KB gzipped (limit ${FUNCTIONS_BUNDLE_LIMIT_BYTES / 1024} KB)`,
      );
  }
}
