import { spawnSync } from "child_process";
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { XMLParser } from "fast-xml-parser";

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs|html)$/.test(name) ? [path] : [];
  });
}

/** Where a pattern occurs in src, as "file:line" (comments included: a commented-out call is still a smell). */
function occurrences(pattern: RegExp): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC))
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (pattern.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}`);
      });
  return found;
}

/**
 * Places allowed to talk to the network, as "file:line". None: the add-in scores in the workbook and
 * sends nothing anywhere. Adding an entry here is a decision to review, not a test fix.
 */
const NETWORK_ALLOW_LIST: readonly string[] = [];

describe("security posture", () => {
  it("has no eval or new Function anywhere in src", () => {
    expect(sourceFiles(SRC).length).toBeGreaterThan(50);
    expect(occurrences(/\beval\s*\(/)).toEqual([]);
    expect(occurrences(/\bnew\s+Function\s*\(/)).toEqual([]);
    // The string forms of setTimeout/setInterval are eval by another name.
    expect(occurrences(/\bset(Timeout|Interval)\s*\(\s*["'`]/)).toEqual([]);
  });

  it("has ESLint reject eval and new Function in new code", () => {
    // ESLint's flat config is an ES module, which Jest's module loader cannot import: run the real CLI.
    const probe = 'export const run = (code: string) => [eval(code), new Function("a", code)];\n';
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, "node_modules", "eslint", "bin", "eslint.js"),
        "--stdin",
        "--stdin-filename",
        "src/domain/securityProbe.ts",
        "--format",
        "json",
      ],
      { cwd: ROOT, input: probe, encoding: "utf8" },
    );
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; severity: number }[] }[];
    const rules = result.messages.map((message) => `${message.ruleId}:${message.severity}`);
    expect(rules).toEqual(expect.arrayContaining(["no-eval:2", "no-new-func:2"]));
  }, 60_000);

  it("sends nothing over the network: no fetch, XMLHttpRequest, WebSocket, sendBeacon or EventSource in src", () => {
    const calls = occurrences(
      /\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|sendBeacon|\bEventSource\b|importScripts\s*\(/,
    );
    expect(calls.filter((place) => !NETWORK_ALLOW_LIST.includes(place))).toEqual([]);
  });

  it.each(["taskpane.html", "notice.html"])(
    "serves %s with a Content-Security-Policy allowing only its own origin and the Office.js host",
    (page) => {
      const html = readFileSync(join(SRC, "runtime", page), "utf8");
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
      expect(meta).not.toBeNull();
      const policy = new Map(
        (meta?.[1] ?? "")
          .split(";")
          .map((directive) => directive.trim().split(/\s+/))
          .filter((parts) => parts[0] !== "")
          .map(([name, ...sources]) => [name, sources]),
      );
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(policy.get("connect-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      // Every source named anywhere is this origin, the Office.js host, data: for inline images and fonts,
      // or inline styles (Office.js and Fluent UI insert them); never a wildcard, eval or inline script.
      const allowed = new Set([
        "'self'",
        "'none'",
        "https://appsforoffice.microsoft.com",
        "data:",
        "'unsafe-inline'",
      ]);
      for (const [name, sources] of policy) {
        for (const source of sources)
          expect({ name, source, allowed: allowed.has(source) }).toEqual({ name, source, allowed: true });
        if (name !== "style-src") expect(sources).not.toContain("'unsafe-inline'");
      }
      // Scripts the page loads itself come from the Office.js host only.
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]);
      for (const src of scripts) expect(src.startsWith("https://appsforoffice.microsoft.com/")).toBe(true);
    },
  );

  it("asks Office for ReadWriteDocument, and no more", () => {
    const manifest = new XMLParser().parse(readFileSync(join(ROOT, "manifest.xml"), "utf8")) as {
      OfficeApp: { Permissions: string };
    };
    expect(manifest.OfficeApp.Permissions).toBe("ReadWriteDocument");
  });

  it("builds development bundles without eval-based source maps, which the policy would block", () => {
    const config = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
    const devtools = [...config.matchAll(/devtool:\s*([^\n]+)/g)].map((match) => match[1]);
    expect(devtools.length).toBeGreaterThan(0);
    for (const devtool of devtools) expect(devtool).not.toMatch(/eval/);
  });
});
