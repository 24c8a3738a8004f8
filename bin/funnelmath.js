#!/usr/bin/env node
// The `funnelmath` command (package.json "bin"): runs the CLI bundled by `npm run build`.
const { main } = require('../dist-node/cli.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`funnelmath: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
