import { spawnSync } from "child_process";
import { join } from "path";
import { ocop, round } from "./cliHarness";

const root = join(__dirname, "../..");

describe("bin/ocop.js, the entry npx runs", () => {
  it("computes a round file as a real process and prints the same ocop-result/1 as in-process", async () => {
    const fixture = join("test", "fixtures", "rounds", "district-round.json");
    const env = { ...process.env };
    delete env.OCOP_LANG;
    const child = spawnSync(process.execPath, [join("bin", "ocop.js"), "compute", fixture, "--json"], {
      cwd: root,
      encoding: "utf8",
      env,
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    const doc = JSON.parse(child.stdout);
    expect(doc.format).toBe("ocop-result/1");
    expect(doc.products.map((p: { stars: number }) => p.stars)).toEqual([3, 4, 3, 2]);
    const inProcess = await ocop("compute", round("district-round.json"), "--json");
    expect(doc).toEqual(JSON.parse(inProcess.out));
  }, 60_000);
});
