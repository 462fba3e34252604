/* global require, module */
const path = require("path"); // eslint-disable-line @typescript-eslint/no-require-imports

/**
 * How `npm start` puts the add-in into Excel on this machine, as a plan that start.js carries out (and tests
 * read): Windows and macOS desktop Excel pick up a developer manifest from a known place; Linux has no
 * desktop Excel, so the plan is the steps to upload the manifest into Excel on the web.
 */
function sideloadPlan(platform, homeDir, manifestPath, addinId) {
  if (platform === "win32")
    return {
      kind: "registry",
      // Office reads developer add-ins from this key (what office-addin-dev-settings does).
      command: "reg",
      args: [
        "add",
        "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer",
        "/v",
        addinId,
        "/t",
        "REG_SZ",
        "/d",
        manifestPath,
        "/f",
      ],
      open: { command: "cmd", args: ["/c", "start", "", "excel"] },
    };
  if (platform === "darwin")
    return {
      kind: "copy",
      target: path.join(
        homeDir,
        "Library",
        "Containers",
        "com.microsoft.Excel",
        "Data",
        "Documents",
        "wef",
        path.basename(manifestPath),
      ),
      open: { command: "open", args: ["-a", "Microsoft Excel"] },
    };
  return { kind: "manual", steps: webSideloadSteps(manifestPath) };
}

/** Upload a manifest into Excel on the web (Microsoft's "Sideload Office Add-ins to Office on the web"). */
function webSideloadSteps(manifestPath) {
  return [
    "Excel desktop does not run on this system; use Excel on the web:",
    "  1. Trust the dev certificate in your browser once: open https://localhost:3000/taskpane.html and accept it",
    "     (npm start created it with office-addin-dev-certs; see ~/.office-addin-dev-certs/ca.crt).",
    "  2. Open https://excel.cloud.microsoft (or office.com → Excel) and create or open a workbook.",
    "  3. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in.",
    `  4. Choose ${manifestPath} and Upload. "Mở OCOP" and "Tính kết quả" appear on the Home tab; =OCOP.STARS(75) works in cells.`,
  ];
}

module.exports = { sideloadPlan, webSideloadSteps };
