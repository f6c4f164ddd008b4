#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** The `cdk8s-istio` executable (package.json `bin`): runs the CLI on this process's arguments and streams. */
const run_1 = require("./run");
// A reader that goes away early (`cdk8s-istio validate dist | head`) is not an error worth a stack trace.
process.stdout.on('error', (e) => {
    if (e.code !== 'EPIPE')
        process.stderr.write(`cdk8s-istio: cannot write the report: ${e.message}\n`);
    process.exit(e.code === 'EPIPE' ? process.exitCode ?? 0 : 2);
});
void (0, run_1.run)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin })
    .then((status) => {
    process.exitCode = status;
});
//# sourceMappingURL=main.js.map