#!/usr/bin/env node
// Runs the CLI from its TypeScript source through tsx (tests, `npm run demo` in a checkout); the package ships the bundle built by scripts/build-cli.mjs instead.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("./main.ts");
await runCli(process.argv.slice(2));
