import { spawnSync } from "child_process";
import { join } from "path";

/** The add-in manifest schemas Microsoft published (copied from ../shared/office/manifest-xsd; see its README). */
const SCHEMA = join(__dirname, "xsd", "OfficeAppManifestV1_1.xsd");

/**
 * What `xmllint --schema` says of a manifest file: `valid` and, when not, its complaints. Run in the schema's
 * folder, since the main schema imports the others by relative name.
 */
export function validateManifest(file: string): { valid: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], {
    cwd: join(__dirname, "xsd"),
    encoding: "utf8",
  });
  if (result.error)
    throw new Error(`xmllint could not run (npm run setup installs libxml2-utils): ${result.error.message}`);
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}
