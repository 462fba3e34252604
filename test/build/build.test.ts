import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { XMLParser } from "fast-xml-parser";
import { declaredFunctions } from "../functions/functionSignatures";
import { validateManifest } from "../manifest/manifestSchema";
import { shippedDocuments } from "../../src/criteria/shippedDocuments";
import {
  chunkGroupOf,
  chunksOf,
  modulesIn,
  removeBuild,
  runProductionBuild,
  TEST_BASE_URL,
  type BuildOutput,
} from "./productionBuild";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundleSizes, FUNCTIONS_BUNDLE_LIMIT_BYTES } = require("../../scripts/bundleSize") as {
  bundleSizes(dist: string): { file: string; bytes: number; gzipBytes: number }[];
  FUNCTIONS_BUNDLE_LIMIT_BYTES: number;
};

let build: BuildOutput;

// About 40 s of CPU; the generous timeout is for machines busy with other test workers.
beforeAll(() => {
  build = runProductionBuild();
}, 300_000);
afterAll(() => build && removeBuild(build));

const read = (file: string) => readFileSync(join(build.dist, file), "utf8");

/** Every attribute value in the manifest that is a URL, wherever it sits (XML namespaces aside). */
function manifestUrls(xml: string): string[] {
  const urls: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object")
      for (const [key, value] of Object.entries(node))
        if (
          typeof value === "string" &&
          key.startsWith("@_") &&
          !key.startsWith("@_xmlns") &&
          /^\w+:/.test(value)
        )
          urls.push(value);
        else walk(value);
  };
  walk(new XMLParser({ ignoreAttributes: false }).parse(xml));
  return urls;
}

describe("npm run build", () => {
  it("emits the task pane page, loading the functions runtime before the pane", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toMatch(/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/);
    expect(scripts.slice(1).map((s) => s.replace(/^.*\//, ""))).toEqual(["functions.js", "taskpane.js"]);
    expect(html).toMatch(/id=["']?root\b/);
    expect(existsSync(join(build.dist, "functions.js"))).toBe(true);
    expect(existsSync(join(build.dist, "taskpane.js"))).toBe(true);
  });

  it("emits functions.json that passes a data-type cell to OCOP.* as its plain value, not an object", () => {
    const metadata = JSON.parse(read("functions.json")) as { allowCustomDataForDataTypeAny?: boolean };
    expect(metadata.allowCustomDataForDataTypeAny).toBe(false);
  });

  it("emits functions.json listing every OCOP function with the parameters of its signature", () => {
    const metadata = JSON.parse(read("functions.json")) as {
      functions: { id: string; parameters: { name: string; optional?: boolean }[] }[];
    };
    const declared = declaredFunctions();
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(declared.map((f) => f.id).sort());
    for (const fn of declared)
      expect(
        metadata.functions.find((f) => f.id === fn.id)!.parameters.map((p) => [p.name, p.optional ?? false]),
      ).toEqual(fn.parameters.map((p) => [p.name, p.optional]));
  });

  it("writes ADDIN_BASE_URL into every manifest URL, each naming a file in dist/", () => {
    const xml = read("manifest.xml");
    expect(xml).not.toContain("localhost");
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url.startsWith(TEST_BASE_URL)).toBe(true);
      const file = new URL(url).pathname.slice(new URL(TEST_BASE_URL).pathname.length);
      expect([url, existsSync(join(build.dist, file))]).toEqual([url, true]);
    }
  });

  it("emits a manifest that validates against the published add-in manifest schemas", () => {
    expect(validateManifest(join(build.dist, "manifest.xml"))).toEqual({
      valid: true,
      output: expect.any(String),
    });
  });

  it("keeps React and Fluent UI out of the functions runtime, and the schema library out of what it loads at start", () => {
    const atStart = modulesIn(build.stats, chunksOf(build.stats, "functions", false));
    // Exactly what the first click on "Tính kết quả" fetches. (A chunk's `children` in webpack's stats also
    // list what the pane loads from a chunk the two share, e.g. exceljs for member copies, which the ribbon
    // never reaches.)
    const withLazy = modulesIn(build.stats, chunkGroupOf(build.stats, "ribbon-compute"));
    expect(atStart.length).toBeGreaterThan(0);
    expect(
      atStart.filter((m) => /node_modules[\\/](react|react-dom|@fluentui|@griffel|zod|exceljs)[\\/]/.test(m)),
    ).toEqual([]);
    // The ribbon's compute command is a lazy chunk: it may parse the catalog (zod), never render the pane.
    expect(
      withLazy.filter((m) => /node_modules[\\/](react|react-dom|@fluentui|@griffel|exceljs)[\\/]/.test(m)),
    ).toEqual([]);
    expect(withLazy.some((m) => m.includes("src/commands/computeResults"))).toBe(true);
    // The pane does carry React, so the check above can tell the two apart.
    const pane = modulesIn(build.stats, chunksOf(build.stats, "taskpane", false));
    expect(pane.some((m) => /node_modules[\\/]react[\\/]/.test(m))).toBe(true);
  });

  it("starts the pane with the setup screen alone: other screens, schemas, exceljs and the dark theme load on use", () => {
    const first = modulesIn(build.stats, chunksOf(build.stats, "taskpane", false)).map((m) =>
      m.replace(/\\/g, "/"),
    );
    expect(first.some((m) => m.includes("src/taskpane/components/setup/SetupScreen"))).toBe(true);
    const later = [
      "validate/ValidateScreen",
      "compute/ComputeScreen",
      "member/MemberScreen",
      "settings/SettingsScreen",
    ];
    expect(
      first.filter((m) => later.some((screen) => m.includes(`src/taskpane/components/${screen}`))),
    ).toEqual([]);
    expect(
      first.filter((m) => /node_modules\/(zod|exceljs)\/|themes\/web\/darkTheme|src\/criteria\//.test(m)),
    ).toEqual([]);
  });

  it("bundles every criteria set and version shipped under src/criteria into the pane, checked at build time", () => {
    const pane = modulesIn(build.stats, chunksOf(build.stats, "taskpane", true));
    expect(pane.some((m) => m.includes("checkedCatalogData.webpack.ts"))).toBe(true);
    // The criteria data chunk holds the catalog webpack.config.js parsed and checked, as JSON text.
    const data = chunkGroupOf(build.stats, "criteria-data");
    const text = build.stats.chunks
      .filter((chunk) => data.has(chunk.id))
      .flatMap((chunk) => chunk.files.filter((file) => file.endsWith(".js")))
      .map(read)
      .join("\n");
    // However the minifier quotes the JSON text, its own quotes read back plain.
    const json = text.replace(/\\"/g, '"');
    for (const { name, doc } of shippedDocuments()) {
      const { format, id, productSet } = doc as {
        format: string;
        id?: string;
        productSet?: { code: string };
      };
      const key = format === "ocop-version/1" ? `"id":"${id}"` : `"productSet":{"code":"${productSet?.code}"`;
      expect([name, json.includes(key)]).toEqual([name, true]);
    }
  });

  it(`keeps the functions bundle under ${FUNCTIONS_BUNDLE_LIMIT_BYTES / 1024} KB gzipped`, () => {
    const functions = bundleSizes(build.dist).find((s) => s.file === "functions.js")!;
    expect(functions.gzipBytes).toBeLessThan(FUNCTIONS_BUNDLE_LIMIT_BYTES);
  });

  it("registers every OCOP function from the built bundle, which answers from the catalog parsed at build time", () => {
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    class ExcelError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const sandbox = {
      CustomFunctions: {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
        Error: ExcelError,
        ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
      },
      Office: { onReady: () => Promise.resolve(), context: { displayLanguage: "en-US" } },
      document: {
        currentScript: { tagName: "SCRIPT", src: `${TEST_BASE_URL}functions.js` },
        getElementsByTagName: () => [],
      },
      location: { href: `${TEST_BASE_URL}taskpane.html` },
      URL,
      URLSearchParams,
    };
    runInNewContext(read("functions.js"), {
      ...sandbox,
      self: sandbox,
      window: sandbox,
      globalThis: sandbox,
    });
    expect([...associated.keys()].sort()).toEqual(
      declaredFunctions()
        .map((f) => f.id)
        .sort(),
    );
    expect(associated.get("STARS")!(75)).toBe(4);
    expect(associated.get("CHECK")!(3, "A.1.1", "1048-01")).toBe(true);
    expect(() => associated.get("STARS")!(null)).toThrow(ExcelError);
  });
});
