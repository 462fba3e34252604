import { readFileSync } from "fs";
import { join, resolve } from "path";
import { XMLParser } from "fast-xml-parser";
import { RIBBON_ACTIONS } from "../../src/runtime/ribbonCommands";
import { validateManifest } from "./manifestSchema";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL } = require("../../scripts/addinBaseUrl") as { DEV_BASE_URL: string };

const ROOT = resolve(__dirname, "../..");
type XmlNode = { [key: string]: unknown };

const manifest = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseAttributeValue: false,
}).parse(readFileSync(join(ROOT, "manifest.xml"), "utf8")).OfficeApp as XmlNode;

/** Every element with this tag anywhere under a node, however deep and whether one or many. */
function all(node: unknown, tag: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (current: unknown) => {
    if (Array.isArray(current)) return current.forEach(walk);
    if (!current || typeof current !== "object") return;
    for (const [key, value] of Object.entries(current)) {
      if (key === tag) (Array.isArray(value) ? value : [value]).forEach((v) => found.push(v as XmlNode));
      walk(value);
    }
  };
  walk(node);
  return found;
}
const one = (node: unknown, tag: string): XmlNode => {
  const found = all(node, tag);
  expect(found).toHaveLength(1);
  return found[0];
};
const text = (node: unknown): string =>
  typeof node === "object" && node ? String((node as XmlNode)["#text"]) : String(node);

const overrides = manifest.VersionOverrides as XmlNode;
const resources = overrides.Resources as XmlNode;
const resourceIds = (group: string, tag: string) =>
  all(resources[group], tag).map((r) => r["@_id"] as string);
const images = resourceIds("bt:Images", "bt:Image");
const urls = resourceIds("bt:Urls", "bt:Url");
const shortStrings = resourceIds("bt:ShortStrings", "bt:String");
const longStrings = resourceIds("bt:LongStrings", "bt:String");
const resource = (id: string) =>
  [...all(resources, "bt:Image"), ...all(resources, "bt:Url"), ...all(resources, "bt:String")].find(
    (r) => r["@_id"] === id,
  )!;

describe("manifest.xml", () => {
  it("has a fixed GUID id, a four-part version and Vietnamese as the default locale", () => {
    expect(text(manifest.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(text(manifest.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(manifest.DefaultLocale)).toBe("vi-VN");
  });

  it("names and describes itself in Vietnamese with an English override", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const element = manifest[tag] as XmlNode;
      expect(element["@_DefaultValue"]).toMatch(/OCOP/);
      expect(all(element, "Override").map((o) => o["@_Locale"])).toEqual(["en-US"]);
    }
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(text(manifest.Permissions)).toBe("ReadWriteDocument");
  });

  it("validates against the published add-in manifest schemas", () => {
    expect(validateManifest(join(ROOT, "manifest.xml"))).toEqual({ valid: true, output: expect.any(String) });
  });

  it("installs as a plain task pane on ExcelApi 1.4 and asks for the shared runtime only in its overrides", () => {
    // Excel 2019 and volume-licensed Office lack SharedRuntime: a base requirement would refuse the add-in.
    const base = all(manifest.Requirements, "Set").map((s) => [s["@_Name"], s["@_MinVersion"]]);
    expect(base).toEqual([["ExcelApi", "1.4"]]);
    const inOverrides = all(overrides.Requirements, "bt:Set").map((s) => [s["@_Name"], s["@_MinVersion"]]);
    expect(inOverrides).toEqual([
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", expect.stringMatching(/^1\.[2-9]$/)],
    ]);
  });

  it("gives the shared runtime's Open button no TaskpaneId, which would open a second pane with its own state", () => {
    expect(all(overrides, "TaskpaneId")).toEqual([]);
  });

  it("runs pane, ribbon and functions in one long-lived runtime page", () => {
    const runtime = one(overrides, "Runtime");
    expect(runtime["@_lifetime"]).toBe("long");
    const page = runtime["@_resid"];
    const functions = all(overrides, "ExtensionPoint").find((e) => e["@_xsi:type"] === "CustomFunctions")!;
    expect(one(functions.Page, "SourceLocation")["@_resid"]).toBe(page);
    expect(one(overrides, "FunctionFile")["@_resid"]).toBe(page);
    const showPane = all(overrides, "Action").filter((a) => a["@_xsi:type"] === "ShowTaskpane");
    expect(showPane.map((a) => one(a, "SourceLocation")["@_resid"])).toEqual([page]);
  });

  it("declares the OCOP namespace for the custom functions, with their script and metadata", () => {
    const functions = all(overrides, "ExtensionPoint").find((e) => e["@_xsi:type"] === "CustomFunctions")!;
    expect(resource(one(functions, "Namespace")["@_resid"] as string)["@_DefaultValue"]).toBe("OCOP");
    expect(resource(one(functions.Script, "SourceLocation")["@_resid"] as string)["@_DefaultValue"]).toMatch(
      /\/functions\.js$/,
    );
    expect(
      resource(one(functions.Metadata, "SourceLocation")["@_resid"] as string)["@_DefaultValue"],
    ).toMatch(/\/functions\.json$/);
  });

  it('puts "Mở OCOP" (opens the pane) and "Tính kết quả" (runs the compute command) in one ribbon group', () => {
    const group = one(overrides, "Group");
    const controls = all(group, "Control");
    const labels = controls.map((c) => resource((c.Label as XmlNode)["@_resid"] as string)["@_DefaultValue"]);
    expect(labels).toEqual(["Mở OCOP", "Tính kết quả"]);
    const actions = controls.map((c) => c.Action as XmlNode);
    expect(actions[0]["@_xsi:type"]).toBe("ShowTaskpane");
    expect(actions[1]).toMatchObject({
      "@_xsi:type": "ExecuteFunction",
      FunctionName: RIBBON_ACTIONS.compute,
    });
  });

  it("resolves every resid to a resource of the right kind", () => {
    const check = (tag: string, pool: readonly string[]) => {
      for (const element of all(overrides.Hosts, tag))
        expect([tag, element["@_resid"], pool.includes(element["@_resid"] as string)]).toEqual([
          tag,
          element["@_resid"],
          true,
        ]);
    };
    check("bt:Image", images);
    check("SourceLocation", urls);
    check("Runtime", urls);
    check("FunctionFile", urls);
    check("LearnMoreUrl", urls);
    check("Label", shortStrings);
    check("Title", shortStrings);
    check("Namespace", shortStrings);
    check("Description", longStrings);
    for (const id of [...images, ...urls, ...shortStrings, ...longStrings])
      expect(id.length).toBeLessThanOrEqual(32);
  });

  it("translates every ribbon string to English, within Office's length limits", () => {
    for (const [group, limit] of [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ] as const)
      for (const entry of all(resources[group], "bt:String")) {
        const english = all(entry, "bt:Override").filter((o) => o["@_Locale"] === "en-US");
        if (entry["@_id"] !== "Functions.Namespace")
          expect([entry["@_id"], english.length]).toEqual([entry["@_id"], 1]);
        for (const value of [entry["@_DefaultValue"], ...english.map((o) => o["@_Value"])])
          expect(String(value).length).toBeLessThanOrEqual(limit);
      }
  });

  it("points every URL at the dev server, the prefix a production build rewrites", () => {
    const values = [
      ...all(resources, "bt:Image"),
      ...all(resources, "bt:Url"),
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((tag) => manifest[tag] as XmlNode),
      one(manifest.DefaultSettings, "SourceLocation"),
    ].map((element) => element["@_DefaultValue"] as string);
    for (const url of values) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  });

  it("uses icons that exist in assets/ as PNGs of the size the manifest says", () => {
    const pngSize = (file: string) => {
      const bytes = readFileSync(join(ROOT, file));
      expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    const local = (url: string) => url.slice(DEV_BASE_URL.length);
    for (const image of all(overrides.Hosts, "bt:Image")) {
      const size = Number(image["@_size"]);
      expect(pngSize(local(resource(image["@_resid"] as string)["@_DefaultValue"] as string))).toEqual([
        size,
        size,
      ]);
    }
    expect(pngSize(local((manifest.IconUrl as XmlNode)["@_DefaultValue"] as string))).toEqual([32, 32]);
    expect(pngSize(local((manifest.HighResolutionIconUrl as XmlNode)["@_DefaultValue"] as string))).toEqual([
      64, 64,
    ]);
  });
});
