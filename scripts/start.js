/* global require, process, __dirname, console */
/* eslint-disable @typescript-eslint/no-require-imports -- plain Node script */
/**
 * `npm start`: serves the add-in over HTTPS on localhost:3000 (webpack dev server with the Office dev
 * certificate) and sideloads the dev manifest into Excel where Excel exists; elsewhere prints how to load it
 * into Excel on the web. `npm start -- --no-sideload` only serves.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { sideloadPlan } = require("./sideload");

const root = path.resolve(__dirname, "..");
const manifestPath = path.join(root, "manifest.xml");
const addinId = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(manifestPath, "utf8"))[1];

const server = spawn(
  process.execPath,
  [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));

if (!process.argv.includes("--no-sideload")) sideload();

function sideload() {
  const plan = sideloadPlan(process.platform, os.homedir(), manifestPath, addinId);
  if (plan.kind === "manual") {
    console.log(plan.steps.join("\n"));
    return;
  }
  try {
    if (plan.kind === "registry") {
      const result = spawnSync(plan.command, plan.args, { stdio: "inherit" });
      if (result.status !== 0) throw new Error(`${plan.command} exited with ${result.status}`);
    } else {
      fs.mkdirSync(path.dirname(plan.target), { recursive: true });
      fs.copyFileSync(manifestPath, plan.target);
    }
    console.log("OCOP add-in sideloaded; opening Excel. Find it on the Home tab (Mở OCOP).");
    spawn(plan.open.command, plan.open.args, { stdio: "ignore", detached: true }).unref();
  } catch (error) {
    console.log(`Could not sideload automatically (${error.message}). Load ${manifestPath} by hand:`);
    console.log("  Excel → Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in.");
  }
}
