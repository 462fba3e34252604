#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, so `npx ocop` works right after `npm install`
// with no build step to forget.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2), { out: process.stdout, err: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`ocop: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
